import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { DomainError, ErrorCode } from '../../common/domain-error';

/** scrypt cost: N=2^15, r=8, p=1 takes about 100 ms here (measured), 32 MiB of memory. */
const N = 32768;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/** Shortest password accepted, characters. */
export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;

function derive(password: string, salt: Buffer, n: number, r: number, p: number, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, { N: n, r, p, maxmem: 256 * n * r }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Hashes a password as "scrypt$N$r$p$salt$hash" (salt and hash in base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, N, R, P, KEY_BYTES);
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when the password matches the stored hash; compares in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  if (![n, r, p].every((x) => Number.isInteger(x) && x > 0) || n > 2 ** 20 || expected.length === 0) return false;
  const actual = await derive(password, salt, n, r, p, expected.length);
  return timingSafeEqual(actual, expected);
}

/** A hash no password matches, to spend the same time on an unknown user as on a wrong password. */
export const DUMMY_HASH = `scrypt$${N}$${R}$${P}$${Buffer.alloc(SALT_BYTES).toString('base64')}$${Buffer.alloc(KEY_BYTES).toString('base64')}`;

/** Refuses a password that is too short, too long or only spaces; the message says what to do. */
export function checkPasswordRules(password: string): void {
  if (password.trim().length < MIN_PASSWORD_LENGTH) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `La password deve avere almeno ${MIN_PASSWORD_LENGTH} caratteri (spazi esclusi all'inizio e alla fine).`, { field: 'password' });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `La password può avere al massimo ${MAX_PASSWORD_LENGTH} caratteri.`, { field: 'password' });
  }
}

/** A random password that satisfies the rules, for the first admin: 20 base64url characters. */
export function randomPassword(): string {
  return randomBytes(15).toString('base64url');
}
