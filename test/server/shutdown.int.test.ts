import { freePort, startMain, stopMain } from '../support/spawn-server';
import { freshDatabaseUrl } from '../support/test-db';

// NODE_ENV=production as `npm start` in a service: Apollo Server only installs its own signal
// handlers outside NODE_ENV=test, and those raced pegaso's shutdown (15 s, then exit code 1).
describe(`npm start stops on SIGTERM (${process.env.PEGASO_TEST_DB})`, () => {
  it('finishes, closes the database and exits 0 within a few seconds, after serving requests', async () => {
    const { url: databaseUrl, drop } = await freshDatabaseUrl();
    try {
      const port = await freePort();
      const { child, url } = await startMain({ DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOAD_SAMPLE_DATA: 'false', ADMIN_PASSWORD: 'una-password-lunga', LOG_LEVEL: 'warn' }, port);
      const answer = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ planningViews { code } }' }) });
      expect(answer.status).toBe(200);
      const t0 = Date.now();
      expect(await stopMain(child)).toBe(0);
      expect(Date.now() - t0).toBeLessThan(5000);
    } finally {
      await drop();
    }
  }, 60000);
});
