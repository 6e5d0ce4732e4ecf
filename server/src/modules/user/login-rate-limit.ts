import { EntityManager, LessThan } from 'typeorm';
import { LoginAttempt } from './auth-token.entity';

/** Window of the login rate limit, milliseconds. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts for one username within the window before further attempts are refused. */
export const MAX_FAILURES_PER_USERNAME = 5;
/** Failed attempts from one address within the window before further attempts are refused. */
export const MAX_FAILURES_PER_IP = 20;

/**
 * Login rate limit kept in the database, so it holds across server instances. Refused attempts are
 * not recorded: a blocked username frees itself when the window has passed, however often it is tried.
 */
export class LoginRateLimit {
  constructor(private readonly em: EntityManager) {}

  /**
   * Seconds until a new attempt is allowed, or 0 when it is allowed now. `pending` attempts already
   * recorded by the caller (see `begin`) do not count against it.
   */
  async retryAfterSeconds(usernameKey: string, ip: string, now = new Date(), pending = 0): Promise<number> {
    const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
    const byName = await this.nthRecentFailure('usernameKey', usernameKey, since, MAX_FAILURES_PER_USERNAME + pending);
    const byIp = await this.nthRecentFailure('ip', ip, since, MAX_FAILURES_PER_IP + pending);
    const waits = [byName, byIp].filter((d): d is Date => d !== null).map((d) => d.getTime() + LOGIN_WINDOW_MS - now.getTime());
    return waits.length === 0 ? 0 : Math.max(1, Math.ceil(Math.max(...waits) / 1000));
  }

  /**
   * Records an attempt as failed before the password is checked, so that concurrent attempts count
   * against each other; returns its id for `succeed` or `withdraw`.
   */
  async begin(usernameKey: string, ip: string, now = new Date()): Promise<number> {
    await this.em.delete(LoginAttempt, { usernameKey, attemptedAt: LessThan(new Date(now.getTime() - LOGIN_WINDOW_MS)) });
    const result = await this.em.insert(LoginAttempt, { usernameKey, ip: ip.slice(0, 64), success: false, attemptedAt: now });
    return (result.identifiers[0] as { id: number }).id;
  }

  /** Marks a begun attempt successful and clears the username's failures. */
  async succeed(attemptId: number, usernameKey: string): Promise<void> {
    await this.em.update(LoginAttempt, { id: attemptId }, { success: true });
    await this.em.delete(LoginAttempt, { usernameKey, success: false });
  }

  /** Forgets a begun attempt that was refused by the limit before its password was checked. */
  async withdraw(attemptId: number): Promise<void> {
    await this.em.delete(LoginAttempt, { id: attemptId });
  }

  /** The attemptedAt of the limit-th most recent failure within the window, or null when there are fewer. */
  private async nthRecentFailure(column: 'usernameKey' | 'ip', value: string, since: Date, limit: number): Promise<Date | null> {
    const rows = await this.em
      .createQueryBuilder(LoginAttempt, 'a')
      .select('a.attemptedAt', 'at')
      .where(`a.${column} = :value AND a.success = :failed AND a.attemptedAt >= :since`, { value: value.slice(0, 100), failed: false, since })
      .orderBy('a.attemptedAt', 'DESC')
      .limit(limit)
      .getRawMany<{ at: Date | string }>();
    if (rows.length < limit) return null;
    const at = rows[limit - 1].at;
    return at instanceof Date ? at : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(at) ? at : `${at.replace(' ', 'T')}Z`);
  }
}
