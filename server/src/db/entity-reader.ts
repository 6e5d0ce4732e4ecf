import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { idsParam, idTable, isSqlite } from './id-table';

/** Column types whose raw driver value is already the entity's value (when no transformer applies). */
const PLAIN_TYPES = new Set<unknown>(['int', 'integer', 'varchar', 'text', String, Number]);

/** Integer column types (a primary or version column's type is `Number` or 'int'). */
const INTEGER_TYPES = new Set<unknown>(['int', 'integer', Number]);

/** A comparator of entities by integer properties, each ascending or descending. */
export function compareBy<T extends ObjectLiteral>(orderBy: Array<[string, 'ASC' | 'DESC']>): (a: T, b: T) => number {
  return (a, b) => {
    for (const [c, d] of orderBy) {
      const diff = (a[c] as number) - (b[c] as number);
      if (diff !== 0) return d === 'ASC' ? diff : -diff;
    }
    return 0;
  };
}

/** A result row as the values of its select list, in order. */
export type RowValues = unknown[];

/** Prepared statements in raw (array) mode, per better-sqlite3 connection, the oldest dropped past a bound. */
const rawStatements = new WeakMap<object, Map<string, { all(...params: unknown[]): RowValues[] }>>();
const RAW_STATEMENTS_KEPT = 256;

interface SqliteConnection {
  prepare(sql: string): { raw(on: boolean): { all(...params: unknown[]): RowValues[] } };
}

function rawStatement(conn: SqliteConnection, sql: string): { all(...params: unknown[]): RowValues[] } {
  let cache = rawStatements.get(conn);
  if (!cache) rawStatements.set(conn, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    if (cache.size >= RAW_STATEMENTS_KEPT) cache.delete(cache.keys().next().value as string);
    cache.set(sql, (stmt = conn.prepare(sql).raw(true)));
  }
  return stmt;
}

/**
 * The rows of a SELECT as arrays of values in select-list order. On SQLite straight from
 * better-sqlite3 in raw mode (logged and failing as `em.query` does): it builds a row object key
 * by key, and 2,000 values of 9 columns took 12 ms as objects, 4.5 as arrays. On MySQL through
 * `em.query` (the manager's own connection in a transaction), each row object's values in order:
 * the names of the select list must differ. mysql2's `rowsAsArray` straight on the pool made the
 * bench's Elenco pull slower (about 540 ms against 430), not faster.
 */
export async function selectRows(em: EntityManager, sql: string, params: unknown[] = []): Promise<RowValues[]> {
  const ds = em.connection;
  if (!isSqlite(ds)) {
    const rows: Array<Record<string, unknown>> = await em.query(sql, params);
    return rows.map((r) => Object.values(r));
  }
  const logger = ds.logger;
  const bound = params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p)); // as TypeORM binds booleans on SQLite
  logger.logQuery(sql, bound);
  try {
    return rawStatement((ds.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection, sql).all(...bound);
  } catch (err) {
    logger.logQueryError(err as Error, sql, bound);
    throw new QueryFailedError(sql, bound, err as Error);
  }
}

interface Field {
  property: string;
  alias: string;
  column: ColumnMetadata;
  plain: boolean;
}

/**
 * Reads whole entities with hand-written SQL and maps each row with converters prepared once per
 * entity. The hot read paths (DataLoaders, authentication, the list mode) use it instead of the
 * query builder: TypeORM builds the SQL text anew on every call and inlines numeric IN lists, so
 * SQLite re-prepares each statement, and its generic hydration costs more than the query.
 * Values are converted exactly as TypeORM would (`driver.prepareHydratedValue`, transformers
 * included) wherever the raw value is not already the entity's.
 */
export class EntityReader<T extends ObjectLiteral> {
  /** The quoted table name. */
  readonly table: string;
  private readonly fields: Field[];
  private readonly target: new () => T;

  /** `omit`: properties left unread (undefined), for readers that serve only some fields. */
  constructor(private readonly ds: DataSource, entity: EntityTarget<T>, omit: ReadonlyArray<string> = []) {
    const meta = ds.getMetadata(entity);
    this.table = ds.driver.escape(meta.tableName);
    this.target = meta.target as new () => T;
    this.fields = meta.columns
      .filter((c) => !c.isVirtual && !c.embeddedMetadata && !omit.includes(c.propertyName))
      .map((c) => ({ property: c.propertyName, alias: c.databaseName, column: c, plain: !c.transformer && PLAIN_TYPES.has(c.type) }));
  }

  /** Quotes an identifier for this database. */
  q(name: string): string {
    return this.ds.driver.escape(name);
  }

  private readonly selects = new Map<string, string>();

  /** The SELECT list of every column of the entity from table alias `a`, aliased by column name (after `prefix`, for joins). */
  columns(a: string, prefix = ''): string {
    const key = `${a}\u0000${prefix}`;
    let sql = this.selects.get(key);
    if (sql === undefined) this.selects.set(key, (sql = this.fields.map((f) => `${this.q(a)}.${this.q(f.alias)} AS ${this.q(prefix + f.alias)}`).join(', ')));
    return sql;
  }

  /** A row selected with `columns(a, prefix)` as an entity instance, values converted as TypeORM hydrates them. */
  map(row: Record<string, unknown>, prefix = ''): T {
    const entity = new this.target() as Record<string, unknown>;
    const driver = this.ds.driver;
    for (const f of this.fields) {
      const raw = row[prefix === '' ? f.alias : prefix + f.alias];
      entity[f.property] = f.plain ? (raw === undefined ? null : raw) : driver.prepareHydratedValue(raw, f.column);
    }
    return entity as T;
  }

  /** A row read by `selectRows` whose values from `offset` on are `columns(a)`'s, as an entity instance (as `map`). */
  mapValues(values: RowValues, offset = 0): T {
    const entity = new this.target() as Record<string, unknown>;
    const driver = this.ds.driver;
    const fields = this.fields;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const raw = values[offset + i];
      entity[f.property] = f.plain ? (raw === undefined ? null : raw) : driver.prepareHydratedValue(raw, f.column);
    }
    return entity as T;
  }

  /** Entities of `SELECT <columns> FROM <table> t <tail>`. */
  async where(em: EntityManager, tail: string, params: unknown[] = []): Promise<T[]> {
    const rows = await selectRows(em, `SELECT ${this.columns('t')} FROM ${this.table} ${this.q('t')} ${tail}`, params);
    const entities = new Array<T>(rows.length);
    for (let i = 0; i < rows.length; i++) entities[i] = this.mapValues(rows[i]);
    return entities;
  }

  /**
   * Entities whose integer `column` is one of `keys`, in `orderBy` order ([column, direction] pairs;
   * none: any order). One key is compared with `=`; more are joined as an id table. MariaDB sorts
   * a join with the id table in a temporary table, on disk when a column is TEXT (a scheda's six
   * phases took 0.8 ms instead of 0.3): callers that can sort the rows themselves pass no order.
   */
  whereIn(em: EntityManager, column: string, keys: ReadonlyArray<number>, orderBy: Array<[string, 'ASC' | 'DESC']> = []): Promise<T[]> {
    if (keys.length === 0) return Promise.resolve([]);
    const order = orderBy.length ? ` ORDER BY ${orderBy.map(([c, d]) => `${this.q('t')}.${this.q(c)} ${d}`).join(', ')}` : '';
    const col = `${this.q('t')}.${this.q(column)}`;
    if (keys.length === 1) return this.where(em, `WHERE ${col} = ?${order}`, [keys[0]]);
    // A join, not IN (subquery): MariaDB materialises the subquery first. Keys made unique so the join yields each row once, as IN does.
    const unique = new Set(keys).size === keys.length ? keys : [...new Set(keys)];
    return this.where(em, `JOIN ${idTable(this.ds)} ON ${col} = k.value${order}`, [idsParam(unique)]);
  }

  /**
   * Whether rows can be put in `orderBy` order by `compareBy` exactly as the database orders them:
   * every column an integer that is never null, the last the primary key (no ties).
   */
  sortsExactly(orderBy: Array<[string, 'ASC' | 'DESC']>): boolean {
    const byProperty = new Map(this.fields.map((f) => [f.property, f]));
    const last = orderBy[orderBy.length - 1];
    return (
      last !== undefined &&
      byProperty.get(last[0])?.column.isPrimary === true &&
      orderBy.every(([c]) => {
        const f = byProperty.get(c);
        return f !== undefined && !f.column.isNullable && INTEGER_TYPES.has(f.column.type);
      })
    );
  }
}

/**
 * Properties no GraphQL field resolver reads: the importer's baseline (JSON) and the row's
 * last-write time. Readers that serve fields leave them unread, sparing a JSON parse and a Date a row.
 */
export const UNREAD_BY_FIELDS: ReadonlyArray<string> = ['importBaseline', 'updatedAt'];
const UNREAD_KEY = UNREAD_BY_FIELDS.join(',');

const readers = new WeakMap<DataSource, Map<unknown, Map<string, EntityReader<ObjectLiteral>>>>();

/** The (cached) reader of an entity on a data source, optionally leaving some properties unread. */
export function readerOf<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, omit: ReadonlyArray<string> = []): EntityReader<T> {
  let byEntity = readers.get(ds);
  if (!byEntity) readers.set(ds, (byEntity = new Map()));
  let byOmit = byEntity.get(entity);
  if (!byOmit) byEntity.set(entity, (byOmit = new Map()));
  const key = omit === UNREAD_BY_FIELDS ? UNREAD_KEY : omit.join(',');
  let reader = byOmit.get(key);
  if (!reader) byOmit.set(key, (reader = new EntityReader(ds, entity, omit) as unknown as EntityReader<ObjectLiteral>));
  return reader as unknown as EntityReader<T>;
}
