import { loadReconciliationMeta, reconciliationMetaFromXml, reconciliationMetaXml, writeReconciliationSheet } from '../../../addin/src/excel/reconciliation-sheet';
import { SEVERITY_FILL } from '../../../addin/src/sync/reconciliation-flags';
import { buildReconciliationLayout } from '../../../addin/src/sync/reconciliation-layout';
import { REC_CTX, reconciliationData } from '../sync/reconciliation-fixtures';
import { MockWorld, mockRange } from './office-mock';

const NAME = 'Riconciliazione DUP_2017_2019';

function world(parts: string[] = []) {
  const w = new MockWorld();
  const ranges: Record<string, any> = {};
  const range = (key: string) => (ranges[key] ??= mockRange(w, `${NAME}!${key}`));
  const sheet = w.make(NAME, {
    isNullObject: true,
    name: NAME,
    protection: { protected: true, protect: w.fn(`${NAME}.protect`), unprotect: w.fn(`${NAME}.unprotect`) },
    tables: { items: [], add: w.fn(`${NAME}.tables.add`, () => ({})) },
    freezePanes: { freezeRows: w.fn(`${NAME}.freezeRows`), unfreeze: w.fn(`${NAME}.unfreeze`) },
    activate: w.fn(`${NAME}.activate`),
    getRange: (a?: string) => range(a ?? '*'),
    getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => range(`${r},${c},${rows},${cols}`),
  });
  const added: string[] = [];
  const partMocks = parts.map((xml, i) => w.make(`part${i}`, { id: `p${i}`, getXml: () => ({ value: xml }), delete: w.fn(`part${i}.delete`) }));
  w.install(w.make('workbook', {
    worksheets: { getItemOrNullObject: () => sheet, getItem: () => sheet, add: w.fn('worksheets.add', () => sheet) },
    customXmlParts: { getByNamespace: () => w.make('parts', { items: partMocks }), add: w.fn('customXmlParts.add', (xml: string) => added.push(xml)) },
  }));
  return { w, ranges, added };
}

describe('reconciliation sheet (office-addin-mock)', () => {
  it('writes the sheet, fills flagged rows by severity while unprotected, and protects it again', async () => {
    const { w, ranges } = world();
    const layout = buildReconciliationLayout(reconciliationData(), REC_CTX);
    await writeReconciliationSheet(layout, { planningView: 'DUP_2017_2019', year: 2017, pulledAt: REC_CTX.pulledAt });
    expect(w.loaded(NAME)).toEqual(['isNullObject']);
    expect(w.loaded(`${NAME}.protection`)).toEqual(['protected']);
    expect(w.calls).toContain(`worksheets.add("${NAME}")`);
    const under = layout.fills.find((f) => f.color === SEVERITY_FILL.warning && f.address.startsWith('A'))!;
    expect(ranges[under.address].format.fill.color).toBe(SEVERITY_FILL.warning);
    const protects = w.calls.filter((c) => /protect\(/.test(c)).map((c) => c.split('(')[0]);
    expect(protects).toEqual([`${NAME}.protect`, `${NAME}.unprotect`, `${NAME}.protect`]);
  });

  it('stores which objectives each capitolo row links to, replacing the metadata of the same sheet', async () => {
    const old = reconciliationMetaXml({ sheet: NAME, planningView: 'DUP_2017_2019', year: 2017, pulledAt: '2025-01-01T00:00:00Z', rows: {} });
    const { w, added } = world([old]);
    const layout = buildReconciliationLayout(reconciliationData(), REC_CTX);
    await writeReconciliationSheet(layout, { planningView: 'DUP_2017_2019', year: 2017, pulledAt: REC_CTX.pulledAt });
    expect(w.loaded('parts')).toEqual(['items/id']);
    expect(w.calls).toContain('part0.delete()');
    const stored = reconciliationMetaFromXml(added[0])!;
    expect(stored).toMatchObject({ sheet: NAME, planningView: 'DUP_2017_2019', pulledAt: REC_CTX.pulledAt });
    expect(Object.values(stored.rows)).toContainEqual([{ planningView: 'DUP_2017_2019', code: '2017_P03_01' }, { planningView: 'DUP_2017_2019', code: '2017_P03_02' }]);
    // the mock keeps its parts: loading finds the old one by sheet name, and nothing for other sheets
    expect((await loadReconciliationMeta(NAME))?.pulledAt).toBe('2025-01-01T00:00:00Z');
    expect(await loadReconciliationMeta('Altro foglio')).toBeNull();
  });
});
