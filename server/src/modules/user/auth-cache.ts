import { Database } from '../../db/data-source';
import { AuthUser } from './auth-user';

/** Default time an authenticated token is trusted without reading it again, seconds (AUTH_CACHE_SECONDS). */
export const DEFAULT_AUTH_CACHE_SECONDS = 5;
/** Tokens remembered at most; the oldest goes first. */
const MAX_ENTRIES = 10_000;

/** A token found valid: who it stands for and until when the cache may say so. */
export interface CachedAuth {
  user: Readonly<AuthUser>;
  tokenId: number;
  /** Epoch ms: the cache's deadline or the token's expiry, whichever comes first. */
  until: number;
}

/**
 * Tokens found valid in the last few seconds, so a request does not read its token, user and CdRs
 * again. Every change this process makes to users, tokens or CdR grants empties it at once; a change
 * made by another instance (or the CLI) is seen within `ttlMs`. Only valid tokens are kept, so
 * random tokens cannot fill it. A read that started before a change never stores its (stale) result:
 * `generation` moves on every change and `set` takes the generation its read started with.
 */
export class AuthCache {
  private readonly entries = new Map<string, CachedAuth>();
  private gen = 0;

  constructor(public ttlMs = DEFAULT_AUTH_CACHE_SECONDS * 1000) {}

  /** Counter of changes; take it before reading a token. */
  get generation(): number {
    return this.gen;
  }

  /** The cached authentication of a token hash, if it is still fresh at `now` (epoch ms). */
  get(tokenHash: string, now: number): CachedAuth | null {
    const hit = this.entries.get(tokenHash);
    if (hit === undefined) return null;
    if (hit.until > now) return hit;
    this.entries.delete(tokenHash);
    return null;
  }

  /** Remembers a valid token read at generation `generation`, unless something changed since. */
  set(tokenHash: string, user: AuthUser, tokenId: number, expiresAt: number | null, generation: number, now: number): void {
    if (this.ttlMs <= 0 || generation !== this.gen) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    const until = Math.min(now + this.ttlMs, expiresAt ?? Infinity);
    this.entries.set(tokenHash, { user: Object.freeze({ ...user, centerIds: Object.freeze([...user.centerIds]) as number[] }), tokenId, until });
  }

  /** Forgets every token: users, tokens or grants are changing. */
  clear(): void {
    this.gen++;
    this.entries.clear();
  }

  /** Runs a change to users, tokens or grants, emptying the cache before it and again after it, whatever its outcome. */
  async changing<T>(work: () => Promise<T>): Promise<T> {
    this.clear();
    try {
      return await work();
    } finally {
      this.clear();
    }
  }
}

const caches = new WeakMap<Database, AuthCache>();

/** The authentication cache of a database (one per process and database, shared by every AuthService and UserService on it). */
export function authCacheOf(db: Database): AuthCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new AuthCache()));
  return cache;
}
