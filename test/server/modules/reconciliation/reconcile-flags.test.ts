import { reconcile } from '../../../../server/src/modules/reconciliation/reconcile';
import { ReconciliationFlag as Flag, ReconciliationInput } from '../../../../server/src/modules/reconciliation/reconciliation-model';
import { chapterInput, lineInput, objectiveInput } from '../../../factories/budget.factory';

const run = (over: Partial<ReconciliationInput>) =>
  reconcile({ year: 2017, chapters: [chapterInput()], lines: [lineInput()], objectives: [objectiveInput(), objectiveInput({ id: 2, code: '2017_P04_01' })], ...over });

describe('reconciliation flags, one constructed case each', () => {
  it('raises none when the lines use the whole appropriation with consistent codes', () => {
    const [row] = run({}).rows;
    expect(row).toMatchObject({ appropriationCents: 1100000, assignedCents: 1100000, differenceCents: 0, flags: [] });
  });

  it('UNASSIGNED: a chapter with an appropriation and no line', () => {
    const [row] = run({ lines: [] }).rows;
    expect(row.flags).toEqual([Flag.UNASSIGNED]);
    expect(row.differenceCents).toBe(1100000);
  });

  it('UNDER_ASSIGNED: lines add up to less than the stanziamento', () => {
    const [row] = run({ lines: [lineInput({ amountCents: 1000001 })] }).rows;
    expect(row.flags).toEqual([Flag.UNDER_ASSIGNED]);
    expect(row.differenceCents).toBe(99999);
  });

  it('OVER_ASSIGNED: lines add up to more than the stanziamento, by one cent', () => {
    const [row] = run({ lines: [lineInput({ amountCents: 1100001 })] }).rows;
    expect(row.flags).toEqual([Flag.OVER_ASSIGNED]);
    expect(row.differenceCents).toBe(-1);
  });

  it('DUPLICATE_ASSIGNMENT: the same key on two objectives, both listed on the row', () => {
    const [row] = run({ lines: [lineInput({ amountCents: 600000 }), lineInput({ objectiveId: 2, amountCents: 500000 })] }).rows;
    expect(row.flags).toEqual([Flag.DUPLICATE_ASSIGNMENT]);
    expect(row.objectives.map((o) => [o.code, o.amountCents])).toEqual([['2017_P03_01', 600000], ['2017_P04_01', 500000]]);
  });

  it('NOT_IN_BUDGET: a line on a capitolo/articolo the list does not have (1040080 is not 1040080/1)', () => {
    const rows = run({ lines: [lineInput(), lineInput({ article: '', amountCents: 500 })] }).rows;
    const whole = rows.find((r) => r.article === '')!;
    expect(whole.flags).toEqual([Flag.NOT_IN_BUDGET]);
    expect(whole.appropriationCents).toBeNull();
  });
});
