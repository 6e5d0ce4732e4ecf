import { execFileSync } from 'node:child_process';
import { Database } from '../../../server/src/db/data-source';

/** A fault armed on a database: `fired()` tells whether the n-th statement was reached. */
export interface ArmedFault {
  fired(): boolean;
  /** Statements seen since arming. */
  seen(): number;
  restore(): void;
}

/** `KILL <thread>` through the mariadb command-line client, as an operator or a crashed proxy would. */
export function killThread(serverUrl: string, threadId: number): void {
  const url = new URL(serverUrl);
  execFileSync('mariadb', ['-h', url.hostname, '-P', url.port, '-u', decodeURIComponent(url.username || 'root'), '-e', `KILL ${threadId}`]);
}

/**
 * Breaks the database connection at the n-th SQL statement from now (1-based): on MariaDB the
 * server thread of the connection about to run it is KILLed from outside; on SQLite, which has no
 * connection to kill, the statement fails with a disk I/O error at the same point.
 * With n = Infinity it only counts statements.
 */
export function breakConnectionAt(db: Database, n: number, mariadbUrl = process.env.PEGASO_TEST_MARIADB_URL): ArmedFault {
  const logger = db.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  let fired = false;
  logger.logQuery = (query, parameters, runner) => {
    count++;
    if (!fired && count === n) {
      fired = true;
      if (db.dialect === 'mysql') {
        const threadId = (runner as unknown as { databaseConnection?: { threadId?: number } } | undefined)?.databaseConnection?.threadId;
        if (threadId === undefined) throw Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' });
        killThread(mariadbUrl as string, threadId);
      } else throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
    }
    return original(query, parameters, runner);
  };
  return { fired: () => fired, seen: () => count, restore: () => (logger.logQuery = original) };
}
