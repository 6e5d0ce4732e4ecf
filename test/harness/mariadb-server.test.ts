import fs from 'node:fs';
import mysql from 'mysql2/promise';
import { isMariadbAvailable, startMariadb } from '../support/mariadb-server';

const available = isMariadbAvailable();
const mustRun = available || process.env.CI === 'true';
if (!mustRun) {
  const bar = '='.repeat(78);
  console.warn(`\n${bar}\n  SKIPPED: mariadb-server harness test — mariadbd not found on this machine.\n${bar}\n`);
}

function pidIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

describe('startMariadb', () => {
  (mustRun ? it : it.skip)(
    'starts a throwaway mariadbd, serves queries, and leaves nothing behind on stop()',
    async () => {
      const server = await startMariadb();
      try {
        expect(server.url).toMatch(/^mysql:\/\/root@127\.0\.0\.1:\d+\/$/);
        const conn = await mysql.createConnection(server.url);
        try {
          const [rows] = await conn.query<mysql.RowDataPacket[]>('SELECT VERSION() AS v');
          expect(String(rows[0].v)).toContain('MariaDB');
        } finally {
          await conn.end();
        }
      } finally {
        await server.stop();
      }
      expect(pidIsGone(server.pid)).toBe(true);
      expect(fs.existsSync(server.dataDir)).toBe(false);
      expect(fs.existsSync(server.tmpDir)).toBe(false);
      await expect(server.stop()).resolves.toBeUndefined();
    },
    90_000,
  );
});
