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

  it('walks forward and backward through pages that end inside a scheda, by objective code then id', async () => {
    const EDGES = `edges { cursor node { id objective { code } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
    const forward = `query($after: String) { indicators(first: 7, after: $after, filter: { planningView: "PAGED" }) { ${EDGES} } }`;
    const backward = `query($before: String) { indicators(last: 7, before: $before, filter: { planningView: "PAGED" }) { ${EDGES} } }`;
    const all: any = await api.gql(`{ indicators(first: 1000, filter: { planningView: "PAGED" }) { ${EDGES} } }`, {}, token);
    const expected = all.data.indicators.edges.map((e: any) => e.node);
    expect(expected).toHaveLength(240);
    const walk = async (query: string, cursor: 'after' | 'before'): Promise<any[]> => {
      const seen: any[][] = [];
      let at: string | null = null;
      for (;;) {
        const r: any = await api.gql(query, { [cursor]: at }, token);
        expect(r.errors).toBeUndefined();
        const c = r.data.indicators;
        // Every edge's cursor continues exactly after (or before) that edge.
        expect(c.pageInfo.startCursor).toBe(c.edges[0].cursor);
        seen.push(c.edges.map((e: any) => e.node));
        if (!(cursor === 'after' ? c.pageInfo.hasNextPage : c.pageInfo.hasPreviousPage)) break;
        at = cursor === 'after' ? c.pageInfo.endCursor : c.pageInfo.startCursor;
      }
      return cursor === 'after' ? seen.flat() : seen.reverse().flat();
    };
    expect(await walk(forward, 'after')).toEqual(expected);
    expect(await walk(backward, 'before')).toEqual(expected);
  });
});
