/**
 * `npm run bench`: generates a big comune's planning view on SQLite and on a throwaway MariaDB,
 * measures pegaso against hand-written floors, prints a table and writes bench/results/<date>.json.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { parseDatabaseUrl } from '../server/src/config';
import { openDatabase } from '../server/src/db/data-source';
import { AuthService } from '../server/src/modules/user/auth.service';
import { hashPassword } from '../server/src/modules/user/password';
import { Role, User } from '../server/src/modules/user/user.entity';
import { startMariadb } from '../test/support/mariadb-server';
import { generate, SCALE } from './generate';
import { chapterFloor, measureImports, schedeParseFloor } from './imports';
import { Measure, measurePull, measurePush, measureScheda } from './measures';
import { startServer } from './processes';
import { openRaw } from './raw';

const ROOT = path.join(__dirname, '../../..');
const MAIN = path.join(__dirname, '../server/src/main.js');
const FLOOR = path.join(__dirname, 'floor-server.js');
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = { pull: QUICK ? 1 : 3, push: QUICK ? 1 : 5, schedaSeconds: QUICK ? 3 : 10, imports: QUICK ? 1 : 2 };
const PUSH_ROWS = 5000;
const SCHEDE_BYTES = 5_000_000;
const CSV_ROWS = 20_000;
const ONLY = (process.env.BENCH_DB ?? 'sqlite,mysql').split(',');
/** BENCH_ONLY=a,c runs some measures only (while working on one); a full run measures all. */
const MEASURES = new Set((process.env.BENCH_ONLY ?? 'a,b,c,d').split(','));

const mb = (bytes: number) => Math.round(bytes / 1048576);
const r2 = (n: number) => Math.round(n * 100) / 100;

function line(m: Omit<Measure, 'ratio' | 'ok'>, ratio: number, ok: boolean | null): Measure {
  return { ...m, pegaso: r2(m.pegaso), floor: r2(m.floor), ratio: r2(ratio), ok: ok as boolean };
}

async function benchDialect(dialect: 'sqlite' | 'mysql', url: string, log: (s: string) => void): Promise<{ measures: Measure[]; version: string; generated: object }> {
  const db = await openDatabase(parseDatabaseUrl(url));
  const version = String((await db.dataSource.query(dialect === 'sqlite' ? 'SELECT sqlite_version() AS v' : 'SELECT VERSION() AS v'))[0].v);
  log(`${dialect} ${version}: generating ${JSON.stringify(SCALE)}`);
  const gen = await generate(db);
  log(`  ${gen.rows} rows in ${gen.ms} ms`);
  const user = await db.manager.save(db.manager.create(User, { username: 'bench', displayName: 'Bench', role: Role.ADMIN, passwordHash: await hashPassword('bench-password-123'), active: true }));
  const { token } = await new AuthService(db).issueSession(user.id);
  const name = dialect === 'sqlite' ? 'SQLite' : 'MariaDB';
  const measures: Measure[] = [];
  const server = await startServer(MAIN, { DATABASE_URL: url });
  const floorServer = await startServer(FLOOR, { DATABASE_URL: url });
  const raw = openRaw(url);
  try {
    const failed = (measure: string, target: string, err: unknown) => {
      log(`  ${measure} FAILED: ${(err as Error).message.slice(0, 300)}\n${server.output().slice(-600)}`);
      measures.push({ measure, database: name, unit: '', pegaso: NaN, floor: NaN, ratio: NaN, target, ok: false, runs: 0, notes: `error: ${(err as Error).message.slice(0, 300)}` });
    };
    log('  a. list-mode pull');
    const a = !MEASURES.has('a') ? null : await measurePull(server, token, raw, RUNS.pull).catch((err) => (failed('a. list-mode pull', '≤ 2', err), null));
    if (a) measures.push(line({ measure: `a. list-mode pull (${a.rows})`, database: name, unit: 'ms', pegaso: a.pegasoMs, floor: a.floorMs, target: '≤ 2', runs: RUNS.pull }, a.pegasoMs / a.floorMs, a.pegasoMs / a.floorMs <= 2));

    log('  b. one scheda, 16 clients');
    const b = !MEASURES.has('b') ? null : await measureScheda(server, floorServer, token, gen.objectiveCodes, RUNS.schedaSeconds).catch((err) => (failed('b. scheda, 16 clients', '≥ 0.6', err), null));
    if (b) measures.push(line({ measure: `b. scheda, 16 clients ${RUNS.schedaSeconds} s`, database: name, unit: 'req/s', pegaso: b.pegasoRps, floor: b.floorRps, target: '≥ 0.6', runs: 1 }, b.pegasoRps / b.floorRps, b.pegasoRps / b.floorRps >= 0.6));

    log(`  c. push of ${PUSH_ROWS}`);
    const c = !MEASURES.has('c') ? null : await measurePush(server, token, raw, gen.achievedIds.slice(0, PUSH_ROWS), RUNS.push).catch((err) => (failed(`c. push ${PUSH_ROWS} achieved values`, '≤ 3 and < 2000 ms', err), null));
    if (c) measures.push(line({ measure: `c. push ${PUSH_ROWS} achieved values`, database: name, unit: 'ms', pegaso: c.pegasoMs, floor: c.floorMs, target: '≤ 3 and < 2000 ms', runs: RUNS.push }, c.pegasoMs / c.floorMs, c.pegasoMs / c.floorMs <= 3 && c.pegasoMs < 2000));

    if (MEASURES.has('d')) {
      log('  d. imports');
      const d = await measureImports(db, { schedeBytes: SCHEDE_BYTES, schedeRuns: RUNS.imports, csvRows: CSV_ROWS, csvRuns: RUNS.imports });
      const dParse = schedeParseFloor(SCHEDE_BYTES, RUNS.imports);
      measures.push(line({ measure: `d. schede import ${d.schedeMB.toFixed(1)} MB, ${d.objectives} schede (floor: parse only)`, database: name, unit: 'MB/s', pegaso: d.schedeMBs, floor: dParse, target: 'report', runs: RUNS.imports }, d.schedeMBs / dParse, null));
      const dCsv = await chapterFloor(raw, CSV_ROWS, RUNS.imports);
      measures.push(line({ measure: `d. chapter CSV ${CSV_ROWS} rows (floor: csv-parse + raw INSERT)`, database: name, unit: 'rows/s', pegaso: d.chapterRowsPerS, floor: dCsv, target: 'report', runs: RUNS.imports }, d.chapterRowsPerS / dCsv, null));
    }

    if (a) measures.push(line({ measure: 'e. server peak RSS during a', database: name, unit: 'MB', pegaso: mb(a.peakRss), floor: 0, target: 'report', runs: RUNS.pull }, 0, null));
    if (c) measures.push(line({ measure: 'e. server peak RSS during c', database: name, unit: 'MB', pegaso: mb(c.peakRss), floor: 0, target: 'report', runs: RUNS.push }, 0, null));
  } catch (err) {
    process.stderr.write(`server output:\n${server.output()}\n`);
    throw err;
  } finally {
    await raw.close();
    await floorServer.stop();
    await server.stop();
    await db.dataSource.destroy();
  }
  return { measures, version, generated: { rows: gen.rows, ms: gen.ms } };
}

function table(measures: Measure[]): string {
  const head = ['measure', 'database', 'pegaso', 'floor', 'ratio', 'target', 'ok?'];
  const rows = measures.map((m) => m.notes?.startsWith('error') ? [m.measure, m.database, 'ERROR', '—', '—', m.target, 'NO'] : [
    m.measure,
    m.database,
    `${m.pegaso} ${m.unit}`,
    m.floor ? `${m.floor} ${m.unit}` : '—',
    m.floor ? String(m.ratio) : '—',
    m.target,
    m.ok === null ? '—' : m.ok ? 'yes' : 'NO',
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  return [fmt(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(fmt)].join('\n');
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const log = (s: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}\n`);
  const results: Measure[] = [];
  const dialects: Record<string, string> = {};
  const generated: Record<string, object> = {};
  if (ONLY.includes('sqlite')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-bench-'));
    try {
      const r = await benchDialect('sqlite', `sqlite:${path.join(dir, 'bench.sqlite')}`, log);
      results.push(...r.measures);
      dialects.sqlite = r.version;
      generated.sqlite = r.generated;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (ONLY.includes('mysql')) {
    const maria = await startMariadb();
    try {
      const admin = await mysql.createConnection({ uri: maria.url });
      await admin.query('CREATE DATABASE pegaso_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
      await admin.end();
      const r = await benchDialect('mysql', `${maria.url}pegaso_bench`, log);
      results.push(...r.measures);
      dialects.mariadb = r.version;
      generated.mariadb = r.generated;
    } finally {
      await maria.stop();
    }
  }
  const out = table(results);
  process.stdout.write(`\n${out}\n\n`);
  for (const m of results) if (m.notes) process.stdout.write(`${m.database} ${m.measure}: ${m.notes}\n`);
  const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 1e9), node: process.version, platform: `${os.type()} ${os.release()}`, dialects };
  const date = new Date().toISOString().slice(0, 10);
  const partial = QUICK || MEASURES.size < 4 || ONLY.length < 2;
  const file = path.join(ROOT, 'bench/results', `${date}${partial ? '-partial' : ''}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, scale: SCALE, generated, runs: RUNS, durationS: Math.round((Date.now() - t0) / 1000), measures: results }, null, 2)}\n`);
  log(`written ${path.relative(ROOT, file)} (${Math.round((Date.now() - t0) / 1000)} s)`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
