import { importFile, sampleFiles } from '../../../../server/src/import/import-files';
import { objectiveColumnsUnread } from '../../../../server/src/modules/objective/objective-columns';
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

/** Every field of Objective with a selection that makes its resolver read what it reads. */
async function objectiveFields(): Promise<Array<{ name: string; selection: string }>> {
  const TYPE = '{ kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
  const r = await q(`{ __type(name: "Objective") { fields { name args { name } type ${TYPE} } } }`);
  const out: Array<{ name: string; selection: string }> = [];
  for (const f of r.data.__type.fields as Array<{ name: string; args: unknown[]; type: TypeRef }>) {
    expect(f.args).toEqual([]);
    const type = named(f.type);
    if (type.kind !== 'OBJECT') {
      out.push({ name: f.name, selection: f.name });
      continue;
    }
    const inner = await q(`{ __type(name: "${type.name}") { fields { name type ${TYPE} } } }`);
    const scalars = (inner.data.__type.fields as Array<{ name: string; type: TypeRef }>).filter((g) => ['SCALAR', 'ENUM'].includes(named(g.type).kind)).map((g) => g.name);
    out.push({ name: f.name, selection: `${f.name} { __typename ${scalars.join(' ')} }` });
  }
  return out;
}

describe(`objectives read only the columns their selection needs (${process.env.PEGASO_TEST_DB})`, () => {
  it('knows which columns every field of Objective reads', async () => {
    for (const { name } of await objectiveFields()) expect([name, objectiveColumnsUnread(t.db.dataSource, new Set([name]))]).not.toEqual([name, null]);
  });

  it('answers every field alone in a page as the scheda read whole answers it', async () => {
    const views: string[] = (await q('{ planningViews { code } }')).data.planningViews.map((v: any) => v.code);
    expect(views.length).toBeGreaterThan(1);
    for (const { selection } of await objectiveFields()) {
      for (const view of views) {
        const page = await q(`query($v: String!) { objectives(planningView: $v, first: 6) { edges { node { code ${selection} } } } }`, { v: view });
        expect(page.errors).toBeUndefined();
        const nodes = page.data.objectives.edges.map((e: any) => e.node);
        const aliases = nodes.map((n: any, k: number) => `o${k}: objective(planningView: $v, code: "${n.code}") { code ${selection} }`).join(' ');
        const whole = await q(`query($v: String!) { ${aliases} }`, { v: view });
        expect(whole.errors).toBeUndefined();
        expect(nodes).toEqual(nodes.map((_: unknown, k: number) => whole.data[`o${k}`]));
      }
    }
  });

  it('leaves the long texts unread when the client asks for a few columns', async () => {
    const r = await countStatements(t.db.dataSource, () => q('{ objectives(planningView: "DUP_2020_2022", first: 5) { edges { node { code title workflowState } } } }'));
    expect(r.result.errors).toBeUndefined();
    const page = r.statements.find((s) => /ORDER BY/i.test(s)) as string;
    expect(page).toMatch(/title/);
    expect(page).not.toMatch(/implementationMode|extra|importWarnings/);
  });
});
