import { getIntrospectionQuery } from 'graphql';
import { Database } from '../../../server/src/db/data-source';
import { MAX_ALIASES, MAX_LIST_ITEMS, MAX_QUERY_COST, MAX_QUERY_DEPTH } from '../../../server/src/graphql/protection/limits';
import { MAX_PAGE_SIZE } from '../../../server/src/common/connection';
import { ChangeService } from '../../../server/src/modules/change/change.service';
import { ObjectiveService } from '../../../server/src/modules/objective/objective.service';
import { AuthService } from '../../../server/src/modules/user/auth.service';
import { Role } from '../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../support/auth';
import { startTestApp, TestApp } from '../../support/test-app';
import { createTestDatabase, TestDatabase } from '../../support/test-db';

let t: TestDatabase;
let dev: TestApp;
let prod: TestApp;
let token: string;
let session: Awaited<ReturnType<AuthService['authenticate']>>;

/** Every SQL statement the app sends from now on, whatever the dialect. */
function spyOnSql(db: Database) {
  const runner = db.dataSource.createQueryRunner();
  void runner.release();
  return jest.spyOn(Object.getPrototypeOf(runner) as { query(...args: unknown[]): Promise<unknown> }, 'query');
}

/**
 * Spies for "no work done": SQL statements and the services a refused query would reach. The
 * token check is stubbed (a signed-in client, no SQL), so without the protection the resolvers
 * would run and the spies would see it.
 */
function watchWork() {
  jest.spyOn(AuthService.prototype, 'authenticate').mockResolvedValue(session);
  const sql = spyOnSql(t.db);
  const services = [
    jest.spyOn(ObjectiveService.prototype, 'findByKey'),
    jest.spyOn(ObjectiveService.prototype, 'list'),
    jest.spyOn(ChangeService.prototype, 'pushChanges'),
  ];
  return { sql, services, calls: () => sql.mock.calls.length + services.reduce((n, s) => n + s.mock.calls.length, 0) };
}

type Sent = { status: number; body: any; headers: Headers };

/** Sends a signed-in request and asserts that nothing ran: no resolver, no SQL. */
async function refused(send: (auth: Record<string, string>) => Promise<Response>): Promise<Sent> {
  const work = watchWork();
  const res = await send({ authorization: `Bearer ${token}` });
  const text = await res.text();
  expect(work.calls()).toBe(0);
  return { status: res.status, body: /^[[{]/.test(text) ? JSON.parse(text) : text, headers: res.headers };
}

const post = (app: TestApp, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const A02 = 'objective(planningView: "DUP_2020_2022", code: "2020_A02_00")';
const deepObjective = (depth: number) => `{ ${A02} { strategicLinks { ${'parent { '.repeat(depth - 3)}code${' }'.repeat(depth - 3)} } } }`;
const SCHEDE = `edges { node { id code title kind status assessorato planningView { code } responsibilityCenter { code name }
  responsible { displayName } phases { description weight progress plannedStart plannedEnd }
  indicators { description unit polarity expected { number } achieved { number } values { year role number } }
  budgetLines { chapter article amount direction year } } }`;

beforeAll(async () => {
  t = await createTestDatabase();
  dev = await startTestApp(t.db);
  prod = await startTestApp(t.db, { NODE_ENV: 'production' });
  ({ token } = await createTestUser(t.db, Role.VIEWER));
  session = await new AuthService(t.db).authenticate(token);
});
afterEach(() => jest.restoreAllMocks());
afterAll(async () => {
  await dev.close();
  await prod.close();
  await t.close();
});

describe(`GraphQL protection: refusals before execution (${process.env.PEGASO_TEST_DB})`, () => {
  it('sees the work of an accepted query (the spies the refusals rely on work)', async () => {
    const work = watchWork();
    const r = await dev.gql(deepObjective(MAX_QUERY_DEPTH), {}, token);
    expect(r.errors).toBeUndefined();
    expect(work.services[0]).toHaveBeenCalledTimes(1);
    expect(work.sql).toHaveBeenCalled();
  });

  it(`refuses a depth-20 query with QUERY_TOO_DEEP naming the limit of ${MAX_QUERY_DEPTH}`, async () => {
    const { status, body } = await refused((auth) => post(dev, { query: deepObjective(20) }, auth));
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: MAX_QUERY_DEPTH, depth: 20 });
    expect(body.errors[0].message).toContain(String(MAX_QUERY_DEPTH));
  });

  it('refuses 1,000 aliases with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `o${i}: ${A02} { code }`);
    const { status, body } = await refused((auth) => post(dev, { query: `{ ${aliases.join(' ')} }` }, auth));
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: MAX_ALIASES, aliases: 1000 });
    expect(body.errors[0].message).toContain(String(MAX_ALIASES));
  });

  it('refuses first: 100000 with PAGE_SIZE_TOO_LARGE, inline or in a variable', async () => {
    const inline = await refused((auth) => post(dev, { query: '{ objectives(first: 100000) { totalCount } }' }, auth));
    expect(inline.status).toBe(400);
    expect(inline.body.errors[0].extensions).toMatchObject({ code: 'PAGE_SIZE_TOO_LARGE', max: MAX_PAGE_SIZE });
    const query = 'query($n: Int) { objectives(first: $n) { totalCount } }';
    const variable = await refused((auth) => post(dev, { query, variables: { n: 100000 } }, auth));
    expect(variable.body.errors[0].extensions.code).toBe('PAGE_SIZE_TOO_LARGE');
  });

  it(`refuses a push of ${MAX_LIST_ITEMS + 1} changes with INPUT_LIST_TOO_LONG`, async () => {
    const changes = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => ({ id: `x${i}`, expectedVersion: 1, note: 'nota' }));
    const query = 'mutation($input: PushChangesInput!) { pushChanges(input: $input) { __typename } }';
    const { status, body } = await refused((auth) => post(dev, { query, variables: { input: { clientBatchId: 'b1', changes } } }, auth));
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'INPUT_LIST_TOO_LONG', limit: MAX_LIST_ITEMS, items: MAX_LIST_ITEMS + 1 });
  });

  it(`refuses two pages of 500 whole schede at once with QUERY_TOO_COMPLEX (limit ${MAX_QUERY_COST}), reporting the cost`, async () => {
    const query = `{ a: objectives(first: 500) { ${SCHEDE} } b: objectives(first: 500, kind: PEG_OBJECTIVE) { ${SCHEDE} } }`;
    const { status, body } = await refused((auth) => post(dev, { query }, auth));
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: MAX_QUERY_COST, cost: expect.any(Number) });
    expect(body.errors[0].extensions.cost).toBeGreaterThan(MAX_QUERY_COST);
    expect(body.extensions.cost).toEqual({ requested: body.errors[0].extensions.cost, limit: MAX_QUERY_COST });
  });
});

describe(`GraphQL protection: cost and introspection on accepted requests (${process.env.PEGASO_TEST_DB})`, () => {
  it('reports the cost of every successful response, growing with the page size', async () => {
    const cost = async (first: number) => (await dev.gql(`{ objectives(first: ${first}) { ${SCHEDE} } }`, {}, token)).extensions?.cost as any;
    const one = await cost(1);
    const hundred = await cost(100);
    expect(one.limit).toBe(MAX_QUERY_COST);
    expect(hundred.requested - 1).toBe(100 * (one.requested - 1));
    expect(hundred.requested).toBeLessThanOrEqual(MAX_QUERY_COST);
  });

  it('answers the full introspection query in development and production', async () => {
    for (const app of [dev, prod]) {
      const r = await app.gql(getIntrospectionQuery());
      expect(r.errors).toBeUndefined();
      expect(r.data.__schema.types.map((type: { name: string }) => type.name)).toContain('Objective');
      expect(r.extensions?.cost).toEqual({ requested: expect.any(Number), limit: MAX_QUERY_COST });
    }
  });
});

describe(`GraphQL protection: HTTP (${process.env.PEGASO_TEST_DB})`, () => {
  const LIST = '{ objectives(first: 1) { totalCount } }';

  it('refuses a batched JSON array with 400', async () => {
    const { status, body } = await refused((auth) => post(dev, [{ query: LIST }, { query: LIST }], auth));
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/batching/i);
  });

  it('refuses a text/plain POST (a "simple" cross-site request) with 400 (CSRF prevention)', async () => {
    const { status, body } = await refused((auth) =>
      fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', ...auth }, body: JSON.stringify({ query: LIST }) }),
    );
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a GET query without a preflight header, and answers it with one', async () => {
    const url = `${dev.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const plain = await refused((auth) => fetch(url, { headers: auth }));
    expect(plain.status).toBe(400);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await preflighted.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('refuses a 3 MB body with 413', async () => {
    const { status } = await refused((auth) => post(dev, { query: LIST, variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }, auth));
    expect(status).toBe(413);
  });

  it('refuses a document of more than 100,000 tokens while parsing', async () => {
    const { status, body } = await refused((auth) => post(dev, { query: `{ ${'__typename '.repeat(120_000)}}` }, auth));
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe(`GraphQL protection: production mode (${process.env.PEGASO_TEST_DB})`, () => {
  it('drops field suggestions and stack traces from validation errors', async () => {
    const devError = (await dev.gql('{ objectivs { code } }')).errors![0];
    const prodError = (await prod.gql('{ objectivs { code } }')).errors![0];
    expect(devError.message).toMatch(/Did you mean "objective/);
    expect(devError.extensions?.stacktrace).toBeDefined();
    expect(prodError.message).toBe('Cannot query field "objectivs" on type "Query".');
    expect(prodError.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('masks an unexpected resolver error: no SQL, no file path, no stack', async () => {
    const leak = Object.assign(new Error('SQLITE_ERROR: near "FROM": syntax error in SELECT * FROM objective WHERE code = ?'), {
      stack: 'Error: SQLITE_ERROR\n    at ObjectiveService.findByKey (/work/main/server/src/modules/objective/objective.service.ts:14:5)',
    });
    jest.spyOn(ObjectiveService.prototype, 'findByKey').mockRejectedValue(leak);
    const res = await post(prod, { query: `{ ${A02} { code } }` }, { authorization: `Bearer ${token}` });
    const text = await res.text();
    expect(JSON.parse(text).errors).toEqual([{ message: 'Errore interno del server.', path: ['objective'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(text).not.toMatch(/SELECT|SQLITE|objective\.service|\/work\//);
  });

  it('serves the sandbox landing page only in development', async () => {
    const page = (app: TestApp) => fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    const inDev = await page(dev);
    expect(inDev.status).toBe(200);
    expect(inDev.headers.get('content-type')).toMatch(/text\/html/);
    expect(await inDev.text()).toMatch(/sandbox/i);
    const inProd = await page(prod);
    expect(inProd.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(await inProd.text()).not.toMatch(/sandbox/i);
  });
});
