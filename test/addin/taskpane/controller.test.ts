import type { SheetLayout } from '../../../addin/src/sync/layout';
import { toMatrix } from '../../../addin/src/sync/layout';
import { ELENCO_PAGE_SIZE } from '../../../addin/src/api/elenco';
import { Controller } from '../../../addin/src/taskpane/controller';
import { bigView, type FakeData, fakeApi, printedOrder, serverOrder } from './elenco-server';

// The excel layer is tested on its own (test/addin/excel); here only what the controller asks it to write.
const written: SheetLayout[] = [];
jest.mock('../../../addin/src/excel', () => ({
  writeLayout: async (l: SheetLayout) => void written.push(l),
  saveSnapshots: async () => undefined,
}));

const PERIOD = { code: '06-30', label: 'Monitoraggio al 30/06' };
const NOW = () => new Date('2025-06-05T08:32:00Z');
const OBJECTIVES = 1203;

let data: FakeData;
beforeAll(() => {
  data = bigView(OBJECTIVES);
});
beforeEach(() => {
  written.length = 0;
});

const sheet = (name: string) => {
  const l = written.find((w) => w.name === name);
  if (!l) throw new Error(`${name} not written`);
  return toMatrix(l).values.slice(3);
};

/** The row keys users have today: within each scheda in printed order, counted from 1. */
function expectedKeys<T extends { code: string; position: number; dbId: number }>(rows: T[], letter: string): string[] {
  const seen = new Map<string, number>();
  return printedOrder(rows).map((r) => {
    const n = (seen.get(r.code) ?? 0) + 1;
    seen.set(r.code, n);
    return `${r.code}/${letter}${n}`;
  });
}

describe('Controller.pull in Elenco mode', () => {
  it('the test view spreads schede, indicators and phases over several pages, a scheda across a page boundary', () => {
    const inds = serverOrder(data.indicators);
    expect(inds.length).toBeGreaterThan(2 * ELENCO_PAGE_SIZE);
    expect(data.phases.length).toBeGreaterThan(ELENCO_PAGE_SIZE);
    expect(data.objectives.length).toBeGreaterThan(ELENCO_PAGE_SIZE);
    expect(inds[ELENCO_PAGE_SIZE - 1].code).toBe(inds[ELENCO_PAGE_SIZE].code);
    expect(inds[2 * ELENCO_PAGE_SIZE - 1].code).toBe(inds[2 * ELENCO_PAGE_SIZE].code);
    const phases = serverOrder(data.phases);
    expect(phases[ELENCO_PAGE_SIZE - 1].code).toBe(phases[ELENCO_PAGE_SIZE].code);
  });

  it('pulls schede, indicators and phases in pages of 1,000, each page once, with the filter and period', async () => {
    const { api, requests } = fakeApi(data);
    await new Controller(api, NOW).pull({ planningView: 'DUP_2020_2022', mode: 'elenco', period: PERIOD, codes: [], filter: {} });
    expect(ELENCO_PAGE_SIZE).toBe(1000);
    const pages = (op: string) => requests.filter((r) => r.operationName === op);
    expect(requests.map((r) => r.operationName).filter((n) => !n.startsWith('PullElenco'))).toEqual([]);
    for (const [op, rows] of [['PullElencoObjectives', data.objectives.length], ['PullElencoIndicators', data.indicators.length], ['PullElencoPhases', data.phases.length]] as const) {
      const p = pages(op);
      expect(p).toHaveLength(Math.ceil(rows / 1000));
      expect(p.map((r) => r.variables.first)).toEqual(p.map(() => 1000));
      expect(p.map((r) => r.variables.after)).toEqual([null, ...p.slice(1).map((_, i) => `cursor:${(i + 1) * 1000 - 1}`)]);
      for (const r of p) expect(r.variables.filter).toEqual({ planningView: 'DUP_2020_2022' });
    }
    expect(pages('PullElencoIndicators').map((r) => r.variables.period)).toEqual(pages('PullElencoIndicators').map(() => '06-30'));
    // the objectives come first: the indicator and phase rows need their scheda
    expect(requests.slice(0, 2).map((r) => r.operationName)).toEqual(['PullElencoObjectives', 'PullElencoObjectives']);
    expect(written.map((l) => l.name)).toEqual(['Elenco fasi', 'Elenco indicatori']);
  });

  it('lists every indicator once, by scheda in code order, in printed order, keyed by its ordinal in the scheda', async () => {
    const { api } = fakeApi(data);
    await new Controller(api, NOW).pull({ planningView: 'DUP_2020_2022', mode: 'elenco', period: PERIOD, codes: [], filter: {} });
    const rows = sheet('Elenco indicatori');
    const want = printedOrder(data.indicators);
    expect(rows.map((r) => r[0])).toEqual(expectedKeys(data.indicators, 'I'));
    expect(rows.map((r) => r[4])).toEqual(want.map((i) => i.description));
    const byCode = new Map(data.objectives.map((o) => [o.code, o]));
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual(want.map((i) => [i.code, byCode.get(i.code)!.title, byCode.get(i.code)!.center ?? '']));
  });

  it('fills in the achieved value of the chosen period, bound to that value', async () => {
    const { api } = fakeApi(data);
    await new Controller(api, NOW).pull({ planningView: 'DUP_2020_2022', mode: 'elenco', period: PERIOD, codes: [], filter: {} });
    const want = printedOrder(data.indicators);
    expect(want.some((i) => !i.achieved['06-30'])).toBe(true);
    expect(sheet('Elenco indicatori').map((r) => r[7])).toEqual(want.map((i) => i.achieved['06-30']?.raw ?? ''));
    const layout = written.find((l) => l.name === 'Elenco indicatori')!;
    const bound = layout.cells.filter((c) => c.bind?.field === 'achieved').map((c) => `${c.bind!.id}@${c.bind!.version}`);
    expect(bound).toEqual(want.filter((i) => i.achieved['06-30']).map((i) => `${i.achieved['06-30'].id}@2`));
  });

  it('lists every phase once, in printed order within its scheda, keyed by its ordinal', async () => {
    const { api } = fakeApi(data);
    await new Controller(api, NOW).pull({ planningView: 'DUP_2020_2022', mode: 'elenco', period: PERIOD, codes: [], filter: {} });
    const rows = sheet('Elenco fasi');
    expect(rows.map((r) => r[0])).toEqual(expectedKeys(data.phases, 'F'));
    expect(rows.map((r) => r[3])).toEqual(printedOrder(data.phases).map((p) => p.description));
    const layout = written.find((l) => l.name === 'Elenco fasi')!;
    const frozen = new Set(data.objectives.filter((o) => o.workflowState === 'VALIDATED').map((o) => o.code));
    const progress = layout.cells.filter((c) => c.bind?.field === 'progress');
    expect(progress.map((c) => `${c.bind!.id}${c.bind!.frozen ? '*' : ''}`)).toEqual(printedOrder(data.phases).map((p) => `P:${p.dbId}${frozen.has(p.code) ? '*' : ''}`));
  });

  it('asks the server for only the named schede when the request names codes', async () => {
    const { api, requests } = fakeApi(data);
    const codes = ['2020_A0006_00', '2020_A1202_00'];
    await new Controller(api, NOW).pull({ planningView: 'DUP_2020_2022', mode: 'elenco', period: PERIOD, codes, filter: {} });
    for (const r of requests) expect(r.variables.filter).toEqual({ planningView: 'DUP_2020_2022', codes });
    expect(requests).toHaveLength(3);
    const mine = (rows: { code: string }[]) => rows.filter((r) => codes.includes(r.code));
    expect(mine(data.indicators).length).toBeGreaterThan(0);
    expect(mine(data.phases).length).toBeGreaterThan(0);
    expect(sheet('Elenco indicatori').map((r) => r[0])).toEqual(expectedKeys(mine(data.indicators) as typeof data.indicators, 'I'));
    expect(sheet('Elenco fasi').map((r) => r[0])).toEqual(expectedKeys(mine(data.phases) as typeof data.phases, 'F'));
    const codesOf = (rows: { code: string }[]) => [...new Set(rows.map((r) => r.code))];
    expect(written.map((l) => l.objectiveCodes)).toEqual([codesOf(printedOrder(mine(data.phases) as typeof data.phases)), codes]);
  });

  it('forwards the filter to every list', async () => {
    const { api, requests } = fakeApi(data);
    await new Controller(api, NOW).pull({ planningView: 'DUP_2020_2022', mode: 'elenco', period: PERIOD, codes: [], filter: { responsibilityCenter: 'CDR 2' } });
    for (const r of requests) expect(r.variables.filter).toEqual({ responsibilityCenter: 'CDR 2', planningView: 'DUP_2020_2022' });
    const inCenter = new Set(data.objectives.filter((o) => o.center === 'CDR 2').map((o) => o.code));
    expect(sheet('Elenco indicatori').map((r) => r[0])).toEqual(expectedKeys(data.indicators.filter((i) => inCenter.has(i.code)), 'I'));
  });

  it('refuses when no scheda matches, without pulling indicators or phases', async () => {
    const { api, requests } = fakeApi(data);
    const pull = new Controller(api, NOW).pull({ planningView: 'DUP_2020_2022', mode: 'elenco', period: PERIOD, codes: [], filter: { responsibilityCenter: 'NESSUNO' } });
    await expect(pull).rejects.toThrow('Nessuna scheda trovata con questi criteri.');
    expect(requests.map((r) => r.operationName)).toEqual(['PullElencoObjectives']);
    expect(written).toEqual([]);
  });
});
