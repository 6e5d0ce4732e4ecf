import { makeBudgetLine, makeObjective, makePlanningView } from '../../../factories/objective.factory';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';
import { startTestApp, TestApp } from '../../../support/test-app';
import { createTestUser } from '../../../support/auth';
import { Role } from '../../../../server/src/modules/user/user.entity';

let t: TestDatabase;
let api: TestApp;
let token: string;
const gql = (query: string, variables?: Record<string, unknown>) => api.gql(query, variables, token);
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  ({ token } = await createTestUser(t.db, Role.VIEWER));
  const em = t.db.manager;
  const view = await makePlanningView(em);
  for (const code of ['2020_A03_00', '2020_A01_00', '2020_A02_00', '2020_B01_00', '2020_A04_00']) {
    const o = await makeObjective(em, view, { code, declaredExpenseCents: 15980000 });
    await makeBudgetLine(em, o, { amountCents: 1100000 });
  }
});
afterAll(async () => {
  await api.close();
  await t.close();
});

describe(`objectives (${process.env.PEGASO_TEST_DB})`, () => {
  const page = `query($after: String, $before: String, $first: Int, $last: Int) {
    objectives(planningView: "DUP_2020_2022", first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }`;
  const codes = (r: any) => r.data.objectives.edges.map((e: any) => e.node.code);

  it('pages forward in code order with cursors, without gaps or repeats', async () => {
    const p1 = await gql(page, { first: 2 });
    expect(codes(p1)).toEqual(['2020_A01_00', '2020_A02_00']);
    expect(p1.data.objectives).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const p2 = await gql(page, { first: 2, after: p1.data.objectives.pageInfo.endCursor });
    const p3 = await gql(page, { first: 2, after: p2.data.objectives.pageInfo.endCursor });
    expect([...codes(p2), ...codes(p3)]).toEqual(['2020_A03_00', '2020_A04_00', '2020_B01_00']);
    expect(p3.data.objectives.pageInfo.hasNextPage).toBe(false);
  });

  it('pages backward with last/before', async () => {
    const p = await gql(page, { last: 2 });
    expect(codes(p)).toEqual(['2020_A04_00', '2020_B01_00']);
    const prev = await gql(page, { last: 2, before: p.data.objectives.pageInfo.startCursor });
    expect(codes(prev)).toEqual(['2020_A02_00', '2020_A03_00']);
  });

  it('refuses a page without a size or over the page limit, and a forged cursor', async () => {
    expect((await gql(page, {})).errors?.[0].extensions?.code).toBe('PAGE_SIZE_REQUIRED');
    expect((await gql(page, { first: 100000 })).errors?.[0].extensions?.code).toBe('PAGE_SIZE_TOO_LARGE');
    expect((await gql(page, { first: 2, after: 'bm90LWEtY3Vyc29y' })).errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
  });

  it('finds a scheda by planning view and code, with exact money', async () => {
    const r = await gql(`{ objective(planningView: "DUP_2020_2022", code: "2020_A02_00") {
      code kind planningView { code } declaredTotals { expense } budgetLines { chapter article competence amount } } }`);
    expect(r.data.objective).toEqual({
      code: '2020_A02_00',
      kind: 'PEG_OBJECTIVE',
      planningView: { code: 'DUP_2020_2022' },
      declaredTotals: { expense: '159800.00' },
      budgetLines: [{ chapter: '1040080', article: '1', competence: 'CP', amount: '11000.00' }],
    });
  });

  it('answers null for an unknown code', async () => {
    const r = await gql('{ objective(planningView: "DUP_2020_2022", code: "NOPE") { code } }');
    expect(r.data).toEqual({ objective: null });
  });
});
