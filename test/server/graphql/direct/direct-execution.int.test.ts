import fs from 'node:fs';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import { getNamedType, GraphQLObjectType, GraphQLSchema, isLeafType, isNonNullType, isObjectType, parse } from 'graphql';
import pino from 'pino';
import { createApp, App } from '../../../../server/src/app';
import { loadConfig } from '../../../../server/src/config';
import { getSchema } from '../../../../server/src/graphql/schema';
import { importFile, sampleFiles } from '../../../../server/src/import/import-files';
import { Objective } from '../../../../server/src/modules/objective/objective.entity';
import { Role } from '../../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../../support/auth';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';

const VIEW = 'DUP_2020_2022';
const CODE = '2020_A02_00';
const OPERATIONS = path.join(__dirname, '../../../../addin/src/api/operations');

/** A server over the test database, its debug log kept so a test can see what was left to graphql-js. */
async function serve(db: TestDatabase['db'], direct: boolean): Promise<{ app: App; post: (query: string, variables?: object, token?: string, operationName?: string) => Promise<string>; fallbacks: string[] }> {
  const fallbacks: string[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void (/left to graphql-js/.test(line) && fallbacks.push(line)) });
  const app = await createApp(loadConfig({ DIRECT_EXECUTION: String(direct) }), db, log);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  const post = async (query: string, variables: object = {}, token = admin, operationName?: string) =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables, operationName }) })).text();
  return { app, post, fallbacks };
}

/** Every field of a type reachable without a required argument, `depth` levels down (interfaces and unions left out), connections 5 a page. */
function selectAll(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    const page = f.args.some((a) => a.name === 'first') ? '(first: 5)' : ''; // a connection needs a page size
    if (isLeafType(named)) parts.push(f.name);
    else if (isObjectType(named) && depth > 0) parts.push(`${f.name}${page} { ${selectAll(named, depth - 1)} }`);
  }
  return parts.join(' ');
}

let t: TestDatabase;
let schema: GraphQLSchema;
let admin: string;
let editor: string;
let direct: Awaited<ReturnType<typeof serve>>;
let classic: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  t = await createTestDatabase();
  for (const file of sampleFiles()) await importFile(t.db, file);
  schema = await getSchema();
  admin = (await createTestUser(t.db, Role.ADMIN)).token;
  const other = await t.db.manager.findOneByOrFail(Objective, { code: '2020_A01_00' });
  editor = (await createTestUser(t.db, Role.EDITOR, [other.responsibilityCenterId as number])).token;
  direct = await serve(t.db, true);
  classic = await serve(t.db, false);
});
afterAll(async () => {
  await direct.app.close();
  await classic.app.close();
  await t.close();
});
beforeEach(() => void direct.fallbacks.splice(0));

/** The answer of the direct executor, byte for byte the answer of graphql-js. */
async function sameAnswer(query: string, variables: object = {}, token = admin): Promise<string> {
  const [d, c] = [await direct.post(query, variables, token), await classic.post(query, variables, token)];
  expect(d).toBe(c);
  return d;
}

describe(`direct execution of queries (${process.env.PEGASO_TEST_DB})`, () => {
  it("answers every query of the add-in as graphql-js does, without falling back", async () => {
    const document = fs.readdirSync(OPERATIONS).map((f) => fs.readFileSync(path.join(OPERATIONS, f), 'utf8')).join('\n');
    const variables = { planningView: VIEW, code: CODE, period: 'FINAL', filter: { planningView: VIEW }, first: 7, after: null };
    const names = parse(document).definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.operation === 'query' && d.name && d.name.value !== 'CellHistory' ? [d.name.value] : []));
    expect(names).toEqual(expect.arrayContaining(['PullElencoIndicators', 'PullElencoPhases', 'PullElencoObjectives', 'PullScheda', 'ReconciliationSheet']));
    for (const operationName of names) {
      const [d, c] = [await direct.post(document, variables, admin, operationName), await classic.post(document, variables, admin, operationName)];
      expect({ operationName, answer: d }).toEqual({ operationName, answer: c });
      expect(JSON.parse(d).errors).toBeUndefined();
    }
    expect(direct.fallbacks).toEqual([]);
  });

  it('answers every field of a scheda, its indicators, phases and objectives three levels deep as graphql-js does', async () => {
    const objective = schema.getType('Objective') as GraphQLObjectType;
    const answer = await sameAnswer(`query($v: String!, $c: String!) { objective(planningView: $v, code: $c) { ${selectAll(objective, 3)} } }`, { v: VIEW, c: CODE });
    expect(JSON.parse(answer)).toMatchObject({ data: { objective: { code: CODE } } });
    expect(JSON.parse(answer).data.objective.indicators).toHaveLength(9);
    for (const [root, type] of [['indicators', 'Indicator'], ['phases', 'Phase'], ['objectives', 'Objective']]) {
      const page = await sameAnswer(`{ ${root}(first: 25, filter: { planningView: "${VIEW}" }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${selectAll(schema.getType(type) as GraphQLObjectType, 2)} } } } }`);
      expect(JSON.parse(page)).toMatchObject({ data: { [root]: { edges: expect.arrayContaining([expect.anything()]) } } });
    }
    expect(direct.fallbacks).toEqual([]);
  });

  it('keeps aliases, fragments and __typename in the order asked', async () => {
    const answer = await sameAnswer(`query { a: objective(planningView: "${VIEW}", code: "${CODE}") { ...F t: title __typename } b: planningViews { code } }
      fragment F on Objective { code indicators { first: description __typename ... on Indicator { expected { raw } } } }`);
    expect(Object.keys(JSON.parse(answer).data.a)).toEqual(['code', 'indicators', 't', '__typename']);
    expect(direct.fallbacks).toEqual([]);
  });

  it('leaves errors to graphql-js: the same FORBIDDEN, the same refused page size, the same missing variable', async () => {
    const forbidden = JSON.parse(await sameAnswer(`{ objective(planningView: "${VIEW}", code: "${CODE}") { code indicators { description } } }`, {}, editor));
    expect(forbidden.errors[0].extensions.code).toBe('FORBIDDEN');
    const page = JSON.parse(await sameAnswer(`query($n: Int!) { indicators(first: $n, filter: { planningView: "${VIEW}" }) { edges { node { description } } } }`, { n: 0 }));
    expect(page.errors).toHaveLength(1);
    await sameAnswer(`query($c: String!) { objective(planningView: "${VIEW}", code: $c) { code } }`, {});
    expect(direct.fallbacks.length).toBeGreaterThanOrEqual(1);
  });

  it('runs introspection, directives and interfaces on graphql-js', async () => {
    await sameAnswer(`{ __schema { queryType { name } } }`);
    await sameAnswer(`query($x: Boolean!) { planningViews { code year @include(if: $x) } }`, { x: false });
    const id = JSON.parse(await direct.post(`{ objective(planningView: "${VIEW}", code: "${CODE}") { id } }`)).data.objective.id;
    const node = JSON.parse(await sameAnswer(`query($id: ID!) { node(id: $id) { id ... on Objective { code } } }`, { id }));
    expect(node.data.node.code).toBe(CODE);
  });
});
