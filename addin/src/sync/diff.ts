import { cellAddress, parseAddress } from './a1';
import type { Snapshot, SnapshotCell } from './snapshot';
import type { CellValue } from './types';
import { cellDate, cellDecimal, cellText, Checked, validateCell } from './validation';
import { parseYesNo } from '../../../server/src/common/italian-format';

/** A rectangle of current values read from the sheet, starting at (row, col). */
export interface Grid {
  row: number;
  col: number;
  values: CellValue[][];
}

/** An editable cell whose content differs from what was pulled, with the verdict of validation. */
export interface DirtyCell {
  sheet: string;
  /** Where the cell is now (differs from the snapshot's address when an Elenco table was sorted). */
  address: string;
  cell: SnapshotCell;
  current: CellValue;
  check: Checked;
}

function at(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row - grid.row]?.[col - grid.col] ?? '';
}

/** Same content for the field? Numbers, dates and yes/no compare by meaning, so "160" equals 160 and "160,00". */
export function sameValue(cell: Pick<SnapshotCell, 'field' | 'kind'>, pulled: CellValue, current: CellValue): boolean {
  const a = cellText(pulled);
  const b = cellText(current);
  if (a === b) return true;
  if (a === '' || b === '') return false;
  if (cell.field === 'progress' || (cell.field === 'achieved' && cell.kind === 'NUMBER')) {
    const x = cellDecimal(pulled);
    return x !== null && x === cellDecimal(current);
  }
  if (cell.field === 'actualStart' || cell.field === 'actualEnd') {
    const x = cellDate(pulled);
    return x !== null && x === cellDate(current);
  }
  if (cell.field === 'achieved' && cell.kind === 'BOOLEAN') {
    const x = parseYesNo(a);
    return x !== null && x === parseYesNo(b);
  }
  return false;
}

/**
 * Compares the sheet as it is now with its snapshot: every editable cell whose value differs is
 * dirty, however it changed (typing, multi-cell paste, fill down). Each dirty cell is validated;
 * an actual end before the actual start of the same phase is refused on the end cell.
 */
export function diffSheet(s: Snapshot, grid: Grid): DirtyCell[] {
  const rowOfKey = new Map<string, number>();
  if (s.keyCol !== undefined) {
    grid.values.forEach((r, i) => {
      const k = r[s.keyCol! - grid.col];
      if (typeof k === 'string' && k !== '') rowOfKey.set(k, grid.row + i);
    });
  }
  const located = s.cells.map((cell) => {
    const { row, col } = parseAddress(cell.address);
    const actualRow = cell.key !== undefined ? rowOfKey.get(cell.key) ?? row : row;
    return { cell, row: actualRow, col, current: at(grid, actualRow, col) };
  });
  const dirty: DirtyCell[] = [];
  for (const l of located) {
    if (sameValue(l.cell, l.cell.pulled, l.current)) continue;
    let check = validateCell(l.cell.field, l.cell.kind, l.current);
    if (check.ok && l.cell.frozen) check = { ok: false, reason: 'La scheda è validata dall’OIV: il valore non si può più modificare' };
    dirty.push({ sheet: s.sheet, address: cellAddress(l.row, l.col), cell: l.cell, current: l.current, check });
  }
  for (const d of dirty) {
    if (d.cell.field !== 'actualEnd' || !d.check.ok || d.check.send === null) continue;
    const start = located.find((l) => l.cell.id === d.cell.id && l.cell.field === 'actualStart');
    const startIso = start ? cellDate(start.current) : null;
    if (startIso && d.check.send < startIso) d.check = { ok: false, reason: 'La fine effettiva non può precedere l’inizio effettivo' };
  }
  return dirty;
}
