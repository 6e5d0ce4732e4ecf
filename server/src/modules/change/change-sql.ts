import { escape, raw } from 'mysql2';
import { EntityManager } from 'typeorm';
import { idsParam, idTable, isSqlite } from '../../db/id-table';

/**
 * Hand-written SQL of the push's hot path (loading targets, conditional updates, history
 * inserts), run through the transaction's query runner so it is logged and fails like any other
 * statement. Targets are read by a list of ids bound as one JSON parameter (db/id-table), joined
 * row by row on primary keys. Rows to write go to SQLite as multi-row VALUES of bound parameters
 * in statements of a few fixed sizes (CHUNK_SIZES), whose texts TypeORM's prepared-statement
 * cache reuses: about half the time of the same rows read from a JSON parameter with json_each.
 * Updates go to MySQL as one JSON parameter of arrays read with JSON_TABLE (a few statements when
 * texts are long), history rows as multi-row VALUES written out, which it reads faster than JSON_TABLE.
 */

/** True on SQLite (better-sqlite3), false on MySQL/MariaDB. */
function sqlite(em: EntityManager): boolean {
  return isSqlite(em.connection);
}

/**
 * Splits MySQL rows into statements of at most about MAX_STATEMENT_BYTES: MariaDB refuses a
 * statement longer than max_allowed_packet (16 MB by default), and 5,000 notes of 4,000
 * characters are 20 MB. A row's size is bounded from its texts: UTF-8 and JSON and SQL escaping
 * make at most TEXT_BYTES bytes of one UTF-16 unit of a text, UTF-8 at most SQL_BYTES of one unit
 * of statement text already escaped.
 */
const MAX_STATEMENT_BYTES = 4 * 1024 * 1024;
const TEXT_BYTES = 7;
const SQL_BYTES = 3;

/**
 * The row counts of the statements that write `n` rows on SQLite: as many of the largest as fit,
 * then smaller ones, so that a push of any size uses a handful of statement texts (5,000 rows:
 * ten statements of 500; 37 rows: 20, 5, 5, 5, 1, 1). 500 history rows bind 4,003 parameters (8
 * a row and the batch's 3), well under SQLite's 32,766.
 */
const CHUNK_SIZES = [500, 100, 20, 5, 1];
function chunkSizes(n: number): number[] {
  const out: number[] = [];
  for (const size of CHUNK_SIZES) for (; n >= size; n -= size) out.push(size);
  return out;
}

/** `(?, ?, ?), (?, ?, ?)`: `rows` tuples of `width` parameters (kept: a 500-row list is 20 kB of text). */
const valuesLists = new Map<string, string>();
function valuesList(rows: number, width: number): string {
  const key = `${rows}x${width}`;
  let text = valuesLists.get(key);
  if (text === undefined) {
    const tuple = `(${new Array(width).fill('?').join(', ')})`;
    valuesLists.set(key, (text = new Array(rows).fill(tuple).join(', ')));
  }
  return text;
}

/**
 * Selects `columns` (SQL expressions) from `table` (e.g. "phase p") and its `joins`, for the rows
 * whose `idColumn` (e.g. "p.id") is one of `ids`, each row as an array of the columns' values in
 * order. On SQLite the rows come back as one JSON array, which costs about half of reading them as
 * row objects.
 */
export async function selectByIds(em: EntityManager, ids: number[], query: { columns: string[]; table: string; idColumn: string; joins?: string }): Promise<unknown[][]> {
  if (ids.length === 0) return [];
  const from = `${idTable(em.connection)} JOIN ${query.table} ON ${query.idColumn} = k.value ${query.joins ?? ''}`;
  if (sqlite(em)) {
    const [{ rows }] = (await em.query(`SELECT json_group_array(json_array(${query.columns.join(', ')})) AS rows FROM ${from}`, [idsParam(ids)])) as Array<{ rows: string }>;
    return JSON.parse(rows) as unknown[][];
  }
  const names = query.columns.map((_, k) => `c${k}`);
  const rows: Array<Record<string, unknown>> = await em.query(`SELECT ${query.columns.map((c, k) => `${c} AS ${names[k]}`).join(', ')} FROM ${from}`, [idsParam(ids)]);
  return rows.map((r) => names.map((n) => r[n]));
}

/**
 * ` FORCE INDEX (index)` on MySQL, nothing on SQLite (whose planner picks the index anyway). For
 * a join whose condition an index covers better than the one MariaDB's estimates choose.
 */
export function forceIndex(em: EntityManager, index: string): string {
  return sqlite(em) ? '' : ` FORCE INDEX (${index})`;
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

/**
 * One row of a conditional update: its id, the version it was decided on, and per column of the
 * update the new value, or `undefined` to leave the column as it is.
 */
export interface VersionedWrite {
  id: number;
  version: number;
  values: Array<string | null | undefined>;
}

// JSON_TABLE reads the MySQL rows' texts as VARCHAR(4000): wide enough for every value a push
// validates (notes of up to 4,000 characters; the other columns are narrower), and several times
// faster to join than LONGTEXT, which MariaDB materialises as blobs.
const MYSQL_TEXT = 'VARCHAR(4000)';

/**
 * Updates rows of `table` only where their version is still the one seen, setting the `columns`
 * each row gives a value for, bumping version and updatedAt: on SQLite in statements of a few
 * fixed sizes, on MySQL one per few MB. Returns how many rows were updated: fewer than given means
 * another writer got there first.
 */
export async function updateVersioned(em: EntityManager, table: string, columns: readonly string[], rows: VersionedWrite[]): Promise<number> {
  if (rows.length === 0) return 0;
  const q = (name: string) => em.connection.driver.escape(name);
  // Rows that set every column (every IndicatorValue) get the plainer statement.
  const all = rows.every((r) => r.values.every((v) => v !== undefined));
  if (sqlite(em)) {
    // Each VALUES row is (id, version, then per column its value, or a flag — 1: set — and its value).
    const width = 2 + (all ? 1 : 2) * columns.length;
    const sets = columns.map((c, k) => (all ? `${q(c)} = w.column${3 + k}` : `${q(c)} = CASE WHEN w.column${3 + 2 * k} THEN w.column${4 + 2 * k} ELSE ${q(c)} END`));
    let affected = 0;
    let at = 0;
    for (const size of chunkSizes(rows.length)) {
      const params: unknown[] = [];
      for (let i = at; i < at + size; i++) {
        const r = rows[i];
        params.push(r.id, r.version);
        for (const v of r.values) {
          if (all) params.push(v);
          else params.push(v === undefined ? 0 : 1, v ?? null);
        }
      }
      at += size;
      const sql =
        `UPDATE ${q(table)} SET ${sets.join(', ')}, ${q('version')} = ${q('version')} + 1, ${q('updatedAt')} = datetime('now') FROM (VALUES ${valuesList(size, width)}) w ` +
        `WHERE ${q(table)}.${q('id')} = w.column1 AND ${q(table)}.${q('version')} = w.column2`;
      const res = await em.queryRunner!.query(sql, params, true);
      affected += res.affected ?? 0;
    }
    return affected;
  }
  // MySQL: each row an array [id, version, then per column a state and a text]: state 1 sets the
  // text, 2 sets NULL, 0 leaves the column. No JSON null: MySQL and MariaDB do not read it alike.
  const jsonColumns = ['id INT PATH \'$[0]\'', 'version INT PATH \'$[1]\'', ...columns.flatMap((_, k) => [`s${k} INT PATH '$[${2 + 2 * k}]'`, `v${k} ${MYSQL_TEXT} PATH '$[${3 + 2 * k}]'`])];
  const sets = columns.map((c, k) => `t.${q(c)} = CASE w.s${k} WHEN 1 THEN w.v${k} WHEN 2 THEN NULL ELSE t.${q(c)} END`);
  const sql =
    `UPDATE ${q(table)} t JOIN JSON_TABLE(?, '$[*]' COLUMNS (${jsonColumns.join(', ')})) w ON t.${q('id')} = w.id AND t.${q('version')} = w.version ` +
    `SET ${sets.join(', ')}, t.${q('version')} = t.${q('version')} + 1, t.${q('updatedAt')} = CURRENT_TIMESTAMP(6)`;
  // The JSON text is written by hand (JSON.stringify of each text only): building an array per row
  // to stringify cost about as much as MariaDB takes to run the update.
  let affected = 0;
  let json = '';
  let bytes = 0;
  const flush = async () => {
    const res = await em.queryRunner!.query(sql, [`[${json}]`], true);
    affected += res.affected ?? 0;
    json = '';
    bytes = 0;
  };
  for (const r of rows) {
    let row = `[${Number(r.id)},${Number(r.version)}`;
    let size = 64;
    for (const v of r.values) {
      if (v === undefined) row += ',0,""';
      else if (v === null) row += ',2,""';
      else {
        row += `,1,${JSON.stringify(v)}`;
        size += TEXT_BYTES * v.length;
      }
    }
    if (bytes > 0 && bytes + size > MAX_STATEMENT_BYTES) await flush();
    json += bytes > 0 ? `,${row}]` : `${row}]`;
    bytes += size;
  }
  await flush();
  return affected;
}

/** One history row (change_record) of a push: entityType, entityId, objectiveId, field, oldValue, newValue, outcome, message; batch, user and source are the batch's. */
export type RecordRow = [entityType: string, entityId: number, objectiveId: number, field: string, oldValue: string | null, newValue: string | null, outcome: string, message: string | null];

/** The per-row columns of change_record, in RecordRow order. */
const RECORD_COLUMNS = ['entityType', 'entityId', 'objectiveId', 'field', 'oldValue', 'newValue', 'outcome', 'message'];

/** Statements (text and parameters) that insert history rows in the order given; createdAt takes the column's default (now). */
export function historyInserts(em: EntityManager, batch: { batchId: number; userId: number | null; source: string }, rows: RecordRow[]): Array<[sql: string, params?: unknown[]]> {
  if (rows.length === 0) return [];
  const q = (name: string) => em.connection.driver.escape(name);
  const columns = ['batchId', 'userId', 'source', ...RECORD_COLUMNS].map(q).join(', ');
  const head = `INSERT INTO ${q('change_record')} (${columns}) VALUES `;
  const out: Array<[string, unknown[]?]> = [];
  if (sqlite(em)) {
    // The batch's columns bound once a statement, not once a row: binding is most of what 5,000
    // rows cost SQLite. VALUES rows are read in order, so ids still follow the rows given.
    const select = `INSERT INTO ${q('change_record')} (${columns}) SELECT ?, ?, ?, ${RECORD_COLUMNS.map((_, k) => `column${k + 1}`).join(', ')} FROM (VALUES `;
    let at = 0;
    for (const size of chunkSizes(rows.length)) {
      const params: unknown[] = [batch.batchId, batch.userId, batch.source];
      for (let i = at; i < at + size; i++) for (const v of rows[i]) params.push(v);
      at += size;
      out.push([`${select}${valuesList(size, RECORD_COLUMNS.length)})`, params]);
    }
    return out;
  }
  // The row tuples are written here, each text escaped by mysql2's escape (what `VALUES ?`
  // expansion runs per value), without the array of eleven values per row that expansion needs;
  // bound raw to the one placeholder, so that mysql2 does not scan them for placeholders.
  const prefix = `(${Number(batch.batchId)}, ${batch.userId === null ? 'NULL' : Number(batch.userId)}, ${escape(batch.source)}, `;
  const known = new Map<string, string>();
  const word = (v: string) => {
    let e = known.get(v);
    if (e === undefined) known.set(v, (e = escape(v)));
    return e;
  };
  const text = (v: string | null) => (v === null ? 'NULL' : escape(v));
  let sql = '';
  let bytes = 0;
  for (const r of rows) {
    const tuple = `${prefix}${word(r[0])}, ${Number(r[1])}, ${Number(r[2])}, ${word(r[3])}, ${text(r[4])}, ${text(r[5])}, ${word(r[6])}, ${text(r[7])})`;
    const size = SQL_BYTES * tuple.length;
    if (bytes > 0 && bytes + size > MAX_STATEMENT_BYTES) {
      out.push([`${head}?`, [raw(sql)]]);
      sql = '';
      bytes = 0;
    }
    sql += bytes > 0 ? `, ${tuple}` : tuple;
    bytes += size;
  }
  out.push([`${head}?`, [raw(sql)]]);
  return out;
}
