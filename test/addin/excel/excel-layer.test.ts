import { activeCell, readGrids } from '../../../addin/src/excel/read-sheet';
import { loadSnapshots, saveSnapshots, snapshotXml } from '../../../addin/src/excel/snapshot-store';
import { writeLayout } from '../../../addin/src/excel/write-layout';
import { paintCells } from '../../../addin/src/excel/mark-cells';
import { buildIndicatorListLayout } from '../../../addin/src/sync/elenco-layout';
import { buildSchedaLayout } from '../../../addin/src/sync/scheda-layout';
import { snapshotOf } from '../../../addin/src/sync/snapshot';
import { CTX, listed, scheda } from '../sync/fixtures';
import { MockWorld, mockRange } from './office-mock';

function sheetMock(w: MockWorld, name: string, opts: { exists: boolean; protectedNow?: boolean; values?: unknown[][] }) {
  const ranges: Record<string, any> = {};
  const range = (key: string, values?: unknown[][]) => (ranges[key] ??= mockRange(w, `${name}!${key}`, values));
  const tableAdds: string[] = [];
  const sheet = w.make(name, {
    isNullObject: !opts.exists,
    name,
    protection: { protected: !!opts.protectedNow, protect: w.fn(`${name}.protect`), unprotect: w.fn(`${name}.unprotect`) },
    tables: { items: [], add: w.fn(`${name}.tables.add`, (a: string) => { tableAdds.push(a); return {}; }) },
    freezePanes: { freezeRows: w.fn(`${name}.freezeRows`), unfreeze: w.fn(`${name}.unfreeze`) },
    activate: w.fn(`${name}.activate`),
    getRange: (a?: string) => range(a ?? '*', opts.values),
    getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => range(`${r},${c},${rows},${cols}`),
  });
  return { sheet, ranges, tableAdds };
}

function workbookMock(w: MockWorld, sheets: Record<string, any>, parts: string[] = []) {
  const added: string[] = [];
  const partMocks = parts.map((xml, i) => w.make(`part${i}`, { id: `p${i}`, getXml: () => ({ value: xml }), delete: w.fn(`part${i}.delete`) }));
  const wb = w.make('workbook', {
    worksheets: {
      getItemOrNullObject: (n: string) => sheets[n],
      getItem: (n: string) => sheets[n],
      add: w.fn('worksheets.add', (n: string) => sheets[`new:${n}`]),
    },
    customXmlParts: {
      getByNamespace: () => w.make('parts', { items: partMocks }),
      add: w.fn('customXmlParts.add', (xml: string) => added.push(xml)),
    },
    getActiveCell: () => mockRange(w, 'active', [[]], "'Elenco indicatori'!$H$5"),
  });
  return { wb, added };
}

describe('excel layer (office-addin-mock)', () => {
  it('clears an existing sheet, writes values and text formats, unlocks editable cells and protects', async () => {
    const w = new MockWorld();
    const s = sheetMock(w, '2020_A02_00', { exists: true, protectedNow: true });
    w.install(workbookMock(w, { '2020_A02_00': s.sheet }).wb);
    const layout = buildSchedaLayout(scheda(), CTX);
    await writeLayout(layout);
    expect(w.loaded('2020_A02_00')).toEqual(['isNullObject']);
    expect(w.loaded('2020_A02_00.protection')).toEqual(['protected']);
    expect(w.loaded('2020_A02_00.tables')).toEqual(['items/name']);
    expect(w.calls).toEqual(expect.arrayContaining(['2020_A02_00.unprotect()', '2020_A02_00!*.clear()', '2020_A02_00.activate()']));
    expect(w.calls.filter((c) => c.startsWith('worksheets.add'))).toEqual([]);
    expect(w.calls[w.calls.length - 2]).toMatch(/^2020_A02_00\.protect\(\{"allowAutoFilter":true,"allowFormatCells":true/);
    const block = s.ranges[`0,0,${layout.rowCount},${layout.colCount}`];
    const iv2 = layout.cells.find((c) => c.bind?.id === 'IV2')!;
    expect(block.values[iv2.row][iv2.col]).toBe('160,00');
    expect(block.numberFormat[iv2.row][iv2.col]).toBe('@');
    expect(Object.values(s.ranges).filter((r: any) => r.format.protection.locked === false).length).toBeGreaterThan(0);
  });

  it('creates the sheet when missing and writes a long Elenco in blocks of 5,000 cells with a table', async () => {
    const w = new MockWorld();
    const s = sheetMock(w, 'Elenco indicatori', { exists: false });
    w.install(workbookMock(w, { 'Elenco indicatori': s.sheet, 'new:Elenco indicatori': s.sheet }).wb);
    const many = Array.from({ length: 1200 }, (_, i) => ({ ...listed()[0], position: i + 1 }));
    await writeLayout(buildIndicatorListLayout(many, CTX));
    expect(w.calls).toContain('worksheets.add("Elenco indicatori")');
    expect(Object.keys(s.ranges).filter((k) => /^\d+,0,\d+,9$/.test(k))).toEqual(['0,0,555,9', '555,0,555,9', '1110,0,93,9']);
    expect(s.tableAdds).toEqual(["'Elenco indicatori'!A3:I1203"]);
  });

  it('reads back the editable area of each pulled sheet with one load of values', async () => {
    const w = new MockWorld();
    const snap = snapshotOf(buildIndicatorListLayout(listed(), CTX), CTX);
    const s = sheetMock(w, 'Elenco indicatori', { exists: true, values: [['k', 1], ['k2', 2]] });
    w.install(workbookMock(w, { 'Elenco indicatori': s.sheet }).wb);
    const grids = await readGrids([snap]);
    expect(w.loaded('Elenco indicatori!A4:I6')).toEqual(['values']);
    expect(grids.get('Elenco indicatori')).toEqual({ row: 3, col: 0, values: [['k', 1], ['k2', 2]] });
  });

  it('stores snapshots in custom XML parts, replacing the old one of the same sheet', async () => {
    const w = new MockWorld();
    const snap = snapshotOf(buildSchedaLayout(scheda(), CTX), CTX);
    const { wb, added } = workbookMock(w, {}, [snapshotXml(snap)]);
    w.install(wb);
    expect((await loadSnapshots()).map((s) => s.sheet)).toEqual(['2020_A02_00']);
    expect(w.loaded('parts')).toEqual(['items/id']);
    await saveSnapshots([{ ...snap, pulledAt: '2025-07-01T10:00:00Z' }]);
    expect(w.calls).toContain('part0.delete()');
    expect(added[0]).toContain('2025-07-01T10:00:00Z');
  });

  it('tells the history panel which cell is selected', async () => {
    const w = new MockWorld();
    w.install(workbookMock(w, {}).wb);
    expect(await activeCell()).toEqual({ sheet: 'Elenco indicatori', address: 'H5' });
    expect(w.loaded('active')).toEqual(['address']);
  });

  it('marks a refused cell red with the reason as its input prompt, unprotecting only meanwhile', async () => {
    const w = new MockWorld();
    const s = sheetMock(w, '2020_A02_00', { exists: true, protectedNow: true });
    w.install(workbookMock(w, { '2020_A02_00': s.sheet }).wb);
    await paintCells([{ sheet: '2020_A02_00', address: 'D22', state: 'invalid', message: '«tanti» non è un numero' }]);
    expect(s.ranges.D22.format.fill.color).toBe('#FDE7E9');
    expect(s.ranges.D22.dataValidation.prompt).toEqual({ showPrompt: true, title: 'Valore non accettato', message: '«tanti» non è un numero' });
    expect(w.loaded('2020_A02_00.protection')).toEqual(['protected']);
    expect(w.calls.filter((c) => /protect/.test(c)).map((c) => c.split('(')[0])).toEqual(['2020_A02_00.unprotect', '2020_A02_00.protect']);
  });
});
