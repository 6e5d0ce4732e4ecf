import { IndicatorValue, ValueKindEnum, ValueRole } from '../../../../server/src/modules/indicator/indicator-value.entity';
import { Indicator } from '../../../../server/src/modules/indicator/indicator.entity';
import { Role } from '../../../../server/src/modules/user/user.entity';
import { makeObjective, makePlanningView } from '../../../factories/objective.factory';
import { createTestUser } from '../../../support/auth';
import { countStatements } from '../../../support/sql-counter';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';
import { startTestApp, TestApp } from '../../../support/test-app';

let t: TestDatabase;
let api: TestApp;
let token: string;

type V = [ValueRole, number, string, string];
const E = ValueRole.EXPECTED;
const A = ValueRole.ACHIEVED;
/** Indicators whose current year is not simply their latest value's, by description. */
const CASES: Record<string, V[]> = {
  // A later achieved year without a target does not move the current year.
  'achieved after the target': [[E, 2020, 'FINAL', '10'], [A, 2020, 'FINAL', '8'], [A, 2021, 'FINAL', '9'], [A, 2019, 'FINAL', '7']],
  // Without any target, the latest year of any value.
  'no target': [[A, 2018, 'FINAL', '1'], [A, 2019, '06-30', '2'], [A, 2019, 'FINAL', '3']],
  'intermediate periods': [[E, 2021, 'FINAL', '20'], [E, 2021, '06-30', '10'], [A, 2021, '06-30', '9'], [A, 2020, 'FINAL', '18'], [E, 2020, 'FINAL', '19']],
  // A target only for an intermediate period still fixes the year; the final expected value is then null.
  'intermediate target only': [[E, 2022, '06-30', '5'], [A, 2022, 'FINAL', '6'], [A, 2023, 'FINAL', '7']],
  'no values': [],
};

beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  token = (await createTestUser(t.db, Role.CONTROLLER)).token;
  const em = t.db.manager;
  const o = await makeObjective(em, await makePlanningView(em, { code: 'CY' }), { code: '2020_CY_01' });
  let position = 0;
  for (const [description, values] of Object.entries(CASES)) {
    const i = await em.save(em.create(Indicator, { objectiveId: o.id, position: ++position, description }));
    if (values.length) {
      await em.insert(IndicatorValue, values.map(([role, year, period, n]) => ({ indicatorId: i.id, role, year, period, raw: `${n},00`, kind: ValueKindEnum.NUMBER, numberValue: n })));
    }
  }
});
afterAll(async () => {
  await api.close();
  await t.close();
});

const CURRENT = 'description year expected { raw period } achieved { raw } intermediate: achievedFor(period: "06-30") { raw }';
const page = (fields: string) => `{ indicators(first: 10, filter: { planningView: "CY" }) { edges { node { ${fields} } } } }`;

describe(`current-year fields of indicators (${process.env.PEGASO_TEST_DB})`, () => {
  it('pick the latest year with a target, else the latest year, from the current year\'s values only', async () => {
    const r = await countStatements(t.db.dataSource, () => api.gql(page(CURRENT), {}, token));
    expect(r.result.errors).toBeUndefined();
    const byDescription = Object.fromEntries(r.result.data.indicators.edges.map((e: any) => [e.node.description, e.node]));
    expect(byDescription).toEqual({
      'achieved after the target': { description: 'achieved after the target', year: 2020, expected: { raw: '10,00', period: 'FINAL' }, achieved: { raw: '8,00' }, intermediate: null },
      'no target': { description: 'no target', year: 2019, expected: null, achieved: { raw: '3,00' }, intermediate: { raw: '2,00' } },
      'intermediate periods': { description: 'intermediate periods', year: 2021, expected: { raw: '20,00', period: 'FINAL' }, achieved: null, intermediate: { raw: '9,00' } },
      'intermediate target only': { description: 'intermediate target only', year: 2022, expected: null, achieved: { raw: '6,00' }, intermediate: null },
      'no values': { description: 'no values', year: null, expected: null, achieved: null, intermediate: null },
    });
    // The values read are the current year's only: no row of another year reaches the server.
    const valueReads = r.statements.filter((s) => /FROM\s+\W?indicator_value\W?\s+\W?t\W?/i.test(s));
    expect(valueReads).toHaveLength(1);
    expect(valueReads[0]).toMatch(/MAX\(/i);
  });

  it('answer the same when every value is read for another field of the selection', async () => {
    const current = await api.gql(page(CURRENT), {}, token);
    const withAll = await api.gql(page(`${CURRENT} values { year } previous { year }`), {}, token);
    expect(withAll.errors).toBeUndefined();
    const strip = (r: any) => r.data.indicators.edges.map(({ node: { values, previous, ...rest } }: any) => rest);
    expect(strip(withAll)).toEqual(strip(current));
    expect(withAll.data.indicators.edges[0].node.previous).toEqual([{ year: 2019 }]);
  });
});
