import './mariadb-global-setup';

/** Jest globalTeardown of the mariadb project: stops the mariadbd started by the global setup. */
export default async function mariadbGlobalTeardown(): Promise<void> {
  const server = globalThis.__PEGASO_MARIADB__;
  globalThis.__PEGASO_MARIADB__ = undefined;
  delete process.env.PEGASO_TEST_MARIADB_URL;
  await server?.stop();
}
