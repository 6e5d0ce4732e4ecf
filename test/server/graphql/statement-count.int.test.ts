import { Role } from '../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../support/auth';
import { countStatements } from '../../support/sql-counter';
import { createTestDatabase, TestDatabase } from '../../support/test-db';
import { startTestApp, TestApp } from '../../support/test-app';
import { makeFullObjectives, makePlanningView } from '../../factories/objective.factory';

let t: TestDatabase;
let api: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  token = (await createTestUser(t.db, Role.CONTROLLER)).token;
  await makeFullObjectives(t.db.manager, await makePlanningView(t.db.manager, { code: 'SMALL', year: 2020 }), 10, 'S');
  await makeFullObjectives(t.db.manager, await makePlanningView(t.db.manager, { code: 'BIG', year: 2020 }), 100, 'B');
});
afterAll(async () => {
  await api.close();
  await t.close();
});

const FULL = `query($pv: String!) { objectives(planningView: $pv, first: 100) { totalCount edges { node {
  code responsibilityCenter { name } responsible { displayName } strategicLinks { code } phaseProgress achievement checks { code }
  phases { description weight progress plannedStart }
  indicators { description expected { raw number } achieved { raw number } previous { year raw } score { capped } }
  budgetLines { chapter amount } } } } }`;

describe(`no N+1 (${process.env.PEGASO_TEST_DB})`, () => {
  it('reads 100 full schede with as many statements as 10, and few', async () => {
    await api.gql(FULL, { pv: 'SMALL' }, token); // the first request of a session records the token's use
    const small = await countStatements(t.db.dataSource, () => api.gql(FULL, { pv: 'SMALL' }, token));
    const big = await countStatements(t.db.dataSource, () => api.gql(FULL, { pv: 'BIG' }, token));
    expect(big.result.errors).toBeUndefined();
    expect(big.result.data.objectives.edges).toHaveLength(100);
    expect(big.result.data.objectives.edges[0].node.indicators[0]).toMatchObject({ previous: [{ year: 2019, raw: '4,00' }, { year: 2018, raw: '3,00' }], score: { capped: 50 } });
    expect(big.statements.length).toBe(small.statements.length);
    expect(big.statements.length).toBeLessThanOrEqual(25);
  });
});
