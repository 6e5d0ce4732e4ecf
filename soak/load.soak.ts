import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ChildProcess } from 'node:child_process';
import { freePort, startMain, stopMain } from '../test/support/spawn-server';
import { PUSH } from '../test/support/write-fixture';

const SECONDS = Number(process.env.SOAK_LOAD_SECONDS ?? 60);
const CLIENTS = 50;
const WRITERS = 15;
const PASSWORD = 'password-del-soak-1';

let server: { child: ChildProcess; url: string; output: () => string };
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-load-'));
  server = await startMain({ DATABASE_URL: `sqlite:${path.join(dir, 'load.sqlite')}`, ADMIN_PASSWORD: PASSWORD, NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1' }, await freePort());
}, 120_000);
afterAll(async () => {
  if (server) await stopMain(server.child);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function gql(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const READS = [
  `{ objectives(first: 20) { edges { node { code title responsibilityCenter { name } } } } }`,
  `query($c: String!, $v: String!) { objective(planningView: $v, code: $c) { code phases { description progress } indicators { description expected { raw } achieved { raw number } } budgetLines { amount } } }`,
  `{ indicators(first: 50) { edges { node { description achieved { raw } } } } }`,
  `{ planningViews { code } responsibilityCenters { code name } }`,
];

it(`load: ${SECONDS} s of ${CLIENTS} concurrent readers and writers against the built server (SQLite)`, async () => {
  // The first administrator is created just after the server starts listening.
  for (let i = 0; i < 100 && !server.output().includes('ADMIN_PASSWORD'); i++) await new Promise((r) => setTimeout(r, 100));
  const login = await gql('', 'mutation($p: String!) { login(username: "admin", password: $p) { token } }', { p: PASSWORD });
  if (!login.body.data) throw new Error(JSON.stringify(login.body) + server.output());
  const token: string = login.body.data.login.token;
  const list = await gql(token, `{ objectives(first: 100) { edges { node { code planningView { code } indicators { expected { kind } achieved { id } } } } } }`);
  const schede = list.body.data.objectives.edges.map((e: any) => e.node);
  const valueIds: string[] = schede.flatMap((o: any) => o.indicators.filter((i: any) => i.expected?.kind === 'NUMBER' && i.achieved).map((i: any) => i.achieved.id));
  const latencies: number[] = [];
  const errors: string[] = [];
  let conflicts = 0;
  let pushes = 0;
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(rssMb(server.child.pid as number)), 1000);
  const end = Date.now() + SECONDS * 1000;

  async function timed(query: string, variables?: Record<string, unknown>) {
    const t0 = performance.now();
    const r = await gql(token, query, variables).catch((err: Error) => ({ status: 0, body: { errors: [{ message: err.message }] } as { data?: any; errors?: any[] } }));
    latencies.push(performance.now() - t0);
    if (r.status !== 200 || r.body.errors) errors.push(`${r.status} ${JSON.stringify(r.body.errors).slice(0, 200)}`);
    return r.body.data;
  }
  async function reader(): Promise<void> {
    while (Date.now() < end) {
      const k = Math.floor(Math.random() * READS.length);
      const o = schede[Math.floor(Math.random() * schede.length)];
      await timed(READS[k], k === 1 ? { c: o.code, v: o.planningView.code } : undefined);
    }
  }
  async function writer(w: number): Promise<void> {
    for (let i = 0; Date.now() < end; i++) {
      const id = valueIds[Math.floor(Math.random() * valueIds.length)];
      const seen = await timed(`query($id: ID!) { node(id: $id) { ... on IndicatorValue { version } } }`, { id });
      if (!seen?.node) continue;
      const p = await timed(PUSH, { input: { clientBatchId: `load-${w}-${i}-${Date.now()}`, mode: 'ALL_OR_NOTHING', changes: [{ id, expectedVersion: seen.node.version, achieved: String(w * 100000 + i) }] } });
      pushes++;
      if (p?.pushChanges.status !== 'APPLIED') conflicts++;
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => (c < WRITERS ? writer(c) : reader())));
  clearInterval(sampler);

  const sorted = [...latencies].sort((a, b) => a - b);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const report = {
    seconds: SECONDS, clients: CLIENTS, writers: WRITERS, requests: latencies.length, rps: Math.round(latencies.length / SECONDS), pushes, conflicts, errors: errors.length,
    p50ms: +pct(sorted, 50).toFixed(1), p99ms: +pct(sorted, 99).toFixed(1), maxMs: +sorted[sorted.length - 1].toFixed(1),
    rssFirst10sMb: Math.round(avg(rss.slice(0, 10))), rssLast10sMb: Math.round(avg(rss.slice(-10))), rssMaxMb: Math.round(Math.max(...rss)),
  };
  console.log(`SOAK load ${JSON.stringify(report)}\nRSS per second (MB): ${rss.map((x) => Math.round(x)).join(' ')}`);
  expect(errors.slice(0, 5)).toEqual([]);
  expect(report.rssLast10sMb).toBeLessThan(report.rssFirst10sMb * 1.5);
});
