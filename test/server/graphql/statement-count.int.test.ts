import { Role } from '../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../support/auth';
import { countStatements } from '../../support/sql-counter';
import { createTestDatabase, TestDatabase } from '../../support/test-db';
import { startTestApp, TestApp } from '../../support/test-app';
import { makeFullObjectives, makePlanningView } from '../../factories/objective.factory';
import fs from 'node:fs';
import path from 'node:path';

/** The add-in's Elenco documents, as it sends them. */
const ELENCO = fs.readFileSync(path.join(__dirname, '../../../addin/src/api/operations/elenco.graphql'), 'utf8');

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

describe(`the Elenco (list mode) without N+1 (${process.env.PEGASO_TEST_DB})`, () => {
  const page = async (operationName: string, pv: string): Promise<any> => {
    const body = JSON.stringify({ query: ELENCO, operationName, variables: { filter: { planningView: pv }, period: 'FINAL', first: 1000 } });
    return (await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })).json();
  };
  /** Statements that read objectives by id (the objective loader). */
  const objectiveReads = (statements: string[]) => statements.filter((s) => /FROM\s+\W?objective\W?\s+\W?t\W?\s+(WHERE|JOIN)/i.test(s));

  it('reads a page of indicators with their values and objective in as many statements for 400 rows as for 40, and counts nothing', async () => {
    await page('PullElencoIndicators', 'SMALL');
    const small = await countStatements(t.db.dataSource, () => page('PullElencoIndicators', 'SMALL'));
    const big = await countStatements(t.db.dataSource, () => page('PullElencoIndicators', 'BIG'));
    expect(big.result.errors).toBeUndefined();
    expect(big.result.data.indicators.edges).toHaveLength(400);
    expect(big.result.data.indicators.edges[0].node).toMatchObject({ objective: { code: '2020_B0000' }, expected: { raw: '10,00' }, achievedFor: { raw: '5,00' } });
    expect(big.statements.length).toBe(small.statements.length);
    // The session, the page, the current year's values: the objective's code comes with the page.
    expect(big.statements.length).toBeLessThanOrEqual(3);
    expect(objectiveReads(big.statements)).toEqual([]);
    expect(big.statements.join('\n')).not.toMatch(/COUNT\(/i);
  });

  it('reads a page of phases with their objective in the page\'s own statement', async () => {
    const big = await countStatements(t.db.dataSource, () => page('PullElencoPhases', 'BIG'));
    expect(big.result.errors).toBeUndefined();
    expect(big.result.data.phases.edges).toHaveLength(300);
    expect(big.result.data.phases.edges[299].node).toMatchObject({ objective: { code: '2020_B0099' }, position: 3 });
    expect(big.statements.length).toBeLessThanOrEqual(2);
    expect(objectiveReads(big.statements)).toEqual([]);
  });

  it('reads the objectives of a page in one statement when more than their code is asked for', async () => {
    const q = `{ phases(first: 1000, filter: { planningView: "BIG" }) { edges { node { position objective { code title } } } } }`;
    const big = await countStatements(t.db.dataSource, () => api.gql(q, {}, token));
    expect(big.result.errors).toBeUndefined();
    expect(big.result.data.phases.edges[0].node).toEqual({ position: 1, objective: { code: '2020_B0000', title: 'Obiettivo di prova' } });
    expect(objectiveReads(big.statements)).toHaveLength(1);
  });
});

describe(`one scheda in few statements (${process.env.PEGASO_TEST_DB})`, () => {
  const SCHEDA = `query($pv: String!, $code: String!) { objective(planningView: $pv, code: $code) {
    id code title workflowState version declaredTotals { income expense balance }
    responsibilityCenter { code name } responsible { displayName }
    phases { id position description weight progress }
    indicators { id position description values { id role year period raw kind number } }
    budgetLines { id chapter amount } } }`;

  it('reads the scheda with its CdR and responsible in one statement, then its phases, indicators, values and budget lines', async () => {
    const r = await countStatements(t.db.dataSource, () => api.gql(SCHEDA, { pv: 'BIG', code: '2020_B0042' }, token));
    expect(r.result.errors).toBeUndefined();
    expect(r.result.data.objective).toMatchObject({ code: '2020_B0042', responsibilityCenter: null, responsible: null });
    expect(r.result.data.objective.indicators[3].values).toHaveLength(4);
    // The session, the scheda (CdR and responsible joined), phases, indicators, budget lines, values.
    expect(r.statements.length).toBeLessThanOrEqual(6);
    expect(r.statements.filter((s) => /FROM\s+\W?(responsibility_center|person)\W?\s+\W?t\W?\s+(WHERE|JOIN)/i.test(s))).toEqual([]);
  });
});
