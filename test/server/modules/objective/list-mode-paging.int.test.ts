import { Role } from '../../../../server/src/modules/user/user.entity';
import { makeFullObjectives, makePlanningView } from '../../../factories/objective.factory';
import { createTestUser } from '../../../support/auth';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';
import { startTestApp, TestApp } from '../../../support/test-app';

let t: TestDatabase;
let api: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  token = (await createTestUser(t.db, Role.CONTROLLER)).token;
  await makeFullObjectives(t.db.manager, await makePlanningView(t.db.manager, { code: 'PAGED', year: 2020 }), 60, 'P');
});
afterAll(async () => {
  await api.close();
  await t.close();
});

const PAGE = `query($after: String) { indicators(first: 100, after: $after, filter: { planningView: "PAGED" }) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id description objective { code } achieved { raw } } } } }`;

describe(`list mode paging (${process.env.PEGASO_TEST_DB})`, () => {
  it('walks every indicator of the view once, page by page, in objective order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: any = await api.gql(PAGE, { after }, token);
      expect(r.errors).toBeUndefined();
      seen.push(...r.data.indicators.edges.map((e: any) => e.node.id));
      if (!r.data.indicators.pageInfo.hasNextPage) break;
      after = r.data.indicators.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(240);
    expect(new Set(seen).size).toBe(240);
  });
});
