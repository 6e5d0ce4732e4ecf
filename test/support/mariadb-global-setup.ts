import { isMariadbAvailable, startMariadb, type MariadbServer } from './mariadb-server';

declare global {
  // Shared with mariadb-global-teardown.ts: jest runs both hooks in its main process.
  // eslint-disable-next-line no-var
  var __PEGASO_MARIADB__: MariadbServer | undefined;
}

/** Jest globalSetup of the mariadb project: starts a throwaway mariadbd and exports its URL to the workers. */
export default async function mariadbGlobalSetup(): Promise<void> {
  if (!isMariadbAvailable()) {
    if (process.env.CI === 'true') {
      throw new Error('MariaDB suite cannot run: mariadbd not found; .ci/run installs mariadb-server');
    }
    throw new Error('MariaDB suite cannot run: mariadbd not found (apt-get install -y mariadb-server)');
  }
  const started = Date.now();
  const server = await startMariadb();
  globalThis.__PEGASO_MARIADB__ = server;
  // Workers are forked after globalSetup, so they inherit this.
  process.env.PEGASO_TEST_MARIADB_URL = server.url;
  console.log(`\n[mariadb] mariadbd pid ${server.pid} ready at ${server.url} in ${Date.now() - started} ms`);
}
