import { decimalToCents, centsToDecimal, parseItalianDecimal } from '../../../server/src/common/italian-format';
import { BudgetLine } from '../../../server/src/modules/budget-line/budget-line.entity';
import { Objective } from '../../../server/src/modules/objective/objective.entity';
import { IndicatorValue, ValueKindEnum, ValueRole } from '../../../server/src/modules/indicator/indicator-value.entity';
import { Indicator } from '../../../server/src/modules/indicator/indicator.entity';
import { makeBudgetLine, makeObjective, makePlanningView } from '../../factories/objective.factory';
import { createTestDatabase, TestDatabase } from '../../support/test-db';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.close());

describe(`exact money and numbers (${process.env.PEGASO_TEST_DB})`, () => {
  it.each([
    ['99.999.999.999,99', '99999999999.99'],
    ['0,01', '0.01'],
    ['-149.800,00', '-149800.00'],
  ])('stores %s euros on a budget line and reads back %s', async (printed, expected) => {
    const em = t.db.manager;
    const view = await makePlanningView(em, { code: `V_${printed}` });
    const objective = await makeObjective(em, view);
    const cents = decimalToCents(parseItalianDecimal(printed) as string);
    const line = await makeBudgetLine(em, objective, { amountCents: cents });
    const back = await em.findOneByOrFail(BudgetLine, { id: line.id });
    expect(back.amountCents).toBe(cents);
    expect(centsToDecimal(back.amountCents)).toBe(expected);
  });

  it('keeps declared totals of 99.999.999.999,99 exact', async () => {
    const em = t.db.manager;
    const view = await makePlanningView(em, { code: 'V_TOTALS' });
    const o = await makeObjective(em, view, { declaredExpenseCents: 9999999999999, declaredIncomeCents: 1, declaredBalanceCents: -9999999999998 });
    const back = await em.findOneByOrFail(Objective, { id: o.id });
    expect([back.declaredExpenseCents, back.declaredIncomeCents, back.declaredBalanceCents]).toEqual([9999999999999, 1, -9999999999998]);
    expect(centsToDecimal(back.declaredExpenseCents!)).toBe('99999999999.99');
  });

  it('keeps indicator numbers as exact decimal text', async () => {
    const em = t.db.manager;
    const view = await makePlanningView(em, { code: 'V_IND' });
    const o = await makeObjective(em, view);
    const ind = await em.save(em.create(Indicator, { objectiveId: o.id, position: 1, description: 'Importo riscosso' }));
    const exact = parseItalianDecimal('99.999.999.999,99') as string;
    await em.save(em.create(IndicatorValue, { indicatorId: ind.id, role: ValueRole.ACHIEVED, year: 2020, raw: '99.999.999.999,99', kind: ValueKindEnum.NUMBER, numberValue: exact }));
    const back = await em.findOneByOrFail(IndicatorValue, { indicatorId: ind.id });
    expect(back.numberValue).toBe('99999999999.99');
    expect(back.raw).toBe('99.999.999.999,99');
  });
});
