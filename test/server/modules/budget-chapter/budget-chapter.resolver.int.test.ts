import { Role } from '../../../../server/src/modules/user/user.entity';
import { makeChapter } from '../../../factories/budget.factory';
import { createTestUser } from '../../../support/auth';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';
import { startTestApp, TestApp } from '../../../support/test-app';

let t: TestDatabase;
let app: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await startTestApp(t.db);
  token = (await createTestUser(t.db, Role.VIEWER)).token;
  await makeChapter(t.db.manager, { appropriationCents: 1100005, residualCents: 99 });
  await makeChapter(t.db.manager, { article: '', appropriationCents: 15000000 });
  await makeChapter(t.db.manager, { chapter: '3010450', article: '', direction: 'ENTRATA' as never, appropriationCents: 1000000 });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const QUERY = 'query($year: Int!, $direction: BudgetDirection) { budgetChapters(year: $year, direction: $direction) { label direction appropriation residual cash } }';

describe(`budgetChapters (${process.env.PEGASO_TEST_DB})`, () => {
  it('lists the chapters of a year in capitolo/articolo order with exact amounts', async () => {
    const r = await app.gql(QUERY, { year: 2017, direction: 'SPESA' }, token);
    expect(r.data.budgetChapters).toEqual([
      { label: '1040080', direction: 'SPESA', appropriation: '150000.00', residual: null, cash: null },
      { label: '1040080/1', direction: 'SPESA', appropriation: '11000.05', residual: '0.99', cash: null },
    ]);
  });

  it('refuses a caller who is not signed in', async () => {
    const r = await app.gql(QUERY, { year: 2017 });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
