import { importFile, sampleFiles } from '../../../../server/src/import/import-files';
import { indicatorColumnsUnread } from '../../../../server/src/modules/indicator/indicator-columns';
import { phaseColumnsUnread } from '../../../../server/src/modules/phase/phase-columns';
import { Role } from '../../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../../support/auth';
import { countStatements } from '../../../support/sql-counter';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';
import { startTestApp, TestApp } from '../../../support/test-app';

let t: TestDatabase;
let api: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  for (const file of sampleFiles()) await importFile(t.db, file);
  token = (await createTestUser(t.db, Role.VIEWER)).token;
});
afterAll(async () => {
  await api.close();
  await t.close();
});
const q = (query: string, variables?: Record<string, unknown>) => api.gql(query, variables, token);

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);

/** Every field of a type with a selection that makes its resolver read what it reads. */
async function fieldsOf(type: string): Promise<Array<{ name: string; selection: string }>> {
  const TYPE = '{ kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
  const r = await q(`{ __type(name: "${type}") { fields { name args { name } type ${TYPE} } } }`);
  const out: Array<{ name: string; selection: string }> = [];
  for (const f of r.data.__type.fields as Array<{ name: string; args: Array<{ name: string }>; type: TypeRef }>) {
    const field = f.args.length ? `${f.name}(${f.args.map((a) => `${a.name}: "FINAL"`).join(', ')})` : f.name;
    const inner = named(f.type);
    if (inner.kind !== 'OBJECT') {
      out.push({ name: f.name, selection: field });
      continue;
    }
    const sub = await q(`{ __type(name: "${inner.name}") { fields { name type ${TYPE} } } }`);
    const scalars = (sub.data.__type.fields as Array<{ name: string; type: TypeRef }>).filter((g) => ['SCALAR', 'ENUM'].includes(named(g.type).kind)).map((g) => g.name);
    out.push({ name: f.name, selection: `${field} { __typename ${scalars.join(' ')} }` });
  }
  return out;
}

const KINDS = [
  { type: 'Indicator', list: 'indicators', unread: indicatorColumnsUnread },
  { type: 'Phase', list: 'phases', unread: phaseColumnsUnread },
] as const;

describe(`list pages of indicators and phases read only the columns their selection needs (${process.env.PEGASO_TEST_DB})`, () => {
  it.each(KINDS)('knows which columns every field of $type reads', async ({ type, unread }) => {
    for (const { name } of await fieldsOf(type)) expect([name, unread(t.db.dataSource, new Set([name]))]).not.toEqual([name, null]);
    expect(unread(t.db.dataSource, new Set(['id', 'noSuchField']))).toBeNull();
  });

  it.each(KINDS)('answers every field of $type alone in a page as the scheda, read whole, answers it', async ({ type, list }) => {
    const views: string[] = (await q('{ planningViews { code } }')).data.planningViews.map((v: any) => v.code);
    expect(views.length).toBeGreaterThan(1);
    for (const { selection } of await fieldsOf(type)) {
      for (const view of views) {
        const page = await q(`query($v: String!) { ${list}(filter: { planningView: $v }, first: 12) { edges { node { id objective { code } ${selection} } } } }`, { v: view });
        expect(page.errors).toBeUndefined();
        const nodes = page.data[list].edges.map((e: any) => e.node);
        const codes = [...new Set(nodes.map((n: any) => n.objective.code as string))];
        const aliases = codes.map((code, k) => `o${k}: objective(planningView: $v, code: "${code}") { code ${list} { id objective { code } ${selection} } }`).join(' ');
        const whole = await q(`query($v: String!) { ${aliases} }`, { v: view });
        expect(whole.errors).toBeUndefined();
        const byId = new Map(codes.flatMap((_, k) => whole.data[`o${k}`][list].map((n: any) => [n.id, n] as const)));
        expect([selection, nodes]).toEqual([selection, nodes.map((n: any) => byId.get(n.id))]);
      }
    }
  });

  it("leaves the columns the Elenco does not show unread", async () => {
    const r = await countStatements(t.db.dataSource, () =>
      q('{ indicators(filter: { planningView: "DUP_2020_2022" }, first: 5) { edges { node { id description note objective { code } } } } phases(filter: { planningView: "DUP_2020_2022" }, first: 5) { edges { node { id description objective { code } } } } }'),
    );
    expect(r.result.errors).toBeUndefined();
    const [indicators, phases] = ['indicator', 'phase'].map((table) => r.statements.find((s) => new RegExp(`INNER JOIN [\`"]${table}[\`"]`).test(s)) as string);
    expect(indicators).toMatch(/description/);
    expect(indicators).not.toMatch(/polarity|unit|importBaseline/);
    expect(phases).toMatch(/description/);
    expect(phases).not.toMatch(/cause|responsibleId|plannedStart|importBaseline/);
  });
});
