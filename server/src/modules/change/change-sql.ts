import { EntityManager } from 'typeorm';

/**
 * Hand-written SQL of the push's hot path (loading targets, conditional updates, history
 * inserts), run through the transaction's query runner so it is logged and fails like any other
 * statement. On SQLite every statement has a constant text and takes its rows as one JSON
 * parameter read with json_each, so TypeORM's prepared-statement cache reuses it whatever the
 * size of the push; on MySQL the driver inlines parameters anyway, so rows go in chunks of
 * multi-row statements.
 */

/** Rows per statement on MySQL. */
const MYSQL_CHUNK = 1000;
/**
 * Ids per SELECT on MySQL: below MariaDB's in_predicate_conversion_threshold (1000), beyond which
 * the IN list becomes a derived table that the optimizer joins the slow way round (all schede first).
 */
const MYSQL_IDS = 999;

/** True on SQLite (better-sqlite3), false on MySQL/MariaDB. */
export function isSqlite(em: EntityManager): boolean {
  return em.connection.driver.options.type === 'better-sqlite3';
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

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
  const { table, idColumn } = query;
  const joins = query.joins ?? '';
  const names = Object.keys(query.columns);
  const exprs = Object.values(query.columns);
  if (ids.length === 0) return [];
  if (isSqlite(em)) {
    const sql = `SELECT json_group_array(json_array(${exprs.join(', ')})) AS rows FROM json_each(?) ids JOIN ${table} ON ${idColumn} = ids.value ${joins}${query.where ? ` WHERE ${query.where}` : ''}`;
    const [{ rows }] = (await em.query(sql, [JSON.stringify(ids)])) as Array<{ rows: string }>;
    return (JSON.parse(rows) as unknown[][]).map((values) => {
      const row: Record<string, unknown> = {};
      for (let k = 0; k < names.length; k++) row[names[k]] = values[k];
      return row as T;
    });
  }
  const select = `SELECT ${exprs.map((e, k) => `${e} AS ${names[k]}`).join(', ')}`;
  const out: T[] = [];
  const where = query.where ? ` AND ${query.where}` : '';
  for (const chunk of chunks(ids, MYSQL_IDS)) out.push(...((await em.query(`${select} FROM ${table} ${joins} WHERE ${idColumn} IN (${marks(chunk.length)})${where}`, chunk)) as T[]));
  return out;
}

/** One row of a conditional update: its id, the version it was decided on, and the columns to set. */
export interface VersionedWrite {
  id: number;
  version: number;
  set: Record<string, string | null>;
}

/**
 * Updates rows of `table` only where their version is still the one seen, setting only the
 * columns each row names (of `columns`), bumping version and updatedAt. Returns how many rows
 * were updated: fewer than given means another writer got there first.
 */
export async function updateVersioned(em: EntityManager, table: string, columns: readonly string[], rows: VersionedWrite[]): Promise<number> {
  if (rows.length === 0) return 0;
  const q = (name: string) => em.connection.driver.escape(name);
  let affected = 0;
  if (isSqlite(em)) {
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
  // MySQL: join a derived table of the rows; a flag per column says whether the row sets it.
  for (const chunk of chunks(rows, MYSQL_CHUNK)) {
    const params: unknown[] = [];
    const selects = chunk.map((r, k) => {
      params.push(r.id, r.version);
      for (const c of columns) params.push(c in r.set ? 1 : 0, r.set[c] ?? null);
      if (k > 0) return `SELECT ${marks(2 + 2 * columns.length)}`;
      return `SELECT ? AS id, ? AS version, ${columns.map((c) => `? AS ${q(`set_${c}`)}, ? AS ${q(`new_${c}`)}`).join(', ')}`;
    });
    const sets = columns.map((c) => `t.${q(c)} = IF(w.${q(`set_${c}`)} = 1, w.${q(`new_${c}`)}, t.${q(c)})`);
    const sql =
      `UPDATE ${q(table)} t JOIN (${selects.join(' UNION ALL ')}) w ON t.${q('id')} = w.id AND t.${q('version')} = w.version ` +
      `SET ${sets.join(', ')}, t.${q('version')} = t.${q('version')} + 1, t.${q('updatedAt')} = CURRENT_TIMESTAMP(6)`;
    const res = await em.queryRunner!.query(sql, params, true);
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

const RECORD_COLUMNS = ['entityType', 'entityId', 'objectiveId', 'field', 'oldValue', 'newValue', 'outcome', 'message'] as const;

/** Inserts history rows in the order given; createdAt takes the column's default (now). */
export async function insertRecords(em: EntityManager, batch: { batchId: number; userId: number | null; source: string }, rows: RecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  const q = (name: string) => em.connection.driver.escape(name);
  const columns = ['batchId', 'userId', 'source', ...RECORD_COLUMNS].map(q).join(', ');
  if (isSqlite(em)) {
    const picks = RECORD_COLUMNS.map((_, k) => `r.value ->> ${k}`).join(', ');
    const json = JSON.stringify(rows.map((r) => RECORD_COLUMNS.map((c) => r[c])));
    await em.query(`INSERT INTO ${q('change_record')} (${columns}) SELECT ?, ?, ?, ${picks} FROM json_each(?) r ORDER BY r.key`, [batch.batchId, batch.userId, batch.source, json]);
    return;
  }
  // mysql2 expands a nested array bound to `VALUES ?` into the row tuples, faster than a `?` per value.
  for (const chunk of chunks(rows, MYSQL_CHUNK)) {
    const tuples = chunk.map((r) => [batch.batchId, batch.userId, batch.source, ...RECORD_COLUMNS.map((c) => r[c])]);
    await em.query(`INSERT INTO ${q('change_record')} (${columns}) VALUES ?`, [tuples]);
  }
}
