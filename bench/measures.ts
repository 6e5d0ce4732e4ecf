import autocannon from 'autocannon';
import { toGlobalId } from '../server/src/common/global-id';
import { VIEW_CODE } from './generate';
import { ADDIN_HEADERS, gql, median, timed } from './http';
import { ServerProcess } from './processes';
import { ELENCO, ELENCO_PAGE_SIZE, PUSH, SCHEDA } from './queries';
import { floorPull, floorPush, RawDb } from './raw';

/** One line of the table: pegaso against its floor. */
export interface Measure {
  measure: string;
  database: string;
  unit: string;
  pegaso: number;
  floor: number;
  ratio: number;
  target: string;
  ok: boolean;
  runs: number;
  notes?: string;
}

const FILTER = { planningView: VIEW_CODE };
/** Runs made first and not counted, for pegaso and floor alike: a server in use has its code compiled and its caches filled. */
const WARMUP = 1;
const PERIOD = 'FINAL';

/** Every node of one Elenco connection, page after page, as the add-in's controller pulls it. */
async function pageAll(url: string, token: string, operation: string, field: 'objectives' | 'indicators' | 'phases'): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await gql(url, token, ELENCO, { filter: FILTER, period: PERIOD, first: ELENCO_PAGE_SIZE, after }, operation);
    const conn = data[field];
    for (const e of conn.edges) nodes.push(e.node);
    if (!conn.pageInfo.hasNextPage) return nodes;
    after = conn.pageInfo.endCursor;
  }
}

/** The add-in's Elenco pull: the objectives, then indicators and phases side by side (Controller.pull). */
async function elencoPull(url: string, token: string): Promise<number[]> {
  const objectives = await pageAll(url, token, 'PullElencoObjectives', 'objectives');
  const [indicators, phases] = await Promise.all([pageAll(url, token, 'PullElencoIndicators', 'indicators'), pageAll(url, token, 'PullElencoPhases', 'phases')]);
  return [objectives.length, indicators.length, phases.length, indicators.filter((i) => i.achievedFor).length];
}

/** a. The full list-mode pull the add-in makes, through GraphQL over HTTP, vs the floor's queries of the same rows. */
export async function measurePull(server: ServerProcess, token: string, raw: RawDb, runs: number): Promise<{ pegasoMs: number; floorMs: number; rows: string; peakRss: number }> {
  const p: number[] = [];
  const f: number[] = [];
  let rows = '';
  server.startSampling();
  for (let r = 0; r < WARMUP + runs; r++) {
    let counts: number[] = [];
    const pegasoMs = await timed(async () => (counts = await elencoPull(server.url, token)));
    let fc = { objectives: 0, indicators: 0, achieved: 0, phases: 0 };
    const floorMs = await timed(async () => (fc = await floorPull(raw, VIEW_CODE, PERIOD)));
    if (r >= WARMUP) {
      p.push(pegasoMs);
      f.push(floorMs);
    }
    const expected = [fc.objectives, fc.indicators, fc.phases, fc.achieved];
    if (counts.join() !== expected.join()) throw new Error(`pull: pegaso ${counts} rows, floor ${expected}`);
    rows = `${fc.objectives} objectives, ${fc.indicators} indicators, ${fc.phases} phases`;
  }
  return { pegasoMs: median(p), floorMs: median(f), rows, peakRss: server.stopSampling() };
}

async function cannon(opts: autocannon.Options): Promise<number> {
  const result = await autocannon(opts);
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`autocannon: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return result.requests.average;
}

/** b. Requests/s of one complete scheda with 16 concurrent clients: GraphQL vs the floor server. */
export async function measureScheda(server: ServerProcess, floor: ServerProcess, token: string, codes: string[], seconds: number): Promise<{ pegasoRps: number; floorRps: number }> {
  // Sanity: both answer the same scheda.
  const one: any = await gql(server.url, token, SCHEDA, { view: VIEW_CODE, code: codes[0] });
  const fl: any = await (await fetch(`${floor.url}/scheda?view=${VIEW_CODE}&code=${codes[0]}`)).json();
  if (one.objective.indicators.length !== fl.indicators.length || one.objective.phases.length !== fl.phases.length) throw new Error('scheda: pegaso and floor differ');
  let k = 0;
  const pick = () => codes[(k = (k + 7) % codes.length)];
  const pegasoRps = await cannon({
    url: `${server.url}/graphql`,
    connections: 16,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { ...ADDIN_HEADERS, authorization: `Bearer ${token}` },
        setupRequest: (req: any) => ({ ...req, body: JSON.stringify({ query: SCHEDA, variables: { view: VIEW_CODE, code: pick() } }) }),
      },
    ],
  });
  const floorRps = await cannon({
    url: floor.url,
    connections: 16,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req: any) => ({ ...req, path: `/scheda?view=${VIEW_CODE}&code=${encodeURIComponent(pick())}` }) }],
  });
  return { pegasoRps, floorRps };
}

/** c. A push of N achieved values through pushChanges vs a raw bulk UPDATE of the same rows. */
export async function measurePush(server: ServerProcess, token: string, raw: RawDb, ids: number[], runs: number): Promise<{ pegasoMs: number; floorMs: number; peakRss: number }> {
  const p: number[] = [];
  const f: number[] = [];
  server.startSampling();
  for (let r = 0; r < WARMUP + runs; r++) {
    const versions = new Map<number, number>();
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      for (const row of await raw.all<{ id: number; version: number }>(`SELECT id, version FROM indicator_value WHERE id IN (${chunk.join(',')})`)) versions.set(Number(row.id), Number(row.version));
    }
    const changes = ids.map((id, k) => ({ id: toGlobalId('IndicatorValue', id), expectedVersion: versions.get(id), achieved: `${r * 10 + 1}${k},5` }));
    const input = { clientBatchId: `bench-${Date.now()}-${r}`, mode: 'ALL_OR_NOTHING', source: 'API', changes };
    let answer: any;
    const pegasoMs = await timed(async () => (answer = await gql(server.url, token, PUSH, { input })));
    if (answer.pushChanges.appliedCount !== ids.length) throw new Error(`push: applied ${answer.pushChanges.appliedCount}/${ids.length}: ${JSON.stringify(answer.pushChanges.userErrors.slice(0, 3))}`);
    const floorChanges = ids.map((id, k) => ({ id, raw: `${r * 10 + 2}${k},5`, number: `${r * 10 + 2}${k}.5` }));
    const floorMs = await timed(() => floorPush(raw, floorChanges));
    if (r >= WARMUP) {
      p.push(pegasoMs);
      f.push(floorMs);
    }
  }
  return { pegasoMs: median(p), floorMs: median(f), peakRss: server.stopSampling() };
}
