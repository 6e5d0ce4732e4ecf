import mysql from 'mysql2/promise';

// Canary for the project wiring: on the mariadb project the global setup must have exported a live server.
describe('test database wiring', () => {
  if (process.env.PEGASO_TEST_DB === 'mariadb') {
    it('reaches the mariadbd started by the global setup', async () => {
      const url = process.env.PEGASO_TEST_MARIADB_URL;
      expect(url).toMatch(/^mysql:\/\/root@127\.0\.0\.1:\d+\/$/);
      const conn = await mysql.createConnection(url!);
      try {
        const [rows] = await conn.query<mysql.RowDataPacket[]>('SELECT VERSION() AS v, @@character_set_server AS cs, @@time_zone AS tz');
        expect(rows[0]).toMatchObject({ cs: 'utf8mb4', tz: '+00:00' });
        expect(String(rows[0].v)).toContain('MariaDB');
      } finally {
        await conn.end();
      }
    });
  } else {
    it('runs on sqlite', () => {
      // PEGASO_TEST_MARIADB_URL is visible here too (global setups run before every project): key off PEGASO_TEST_DB.
      expect(process.env.PEGASO_TEST_DB).toBe('sqlite');
    });
  }
});
