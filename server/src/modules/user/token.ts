import { hash, randomBytes } from 'node:crypto';

/** Every pegaso token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'pgs_';

/** A new opaque bearer token: the prefix and 32 random bytes in base64url (47 characters). */
export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** SHA-256 (hex) of a token: the only form the database keeps. Every request hashes its token: the one-shot `hash` is a third of `createHash`'s cost. */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return m ? m[1] : null;
}
