import { EntityManager, In, IsNull } from 'typeorm';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { fromGlobalId } from '../../common/global-id';
import { Database } from '../../db/data-source';
import { aliasKey } from '../../import/names';
import { ResponsibilityCenter, ResponsibilityCenterAlias } from '../responsibility-center/responsibility-center.entity';
import { authCacheOf } from './auth-cache';
import { AuthToken, TokenKind } from './auth-token.entity';
import { AuthUser } from './auth-user';
import { checkPasswordRules, hashPassword } from './password';
import { Role, User, UserResponsibilityCenter } from './user.entity';
import { userNotFound } from './user.errors';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,99}$/;

/** The form of a username the database keeps and logins compare: trimmed, lower case. */
export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

export interface UserChanges {
  role?: Role | null;
  active?: boolean | null;
  displayName?: string | null;
}

/** Users, their roles and the CdRs an EDITOR may edit. */
export class UserService {
  constructor(private readonly db: Database) {}

  /** Creates a user; the username is kept in lower case. */
  async create(input: NewUser): Promise<User> {
    const username = usernameKey(input.username);
    if (!USERNAME.test(username)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Il nome utente deve avere da 2 a 100 caratteri: lettere, cifre, punto, trattino o trattino basso.', { field: 'username' });
    }
    const displayName = checkDisplayName(input.displayName);
    checkPasswordRules(input.password);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (em) => {
      if (await em.existsBy(User, { username })) {
        throw new DomainError(ErrorCode.CONFLICT, `Esiste già un utente "${username}".`, { field: 'username' });
      }
      return em.save(em.create(User, { username, displayName, role: input.role, passwordHash, active: true }));
    });
  }

  /** Changes role, active flag or name; the last active ADMIN cannot be demoted or disabled. */
  async update(id: number, changes: UserChanges): Promise<User> {
    if (changes.displayName != null) changes.displayName = checkDisplayName(changes.displayName);
    return authCacheOf(this.db).changing(() => this.db.transaction(async (em) => {
      const user = await this.get(em, id);
      const losesAdmin = user.role === Role.ADMIN && user.active && ((changes.role != null && changes.role !== Role.ADMIN) || changes.active === false);
      if (losesAdmin && (await em.countBy(User, { role: Role.ADMIN, active: true })) <= 1) {
        throw new DomainError(ErrorCode.CONFLICT, 'Deve restare almeno un amministratore attivo: nominarne un altro prima.', { field: changes.active === false ? 'active' : 'role' });
      }
      if (changes.role != null) user.role = changes.role;
      if (changes.active != null) user.active = changes.active;
      if (changes.displayName != null) user.displayName = changes.displayName;
      return em.save(user);
    }));
  }

  /** Sets a new password and signs the user out of every session (personal API tokens stay valid). */
  async resetPassword(id: number, password: string): Promise<User> {
    checkPasswordRules(password);
    const passwordHash = await hashPassword(password);
    return authCacheOf(this.db).changing(() => this.db.transaction(async (em) => {
      const user = await this.get(em, id);
      user.passwordHash = passwordHash;
      await em.update(AuthToken, { userId: id, kind: TokenKind.SESSION, revokedAt: IsNull() }, { revokedAt: new Date() });
      return em.save(user);
    }));
  }

  /**
   * Replaces the CdRs a user may edit. Each reference is a global id, the pegaso code (09_UO_2020)
   * or any code or name a document used for the CdR (09_U_P3, U_09).
   */
  async setResponsibilityCenters(userId: number, refs: string[]): Promise<ResponsibilityCenter[]> {
    return authCacheOf(this.db).changing(() => this.db.transaction(async (em) => {
      await this.get(em, userId);
      const centers: ResponsibilityCenter[] = [];
      const unknown: string[] = [];
      for (const ref of refs) {
        const center = await findCenter(em, ref);
        if (center) centers.push(center);
        else unknown.push(ref);
      }
      if (unknown.length > 0) {
        throw new DomainError(ErrorCode.NOT_FOUND, `Centro di Responsabilità non trovato: ${unknown.join(', ')}.`, { field: 'centers', unknown });
      }
      const ids = [...new Set(centers.map((c) => c.id))];
      await em.delete(UserResponsibilityCenter, { userId });
      if (ids.length > 0) await em.insert(UserResponsibilityCenter, ids.map((responsibilityCenterId) => ({ userId, responsibilityCenterId })));
      return ids.map((id) => centers.find((c) => c.id === id) as ResponsibilityCenter);
    }));
  }

  /** Every user, by username. */
  list(): Promise<User[]> {
    return this.db.manager.find(User, { order: { username: 'ASC' } });
  }

  findByUsername(username: string): Promise<User | null> {
    return this.db.manager.findOneBy(User, { username: usernameKey(username) });
  }

  /** A user by id, or NOT_FOUND. */
  getById(id: number): Promise<User> {
    return this.get(this.db.manager, id);
  }

  /** A user by username, or NOT_FOUND. */
  async getByUsername(username: string): Promise<User> {
    const user = await this.findByUsername(username);
    if (!user) throw userNotFound(username);
    return user;
  }

  /** The CdR ids of each user, in the order of `userIds`. */
  async centerIdsOf(userIds: readonly number[]): Promise<number[][]> {
    const rows = userIds.length === 0 ? [] : await this.db.manager.findBy(UserResponsibilityCenter, { userId: In([...userIds]) });
    return userIds.map((id) => rows.filter((r) => r.userId === id).map((r) => r.responsibilityCenterId).sort((a, b) => a - b));
  }

  /** The AuthUser of a user entity: the user plus its CdRs. */
  async toAuthUser(user: User): Promise<AuthUser> {
    const [centerIds] = await this.centerIdsOf([user.id]);
    return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, centerIds };
  }

  private async get(em: EntityManager, id: number): Promise<User> {
    const user = await em.findOneBy(User, { id });
    if (!user) throw userNotFound(String(id));
    return user;
  }
}

function checkDisplayName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '' || trimmed.length > 255) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Il nome e cognome è obbligatorio (al massimo 255 caratteri).', { field: 'displayName' });
  }
  return trimmed;
}

async function findCenter(em: EntityManager, ref: string): Promise<ResponsibilityCenter | null> {
  const text = ref.trim();
  let id: number | null = null;
  try {
    id = fromGlobalId(text, 'ResponsibilityCenter').id;
  } catch {
    // not a global id: a code or an alias
  }
  if (id !== null) return em.findOneBy(ResponsibilityCenter, { id });
  const byCode = await em.findOneBy(ResponsibilityCenter, { code: text });
  if (byCode) return byCode;
  const key = aliasKey(text);
  const alias = key ? await em.findOneBy(ResponsibilityCenterAlias, { aliasKey: key }) : null;
  return alias ? em.findOneBy(ResponsibilityCenter, { id: alias.responsibilityCenterId }) : null;
}
