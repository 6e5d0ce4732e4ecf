import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { parseDatabaseUrl } from '../server/src/config';
import { openDatabase } from '../server/src/db/data-source';
import { parseFile } from '../server/src/import/import-files';
import { persistDocument } from '../server/src/import/persist/persister';
import { ChangeBatch } from '../server/src/modules/change/change-batch.entity';
import { ChangeOutcome, ChangeRecord } from '../server/src/modules/change/change-record.entity';
import { IndicatorValue } from '../server/src/modules/indicator/indicator-value.entity';
import { Objective } from '../server/src/modules/objective/objective.entity';
import { leaksIn } from '../test/reliability/support/clean-errors';
import { contendedFixture } from '../test/reliability/support/fixture';
import { readValues } from '../test/reliability/support/lost-updates';
import { MariadbServer, startMariadb } from '../test/support/mariadb-server';
import { SEED, seedPath } from '../test/support/seeds';
import { startTestApp, TestApp } from '../test/support/test-app';
import { TestDatabase } from '../test/support/test-db';
import { PUSH } from '../test/support/write-fixture';

const TRIALS = Number(process.env.SOAK_RESTARTS ?? 10);
let server: MariadbServer;
let t: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  server = await startMariadb();
  const admin = await mysql.createConnection(server.url);
  await admin.query('CREATE DATABASE outage CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  await admin.end();
  const config = parseDatabaseUrl(`${server.url}outage`);
  const db = await openDatabase(config);
  t = { db, config, dialect: 'mysql', close: () => db.dataSource.destroy() };
  api = await startTestApp(db, { NODE_ENV: 'production' });
}, 120_000);
afterAll(async () => {
  await api?.close();
  await t?.close().catch(() => undefined);
  await server?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it(`outage: mariadbd stopped and restarted ${TRIALS} times during pushes and imports`, async () => {
  const { tokens, valueIds } = await contendedFixture(t, api, 2);
  const doc = parseFile(seedPath(SEED.tabular)).document;
  const problems: string[] = [];
  const codes = new Map<string, number>();
  let applied = 0;
  let importsDone = 0;
  let importsFailed = 0;
  const downtimes: number[] = [];
  for (let k = 1; k <= TRIALS; k++) {
    let stop = false;
    const pushes = tokens.map(async (token, c) => {
      for (let i = 0; !stop; i++) {
        const before = await readValues(api, token, valueIds).catch(() => null);
        if (!before) { await sleep(50); continue; }
        const changes = valueIds.slice(0, 3).map((id, j) => ({ id, expectedVersion: before.get(id)?.version, achieved: `${k}${c}${i}${j}` }));
        const r = await api.gql(PUSH, { input: { clientBatchId: `o-${k}-${c}-${i}`, mode: 'ALL_OR_NOTHING', changes } }, token);
        for (const e of r.errors ?? []) {
          codes.set(String(e.extensions?.code), (codes.get(String(e.extensions?.code)) ?? 0) + 1);
          if (e.extensions?.code !== 'DATABASE_UNAVAILABLE' || e.extensions?.retryable !== true) problems.push(`trial ${k}: ${JSON.stringify(e)}`);
        }
        problems.push(...leaksIn(r.errors ?? []));
        if (r.data?.pushChanges.status === 'APPLIED') applied++;
      }
    });
    const objectivesBefore = await t.db.manager.count(Objective);
    const copy = { ...doc, document: { ...doc.document, planningView: { code: `OUT_${k}_${randomBytes(2).toString('hex')}`, label: null } } };
    const importing = persistDocument(t.db, copy, { fileName: `o-${k}.txt`, contentHash: randomBytes(32).toString('hex'), layout: 'tabular' }).then(() => true, () => false);
    await sleep(Math.random() * 400);
    const downAt = Date.now();
    await server.halt();
    const health = await fetch(`${api.url}/health`);
    if (health.status !== 503) problems.push(`trial ${k}: /health ${health.status} while down`);
    await sleep(300);
    await server.restart();
    downtimes.push(Date.now() - downAt);
    let up = 0;
    for (let w = 0; w < 50 && up !== 200; w++) up = (await fetch(`${api.url}/health`)).status || (await sleep(100), 0);
    if (up !== 200) problems.push(`trial ${k}: /health ${up} after restart`);
    const imported = await importing;
    imported ? importsDone++ : importsFailed++;
    const delta = (await t.db.manager.count(Objective)) - objectivesBefore;
    if (delta !== (imported ? doc.objectives.length : 0)) problems.push(`trial ${k}: import ${imported ? 'succeeded' : 'failed'} but wrote ${delta} objectives`);
    await sleep(300);
    stop = true;
    await Promise.all(pushes);
  }
  // Audit: no partial batch; each value is the last APPLIED change of the history.
  const batches = await t.db.manager.find(ChangeBatch);
  for (const b of batches) {
    const n = await t.db.manager.countBy(ChangeRecord, { batchId: b.id, outcome: ChangeOutcome.APPLIED });
    if (n !== b.appliedCount) problems.push(`batch ${b.id}: appliedCount ${b.appliedCount}, ${n} APPLIED records`);
  }
  for (const v of await t.db.manager.findBy(IndicatorValue, {})) {
    const last = await t.db.manager.findOne(ChangeRecord, { where: { entityType: 'IndicatorValue', entityId: v.id, outcome: ChangeOutcome.APPLIED }, order: { id: 'DESC' } });
    if (last && last.newValue !== v.raw) problems.push(`value ${v.id}: ${v.raw}, last applied ${last.newValue}`);
  }
  const report = { restarts: TRIALS, appliedPushes: applied, errorCodes: Object.fromEntries(codes), importsDone, importsFailed, batches: batches.length, medianOutageMs: downtimes.sort((a, b) => a - b)[Math.floor(downtimes.length / 2)], problems: problems.length };
  console.log(`SOAK outage mariadb ${JSON.stringify(report)}`);
  expect(problems.slice(0, 10)).toEqual([]);
});
