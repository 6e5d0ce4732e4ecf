/** Entry point of `npm start`: configuration, database, sample data, HTTP server, graceful shutdown. */
import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { createApp } from './app';
import { ConfigError, loadConfig, redact } from './config';
import { Database, openDatabase } from './db/data-source';
import { describeDatabaseError } from './db/database-errors';
import { loadSampleDataIfEmpty } from './import/sample-data';
import { createLogger } from './logger';
import { DomainError } from './common/domain-error';
import { bootstrapAdmin, firstAdminBanner } from './modules/user/bootstrap-admin';

function fail(line: string): never {
  process.stderr.write(`pegaso: ${line}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const log = createLogger(config.logLevel);
  let db: Database;
  try {
    db = await openDatabase(config.database);
  } catch (err) {
    fail(`DATABASE_URL: ${describeDatabaseError(err, redact(config.database.url))}`);
  }
  if (config.loadSampleData) await loadSampleDataIfEmpty(db, log);
  const app = await createApp(config, db, log);
  // From here on a SIGTERM (a service manager, a container stop) finishes requests and closes the database.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests');
    const force = setTimeout(() => process.exit(1), 15000).unref();
    await app.close();
    await db.dataSource.destroy();
    clearTimeout(force);
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await new Promise<void>((resolve) => {
    app.server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') fail(`PORT: port ${config.port} is already in use; stop the program using it or set PORT to a free port`);
      if (err.code === 'EACCES') fail(`PORT: not allowed to listen on port ${config.port}; use a port above 1024`);
      fail(`PORT: cannot listen on ${config.host}:${config.port} (${err.code ?? err.message})`);
    });
    app.server.listen(config.port, config.host, resolve);
  });
  const { port } = app.server.address() as AddressInfo;
  log.info({ port, database: config.database.dialect }, `pegaso listening on ${config.tls ? 'https' : 'http'}://localhost:${port}/graphql`);
  // After listening, so a start that fails (port in use) never creates an admin whose password nobody saw.
  const firstAdmin = await bootstrapAdmin(db, process.env.ADMIN_PASSWORD).catch((err: unknown) => {
    if (err instanceof DomainError) fail(`ADMIN_PASSWORD: ${err.message}`);
    throw err;
  });
  if (firstAdmin) {
    log.warn({ username: firstAdmin.username }, 'first start: administrator created, see the console for its password');
    process.stdout.write(firstAdminBanner(firstAdmin, `${config.tls ? 'https' : 'http'}://localhost:${port}`));
  }
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
