/** Turns a driver's connection error into one line saying what to check. */
export function describeDatabaseError(err: unknown, url: string): string {
  const e = err as { code?: string; message?: string };
  switch (e?.code) {
    case 'ECONNREFUSED':
      return `nothing answers at ${url} (connection refused); start MySQL/MariaDB there or fix host and port`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host of ${url} cannot be found; fix the host name`;
    case 'ETIMEDOUT':
      return `${url} did not answer in time; check the host, the port and any firewall`;
    case 'ER_ACCESS_DENIED_ERROR':
      return `access denied for ${url}; check user and password`;
    case 'ER_BAD_DB_ERROR':
      return `the database named in ${url} does not exist; create it (CREATE DATABASE ... CHARACTER SET utf8mb4)`;
    case 'SQLITE_CANTOPEN':
      return `cannot open the SQLite file of ${url}; check the path and its permissions`;
    default:
      return `cannot open ${url}: ${e?.message ?? String(err)}`;
  }
}
