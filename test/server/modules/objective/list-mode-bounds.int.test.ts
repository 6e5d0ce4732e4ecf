import { fromGlobalId } from '../../../../server/src/common/global-id';
import { Indicator } from '../../../../server/src/modules/indicator/indicator.entity';
import { Phase } from '../../../../server/src/modules/phase/phase.entity';
import { Role } from '../../../../server/src/modules/user/user.entity';
import { makeObjective, makePlanningView } from '../../../factories/objective.factory';
import { createTestUser } from '../../../support/auth';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';
import { startTestApp, TestApp } from '../../../support/test-app';

// Pages of indicators and phases are narrowed (on MariaDB) to the objective codes they can reach:
// these pages must be exactly the slices of the whole list that the database itself orders.
let t: TestDatabase;
let api: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  token = (await createTestUser(t.db, Role.CONTROLLER)).token;
  const em = t.db.manager;
  const view = await makePlanningView(em, { code: 'BOUNDS', year: 2020 });
  const other = await makePlanningView(em, { code: 'OTHER', year: 2020 });
  // Codes out of id order; some schede without rows, some with many; another view in between.
  const codes = ['2020_M', '2020_B', '2020_Z', '2020_A', '2020_K', '2020_C', '2020_Y', '2020_D'];
  const counts = [5, 0, 3, 1, 0, 7, 2, 4];
  for (const [n, code] of codes.entries()) {
    const o = await makeObjective(em, view, { code });
    await makeObjective(em, other, { code: `${code}_X` }).then((x) => em.insert(Indicator, { objectiveId: x.id, position: 1, description: 'altra vista' }));
    for (let k = 0; k < counts[n]; k++) {
      // Ids of a scheda's rows not in position order, and interleaved with other schede's.
      await em.insert(Indicator, { objectiveId: o.id, position: counts[n] - k, description: `${code} indicatore ${k}` });
      await em.insert(Phase, { objectiveId: o.id, position: k + 1, description: `${code} fase ${k}`, weight: '10', progress: '20' });
    }
  }
});
afterAll(async () => {
  await api.close();
  await t.close();
});

/** The whole list as the database orders it: objective code (its collation), then id. */
async function wholeList(table: 'indicator' | 'phase'): Promise<Array<{ id: number; code: string }>> {
  const rows: Array<{ id: number; code: string }> = await t.db.manager.query(
    `SELECT x.id AS id, o.code AS code FROM ${table} x JOIN objective o ON o.id = x.objectiveId JOIN planning_view pv ON pv.id = o.planningViewId WHERE pv.code = ? ORDER BY o.code, x.id`,
    ['BOUNDS'],
  );
  return rows.map((r) => ({ id: Number(r.id), code: r.code }));
}

const idOf = (globalId: string) => fromGlobalId(globalId).id;

describe(`list mode pages narrowed to the codes they reach (${process.env.PEGASO_TEST_DB})`, () => {
  it.each([
    ['indicators', 'indicator'],
    ['phases', 'phase'],
  ] as const)('%s: every page size, forward and backward, is a slice of the whole list in order', async (field, table) => {
    const expected = await wholeList(table);
    expect(expected).toHaveLength(22);
    const edges = `edges { node { id objective { code } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
    for (const size of [1, 2, 3, 4, 5, 7, 21, 22, 23]) {
      for (const direction of ['forward', 'backward'] as const) {
        const pages: Array<Array<{ id: number; code: string }>> = [];
        let at: string | null = null;
        for (;;) {
          const args: string = direction === 'forward' ? `first: ${size}, after: $at` : `last: ${size}, before: $at`;
          const r: any = await api.gql(`query($at: String) { ${field}(${args}, filter: { planningView: "BOUNDS" }) { ${edges} } }`, { at }, token);
          expect(r.errors).toBeUndefined();
          const c = r.data[field];
          pages.push(c.edges.map((e: any) => ({ id: idOf(e.node.id), code: e.node.objective.code })));
          const more: boolean = direction === 'forward' ? c.pageInfo.hasNextPage : c.pageInfo.hasPreviousPage;
          if (!more) break;
          at = direction === 'forward' ? c.pageInfo.endCursor : c.pageInfo.startCursor;
        }
        // Every page but the last one reached is full.
        expect([size, direction, pages.slice(0, -1).every((p) => p.length === size)]).toEqual([size, direction, true]);
        const walked = direction === 'forward' ? pages.flat() : [...pages].reverse().flat();
        expect([size, direction, walked]).toEqual([size, direction, expected]);
      }
    }
  });
});
