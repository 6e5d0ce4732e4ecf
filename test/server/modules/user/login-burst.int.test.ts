import { Role } from '../../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../../support/auth';
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

describe(`login rate limit under a burst (${process.env.PEGASO_TEST_DB})`, () => {
  it('checks at most 5 passwords of 12 guesses sent at once', async () => {
    const { user } = await createTestUser(t.db, Role.ADMIN);
    const guesses = Array.from({ length: 12 }, (_, i) =>
      api.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: user.username, p: `tentativo-${i}` }),
    );
    const codes = (await Promise.all(guesses)).map((r) => r.errors?.[0].extensions?.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(7);
  });
});
