import { EntityManager, IsNull } from 'typeorm';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { Database } from '../../db/data-source';
import { readerOf } from '../../db/entity-reader';
import { authCacheOf } from './auth-cache';
import { AuthToken, TokenKind } from './auth-token.entity';
import { AuthUser } from './auth-user';
import { LoginRateLimit } from './login-rate-limit';
import { DUMMY_HASH, verifyPassword } from './password';
import { hashToken, newToken, TOKEN_PREFIX } from './token';
import { Role, User } from './user.entity';
import { invalidCredentials, invalidToken, tooManyAttempts } from './user.errors';
import { UserService, usernameKey } from './user.service';

/** Default lifetime of a login session, hours (SESSION_TTL_HOURS). */
export const DEFAULT_SESSION_TTL_HOURS = 12;
/** Longest lifetime of a personal API token, days. */
export const MAX_API_TOKEN_DAYS = 3650;
/** lastUsedAt is written at most this often per token, so reading requests rarely write. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface AuthOptions {
  sessionTtlHours?: number;
  /** Extra wait after a failed login, milliseconds (plus up to as much again at random). */
  failureDelayMs?: number;
}

/** A successful login: the token (shown once), its expiry and the user. */
export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
  authUser: AuthUser;
}

/** A personal API token just created: the secret (shown once) and its record. */
export interface IssuedToken {
  token: string;
  record: AuthToken;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Login with rate limit, session and personal bearer tokens: issue, authenticate, list, revoke. */
export class AuthService {
  private readonly sessionTtlMs: number;
  private readonly failureDelayMs: number;

  constructor(private readonly db: Database, options: AuthOptions = {}) {
    this.sessionTtlMs = (options.sessionTtlHours ?? DEFAULT_SESSION_TTL_HOURS) * 3600_000;
    this.failureDelayMs = options.failureDelayMs ?? 250;
  }

  /** Checks username and password and issues a session token; every failure reads the same. */
  async login(username: string, password: string, ip: string): Promise<LoginResult> {
    const key = usernameKey(username).slice(0, 100);
    const limit = new LoginRateLimit(this.db.manager);
    const retryAfter = await limit.retryAfterSeconds(key, ip);
    if (retryAfter > 0) throw tooManyAttempts(retryAfter);
    // Counted as a failure until proven right, so a burst of parallel guesses cannot pass the limit.
    const attemptId = await this.db.transaction((em) => new LoginRateLimit(em).begin(key, ip));
    const raced = await limit.retryAfterSeconds(key, ip, new Date(), 1);
    if (raced > 0) {
      await this.db.transaction((em) => new LoginRateLimit(em).withdraw(attemptId));
      throw tooManyAttempts(raced);
    }
    const user = key === '' ? null : await this.db.manager.findOneBy(User, { username: key });
    // Hash even for an unknown user, so the answer time does not tell which usernames exist.
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !passwordOk || !user.active) {
      await sleep(this.failureDelayMs * (1 + Math.random()));
      throw invalidCredentials();
    }
    const expiresAt = new Date(Date.now() + this.sessionTtlMs);
    const token = await this.db.transaction(async (em) => {
      await new LoginRateLimit(em).succeed(attemptId, key);
      return (await this.insertToken(em, user.id, TokenKind.SESSION, null, expiresAt)).token;
    });
    return { token, expiresAt, user, authUser: await new UserService(this.db).toAuthUser(user) };
  }

  /**
   * The user a bearer token stands for. Unknown, revoked and expired tokens and tokens of disabled
   * users are refused with UNAUTHENTICATED.
   */
  async authenticate(token: string, now = new Date()): Promise<{ user: AuthUser; tokenId: number }> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) throw invalidToken();
    const tokenHash = hashToken(token);
    const cache = authCacheOf(this.db);
    const hit = cache.get(tokenHash, now.getTime());
    if (hit) return { user: hit.user, tokenId: hit.tokenId };
    const generation = cache.generation;
    const found = await this.tokenWithUser(tokenHash);
    if (!found) throw invalidToken();
    const { record, user, centerIds } = found;
    if (!user.active || record.revokedAt !== null || (record.expiresAt !== null && record.expiresAt <= now)) throw invalidToken();
    if (record.lastUsedAt === null || now.getTime() - record.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.db.transaction((em) => em.update(AuthToken, { id: record.id }, { lastUsedAt: now }));
    }
    const authUser: AuthUser = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, centerIds };
    cache.set(tokenHash, authUser, record.id, record.expiresAt?.getTime() ?? null, generation, now.getTime());
    return { user: authUser, tokenId: record.id };
  }

  // Every request authenticates: one statement (token, user and CdRs), not the three of the ORM.
  private async tokenWithUser(tokenHash: string): Promise<{ record: AuthToken; user: User; centerIds: number[] } | null> {
    const ds = this.db.dataSource;
    const tokens = readerOf(ds, AuthToken);
    const users = readerOf(ds, User);
    const q = (n: string) => tokens.q(n);
    const [row] = await this.db.manager.query(
      `SELECT ${tokens.columns('t', 't_')}, ${users.columns('u', 'u_')},
         (SELECT GROUP_CONCAT(c.${q('responsibilityCenterId')}) FROM ${q('user_responsibility_center')} c WHERE c.${q('userId')} = u.${q('id')}) AS ${q('centerIds')}
       FROM ${tokens.table} t JOIN ${users.table} u ON u.${q('id')} = t.${q('userId')} WHERE t.${q('tokenHash')} = ?`,
      [tokenHash],
    );
    if (!row) return null;
    const centerIds = String(row.centerIds ?? '').split(',').filter((s) => s !== '').map(Number).sort((a, b) => a - b);
    return { record: tokens.map(row, 't_'), user: users.map(row, 'u_'), centerIds };
  }

  /** Revokes one token (logout). */
  async revoke(tokenId: number): Promise<void> {
    await authCacheOf(this.db).changing(() => this.db.transaction((em) => em.update(AuthToken, { id: tokenId, revokedAt: IsNull() }, { revokedAt: new Date() })));
  }

  /** Issues a session token directly, without a password (tests, CLI). */
  issueSession(userId: number): Promise<IssuedToken> {
    return this.db.transaction((em) => this.insertToken(em, userId, TokenKind.SESSION, null, new Date(Date.now() + this.sessionTtlMs)));
  }

  /** Creates a named personal API token; without `expiresInDays` it does not expire. */
  createApiToken(userId: number, name: string, expiresInDays?: number | null): Promise<IssuedToken> {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 100) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Il nome del token è obbligatorio (al massimo 100 caratteri), es. "excel-mario".', { field: 'name' });
    }
    if (expiresInDays != null && (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > MAX_API_TOKEN_DAYS)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `La durata del token va da 1 a ${MAX_API_TOKEN_DAYS} giorni.`, { field: 'expiresInDays' });
    }
    const expiresAt = expiresInDays == null ? null : new Date(Date.now() + expiresInDays * 86400_000);
    return this.db.transaction(async (em) => {
      if (!(await em.existsBy(User, { id: userId, active: true }))) throw new DomainError(ErrorCode.CONFLICT, 'Utente disattivato: non può ricevere token.');
      return this.insertToken(em, userId, TokenKind.PERSONAL, trimmed, expiresAt);
    });
  }

  /** A user's personal API tokens, newest first (revoked and expired ones included, never the secret). */
  listApiTokens(userId: number): Promise<AuthToken[]> {
    return this.db.manager.find(AuthToken, { where: { userId, kind: TokenKind.PERSONAL }, order: { id: 'DESC' } });
  }

  /** Revokes a personal API token of the user (an ADMIN may revoke anybody's). */
  async revokeApiToken(actor: AuthUser, tokenId: number): Promise<AuthToken> {
    const asAdmin = actor.role === Role.ADMIN;
    return authCacheOf(this.db).changing(() => this.db.transaction(async (em) => {
      const record = await em.findOneBy(AuthToken, { id: tokenId, kind: TokenKind.PERSONAL });
      if (!record || (!asAdmin && record.userId !== actor.id)) {
        throw new DomainError(ErrorCode.NOT_FOUND, 'Token non trovato tra i token personali dell\'utente.', { field: 'id' });
      }
      if (record.revokedAt === null) {
        record.revokedAt = new Date();
        await em.update(AuthToken, { id: record.id }, { revokedAt: record.revokedAt });
      }
      return record;
    }));
  }

  /** Revokes a user's unrevoked personal tokens with this name (or this numeric id); returns how many (CLI). */
  async revokeApiTokensNamed(userId: number, nameOrId: string): Promise<number> {
    const tokens = (await this.listApiTokens(userId)).filter((t) => t.revokedAt === null && (t.name === nameOrId || String(t.id) === nameOrId));
    for (const t of tokens) await this.revoke(t.id);
    return tokens.length;
  }

  private async insertToken(em: EntityManager, userId: number, kind: TokenKind, name: string | null, expiresAt: Date | null): Promise<IssuedToken> {
    const token = newToken();
    const record = em.create(AuthToken, { tokenHash: hashToken(token), userId, kind, name, expiresAt, lastUsedAt: null, revokedAt: null });
    await em.save(record);
    return { token, record };
  }
}
