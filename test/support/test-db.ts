import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { DatabaseConfig, parseDatabaseUrl } from '../../server/src/config';
import { Database, openDatabase } from '../../server/src/db/data-source';

/** A fresh, migrated database for one test file: SQLite in a temp file, or a new MariaDB schema. */
export interface TestDatabase {
  db: Database;
  config: DatabaseConfig;
  dialect: 'sqlite' | 'mysql';
  close(): Promise<void>;
}

/** Which database the current jest project runs on. */
export function testDialect(): 'sqlite' | 'mysql' {
  return process.env.PEGASO_TEST_DB === 'mariadb' ? 'mysql' : 'sqlite';
}

/** A database URL for a new empty database of the project's dialect (nothing opened yet). */
export async function freshDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pegaso_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (testDialect() === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-sqlite-'));
    return { url: `sqlite:${path.join(dir, `${name}.sqlite`)}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const server = process.env.PEGASO_TEST_MARIADB_URL;
  if (!server) throw new Error('PEGASO_TEST_MARIADB_URL is not set: the mariadb global setup did not run');
  const admin = await mysql.createConnection({ uri: server });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  return {
    url: `${server.replace(/\/$/, '')}/${name}`,
    drop: async () => {
      const c = await mysql.createConnection({ uri: server });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

/** Opens a fresh migrated database; call `close()` in afterAll. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const fresh = await freshDatabaseUrl();
  const config = parseDatabaseUrl(fresh.url);
  const db = await openDatabase(config);
  return {
    db,
    config,
    dialect: db.dialect,
    async close() {
      if (db.dataSource.isInitialized) await db.dataSource.destroy();
      await fresh.drop();
    },
  };
}
