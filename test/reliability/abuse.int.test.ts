import { getSchema } from '../../server/src/graphql/schema';
import { AuthToken } from '../../server/src/modules/user/auth-token.entity';
import { ObjectiveService } from '../../server/src/modules/objective/objective.service';
import { Role } from '../../server/src/modules/user/user.entity';
import { createTestUser, TEST_PASSWORD } from '../support/auth';
import { GqlResponse, startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-db';
import { writeFixture } from '../support/write-fixture';
import { leaksIn } from './support/clean-errors';
import { everyQueryField } from './support/schema-walk';

let t: TestDatabase;
let api: TestApp;
let f: Awaited<ReturnType<typeof writeFixture>>;
const collected: unknown[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
  // As the comuni run it: production strips stack traces from client errors (development keeps them).
  api = await startTestApp(t.db, { NODE_ENV: 'production' });
  f = await writeFixture(t);
});
afterEach(() => jest.restoreAllMocks());
afterAll(async () => {
  await api.close();
  await t.close();
});

const A02 = 'objective(planningView: "DUP_2020_2022", code: "2020_A02_00")';
const DEEP = `{ ${A02} { strategicLinks { ${'parent { '.repeat(30)}code${' }'.repeat(30)} } } }`;
const ALIASES = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
const COSTLY = `{ ${Array.from({ length: 10 }, (_, i) => `o${i}: objectives(first: 1000) { edges { node { phases { description } indicators { description values { raw } } } } }`).join(' ')} }`;

async function post(body: string, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${f.viewer.token}`, ...headers }, body });
  const text = await res.text();
  const parsed = /^[[{]/.test(text) ? JSON.parse(text) : text;
  collected.push(parsed);
  return { status: res.status, body: parsed };
}
const json = (b: unknown) => post(JSON.stringify(b), { 'content-type': 'application/json' });

describe(`abuse (${process.env.PEGASO_TEST_DB})`, () => {
  it.each([
    ['deep', { query: DEEP }, 'QUERY_TOO_DEEP'],
    ['alias', { query: ALIASES }, 'TOO_MANY_ALIASES'],
    ['cost', { query: COSTLY }, 'QUERY_TOO_COMPLEX'],
    ['batch', Array.from({ length: 50 }, () => ({ query: `{ ${A02} { code } }` })), 'BAD_REQUEST'],
  ])('a flood of 200 concurrent %s queries is refused quickly, before any resolver runs', async (_kind, body, code) => {
    const resolvers = [jest.spyOn(ObjectiveService.prototype, 'findByKey'), jest.spyOn(ObjectiveService.prototype, 'list')];
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 200 }, () => json(body)));
    const ms = Date.now() - started;
    console.log(`[abuse ${process.env.PEGASO_TEST_DB}] 200 ${_kind} queries refused in ${ms} ms`);
    expect(answers.filter((a) => a.status !== 400 || a.body.errors?.[0].extensions.code !== code).slice(0, 1)).toEqual([]);
    expect(resolvers.reduce((n, s) => n + s.mock.calls.length, 0)).toBe(0);
    expect(ms).toBeLessThan(20_000);
  });

  it('slows a login brute force: after 5 failures even the right password is refused', async () => {
    const { user } = await createTestUser(t.db, Role.VIEWER);
    const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
    const started = Date.now();
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) codes.push(String((await json({ query: LOGIN, variables: { u: user.username, p: `guess-${i}` } })).body.errors?.[0].extensions.code));
    const ms = Date.now() - started;
    const right = await json({ query: LOGIN, variables: { u: user.username, p: TEST_PASSWORD } });
    console.log(`[abuse ${process.env.PEGASO_TEST_DB}] 12 guesses in ${ms} ms: ${codes.join(',')}`);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(codes.slice(5)).toEqual(Array(7).fill('RATE_LIMITED'));
    expect(right.body.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(ms).toBeGreaterThanOrEqual(5 * 250);
  });

  it('refuses revoked and expired tokens', async () => {
    const revoked = await createTestUser(t.db, Role.VIEWER);
    const expired = await createTestUser(t.db, Role.VIEWER);
    expect((await api.gql('mutation { logout }', {}, revoked.token)).data?.logout).toBe(true);
    await t.db.manager.update(AuthToken, { userId: expired.user.id }, { expiresAt: new Date(Date.now() - 1000) });
    for (const token of [revoked.token, expired.token]) {
      const r = await api.gql('{ me { username } }', {}, token);
      collected.push(r);
      expect(r.data).toBeNull();
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses cross-site simple requests (text/plain and form POSTs)', async () => {
    const text = await post(JSON.stringify({ query: '{ me { username } }' }), { 'content-type': 'text/plain' });
    const form = await post('query=%7B%20me%20%7B%20username%20%7D%20%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    for (const r of [text, form]) {
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).not.toContain('username":"');
    }
  });

  it('gives no data without a token: every Query field of the schema is UNAUTHENTICATED', async () => {
    const fields = everyQueryField(await getSchema());
    const leaks: string[] = [];
    for (const { field, query } of fields) {
      const r: GqlResponse = await api.gql(query, {}, {});
      collected.push(r);
      if (r.data?.[field] != null || r.errors?.[0].extensions?.code !== 'UNAUTHENTICATED') leaks.push(`${query} -> ${JSON.stringify(r).slice(0, 200)}`);
    }
    expect(fields.length).toBeGreaterThan(15);
    expect(leaks).toEqual([]);
  });

  it('refuses node(id:) of another CdR to an editor', async () => {
    const other = await api.gql('{ o: objective(planningView: "DUP_2020_2022", code: "2020_A01_00") { id indicators { id } } }', {}, f.admin.token);
    const ids = [other.data.o.id, other.data.o.indicators[0].id];
    for (const id of ids) {
      const r = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id }, f.otherEditor.token === f.editor.token ? '' : f.editor.token);
      collected.push(r);
      expect(r.data?.node ?? null).toBeNull();
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('leaks no SQL text, stack or path in any response collected above', () => {
    expect(collected.length).toBeGreaterThan(800);
    expect(leaksIn(collected)).toEqual([]);
  });
});
