import { rangeAddress } from '../sync/a1';
import type { Grid } from '../sync/diff';
import { Snapshot, snapshotBounds } from '../sync/snapshot';
import type { CellValue } from '../sync/types';

/**
 * Reads the current values of the editable area of each pulled sheet, for the diff: one range per
 * sheet, one sync in all. Sheets deleted by the user come back as null.
 */
export async function readGrids(snapshots: Snapshot[]): Promise<Map<string, Grid | null>> {
  return Excel.run(async (context) => {
    const pending = snapshots.map((s) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(s.sheet);
      sheet.load('isNullObject');
      return { s, sheet };
    });
    await context.sync();
    const reads = pending.map(({ s, sheet }) => {
      const b = snapshotBounds(s);
      if (sheet.isNullObject || !b) return { s, b, range: null };
      const range = sheet.getRange(rangeAddress(b.row, b.col, b.rows, b.cols));
      range.load('values');
      return { s, b, range };
    });
    await context.sync();
    const out = new Map<string, Grid | null>();
    for (const { s, b, range } of reads) out.set(s.sheet, range && b ? { row: b.row, col: b.col, values: range.values as CellValue[][] } : b ? null : { row: 0, col: 0, values: [] });
    return out;
  });
}

/** The selected cell, for the history panel: sheet name and address ("F14"). */
export async function activeCell(): Promise<{ sheet: string; address: string }> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load('address');
    await context.sync();
    const full = cell.address;
    const i = full.lastIndexOf('!');
    return { sheet: full.slice(0, i).replace(/^'|'$/g, ''), address: full.slice(i + 1).replace(/\$/g, '') };
  });
}

/** Calls `handler` whenever the user selects other cells (ExcelApi 1.9 worksheet collection event). */
export async function onSelectionChanged(handler: () => void): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.onSelectionChanged.add(async () => handler());
    await context.sync();
  });
}
