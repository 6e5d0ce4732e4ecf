import mysql from 'mysql2/promise';
import { parseDatabaseUrl } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/data-source';
import { isMariadbAvailable, MariadbServer, startMariadb } from '../support/mariadb-server';
import { startTestApp, TestApp } from '../support/test-app';
import { TestDatabase } from '../support/test-db';
import { PUSH, pull, writeFixture } from '../support/write-fixture';
import { leaksIn } from './support/clean-errors';

const mustRun = isMariadbAvailable() || process.env.CI === 'true';
let server: MariadbServer;
let t: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  if (!mustRun) return console.warn('SKIPPED: outage test — mariadbd not found on this machine.');
  server = await startMariadb();
  const admin = await mysql.createConnection(server.url);
  await admin.query('CREATE DATABASE outage CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  await admin.end();
  const config = parseDatabaseUrl(`${server.url}outage`);
  const db = await openDatabase(config);
  t = { db, config, dialect: 'mysql', close: () => db.dataSource.destroy() };
  api = await startTestApp(db);
}, 120_000);
afterAll(async () => {
  await api?.close();
  await t?.close().catch(() => undefined);
  await server?.stop();
});

const health = async () => (await fetch(`${api.url}/health`)).status;

describe('mariadbd stopped and restarted under a running server', () => {
  it('reports the outage on /health, refuses with a retryable error, and recovers without a restart', async () => {
    if (!mustRun) return;
    const f = await writeFixture(t);
    const s = await pull(api, f.editor.token);
    const v = s.indicators.find((i: any) => i.expected.kind === 'NUMBER').achieved;
    const input = { clientBatchId: 'outage-1', mode: 'ALL_OR_NOTHING', changes: [{ id: v.id, expectedVersion: v.version, achieved: '77' }] };
    expect(await health()).toBe(200);

    await server.halt();
    const started = Date.now();
    expect(await health()).toBe(503);
    const down = await api.gql(PUSH, { input }, f.editor.token);
    expect(down.errors?.[0].extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    expect(leaksIn(down.errors ?? [])).toEqual([]);
    expect(Date.now() - started).toBeLessThan(15_000);

    await server.restart();
    expect(await health()).toBe(200);
    const up = await api.gql(PUSH, { input }, f.editor.token);
    expect(up.data?.pushChanges).toMatchObject({ status: 'APPLIED', appliedCount: 1 });
    expect((await pull(api, f.editor.token)).indicators.find((i: any) => i.achieved?.id === v.id).achieved.raw).toBe('77');
  }, 120_000);
});
