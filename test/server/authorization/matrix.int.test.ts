import { Role } from '../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../support/auth';
import { createTestDatabase, TestDatabase } from '../../support/test-db';
import { startTestApp, TestApp } from '../../support/test-app';
import { pull, push, writeFixture } from '../../support/write-fixture';

/**
 * Every mutation and sensitive query × every role × own/other CdR. "own" is the scheda of the
 * EDITOR's CdR (2020_A02_00), "other" one of another CdR (2020_A01_00). A cell is "ok" or the
 * error code the caller must get.
 */
let t: TestDatabase;
let api: TestApp;
let f: Awaited<ReturnType<typeof writeFixture>>;
let ids: { own: string; other: string; ownValue: any; otherValue: any; controllerBatch: string; userId: string };
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  f = await writeFixture(t);
  const own = await pull(api, f.admin.token, '2020_A02_00');
  const other = await pull(api, f.admin.token, '2020_A01_00');
  const batch = await push(api, f.controller.token, [{ id: own.indicators[1].id, expectedVersion: own.indicators[1].version, note: 'controllo' }]);
  const target = await createTestUser(t.db, Role.VIEWER);
  const me = await api.gql('{ me { id } }', {}, target.token);
  ids = { own: own.id, other: other.id, ownValue: own.indicators[0].achieved, otherValue: other.indicators[0].achieved, controllerBatch: batch.batch.id, userId: me.data.me.id };
});
afterAll(async () => {
  await api.close();
  await t.close();
});

type Caller = 'anonymous' | 'viewer' | 'editor' | 'otherEditor' | 'controller' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'viewer', 'editor', 'otherEditor', 'controller', 'admin'];
const tokenOf = (c: Caller) => (c === 'anonymous' ? undefined : f[c].token);

/** Runs an operation and reduces the answer to "ok" or the first error / row error code. */
async function outcome(query: string, variables: Record<string, unknown>, caller: Caller): Promise<string> {
  const r = await api.gql(query, variables, tokenOf(caller));
  if (r.errors?.length) return String(r.errors[0].extensions?.code);
  const payload = Object.values(r.data ?? {})[0] as any;
  if (payload?.userErrors?.length) return payload.userErrors[0].code;
  return 'ok';
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const cases: Array<[string, (c: Caller) => Promise<string>, Record<Caller, string>]> = [
  ['read own scheda', (c) => outcome('query($id: ID!) { node(id: $id) { id } }', { id: ids.own }, c), { anonymous: U, viewer: 'ok', editor: 'ok', otherEditor: F, controller: 'ok', admin: 'ok' }],
  ['read other scheda', (c) => outcome('query($id: ID!) { node(id: $id) { id } }', { id: ids.other }, c), { anonymous: U, viewer: 'ok', editor: F, otherEditor: 'ok', controller: 'ok', admin: 'ok' }],
  ['objective by key (own)', (c) => outcome('{ objective(planningView: "DUP_2020_2022", code: "2020_A02_00") { code } }', {}, c), { anonymous: U, viewer: 'ok', editor: 'ok', otherEditor: F, controller: 'ok', admin: 'ok' }],
  ['push own value', (c) => outcome('mutation($i: PushChangesInput!) { pushChanges(input: $i) { userErrors { code } } }', { i: { clientBatchId: `own-${c}`, mode: 'ALL_OR_NOTHING', changes: [{ id: ids.ownValue.id, expectedVersion: -99, achieved: '1' }] } }, c), { anonymous: U, viewer: F, editor: 'CONFLICT', otherEditor: F, controller: 'CONFLICT', admin: 'CONFLICT' }],
  ['push other value', (c) => outcome('mutation($i: PushChangesInput!) { pushChanges(input: $i) { userErrors { code } } }', { i: { clientBatchId: `other-${c}`, mode: 'ALL_OR_NOTHING', changes: [{ id: ids.otherValue.id, expectedVersion: -99, achieved: '1' }] } }, c), { anonymous: U, viewer: F, editor: F, otherEditor: 'CONFLICT', controller: 'CONFLICT', admin: 'CONFLICT' }],
  ["revert another user's batch", (c) => outcome('mutation($id: ID!) { revertBatch(id: $id) { status } }', { id: ids.controllerBatch }, c), { anonymous: U, viewer: F, editor: F, otherEditor: F, controller: 'ok', admin: 'ok' }],
  ["read another user's batch", (c) => outcome('query($id: ID!) { batch(id: $id) { status } }', { id: ids.controllerBatch }, c), { anonymous: U, viewer: F, editor: F, otherEditor: F, controller: 'ok', admin: 'ok' }],
  ['validate a scheda (wrong state)', (c) => outcome('mutation($id: ID!) { transitionObjective(id: $id, action: VALIDATE) { workflowState } }', { id: ids.own }, c), { anonymous: U, viewer: F, editor: F, otherEditor: F, controller: 'BAD_USER_INPUT', admin: 'BAD_USER_INPUT' }],
  ['reopen a scheda (wrong state)', (c) => outcome('mutation($id: ID!) { transitionObjective(id: $id, action: REOPEN, reason: "errore") { workflowState } }', { id: ids.own }, c), { anonymous: U, viewer: F, editor: F, otherEditor: F, controller: F, admin: 'BAD_USER_INPUT' }],
  ['list users', (c) => outcome('{ users { username } }', {}, c), { anonymous: U, viewer: F, editor: F, otherEditor: F, controller: F, admin: 'ok' }],
  ['create a user', (c) => outcome('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { username: `nuovo-${c}`, displayName: 'Nuovo', password: 'una-password-lunga', role: 'VIEWER' } }, c), { anonymous: U, viewer: F, editor: F, otherEditor: F, controller: F, admin: 'ok' }],
  ['change a role', (c) => outcome('mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }', { i: { id: ids.userId, role: 'VIEWER' } }, c), { anonymous: U, viewer: F, editor: F, otherEditor: F, controller: F, admin: 'ok' }],
  ['reset a password', (c) => outcome('mutation($u: ID!) { resetPassword(userId: $u, password: "altra-password-lunga") { id } }', { u: ids.userId }, c), { anonymous: U, viewer: F, editor: F, otherEditor: F, controller: F, admin: 'ok' }],
  ['assign CdRs', (c) => outcome('mutation($u: ID!) { assignResponsibilityCenters(userId: $u, centers: []) { id } }', { u: ids.userId }, c), { anonymous: U, viewer: F, editor: F, otherEditor: F, controller: F, admin: 'ok' }],
  ['own API token', (c) => outcome('mutation { createApiToken(name: "prova") { token } }', {}, c), { anonymous: U, viewer: 'ok', editor: 'ok', otherEditor: 'ok', controller: 'ok', admin: 'ok' }],
  ['reconciliation', (c) => outcome('{ budgetReconciliation(year: 2017) { rows { chapter } } }', {}, c), { anonymous: U, viewer: 'ok', editor: 'ok', otherEditor: 'ok', controller: 'ok', admin: 'ok' }],
];

describe(`authorisation matrix (${process.env.PEGASO_TEST_DB})`, () => {
  it.each(cases.map(([name, run, expected]) => [name, run, expected] as const))('%s', async (_name, run, expected) => {
    const got: Record<string, string> = {};
    for (const c of CALLERS) got[c] = await run(c);
    expect(got).toEqual(expected);
  });

  it('shows an editor only the schede of its CdR in lists', async () => {
    const all = await api.gql('{ objectives(first: 100) { totalCount edges { node { code } } } }', {}, f.editor.token);
    expect(all.data.objectives.edges.map((e: any) => e.node.code)).toEqual(['2020_A02_00']);
  });
});
