import { randomBytes } from 'node:crypto';
import { ChangeBatch } from '../../../server/src/modules/change/change-batch.entity';
import { ChangeRecord } from '../../../server/src/modules/change/change-record.entity';
import { IndicatorValue } from '../../../server/src/modules/indicator/indicator-value.entity';
import { Objective } from '../../../server/src/modules/objective/objective.entity';
import { Phase } from '../../../server/src/modules/phase/phase.entity';
import { PlanningView } from '../../../server/src/modules/planning-view/planning-view.entity';
import { SourceDocument } from '../../../server/src/modules/source-document/source-document.entity';
import { persistDocument } from '../../../server/src/import/persist/persister';
import { SchedeDocument } from '../../../server/src/import/schede';
import { TestApp } from '../../support/test-app';
import { TestDatabase } from '../../support/test-db';
import { PUSH } from '../../support/write-fixture';
import { breakConnectionAt } from './faults';
import { leaksIn } from './clean-errors';
import { readValues } from './lost-updates';

/** The outcome of one fault trial; `problems` must stay empty. */
export interface TrialResult {
  kind: 'push' | 'import';
  at: number;
  fired: boolean;
  failedCleanly: boolean;
  problems: string[];
}

const rand = (n: number) => 1 + Math.floor(Math.random() * n);

/**
 * One push of every given valore raggiunto with its connection broken at a random statement:
 * either the whole batch is written or nothing is (no values, no batch, no records), the error is
 * DATABASE_UNAVAILABLE and retryable, and the retry with the same clientBatchId applies once.
 */
export async function pushTrial(t: TestDatabase, api: TestApp, token: string, ids: string[], statements: number, k: number): Promise<TrialResult> {
  const problems: string[] = [];
  const before = await readValues(api, token, ids);
  const changes = ids.map((id, i) => ({ id, expectedVersion: before.get(id)?.version, achieved: String(k * 1000 + i) }));
  const input = { clientBatchId: `fault-${k}-${randomBytes(3).toString('hex')}`, mode: 'ALL_OR_NOTHING', changes };
  const at = rand(statements);
  const fault = breakConnectionAt(t.db, at);
  const r = await api.gql(PUSH, { input }, token).finally(() => fault.restore());
  const after = await readValues(api, token, ids);
  const batches = await t.db.manager.countBy(ChangeBatch, { clientBatchId: input.clientBatchId });
  const changed = ids.filter((id) => after.get(id)?.raw !== before.get(id)?.raw).length;
  if (r.errors) {
    const ext = r.errors[0].extensions ?? {};
    if (ext.code !== 'DATABASE_UNAVAILABLE' || ext.retryable !== true) problems.push(`push at ${at}: error ${JSON.stringify(r.errors)}`);
    if (changed !== 0 || batches !== 0) problems.push(`push at ${at}: partial write after a failure (${changed} values, ${batches} batches)`);
    problems.push(...leaksIn(r.errors).map((l) => `leak: ${l}`));
  } else if (changed !== ids.length || batches !== 1) problems.push(`push at ${at}: ${r.data.pushChanges.status}, ${changed}/${ids.length} values, ${batches} batches`);
  const retried = await api.gql(PUSH, { input }, token);
  if (retried.errors || retried.data.pushChanges.status !== 'APPLIED') problems.push(`retry after fault at ${at}: ${JSON.stringify(retried.errors ?? retried.data.pushChanges.userErrors)}`);
  else {
    const batch = await t.db.manager.findOneByOrFail(ChangeBatch, { clientBatchId: input.clientBatchId });
    const records = await t.db.manager.countBy(ChangeRecord, { batchId: batch.id });
    if (records !== ids.length) problems.push(`retry after fault at ${at}: ${records} records for ${ids.length} changes`);
  }
  return { kind: 'push', at, fired: fault.fired(), failedCleanly: !!r.errors && problems.length === 0, problems };
}

async function counts(t: TestDatabase): Promise<number[]> {
  const m = t.db.manager;
  return Promise.all([m.count(SourceDocument), m.count(PlanningView), m.count(Objective), m.count(Phase), m.count(IndicatorValue)]);
}

/**
 * One import of a parsed document, under a new planning view, with its connection broken at a
 * random statement: it either writes the whole document or nothing; importing it again works.
 */
export async function importTrial(t: TestDatabase, doc: SchedeDocument, statements: number, k: number): Promise<TrialResult> {
  const problems: string[] = [];
  const copy: SchedeDocument = { ...doc, document: { ...doc.document, planningView: { code: `FAULT_${k}_${randomBytes(2).toString('hex')}`, label: `Prova guasto ${k}` } } };
  const opts = { fileName: `fault-${k}.txt`, contentHash: randomBytes(32).toString('hex'), layout: 'tabular' };
  const before = await counts(t);
  const at = rand(statements);
  const fault = breakConnectionAt(t.db, at);
  let failure: unknown = null;
  await persistDocument(t.db, copy, opts).catch((err: unknown) => (failure = err)).finally(() => fault.restore());
  const after = await counts(t);
  if (failure) {
    if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`import at ${at}: partial document ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    await persistDocument(t.db, copy, opts).catch((err: Error) => problems.push(`import retry after fault at ${at}: ${err.message}`));
  }
  const done = await counts(t);
  if (done[2] - before[2] !== doc.objectives.length) problems.push(`import at ${at}: ${done[2] - before[2]} objectives written, expected ${doc.objectives.length}`);
  return { kind: 'import', at, fired: fault.fired(), failedCleanly: !!failure && problems.length === 0, problems };
}

/** How many statements one push of these values and one import of the document take, measured without a fault. */
export async function measureStatements(t: TestDatabase, api: TestApp, token: string, ids: string[], doc: SchedeDocument): Promise<{ push: number; import: number }> {
  const before = await readValues(api, token, ids);
  const changes = ids.map((id) => ({ id, expectedVersion: before.get(id)?.version, achieved: String(before.get(id)?.version ?? 0) + '7' }));
  let probe = breakConnectionAt(t.db, Infinity);
  await api.gql(PUSH, { input: { clientBatchId: `probe-${randomBytes(3).toString('hex')}`, mode: 'ALL_OR_NOTHING', changes } }, token).finally(() => probe.restore());
  const push = probe.seen();
  probe = breakConnectionAt(t.db, Infinity);
  const copy = { ...doc, document: { ...doc.document, planningView: { code: `PROBE_${randomBytes(2).toString('hex')}`, label: null } } };
  await persistDocument(t.db, copy as SchedeDocument, { fileName: 'probe.txt', contentHash: randomBytes(32).toString('hex'), layout: 'tabular' }).finally(() => probe.restore());
  return { push, import: probe.seen() };
}
