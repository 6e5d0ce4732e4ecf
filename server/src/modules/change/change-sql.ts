import { EntityManager } from 'typeorm';
import { idsParam, idTable, isSqlite } from '../../db/id-table';

/**
 * Hand-written SQL of the push's hot path (loading targets, conditional updates, history
 * inserts), run through the transaction's query runner so it is logged and fails like any other
 * statement. Statements take their rows as one JSON parameter, read as a table with json_each on
 * SQLite and JSON_TABLE on MySQL 8 / MariaDB 10.11, and joined row by row on primary keys: one
 * statement whatever the size of the push (on MySQL a few when texts are long), and on SQLite a
 * constant text that TypeORM's prepared-statement cache reuses. (On MariaDB an IN list of 1,000
 * ids or more becomes a derived table that the optimizer joins the slow way round, every scheda
 * first.) History rows go to MySQL as nested VALUES, which it reads faster than JSON_TABLE.
 */

/** True on SQLite (better-sqlite3), false on MySQL/MariaDB. */
function sqlite(em: EntityManager): boolean {
  return isSqlite(em.connection);
}

/**
 * Splits MySQL rows into statements of at most about MAX_STATEMENT_BYTES: MariaDB refuses a
 * statement longer than max_allowed_packet (16 MB by default), and 5,000 notes of 4,000
 * characters are 20 MB. A row's size is bounded from its texts: UTF-8 and JSON and SQL escaping
 * make at most 7 bytes of one UTF-16 unit.
 */
const MAX_STATEMENT_BYTES = 4 * 1024 * 1024;
function bySize<T>(rows: T[], texts: (row: T) => Array<string | null | undefined>): T[][] {
  const out: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    let size = 64;
    for (const t of texts(row)) size += 7 * (t?.length ?? 0);
    if (chunk.length > 0 && bytes + size > MAX_STATEMENT_BYTES) {
      out.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(row);
    bytes += size;
  }
  if (chunk.length > 0) out.push(chunk);
  return out;
}

// On MySQL a row is a JSON object whose null values are left out: a missing path reads as NULL
// (NULL ON EMPTY) on both MySQL and MariaDB, where a JSON null is not read the same way by both.
function mysqlRow(values: unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let k = 0; k < values.length; k++) if (values[k] !== null && values[k] !== undefined) row[`c${k}`] = values[k];
  return row;
}

/** JSON_TABLE columns `name type PATH '$.c<k>'` for mysqlRow objects. */
function mysqlColumns(columns: Array<[name: string, type: string]>): string {
  return columns.map(([name, type], k) => `${name} ${type} PATH '$.c${k}'`).join(', ');
}

/**
 * Selects `columns` (alias → SQL expression) from `table` (e.g. "phase p") and its `joins`, for
 * the rows whose `idColumn` (e.g. "p.id") is one of `ids`. On SQLite the rows come back as one
 * JSON array, which costs about half of reading them as row objects.
 */
export async function selectByIds<T>(
  em: EntityManager,
  ids: number[],
  query: { columns: Record<string, string>; table: string; idColumn: string; joins?: string; where?: string },
): Promise<T[]> {
  if (ids.length === 0) return [];
  const { table, idColumn } = query;
  const names = Object.keys(query.columns);
  const exprs = Object.values(query.columns);
  const rest = `${query.joins ?? ''}${query.where ? ` WHERE ${query.where}` : ''}`;
  const from = `${idTable(em.connection)} JOIN ${table} ON ${idColumn} = k.value ${rest}`;
  if (sqlite(em)) {
    const [{ rows }] = (await em.query(`SELECT json_group_array(json_array(${exprs.join(', ')})) AS rows FROM ${from}`, [idsParam(ids)])) as Array<{ rows: string }>;
    return (JSON.parse(rows) as unknown[][]).map((values) => {
      const row: Record<string, unknown> = {};
      for (let k = 0; k < names.length; k++) row[names[k]] = values[k];
      return row as T;
    });
  }
  const select = exprs.map((e, k) => `${e} AS ${names[k]}`).join(', ');
  return em.query(`SELECT ${select} FROM ${from}`, [idsParam(ids)]);
}

/** The id of the latest APPLIED history row of each of `ids` (rows of `entityType`) that has one. */
export async function latestApplied(em: EntityManager, entityType: string, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  // A subquery per id keeps the plan an index lookup per row ((entityType, entityId)), never a scan of the history.
  const rows: Array<{ id: number | null }> = await em.query(
    `SELECT (SELECT MAX(r.id) FROM change_record r WHERE r.entityType = ? AND r.entityId = k.value AND r.outcome = 'APPLIED') AS id FROM ${idTable(em.connection)}`,
    [entityType, idsParam(ids)],
  );
  return rows.filter((r) => r.id !== null).map((r) => Number(r.id));
}

/** One row of a conditional update: its id, the version it was decided on, and the columns to set. */
export interface VersionedWrite {
  id: number;
  version: number;
  set: Record<string, string | null>;
}

/**
 * Updates rows of `table` only where their version is still the one seen, setting only the
 * columns each row names (of `columns`), bumping version and updatedAt, in one statement (on
 * MySQL one per few MB). Returns how many rows were updated: fewer than given means another
 * writer got there first.
 */
export async function updateVersioned(em: EntityManager, table: string, columns: readonly string[], rows: VersionedWrite[]): Promise<number> {
  if (rows.length === 0) return 0;
  const q = (name: string) => em.connection.driver.escape(name);
  if (sqlite(em)) {
    // Each row is a JSON array [id, version, ...columns]; `false` (never a stored value) marks a
    // column the row leaves as it is. Rows that set every column get the plainer statement.
    const all = rows.every((r) => columns.every((c) => c in r.set));
    const value = (k: number) => `w.value ->> ${k + 2}`;
    const sets = columns.map((c, k) => `${q(c)} = ${all ? value(k) : `CASE WHEN w.value -> ${k + 2} = 'false' THEN ${q(c)} ELSE ${value(k)} END`}`);
    const sql =
      `UPDATE ${q(table)} SET ${sets.join(', ')}, ${q('version')} = ${q('version')} + 1, ${q('updatedAt')} = datetime('now') ` +
      `FROM json_each(?) w WHERE ${q(table)}.${q('id')} = w.value ->> 0 AND ${q(table)}.${q('version')} = w.value ->> 1`;
    const json = JSON.stringify(rows.map((r) => [r.id, r.version, ...columns.map((c) => (c in r.set ? r.set[c] : false))]));
    const res = await em.queryRunner!.query(sql, [json], true);
    return res.affected ?? 0;
  }
  // MySQL: per column a flag (1: the row sets it) and the new value.
  const jsonColumns = mysqlColumns([
    ['id', 'INT'],
    ['version', 'INT'],
    ...columns.flatMap((c, k): Array<[string, string]> => [
      [`s${k}`, 'INT'],
      [`v${k}`, 'LONGTEXT'],
    ]),
  ]);
  const sets = columns.map((c, k) => `t.${q(c)} = IF(w.s${k} = 1, w.v${k}, t.${q(c)})`);
  const sql =
    `UPDATE ${q(table)} t JOIN JSON_TABLE(?, '$[*]' COLUMNS (${jsonColumns})) w ON t.${q('id')} = w.id AND t.${q('version')} = w.version ` +
    `SET ${sets.join(', ')}, t.${q('version')} = t.${q('version')} + 1, t.${q('updatedAt')} = CURRENT_TIMESTAMP(6)`;
  let affected = 0;
  for (const chunk of bySize(rows, (r) => Object.values(r.set))) {
    const json = JSON.stringify(chunk.map((r) => mysqlRow([r.id, r.version, ...columns.flatMap((c) => (c in r.set ? [1, r.set[c]] : [0, null]))])));
    const res = await em.queryRunner!.query(sql, [json], true);
    affected += res.affected ?? 0;
  }
  return affected;
}

/** One history row (change_record) of a push; batch, user and source are the batch's. */
export interface RecordRow {
  entityType: string;
  entityId: number;
  objectiveId: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  outcome: string;
  message: string | null;
}

/** The per-row columns of change_record. */
const RECORD_COLUMNS: Array<keyof RecordRow> = ['entityType', 'entityId', 'objectiveId', 'field', 'oldValue', 'newValue', 'outcome', 'message'];

/** Inserts history rows in the order given, in one statement (a few on MySQL for long texts); createdAt takes the column's default (now). */
export async function insertRecords(em: EntityManager, batch: { batchId: number; userId: number | null; source: string }, rows: RecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  const q = (name: string) => em.connection.driver.escape(name);
  const columns = ['batchId', 'userId', 'source', ...RECORD_COLUMNS].map(q).join(', ');
  const params = [batch.batchId, batch.userId, batch.source];
  if (sqlite(em)) {
    const picks = RECORD_COLUMNS.map((_, k) => `r.value ->> ${k}`).join(', ');
    const json = JSON.stringify(rows.map((r) => RECORD_COLUMNS.map((c) => r[c])));
    await em.query(`INSERT INTO ${q('change_record')} (${columns}) SELECT ?, ?, ?, ${picks} FROM json_each(?) r ORDER BY r.key`, [...params, json]);
    return;
  }
  // mysql2 expands a nested array bound to `VALUES ?` into the row tuples (faster than JSON_TABLE
  // here, whose rows would be objects: see mysqlRow).
  for (const chunk of bySize(rows, (r) => [r.oldValue, r.newValue, r.message])) {
    const tuples = chunk.map((r) => [...params, ...RECORD_COLUMNS.map((c) => r[c])]);
    await em.query(`INSERT INTO ${q('change_record')} (${columns}) VALUES ?`, [tuples]);
  }
}
