import { In } from 'typeorm';
import { fromGlobalId } from '../../../server/src/common/global-id';
import { ChangeOutcome, ChangeRecord } from '../../../server/src/modules/change/change-record.entity';
import { TestApp } from '../../support/test-app';
import { TestDatabase } from '../../support/test-db';
import { PUSH } from '../../support/write-fixture';

/** What one run of the lost-update scenario saw, and what the audit of the database found. */
export interface LostUpdateReport {
  clients: number;
  pushesPerClient: number;
  accepted: number;
  refused: number;
  gaveUp: number;
  graphqlErrors: string[];
  /** Accepted changes not found as APPLIED in the history, values that differ from the last accepted change, refusals without a CONFLICT. */
  lost: string[];
  ms: number;
}

const PULL = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on IndicatorValue { id version raw } } }`;

interface Accepted { id: string; value: string; version: number }

const rand = (n: number) => Math.floor(Math.random() * n);

/**
 * N clients each make M pushes of 1–3 valori raggiunti chosen among a few shared rows: pull, push
 * with the versions seen, on a conflict re-pull and retry once, else give up. Every value pushed is
 * unique, so the history tells exactly which push wrote what.
 */
export async function runLostUpdates(api: TestApp, tokens: string[], valueIds: string[], pushesPerClient: number): Promise<Omit<LostUpdateReport, 'lost'> & { acceptedChanges: Accepted[]; refusedValues: Set<string> }> {
  const started = Date.now();
  const acceptedChanges: Accepted[] = [];
  const refusedValues = new Set<string>();
  const graphqlErrors: string[] = [];
  let accepted = 0;
  let refused = 0;
  let gaveUp = 0;
  let serial = 0;

  async function pull(token: string): Promise<Map<string, number>> {
    const r = await api.gql(PULL, { ids: valueIds }, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return new Map(r.data.nodes.map((n: { id: string; version: number }) => [n.id, n.version]));
  }

  async function client(c: number, token: string): Promise<void> {
    for (let i = 0; i < pushesPerClient; i++) {
      const ids = [...new Set(Array.from({ length: 1 + rand(3) }, () => valueIds[rand(valueIds.length)]))];
      for (let attempt = 1; attempt <= 2; attempt++) {
        const versions = await pull(token);
        const changes = ids.map((id) => ({ id, expectedVersion: versions.get(id), achieved: String(++serial * 100 + c) }));
        const r = await api.gql(PUSH, { input: { clientBatchId: `lu-${c}-${i}-${attempt}-${started}`, mode: 'ALL_OR_NOTHING', changes } }, token);
        if (r.errors) {
          graphqlErrors.push(JSON.stringify(r.errors));
          break;
        }
        const p = r.data.pushChanges;
        if (p.status === 'APPLIED') {
          accepted++;
          p.results.forEach((res: { version: number }, k: number) => acceptedChanges.push({ id: changes[k].id, value: changes[k].achieved, version: res.version }));
          break;
        }
        refused++;
        for (const ch of changes) refusedValues.add(ch.achieved);
        if (!p.userErrors.some((e: { code: string }) => e.code === 'CONFLICT')) graphqlErrors.push(`refused without CONFLICT: ${JSON.stringify(p.userErrors)}`);
        if (attempt === 2) gaveUp++;
      }
    }
  }

  await Promise.all(tokens.map((token, c) => client(c, token)));
  return { clients: tokens.length, pushesPerClient, accepted, refused, gaveUp, graphqlErrors, ms: Date.now() - started, acceptedChanges, refusedValues };
}

/**
 * Audits the database after a run: every accepted change is an APPLIED record of the history,
 * the APPLIED records of each row form one unbroken chain (each old value is the previous new
 * value), each row's value is its last accepted change, and no refused value was ever applied.
 */
export async function auditLostUpdates(t: TestDatabase, run: Awaited<ReturnType<typeof runLostUpdates>>, initial: Map<string, { raw: string | null; version: number }>, final: Map<string, { raw: string | null; version: number }>): Promise<LostUpdateReport> {
  const lost: string[] = [];
  const entityIds = [...initial.keys()].map((g) => fromGlobalId(g).id);
  const records = await t.db.manager.find(ChangeRecord, { where: { entityType: 'IndicatorValue', entityId: In(entityIds), outcome: ChangeOutcome.APPLIED }, order: { id: 'ASC' } });
  for (const [gid, start] of initial) {
    const id = fromGlobalId(gid).id;
    const mine = run.acceptedChanges.filter((a) => a.id === gid).sort((a, b) => a.version - b.version);
    const history = records.filter((r) => r.entityId === id);
    const end = final.get(gid);
    if (history.length !== mine.length) lost.push(`${gid}: ${mine.length} accepted, ${history.length} APPLIED in the history`);
    if (end?.version !== start.version + mine.length) lost.push(`${gid}: version ${end?.version}, expected ${start.version} + ${mine.length}`);
    const expectedRaw = mine.length ? mine[mine.length - 1].value : start.raw;
    if (end?.raw !== expectedRaw) lost.push(`${gid}: value ${end?.raw}, last accepted ${expectedRaw}`);
    let previous = start.raw;
    for (const [k, r] of history.entries()) {
      if (r.oldValue !== previous) lost.push(`${gid}: record ${r.id} old value ${r.oldValue}, previous new value ${previous}`);
      if (r.newValue !== mine[k]?.value) lost.push(`${gid}: record ${r.id} new value ${r.newValue}, accepted ${mine[k]?.value}`);
      if (r.newValue !== null && run.refusedValues.has(r.newValue)) lost.push(`${gid}: refused value ${r.newValue} applied`);
      previous = r.newValue;
    }
  }
  const { acceptedChanges: _a, refusedValues: _r, ...counts } = run;
  return { ...counts, lost };
}

/** The current raw and version of each valore raggiunto, read through the API. */
export async function readValues(api: TestApp, token: string, ids: string[]): Promise<Map<string, { raw: string | null; version: number }>> {
  const r = await api.gql(PULL, { ids }, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return new Map(r.data.nodes.map((n: { id: string; raw: string | null; version: number }) => [n.id, { raw: n.raw, version: n.version }]));
}
