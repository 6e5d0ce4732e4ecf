import { DataSource } from 'typeorm';

/** Whether a data source is the embedded SQLite (better-sqlite3) rather than MySQL/MariaDB. */
export function isSqlite(ds: DataSource): boolean {
  return ds.options.type === 'better-sqlite3';
}

/**
 * A list of integer ids bound as one JSON parameter and read as a table `k` with one column,
 * `k.value`: `json_each` on SQLite, `JSON_TABLE` on MySQL 8 / MariaDB 10.11. One statement text
 * whatever the length (SQLite reuses its prepared statement), and no IN list: MariaDB turns an IN
 * list of 1,000 values or more into a derived table it joins the slow way round.
 */
export function idTable(ds: DataSource): string {
  return isSqlite(ds) ? 'json_each(?) k' : "JSON_TABLE(?, '$[*]' COLUMNS (value INT PATH '$')) k";
}

/** The parameter of an idTable. */
export function idsParam(ids: ReadonlyArray<number>): string {
  return JSON.stringify(ids);
}
