import { AuthToken } from '../../../../server/src/modules/user/auth-token.entity';
import { Role, User } from '../../../../server/src/modules/user/user.entity';
import { createTestUser, TEST_PASSWORD } from '../../../support/auth';
import { startTestApp, TestApp } from '../../../support/test-app';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';

let t: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
});
afterAll(async () => {
  await api.close();
  await t.close();
});

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role } } }';
const login = (u: string, p: string) => api.gql(LOGIN, { u, p });
const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0].extensions?.code;

describe(`login and tokens (${process.env.PEGASO_TEST_DB})`, () => {
  it('signs in with the right password and the token opens the data for 12 hours', async () => {
    const { user } = await createTestUser(t.db, Role.EDITOR);
    const r = await login(user.username.toUpperCase(), TEST_PASSWORD);
    expect(r.data.login.user).toEqual({ username: user.username, role: 'EDITOR' });
    expect(r.data.login.token).toMatch(/^pgs_[A-Za-z0-9_-]{43}$/);
    const hours = (Date.parse(r.data.login.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    expect((await api.gql('{ planningViews { code } }', {}, r.data.login.token)).data).toEqual({ planningViews: [] });
  });

  it('answers the same Italian message for an unknown user and a wrong password', async () => {
    const { user } = await createTestUser(t.db, Role.VIEWER);
    const wrong = await login(user.username, 'password-sbagliata');
    const unknown = await login('nessuno-con-questo-nome', TEST_PASSWORD);
    expect(wrong.errors?.[0].message).toBe('Nome utente o password non corretti.');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect([code(wrong), code(unknown)]).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
  });

  it('refuses a sixth attempt after 5 failures, even with the right password, saying when to retry', async () => {
    const { user } = await createTestUser(t.db, Role.VIEWER);
    for (let i = 0; i < 5; i++) expect(code(await login(user.username, `sbagliata-${i}`))).toBe('INVALID_CREDENTIALS');
    const refused = await login(user.username, TEST_PASSWORD);
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].message).toMatch(/^Troppi tentativi di accesso non riusciti: riprovare tra 1[45] minuti\.$/);
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it('clears the failures of a username on a successful login', async () => {
    const { user } = await createTestUser(t.db, Role.VIEWER);
    for (let i = 0; i < 4; i++) await login(user.username, `sbagliata-${i}`);
    expect(code(await login(user.username, TEST_PASSWORD))).toBeUndefined();
    for (let i = 0; i < 4; i++) await login(user.username, `sbagliata-${i}`);
    expect((await login(user.username, TEST_PASSWORD)).data.login.token).toMatch(/^pgs_/);
  });

  it('refuses an expired token, a logged-out token and the token of a disabled user', async () => {
    const expired = await createTestUser(t.db, Role.VIEWER);
    await t.db.manager.update(AuthToken, { userId: expired.user.id }, { expiresAt: new Date(Date.now() - 1000) });
    const loggedOut = await createTestUser(t.db, Role.VIEWER);
    expect((await api.gql('mutation { logout }', {}, loggedOut.token)).data).toEqual({ logout: true });
    const disabled = await createTestUser(t.db, Role.ADMIN);
    await t.db.manager.update(User, { id: disabled.user.id }, { active: false });
    for (const { token } of [expired, loggedOut, disabled]) {
      const r = await api.gql('{ planningViews { code } }', {}, token);
      expect(r.errors?.[0]).toMatchObject({ message: 'Sessione scaduta o non valida: accedere di nuovo.', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('gives no data without a token or with a forged one', async () => {
    const none = await api.gql('{ planningViews { code } objectives(first: 1) { totalCount } }');
    expect(none.data).toBeNull();
    expect(code(none)).toBe('UNAUTHENTICATED');
    expect(none.errors?.[0].message).toMatch(/^Accesso richiesto/);
    expect(code(await api.gql('{ planningViews { code } }', {}, 'pgs_inventato'))).toBe('UNAUTHENTICATED');
  });

  it('lets a developer create a personal token, see it listed without the secret, use it and revoke it', async () => {
    const { token: session } = await createTestUser(t.db, Role.EDITOR);
    const created = await api.gql('mutation { createApiToken(name: "excel-mario", expiresInDays: 90) { token apiToken { id name expiresAt } } }', {}, session);
    const { token, apiToken } = created.data.createApiToken;
    expect(Math.round((Date.parse(apiToken.expiresAt) - Date.now()) / 86400_000)).toBe(90);
    const listed = await api.gql('{ apiTokens { id name revokedAt } }', {}, token);
    expect(listed.data.apiTokens).toEqual([{ id: apiToken.id, name: 'excel-mario', revokedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(token);
    const revoked = await api.gql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: apiToken.id }, session);
    expect(revoked.data.revokeApiToken.revokedAt).not.toBeNull();
    expect(code(await api.gql('{ me { username } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('keeps only the SHA-256 of a token in the database', async () => {
    const { user, token } = await createTestUser(t.db, Role.VIEWER);
    const rows = await t.db.manager.findBy(AuthToken, { userId: user.id });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
  });
});
