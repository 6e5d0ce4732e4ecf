import ExcelJS from 'exceljs';
import { ChapterProblem, TableCell, TableRow } from './chapter-types';

/** An xlsx file starts like every zip archive. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The value a person sees in a cell: numbers stay numbers, formulas give their result, rich text its text. */
function cellValue(v: ExcelJS.CellValue): TableCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  if ('error' in v) return String(v.error);
  return null;
}

/** Reads the first worksheet with content of an .xlsx into rows with their row numbers. */
export async function readXlsxTable(bytes: Uint8Array): Promise<{ rows: TableRow[]; problems: ChapterProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    return { rows: [], problems: [{ line: 1, column: null, code: 'UNREADABLE_FILE', message: `File .xlsx illeggibile: ${(err as Error).message}` }] };
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { rows: [], problems: [{ line: 1, column: null, code: 'EMPTY_FILE', message: 'Il file è vuoto: nessun capitolo da importare.' }] };
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: TableCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push({ line: number, cells });
  });
  return { rows, problems: [] };
}
