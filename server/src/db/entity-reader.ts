import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { idsParam, idTable } from './id-table';

/** Column types whose raw driver value is already the entity's value (when no transformer applies). */
const PLAIN_TYPES = new Set<unknown>(['int', 'integer', 'varchar', 'text', String, Number]);

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

  /** Entities of `SELECT <columns> FROM <table> t <tail>`. */
  async where(em: EntityManager, tail: string, params: unknown[] = []): Promise<T[]> {
    const rows: Array<Record<string, unknown>> = await em.query(`SELECT ${this.columns('t')} FROM ${this.table} ${this.q('t')} ${tail}`, params);
    return rows.map((r) => this.map(r));
  }

  /** Entities whose integer `column` is one of `keys`, in `orderBy` order ([column, direction] pairs). */
  whereIn(em: EntityManager, column: string, keys: ReadonlyArray<number>, orderBy: Array<[string, 'ASC' | 'DESC']> = []): Promise<T[]> {
    if (keys.length === 0) return Promise.resolve([]);
    const order = orderBy.length ? ` ORDER BY ${orderBy.map(([c, d]) => `${this.q('t')}.${this.q(c)} ${d}`).join(', ')}` : '';
    return this.where(em, `WHERE ${this.q('t')}.${this.q(column)} IN (SELECT k.value FROM ${idTable(this.ds)})${order}`, [idsParam(keys)]);
  }
}

/**
 * Properties no GraphQL field resolver reads: the importer's baseline (JSON) and the row's
 * last-write time. Readers that serve fields leave them unread, sparing a JSON parse and a Date a row.
 */
export const UNREAD_BY_FIELDS: ReadonlyArray<string> = ['importBaseline', 'updatedAt'];

const readers = new WeakMap<DataSource, Map<unknown, Map<string, EntityReader<ObjectLiteral>>>>();

/** The (cached) reader of an entity on a data source, optionally leaving some properties unread. */
export function readerOf<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, omit: ReadonlyArray<string> = []): EntityReader<T> {
  let byEntity = readers.get(ds);
  if (!byEntity) readers.set(ds, (byEntity = new Map()));
  let byOmit = byEntity.get(entity);
  if (!byOmit) byEntity.set(entity, (byOmit = new Map()));
  const key = omit.join(',');
  let reader = byOmit.get(key);
  if (!reader) byOmit.set(key, (reader = new EntityReader(ds, entity, omit) as unknown as EntityReader<ObjectLiteral>));
  return reader as unknown as EntityReader<T>;
}
