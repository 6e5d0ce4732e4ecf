import { buildIndicatorListLayout } from '../../../addin/src/sync/elenco-layout';
import { buildSchedaLayout } from '../../../addin/src/sync/scheda-layout';
import { bumpVersions, parseSnapshot, serializeSnapshot, snapshotBounds, snapshotOf, updateSnapshotCells } from '../../../addin/src/sync/snapshot';
import { CTX, listed, scheda } from './fixtures';

describe('snapshot', () => {
  it('remembers id, field, version and pulled value of every editable cell, and when', () => {
    const s = snapshotOf(buildSchedaLayout(scheda(), CTX), CTX);
    expect(s).toMatchObject({ v: 1, sheet: '2020_A02_00', mode: 'scheda', planningView: 'DUP_2020_2022', pulledAt: CTX.pulledAt, objectiveCodes: ['2020_A02_00'] });
    expect(s.cells.find((c) => c.id === 'IV2')).toMatchObject({ field: 'achieved', version: 1, kind: 'NUMBER', pulled: '160,00', label: 'Valore raggiunto — Indicatore 2' });
    expect(s.cells).toHaveLength(14);
  });

  it('survives a round trip through its stored JSON text, row keys and frozen flags included', () => {
    const s = snapshotOf(buildIndicatorListLayout(listed(), CTX), CTX);
    const back = parseSnapshot(serializeSnapshot(s));
    expect(back).toEqual(s);
    expect(back!.cells[4]).toMatchObject({ key: '2020_A01_00/I1', frozen: true });
  });

  it('stays compact: under 160 bytes per cell (0.8 MB for a 5,000-cell list)', () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ ...listed()[0], position: i + 1 }));
    const text = serializeSnapshot(snapshotOf(buildIndicatorListLayout(many, CTX), CTX));
    expect(text.length / 5000).toBeLessThan(160);
  });

  it('ignores text that is not a snapshot of this version', () => {
    expect(parseSnapshot('not json')).toBeNull();
    expect(parseSnapshot(JSON.stringify({ v: 99, sheet: 'x', cells: [] }))).toBeNull();
  });

  it('knows the rectangle to read back for the diff, including the key column', () => {
    const s = snapshotOf(buildIndicatorListLayout(listed(), CTX), CTX);
    expect(snapshotBounds(s)).toEqual({ row: 3, col: 0, rows: 3, cols: 9 });
  });

  it('updates one cell, and the version of every cell bound to the same row', () => {
    const s = snapshotOf(buildSchedaLayout(scheda(), CTX), CTX);
    const progress = s.cells.find((c) => c.id === 'PH2' && c.field === 'progress')!;
    const u = bumpVersions(updateSnapshotCells(s, [{ address: progress.address, pulled: 70 }]), new Map([['PH2', 4]]));
    expect(u.cells.filter((c) => c.id === 'PH2').map((c) => c.version)).toEqual([4, 4, 4, 4]);
    expect(u.cells.find((c) => c.address === progress.address)!.pulled).toBe(70);
  });
});
