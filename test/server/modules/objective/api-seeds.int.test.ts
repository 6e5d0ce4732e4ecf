import { importFile, sampleFiles } from '../../../../server/src/import/import-files';
import { Objective } from '../../../../server/src/modules/objective/objective.entity';
import { Role } from '../../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../../support/auth';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';
import { startTestApp, TestApp } from '../../../support/test-app';

let t: TestDatabase;
let api: TestApp;
let token: string;
let editor: string;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  for (const file of sampleFiles()) await importFile(t.db, file);
  token = (await createTestUser(t.db, Role.VIEWER)).token;
  const a02 = await t.db.manager.findOneByOrFail(Objective, { code: '2020_A02_00' });
  editor = (await createTestUser(t.db, Role.EDITOR, [a02.responsibilityCenterId as number])).token;
});
afterAll(async () => {
  await api.close();
  await t.close();
});
const q = (query: string, variables?: Record<string, unknown>, as = token) => api.gql(query, variables, as);
const codes = (r: any) => r.data.objectives.edges.map((e: any) => e.node.code);

describe(`the API on the sample schede (${process.env.PEGASO_TEST_DB})`, () => {
  it('returns 2020_A02_00 with its 4 phases and 9 indicators as printed, scoring "3 portals expected, 1 done" at a third', async () => {
    const r = await q(`{ objective(planningView: "DUP_2020_2022", code: "2020_A02_00") {
      phases { description } indicators { expected { raw } achieved { raw } score { capped uncapped } } } }`);
    const o = r.data.objective;
    expect(o.phases).toHaveLength(4);
    expect(o.indicators).toHaveLength(9);
    expect(o.indicators[6]).toEqual({ expected: { raw: '3,00' }, achieved: { raw: '1,00' }, score: { capped: 33.33, uncapped: 33.33 } });
    expect(o.indicators[8]).toMatchObject({ expected: { raw: '70,00' }, achieved: { raw: '75,00' }, score: { capped: 100, uncapped: 107.14 } });
  });

  it('finds a CdR by any of its printed codes and a person in any name order', async () => {
    const byAlias = await q('{ responsibilityCenter(code: "09_U_P3") { name aliases } }');
    expect(byAlias.data.responsibilityCenter.aliases).toContain('09_U_P3');
    const r = await q('{ objectives(first: 20, filter: { responsible: "gianluca caruso", planningView: "DUP_2020_2022" }) { edges { node { code } } } }');
    expect(codes(r)).toContain('2020_A01_00');
  });

  it('walks the cascade both ways: a programme, its mission, its objectives', async () => {
    const r = await q(`{ strategicGoal(code: "DUP_10_0101") { level parent { code level } children { code } objectives(first: 50) { totalCount edges { node { code } } } } }`);
    const g = r.data.strategicGoal;
    expect(g).toMatchObject({ level: 'MISSIONE', parent: { code: 'DUP_10', level: 'MANDATO' } });
    expect(g.children.map((c: any) => c.code)).toContain('DUP_10_0101_1103');
    expect(g.objectives.edges.map((e: any) => e.node.code)).toContain('2020_A01_00');
  });

  it('filters by words, by achievement below a threshold and by failing checks', async () => {
    const words = await q('{ objectives(first: 50, filter: { search: "smart working" }) { edges { node { code } } } }');
    expect(codes(words)).toContain('2020_A02_00');
    const behind = await q('{ objectives(first: 50, filter: { achievementBelow: 90 }) { edges { node { code achievement } } } }');
    expect(behind.data.objectives.edges.every((e: any) => e.node.achievement < 90)).toBe(true);
    const weights = await q('{ objectives(first: 50, filter: { failingCheck: "PHASE_WEIGHTS_NOT_100" }) { edges { node { code importWarnings { code message } } } } }');
    expect(codes(weights)).toContain('2024_U09_02');
    expect(weights.data.objectives.edges[0].node.importWarnings).toContainEqual({ code: 'PHASE_WEIGHTS_NOT_100', message: 'I pesi delle fasi sommano a 23, non a 100.' });
  });

  it('lists indicators across the objectives of a CdR for the list mode', async () => {
    const r = await q('{ indicators(first: 100, filter: { planningView: "DUP_2020_2022", search: "portali" }) { totalCount edges { node { description objective { code } } } } }');
    expect(r.data.indicators.edges.map((e: any) => e.node.objective.code)).toContain('2020_A02_00');
  });

  it('narrows schede, their indicators and phases to a list of codes (unknown codes match nothing)', async () => {
    const filter = { planningView: 'DUP_2020_2022', codes: ['2020_A02_00', ' 2020_A01_00', 'NON_ESISTE'] };
    const r = await q('query($f: ObjectiveFilter!) { objectives(first: 10, filter: $f) { edges { node { code } } } indicators(first: 1000, filter: $f) { edges { node { objective { code } } } } }', { f: filter });
    expect(codes(r)).toEqual(['2020_A01_00', '2020_A02_00']);
    expect(new Set(r.data.indicators.edges.map((e: any) => e.node.objective.code))).toEqual(new Set(['2020_A01_00', '2020_A02_00']));
    expect(r.data.indicators.edges.filter((e: any) => e.node.objective.code === '2020_A02_00')).toHaveLength(9);
    const none = await q('{ objectives(first: 10, filter: { codes: [] }) { edges { node { code } } } }');
    expect(codes(none)).toEqual([]);
  });

  it('fetches any object by global id, and refuses an editor another CdR\'s', async () => {
    const ids = await q('{ a02: objective(planningView: "DUP_2020_2022", code: "2020_A02_00") { id } a01: objective(planningView: "DUP_2020_2022", code: "2020_A01_00") { id } }');
    const node = await q('query($id: ID!) { node(id: $id) { id ... on Objective { code } } }', { id: ids.data.a02.id });
    expect(node.data.node.code).toBe('2020_A02_00');
    const own = await q('query($id: ID!) { node(id: $id) { id } }', { id: ids.data.a02.id }, editor);
    expect(own.data.node.id).toBe(ids.data.a02.id);
    const other = await q('query($id: ID!) { node(id: $id) { id } }', { id: ids.data.a01.id }, editor);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
