import { randomBytes } from 'node:crypto';
import { Database } from '../../server/src/db/data-source';
import { AuthService } from '../../server/src/modules/user/auth.service';
import { hashPassword } from '../../server/src/modules/user/password';
import { Role, User, UserResponsibilityCenter } from '../../server/src/modules/user/user.entity';

/** The password of every user createTestUser makes. */
export const TEST_PASSWORD = 'password-di-prova';

let testHash: Promise<string> | null = null;

/**
 * A user with a role (and, for an EDITOR, the CdRs it may edit) plus a session token issued
 * directly by the AuthService; the password is TEST_PASSWORD (hashed once per test file).
 */
export async function createTestUser(db: Database, role: Role, centerIds: number[] = [], over: Partial<User> = {}): Promise<{ user: User; token: string }> {
  testHash ??= hashPassword(TEST_PASSWORD);
  const username = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}`;
  const user = await db.manager.save(
    db.manager.create(User, { username, displayName: `Utente ${role}`, role, passwordHash: await testHash, active: true, ...over }),
  );
  if (centerIds.length > 0) await db.manager.insert(UserResponsibilityCenter, centerIds.map((responsibilityCenterId) => ({ userId: user.id, responsibilityCenterId })));
  const { token } = await new AuthService(db).issueSession(user.id);
  return { user, token };
}
