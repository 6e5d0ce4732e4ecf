import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import { DatabaseConfig } from '../config';
import { ENTITIES } from './entities';
import { isSqlite } from './id-table';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/** Bytes of the SQLite file read through mmap (address space, not memory: pages are the OS cache's). */
export const SQLITE_MMAP_BYTES = 256 * 1024 * 1024;

/** TypeORM options for a database configuration: entities, per-dialect migrations, exact types. */
export function dataSourceOptions(db: DatabaseConfig, flavor: MysqlFlavor = 'mysql'): DataSourceOptions {
  if (db.dialect === 'sqlite') {
    return {
      type: 'better-sqlite3',
      database: db.file,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      migrationsTableName: 'migrations',
      // Another process (the import CLI) may hold the write lock for a moment.
      prepareDatabase: (conn: { pragma(s: string): unknown }) => {
        conn.pragma('busy_timeout = 10000');
        conn.pragma('journal_mode = WAL');
        // Reads through the OS page cache without a copy per page: about twice as fast on a warm database.
        conn.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
      },
    };
  }
  return {
    // TypeORM reads MariaDB's catalogue differently (defaults of nullable columns): tell it which one it is.
    type: flavor,
    url: db.url,
    entities: ENTITIES,
    migrations: MYSQL_MIGRATIONS,
    migrationsTableName: 'migrations',
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    bigNumberStrings: true,
    connectTimeout: 10000,
    extra: { connectionLimit: 10 },
  };
}

/** Creates (not initialises) the data source; for SQLite, makes the folder of the file. */
export function createDataSource(db: DatabaseConfig, flavor: MysqlFlavor = 'mysql'): DataSource {
  if (db.dialect === 'sqlite' && db.file !== ':memory:') fs.mkdirSync(path.dirname(db.file), { recursive: true });
  return new DataSource(dataSourceOptions(db, flavor));
}

export type MysqlFlavor = 'mysql' | 'mariadb';

/** Asks a MySQL-protocol server what it is; fails with the driver's error when it cannot be reached. */
export async function detectMysqlFlavor(url: string): Promise<MysqlFlavor> {
  const conn = await mysql.createConnection({ uri: url, connectTimeout: 10000 });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as Array<{ v: string }>)[0]?.v)) ? 'mariadb' : 'mysql';
  } finally {
    await conn.end();
  }
}

/**
 * The database as services use it. `transaction` serialises write transactions on SQLite, whose
 * single shared connection cannot nest them ("cannot start a transaction within a transaction");
 * on MySQL each transaction takes its own pooled connection.
 */
export class Database {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly dataSource: DataSource) {}

  get dialect(): 'sqlite' | 'mysql' {
    return isSqlite(this.dataSource) ? 'sqlite' : 'mysql';
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === 'mysql') return this.dataSource.transaction(work);
    const run = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Answers whether the database responds, for /health. */
  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}

/** Initialises the data source and brings the schema up to date with the dialect's migrations. */
export async function openDatabase(db: DatabaseConfig): Promise<Database> {
  const ds = createDataSource(db, db.dialect === 'mysql' ? await detectMysqlFlavor(db.url) : 'mysql');
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: db.dialect === 'sqlite' ? 'all' : 'none' });
  } catch (err) {
    await ds.destroy();
    throw err;
  }
  return new Database(ds);
}
