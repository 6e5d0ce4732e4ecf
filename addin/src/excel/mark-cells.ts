import type { CellValue } from '../sync/types';
import { withUnprotected } from './run';
import { markAppearance } from './styles';

/** How one cell must look: a state (fill + prompt title) and the message shown when it is selected. */
export interface CellPaint {
  sheet: string;
  address: string;
  state: Parameters<typeof markAppearance>[0];
  message?: string;
}

const TITLE_MAX = 32;
const MESSAGE_MAX = 255;

function bySheet<T extends { sheet: string }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) m.set(i.sheet, [...(m.get(i.sheet) ?? []), i]);
  return m;
}

/**
 * Colours cells and puts the message in the cell's input prompt (data validation), which Excel
 * desktop and Excel on the web both show when the cell is selected; "clean" removes both.
 */
export async function paintCells(paints: CellPaint[]): Promise<void> {
  if (paints.length === 0) return;
  await Excel.run(async (context) => {
    for (const [name, list] of bySheet(paints)) {
      const sheet = context.workbook.worksheets.getItem(name);
      await withUnprotected(context, sheet, async () => {
        for (const p of list) {
          const range = sheet.getRange(p.address);
          const look = markAppearance(p.state);
          range.format.fill.color = look.fill;
          range.dataValidation.clear();
          if (p.state !== 'clean' && p.message) {
            range.dataValidation.prompt = { showPrompt: true, title: look.title.slice(0, TITLE_MAX), message: p.message.slice(0, MESSAGE_MAX) };
          }
        }
      });
    }
  });
}

/** Writes values into cells (the server's value of a conflict, a refreshed row), keeping text as text. */
export async function writeCells(cells: { sheet: string; address: string; value: CellValue; numberFormat?: string }[]): Promise<void> {
  if (cells.length === 0) return;
  await Excel.run(async (context) => {
    for (const [name, list] of bySheet(cells)) {
      const sheet = context.workbook.worksheets.getItem(name);
      await withUnprotected(context, sheet, async () => {
        for (const c of list) {
          const range = sheet.getRange(c.address);
          range.numberFormat = [[c.numberFormat ?? (typeof c.value === 'number' ? '0.##' : '@')]];
          range.values = [[c.value ?? '']];
        }
      });
    }
  });
}

/** Names of the worksheets in the workbook (to tell which snapshots lost their sheet). */
export async function sheetNames(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}
