import { diffSheet } from '../../../addin/src/sync/diff';
import { toMatrix } from '../../../addin/src/sync/layout';
import { mapPushResults, planPush, PushPayload, refusedMarks } from '../../../addin/src/sync/push';
import { buildSchedaLayout } from '../../../addin/src/sync/scheda-layout';
import { snapshotOf } from '../../../addin/src/sync/snapshot';
import { CTX, scheda } from './fixtures';

const layout = buildSchedaLayout(scheda(), CTX);
const snap = snapshotOf(layout, CTX);
const at = (id: string, field: string) => layout.cells.find((c) => c.bind?.id === id && c.bind.field === field)!;

/** Edits: IV2 achieved 170, phase 2 progress 80 and note, IV3 an invalid ratio. */
function edited() {
  const { values } = toMatrix(layout);
  const set = (id: string, field: string, v: string | number) => { const c = at(id, field); values[c.row][c.col] = v; };
  set('IV2', 'achieved', '170');
  set('PH2', 'progress', 80);
  set('PH2', 'note', 'quasi finita');
  set('IV3', 'achieved', 'tre quarti');
  return diffSheet(snap, { row: 0, col: 0, values });
}
const ok = (index: number, id: string, version: number) => ({ index, id, outcome: 'APPLIED' as const, version });

describe('push planning and results', () => {
  it('sends only valid changed cells, one change per server row with every field edited', () => {
    const plan = planPush(edited());
    expect(plan.changes).toEqual([
      { ref: `2020_A02_00!${snap.cells.find((c) => c.id === 'PH2' && c.field === 'progress')!.address},2020_A02_00!${snap.cells.find((c) => c.id === 'PH2' && c.field === 'note')!.address}`, id: 'PH2', expectedVersion: 3, progress: '80', note: 'quasi finita' },
      { ref: `2020_A02_00!${snap.cells.find((c) => c.id === 'IV2')!.address}`, id: 'IV2', expectedVersion: 1, achieved: '170' },
    ]);
    expect(refusedMarks(plan).map((m) => m.message)).toEqual(['«tre quarti» non è un rapporto: scrivi ad esempio 3/4']);
  });

  it('re-sends against the server version for "tieni il mio"', () => {
    expect(planPush(edited(), new Map([['IV2', 7]])).changes[1].expectedVersion).toBe(7);
  });

  it('maps applied rows back to every cell they came from, with the new versions', () => {
    const plan = planPush(edited());
    const payload: PushPayload = { status: 'APPLIED', appliedCount: 2, results: [ok(0, 'PH2', 4), ok(1, 'IV2', 2)], userErrors: [] };
    const { marks, versions } = mapPushResults(plan, payload);
    expect(marks.map((m) => [m.label, m.state])).toEqual([['Avanzamento — Fase 2', 'applied'], ['Note — Fase 2', 'applied'], ['Valore raggiunto — Indicatore 2', 'applied']]);
    expect([...versions]).toEqual([['PH2', 4], ['IV2', 2]]);
  });

  it('shows a conflict as server value vs yours, with who changed it', () => {
    const plan = planPush(edited());
    const payload: PushPayload = {
      status: 'REJECTED', appliedCount: 0, userErrors: [{ index: 1, field: 'achieved', code: 'CONFLICT', message: 'Modificato da altri' }],
      results: [{ index: 0, id: 'PH2', outcome: 'NOT_APPLIED' }, { index: 1, id: 'IV2', outcome: 'CONFLICT', conflict: { serverVersion: 5, changedBy: { displayName: 'Paola Cinquanta' }, changedAt: '2025-06-05T09:00:00Z', server: { achieved: '150' } } }],
    };
    const { marks } = mapPushResults(plan, payload);
    expect(marks[2]).toMatchObject({ state: 'conflict', server: '150', yours: '170', serverVersion: 5, changedBy: 'Paola Cinquanta', message: 'Modificato da Paola Cinquanta dopo il tuo aggiornamento' });
    expect(marks[0]).toMatchObject({ state: 'not-sent', message: 'Non salvato: l’invio è stato annullato per gli errori in altre celle' });
  });

  it("puts the server's Italian message on the cell it concerns", () => {
    const plan = planPush(edited());
    const payload: PushPayload = {
      status: 'REJECTED', appliedCount: 0, results: [{ index: 0, id: 'PH2', outcome: 'INVALID' }, { index: 1, id: 'IV2', outcome: 'NOT_APPLIED' }],
      userErrors: [{ index: 0, field: 'note', code: 'TOO_LONG', message: 'Nota troppo lunga' }, { index: 0, field: 'progress', code: 'RANGE', message: 'Avanzamento fuori intervallo' }],
    };
    const { marks } = mapPushResults(plan, payload);
    expect(marks.slice(0, 2).map((m) => m.message)).toEqual(['Avanzamento fuori intervallo', 'Nota troppo lunga']);
  });

  it('refuses the same value edited differently in two sheets', () => {
    const d = edited().filter((x) => x.cell.id === 'IV2');
    const twin = { ...d[0], sheet: 'Elenco indicatori', address: 'H4', current: '171', check: { ok: true as const, send: '171' } };
    const plan = planPush([...d, twin]);
    expect(plan.refused.map((r) => r.reason)).toEqual([`Lo stesso valore è stato modificato anche in 2020_A02_00!${d[0].address} con un contenuto diverso`]);
  });
});
