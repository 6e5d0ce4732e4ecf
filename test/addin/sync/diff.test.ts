import { parseAddress } from '../../../addin/src/sync/a1';
import { diffSheet, Grid } from '../../../addin/src/sync/diff';
import { buildIndicatorListLayout } from '../../../addin/src/sync/elenco-layout';
import { SheetLayout, toMatrix } from '../../../addin/src/sync/layout';
import { buildSchedaLayout } from '../../../addin/src/sync/scheda-layout';
import { snapshotOf } from '../../../addin/src/sync/snapshot';
import type { CellValue } from '../../../addin/src/sync/types';
import { CTX, listed, scheda } from './fixtures';

/** The sheet as Excel would return it after the user's edits. */
function sheetAfter(layout: SheetLayout, edits: (values: CellValue[][]) => void): Grid {
  const { values } = toMatrix(layout);
  edits(values);
  return { row: 0, col: 0, values };
}
const addressOf = (layout: SheetLayout, id: string, field: string) => {
  const c = layout.cells.find((x) => x.bind?.id === id && x.bind.field === field)!;
  return { row: c.row, col: c.col };
};

describe('diff of a sheet against its snapshot', () => {
  const layout = buildSchedaLayout(scheda(), CTX);
  const snap = snapshotOf(layout, CTX);

  it('finds nothing on an untouched sheet, even when Excel turned "160,00" into 160', () => {
    const at = addressOf(layout, 'IV2', 'achieved');
    expect(diffSheet(snap, sheetAfter(layout, () => undefined))).toEqual([]);
    expect(diffSheet(snap, sheetAfter(layout, (v) => (v[at.row][at.col] = 160)))).toEqual([]);
  });

  it('catches every cell of a multi-cell paste, validating each', () => {
    const a = addressOf(layout, 'IV1', 'achieved');
    const b = addressOf(layout, 'IV2', 'achieved');
    const dirty = diffSheet(snap, sheetAfter(layout, (v) => { v[a.row][a.col] = 'no'; v[b.row][b.col] = 'tanti'; }));
    expect(dirty.map((d) => [d.address, d.check])).toEqual([
      [snap.cells.find((c) => c.id === 'IV1')!.address, { ok: true, send: '0' }],
      [snap.cells.find((c) => c.id === 'IV2')!.address, { ok: false, reason: '«tanti» non è un numero: scrivi ad esempio 1.234,5' }],
    ]);
  });

  it('refuses an actual end before the actual start of the same phase', () => {
    const end = addressOf(layout, 'PH1', 'actualEnd');
    const [d] = diffSheet(snap, sheetAfter(layout, (v) => (v[end.row][end.col] = '01/01/2020')));
    expect(d.check).toEqual({ ok: false, reason: 'La fine effettiva non può precedere l’inizio effettivo' });
  });

  it('follows rows by their key when the Elenco table was sorted', () => {
    const list = buildIndicatorListLayout(listed(), CTX);
    const s = snapshotOf(list, CTX);
    const grid = sheetAfter(list, (v) => { [v[3], v[4]] = [v[4], v[3]]; v[3][7] = '170'; });
    const dirty = diffSheet(s, grid);
    expect(dirty.map((d) => [d.cell.id, d.address, d.cell.address])).toEqual([['IV2', 'H4', 'H5']]);
  });

  it('refuses edits to a scheda validated by the OIV before sending', () => {
    const list = buildIndicatorListLayout(listed(), CTX);
    const s = snapshotOf(list, CTX);
    const at = parseAddress(s.cells.find((c) => c.id === 'IV9')!.address);
    const [d] = diffSheet(s, sheetAfter(list, (v) => (v[at.row][at.col] = '2/2')));
    expect(d.check).toEqual({ ok: false, reason: 'La scheda è validata dall’OIV: il valore non si può più modificare' });
  });
});
