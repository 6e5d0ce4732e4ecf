import { authCacheOf } from '../../../../server/src/modules/user/auth-cache';
import { AuthToken } from '../../../../server/src/modules/user/auth-token.entity';
import { AuthService } from '../../../../server/src/modules/user/auth.service';
import { Role, User } from '../../../../server/src/modules/user/user.entity';
import { UserService } from '../../../../server/src/modules/user/user.service';
import { ResponsibilityCenter } from '../../../../server/src/modules/responsibility-center/responsibility-center.entity';
import { createTestUser } from '../../../support/auth';
import { countStatements } from '../../../support/sql-counter';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';

let t: TestDatabase;
let auth: AuthService;
const TTL = 5000;
beforeAll(async () => {
  t = await createTestDatabase();
  authCacheOf(t.db).ttlMs = TTL;
  auth = new AuthService(t.db);
});
afterAll(() => t.close());

const later = (ms: number) => new Date(Date.now() + ms);
/** What another server (or the CLI) does: a change straight in the database, which this process cannot see. */
const revokeElsewhere = (userId: number) => t.db.manager.update(AuthToken, { userId }, { revokedAt: new Date() });

describe(`authentication cache (${process.env.PEGASO_TEST_DB})`, () => {
  it('reads a valid token once, then trusts it without a statement for AUTH_CACHE_SECONDS', async () => {
    const { user, token } = await createTestUser(t.db, Role.VIEWER);
    expect((await auth.authenticate(token)).user.username).toBe(user.username);
    const { statements } = await countStatements(t.db.dataSource, () => auth.authenticate(token));
    expect(statements).toEqual([]);
  });

  it('sees a revocation made by another server once the cached entry lapses', async () => {
    const { user, token } = await createTestUser(t.db, Role.VIEWER);
    await auth.authenticate(token);
    await revokeElsewhere(user.id);
    expect((await auth.authenticate(token, later(TTL - 1000))).user.id).toBe(user.id);
    await expect(auth.authenticate(token, later(TTL + 1))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses at once a token logged out, a user disabled or a password reset on this server', async () => {
    const users = new UserService(t.db);
    const [a, b, c] = [await createTestUser(t.db, Role.VIEWER), await createTestUser(t.db, Role.EDITOR), await createTestUser(t.db, Role.EDITOR)];
    for (const u of [a, b, c]) await auth.authenticate(u.token);
    await auth.revoke((await auth.authenticate(a.token)).tokenId);
    await users.update(b.user.id, { active: false });
    await users.resetPassword(c.user.id, 'una-nuova-password-lunga');
    for (const u of [a, b, c]) await expect(auth.authenticate(u.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('gives an editor new CdR grants on the next request', async () => {
    const center = await t.db.manager.save(t.db.manager.create(ResponsibilityCenter, { code: 'CACHE_CDR', name: 'CdR della cache' }));
    const { user, token } = await createTestUser(t.db, Role.EDITOR);
    expect((await auth.authenticate(token)).user.centerIds).toEqual([]);
    await new UserService(t.db).setResponsibilityCenters(user.id, ['CACHE_CDR']);
    expect((await auth.authenticate(token)).user.centerIds).toEqual([center.id]);
  });

  it('does not keep a token past its own expiry', async () => {
    const { user, token } = await createTestUser(t.db, Role.VIEWER);
    await t.db.manager.update(AuthToken, { userId: user.id }, { expiresAt: later(1000) });
    await auth.authenticate(token);
    await expect(auth.authenticate(token, later(1001))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('does not store what a read saw before a change made while it ran', async () => {
    const { user, token } = await createTestUser(t.db, Role.VIEWER);
    const reading = auth.authenticate(token);
    authCacheOf(t.db).clear(); // a change on this server, while the read waits for the database
    await reading;
    await t.db.manager.update(User, { id: user.id }, { active: false });
    await expect(auth.authenticate(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('reads the token on every request with AUTH_CACHE_SECONDS=0', async () => {
    authCacheOf(t.db).ttlMs = 0;
    try {
      const { user, token } = await createTestUser(t.db, Role.VIEWER);
      await auth.authenticate(token);
      await revokeElsewhere(user.id);
      await expect(auth.authenticate(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    } finally {
      authCacheOf(t.db).ttlMs = TTL;
    }
  });
});
