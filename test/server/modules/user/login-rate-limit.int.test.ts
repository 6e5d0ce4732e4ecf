import { LoginRateLimit } from '../../../../server/src/modules/user/login-rate-limit';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);

describe(`login rate limit (${process.env.PEGASO_TEST_DB})`, () => {
  it('blocks an address after 20 failures in 15 minutes, whatever the usernames, until the oldest leaves the window', async () => {
    const limit = new LoginRateLimit(t.db.manager);
    for (let i = 0; i < 19; i++) await limit.begin(`utente-${i}`, '10.0.0.7', at(10));
    expect(await limit.retryAfterSeconds('altro', '10.0.0.7')).toBe(0);
    await limit.begin('utente-19', '10.0.0.7', at(1));
    const wait = await limit.retryAfterSeconds('altro', '10.0.0.7');
    expect(wait).toBeGreaterThan(4 * 60 - 5);
    expect(wait).toBeLessThanOrEqual(5 * 60 + 1);
    expect(await limit.retryAfterSeconds('altro', '10.0.0.8')).toBe(0);
  });

  it('forgets failures older than 15 minutes', async () => {
    const limit = new LoginRateLimit(t.db.manager);
    for (let i = 0; i < 5; i++) await limit.begin('vecchio', '10.0.0.9', at(16));
    expect(await limit.retryAfterSeconds('vecchio', '10.0.0.9')).toBe(0);
  });
});
