import { cellAddress } from './a1';
import type { CellValue, EditField, ValueKind } from './types';

/** Visual roles of cells; the excel layer maps them to fills, fonts and number formats. */
export type CellStyle =
  | 'title'
  | 'stamp'
  | 'section'
  | 'label'
  | 'header'
  | 'text'
  | 'wrap'
  | 'number'
  | 'money'
  | 'total'
  | 'editable';

/** What an editable cell is bound to on the server, and how its content is checked. */
export interface CellBinding {
  /** Global id of the IndicatorValue, Indicator or Phase. */
  id: string;
  field: EditField;
  version: number;
  /** Value kind for `achieved`; TEXT for notes; dates and progress are checked by field. */
  kind: ValueKind;
  /** Human label for messages: "Valore raggiunto — Indicatore 3". */
  label: string;
  objectiveCode: string;
  /** The scheda is validated by the OIV: the server will refuse edits. */
  frozen?: boolean;
}

export interface LayoutCell {
  row: number;
  col: number;
  value: CellValue;
  style?: CellStyle;
  /** Present on editable cells only. */
  bind?: CellBinding;
}

/** An Excel table (ListObject) with filters over part of the sheet. */
export interface TableSpec {
  name: string;
  row: number;
  col: number;
  rows: number; // header included
  cols: number;
}

/** A whole sheet as data: the excel layer writes it, the snapshot remembers its editable cells. */
export interface SheetLayout {
  name: string;
  mode: 'scheda' | 'elenco';
  cells: LayoutCell[];
  rowCount: number;
  colCount: number;
  /** Column widths in points. */
  columnWidths: number[];
  tables: TableSpec[];
  /** Rows to keep frozen on top (the table header in Elenco). */
  freezeRows: number;
  /** Column holding the row key in Elenco, so that a sorted table still maps to the snapshot. */
  keyCol?: number;
  objectiveCodes: string[];
}

/** Collects cells row by row; keeps track of the used size. */
export class GridBuilder {
  readonly cells: LayoutCell[] = [];
  row = 0;
  colCount = 0;

  put(row: number, col: number, value: CellValue, style?: CellStyle, bind?: CellBinding): void {
    this.cells.push({ row, col, value, ...(style ? { style } : {}), ...(bind ? { bind } : {}) });
    this.colCount = Math.max(this.colCount, col + 1);
  }

  /** Writes a row of values at the current row and advances. */
  line(values: (CellValue | { value: CellValue; style?: CellStyle; bind?: CellBinding })[], style?: CellStyle): number {
    const r = this.row;
    values.forEach((v, c) => {
      if (v !== null && typeof v === 'object') this.put(r, c, v.value, v.style ?? style, v.bind);
      else if (v !== null && v !== '') this.put(r, c, v, style);
    });
    this.row++;
    return r;
  }

  skip(n = 1): void {
    this.row += n;
  }
}

/** A dense matrix of the layout's values and number formats, as `range.values` wants them. */
export function toMatrix(layout: SheetLayout): { values: CellValue[][]; numberFormats: string[][] } {
  const values: CellValue[][] = Array.from({ length: layout.rowCount }, () => new Array<CellValue>(layout.colCount).fill(''));
  const numberFormats: string[][] = Array.from({ length: layout.rowCount }, () => new Array<string>(layout.colCount).fill('General'));
  for (const c of layout.cells) {
    values[c.row][c.col] = c.value ?? '';
    numberFormats[c.row][c.col] = numberFormatFor(c);
  }
  return { values, numberFormats };
}

/** Text cells stay text ("1,00", "3/4", "31/12/2020" are not reinterpreted); numbers get a format. */
export function numberFormatFor(cell: LayoutCell): string {
  if (cell.bind) return cell.bind.field === 'progress' ? '0.##' : '@';
  if (cell.style === 'money' || cell.style === 'total') return '#,##0.00';
  if (typeof cell.value === 'number') return cell.style === 'number' ? '0.##' : 'General';
  return '@';
}

/** A rectangle of cells sharing one style. */
export interface StyleRegion {
  address: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  style: CellStyle;
}

/**
 * Groups styled cells into few rectangles (runs along a row, merged down identical rows), so that
 * formatting a 5,000-row list costs a handful of range calls instead of one per cell.
 */
export function styleRegions(layout: SheetLayout): StyleRegion[] {
  const styleOf = (c: LayoutCell): CellStyle | undefined => (c.bind ? (c.bind.frozen ? 'text' : 'editable') : c.style);
  const byRow = new Map<number, LayoutCell[]>();
  for (const c of layout.cells) if (styleOf(c)) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const open = new Map<string, StyleRegion>(); // key: col:cols:style, region still growing downwards
  const done: StyleRegion[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row)!.sort((a, b) => a.col - b.col);
    const runs: { col: number; cols: number; style: CellStyle }[] = [];
    for (const c of cells) {
      const last = runs[runs.length - 1];
      const st = styleOf(c)!;
      if (last && last.style === st && last.col + last.cols === c.col) last.cols++;
      else runs.push({ col: c.col, cols: 1, style: st });
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const key = `${run.col}:${run.cols}:${run.style}`;
      seen.add(key);
      const region = open.get(key);
      if (region && region.row + region.rows === row) region.rows++;
      else {
        if (region) done.push(region);
        open.set(key, { address: '', row, col: run.col, rows: 1, cols: run.cols, style: run.style });
      }
    }
  }
  done.push(...open.values());
  return done
    .map((r) => ({ ...r, address: r.rows === 1 && r.cols === 1 ? cellAddress(r.row, r.col) : `${cellAddress(r.row, r.col)}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}` }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Row blocks of at most `maxCells` cells, for chunked writes (one sync per block). */
export function rowChunks(rowCount: number, colCount: number, maxCells = 5000): { start: number; count: number }[] {
  const per = Math.max(1, Math.floor(maxCells / Math.max(1, colCount)));
  const out: { start: number; count: number }[] = [];
  for (let start = 0; start < rowCount; start += per) out.push({ start, count: Math.min(per, rowCount - start) });
  return out;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
}
