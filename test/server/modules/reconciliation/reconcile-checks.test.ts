import { reconcile } from '../../../../server/src/modules/reconciliation/reconcile';
import { ReconciliationFlag as Flag, ReconciliationInput } from '../../../../server/src/modules/reconciliation/reconciliation-model';
import { chapterInput, lineInput, objectiveInput } from '../../../factories/budget.factory';

const run = (over: Partial<ReconciliationInput>) =>
  reconcile({ year: 2017, chapters: [chapterInput()], lines: [lineInput()], objectives: [objectiveInput()], ...over });

describe('reconciliation code and totals checks', () => {
  it('CODE_MISMATCH: cod. bilancio 1 03 against p.f. 1.04 of the same line', () => {
    const [row] = run({ lines: [lineInput({ accountPlanCode: '1.04' })] }).rows;
    expect(row.flags).toEqual([Flag.CODE_MISMATCH]);
    expect(row.notes.join(' ')).toMatch(/cod\. bilancio 1 03 diverso dal p\.f\. 1\.04/);
  });

  it('CODE_MISMATCH: missione/programma of the line against the chapter list', () => {
    const [row] = run({ lines: [lineInput({ missionProgram: '15.02' })] }).rows;
    expect(row.flags).toContain(Flag.CODE_MISMATCH);
    expect(row.notes.join(' ')).toMatch(/missione\/programma 15\.02 diverso da 01\.03/);
  });

  it('CODE_MISMATCH: titolo/macroaggregato of the chapter against the cod. bilancio', () => {
    const [row] = run({ chapters: [chapterInput({ title: '2', category: '02', accountPlanCode: null })] }).rows;
    expect(row.flags).toEqual([Flag.CODE_MISMATCH]);
    expect(row.notes.join(' ')).toMatch(/titolo\/macroaggregato 2 02/);
  });

  it('CP_RS_MIXED: one objective with competenza and residui lines; the two rows stay apart', () => {
    const { rows, totals } = run({ chapters: [chapterInput({ residualCents: 20000 })], lines: [lineInput(), lineInput({ competence: 'RS', amountCents: 20000 })] });
    expect(rows.map((r) => [r.competence, r.assignedCents, r.flags])).toEqual([['CP', 1100000, [Flag.CP_RS_MIXED]], ['RS', 20000, [Flag.CP_RS_MIXED]]]);
    expect(totals.map((t) => [t.competence, t.assignedCents])).toEqual([['CP', 1100000], ['RS', 20000]]);
  });

  it('DECLARED_TOTAL_MISMATCH: the scheda prints a Totale Spese that is not the sum of its lines', () => {
    const report = run({ objectives: [objectiveInput({ declaredExpenseCents: 1200000, declaredBalanceCents: -1100000 })] });
    expect(report.rows[0].flags).toEqual([Flag.DECLARED_TOTAL_MISMATCH]);
    expect(report.declaredTotalMismatches).toEqual([expect.objectContaining({ code: '2017_P03_01', declaredExpenseCents: 1200000, computedExpenseCents: 1100000 })]);
  });

  it('keeps only the rows a filter asks for and totals them alone', () => {
    const report = run({ chapters: [chapterInput(), chapterInput({ chapter: '1020230', article: '', appropriationCents: 250000 })] });
    const flagged = reconcile({ year: 2017, chapters: [chapterInput(), chapterInput({ chapter: '1020230', article: '', appropriationCents: 250000 })], lines: [lineInput()], objectives: [objectiveInput()] }, { flags: [Flag.UNASSIGNED] });
    expect(report.totals[0].appropriationCents).toBe(1350000);
    expect(flagged.rows.map((r) => r.chapter)).toEqual(['1020230']);
    expect(flagged.totals[0]).toMatchObject({ appropriationCents: 250000, assignedCents: 0, flaggedRowCount: 1 });
  });
});
