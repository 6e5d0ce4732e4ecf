import { EntityManager, In, IsNull } from 'typeorm';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { Database } from '../../db/data-source';
import { User } from '../user/user.entity';
import { Actor } from './actor';
import { BatchStatus, ChangeBatch, ChangeSource } from './change-batch.entity';
import { planChange, PlannedChange } from './change-plan';
import { ChangeOutcome, ChangeRecord } from './change-record.entity';
import { historyInserts, latestApplied, RecordRow, updateVersioned, VersionedWrite } from './change-sql';
import { currentValues, decodeTarget, EditableField, FIELDS, loadTargets, Target, TargetType } from './change-targets';
import { MAX_CHANGES, PushChangesInput, PushMode } from './change.input';
import { ChangeResult, Conflict, PushChangesPayload, UserError } from './change.types';
import { packAnswer, unpackAnswer } from './stored-answer';

/** A row moved on between our read and our conditional update: the whole push is decided again. */
class StaleRead extends Error {}

const TABLE = { IndicatorValue: 'indicator_value', Indicator: 'indicator', Phase: 'phase' } as const;
/** The columns a push writes, per row type. */
const COLUMNS = { IndicatorValue: ['raw', 'kind', 'numberValue'], Indicator: ['note'], Phase: ['progress', 'actualStart', 'actualEnd', 'note'] } as const;
const RETRIES = 3;

/**
 * Writes pushes of valori raggiunti, notes, phase progress and dates: one transaction per batch,
 * optimistic versions (a conditional UPDATE per row), every attempt recorded in the history,
 * idempotent per client batch id.
 */
export class ChangeService {
  constructor(private readonly db: Database) {}

  async pushChanges(actor: Actor, input: PushChangesInput, extra: { revertsBatchId?: number } = {}): Promise<PushChangesPayload> {
    const clientBatchId = input.clientBatchId.trim();
    if (!clientBatchId || clientBatchId.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'clientBatchId deve avere da 1 a 100 caratteri.');
    if (input.changes.length > MAX_CHANGES) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `Troppe modifiche in un invio: ${input.changes.length}, massimo ${MAX_CHANGES}.`, { max: MAX_CHANGES });
    }
    const previous = await this.previousAnswer(actor, clientBatchId);
    if (previous) return previous;
    const refs = input.changes.map((c) => decodeTarget(c.id));
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction((em) => this.decideAndWrite(em, actor, { ...input, clientBatchId }, refs, extra));
      } catch (err) {
        if (isDuplicateBatch(err)) {
          const answer = await this.previousAnswer(actor, clientBatchId);
          if (answer) return answer;
        }
        if ((err instanceof StaleRead || isDeadlock(err)) && attempt < RETRIES) continue;
        throw err;
      }
    }
  }

  /** The answer given the first time this client batch id was pushed, if it was. */
  private async previousAnswer(actor: Actor, clientBatchId: string): Promise<PushChangesPayload | null> {
    const batch = await this.db.manager.findOneBy(ChangeBatch, { userId: actor.userId ?? IsNull(), clientBatchId });
    if (!batch?.response) return null;
    return { ...unpackAnswer(batch.response), batch };
  }

  private async decideAndWrite(
    em: EntityManager,
    actor: Actor,
    input: PushChangesInput,
    refs: Array<{ type: TargetType; id: number } | null>,
    extra: { revertsBatchId?: number },
  ): Promise<PushChangesPayload> {
    const source = input.source ?? ChangeSource.API;
    // The batch row (which also claims the client batch id) goes in with the read of the targets
    // right behind it: nothing in it depends on them.
    const inserting = em.save(
      em.create(ChangeBatch, {
        clientBatchId: input.clientBatchId,
        userId: actor.userId,
        source,
        mode: input.mode ?? PushMode.ALL_OR_NOTHING,
        status: BatchStatus.REJECTED,
        appliedCount: 0,
        revertsBatchId: extra.revertsBatchId ?? null,
      }),
    );
    inserting.catch(() => undefined);
    const targets = await loadTargets(em, refs.filter((r): r is NonNullable<typeof r> => r !== null));
    const batch = await inserting;
    const seen = new Set<Target>();
    const plans = input.changes.map((c, i) => planChange(i, c, refs[i], targets, actor, seen));
    const failed = plans.some((p) => p.outcome !== ChangeOutcome.APPLIED);
    const rejected = failed && input.mode !== PushMode.PARTIAL;
    if (rejected) for (const p of plans) if (p.outcome === ChangeOutcome.APPLIED) p.outcome = ChangeOutcome.NOT_APPLIED;

    const sorted = [...plans].sort((a, b) => (a.target?.id ?? 0) - (b.target?.id ?? 0));
    const writes = prepareWrites(sorted);
    // Who last changed the conflicting rows: neither this batch's writes nor its history (no
    // APPLIED row for a conflict) change it, so it is read before them.
    const conflicts = plans.filter((p) => p.outcome === ChangeOutcome.CONFLICT && p.target);
    const last = await lastChanges(em, conflicts.map((p) => p.target as Target));
    // The conditional updates run while the history rows, the answer and its stored form are made
    // from the rows as they will be once written; if any row moved on, all of it is thrown away
    // (StaleRead) with the transaction.
    const writing = this.writeAll(em, writes);
    writing.catch(() => undefined);
    const applied = applyWrites(writes);
    const records: RecordRow[] = [];
    for (const p of sorted) recordsOf(p, records);
    const inserts = historyInserts(em, { batchId: batch.id, userId: actor.userId, source }, records);

    batch.status = rejected ? BatchStatus.REJECTED : failed ? BatchStatus.PARTIAL : BatchStatus.APPLIED;
    batch.appliedCount = applied;
    const payload = this.payload(batch, plans, last);
    batch.response = packAnswer(payload);
    const response = JSON.stringify(batch.response);
    await writing;
    for (const [sql, params] of inserts) await em.query(sql, params);
    // A plain UPDATE: em.save would first read the row back and diff the whole stored answer.
    const q = (name: string) => em.connection.driver.escape(name);
    await em.query(`UPDATE ${q('change_batch')} SET ${q('status')} = ?, ${q('appliedCount')} = ?, ${q('response')} = ? WHERE ${q('id')} = ?`, [
      batch.status,
      batch.appliedCount,
      response,
      batch.id,
    ]);
    return payload;
  }

  /**
   * The conditional updates of every applied change, one statement per row type (on MySQL one per
   * few MB): each row is updated only where its version is still the one the push was decided on,
   * and fewer rows updated than named means someone wrote in between (StaleRead: decide again).
   */
  private async writeAll(em: EntityManager, writes: PendingWrites): Promise<void> {
    for (const [type, rows] of writes) {
      const affected = await updateVersioned(em, TABLE[type], COLUMNS[type], rows);
      if (affected !== rows.length) throw new StaleRead();
    }
  }

  private payload(batch: ChangeBatch, plans: PlannedChange[], last: Map<string, { name: string | null; at: Date }>): PushChangesPayload {
    const results: ChangeResult[] = plans.map((p) => {
      const t = p.target;
      const current = t ? currentValues(t) : null;
      let conflict: Conflict | null = null;
      if (p.outcome === ChangeOutcome.CONFLICT && t && current) {
        const who = last.get(`${t.type}:${t.id}`);
        conflict = { serverVersion: t.row.version, changedBy: who?.name ?? null, changedAt: who?.at ?? null, server: current };
      }
      return { index: p.index, ref: p.input.ref ?? null, id: p.input.id, outcome: p.outcome, version: t?.row.version ?? null, current, conflict };
    });
    const userErrors: UserError[] = plans.flatMap((p) => p.errors.map((e) => ({ index: p.index, ref: p.input.ref ?? null, ...e })));
    return { batch, status: batch.status, appliedCount: batch.appliedCount, results, userErrors };
  }
}

/** The conditional updates of a push, per row type, in row-id order. */
type PendingWrites = Map<TargetType, Array<VersionedWrite & { t: Target }>>;

/**
 * The row updates of the applied changes that change something; marks the others `noop` and
 * keeps each written row's old values for its history.
 */
function prepareWrites(plans: PlannedChange[]): PendingWrites {
  const pending: PendingWrites = new Map();
  for (const p of plans) {
    if (p.outcome !== ChangeOutcome.APPLIED || !p.target) continue;
    const t = p.target;
    const now = currentValues(t);
    let changes = false;
    for (const f in p.writes) if (now[f as EditableField] !== p.writes[f as EditableField]) changes = true;
    if (!changes) {
      p.noop = true;
      continue;
    }
    p.oldValues = now;
    const values: VersionedWrite['values'] =
      t.type === 'IndicatorValue'
        ? [p.writes.achieved ?? null, p.valueExtra!.kind, p.valueExtra!.numberValue]
        : COLUMNS[t.type].map((c) => (c in p.writes ? (p.writes[c] ?? null) : undefined));
    let rows = pending.get(t.type);
    if (!rows) pending.set(t.type, (rows = []));
    rows.push({ t, id: t.id, version: t.row.version, values });
  }
  return pending;
}

/** Gives the targets the values and versions the updates write; returns how many rows they are. */
function applyWrites(writes: PendingWrites): number {
  let applied = 0;
  for (const [type, rows] of writes) {
    const columns = COLUMNS[type];
    for (const { t, values } of rows) {
      const row = t.row as unknown as Record<string, unknown>;
      for (let k = 0; k < columns.length; k++) if (values[k] !== undefined) row[columns[k]] = values[k];
      t.row.version++;
    }
    applied += rows.length;
  }
  return applied;
}

/** Appends the history rows of one change: one per field it names, unless nothing changed. */
function recordsOf(p: PlannedChange, out: RecordRow[]): void {
  const t = p.target;
  if (!t || p.noop) return;
  const applied = p.outcome === ChangeOutcome.APPLIED;
  const now = applied ? null : currentValues(t);
  for (const field of FIELDS) {
    if (p.input[field] === undefined) continue;
    out.push([
      t.type,
      t.id,
      t.objective.id,
      field,
      applied ? (p.oldValues?.[field] ?? null) : now![field],
      applied ? (p.writes[field] ?? null) : (p.input[field] ?? null),
      p.outcome,
      p.errors.length === 0 ? null : (p.errors.find((e) => e.field === field || e.field === 'id')?.message ?? null),
    ]);
  }
}

/** Who last changed each row, for conflict reports: its latest APPLIED history row, per kind of row in one query. */
async function lastChanges(em: EntityManager, targets: Target[]): Promise<Map<string, { name: string | null; at: Date }>> {
  const out = new Map<string, { name: string | null; at: Date }>();
  if (targets.length === 0) return out;
  const latest: number[] = [];
  for (const type of Object.keys(TABLE) as TargetType[]) {
    const ids = [...new Set(targets.filter((t) => t.type === type).map((t) => t.id))];
    latest.push(...(await latestApplied(em, type, ids)));
  }
  const rows: ChangeRecord[] = [];
  for (let i = 0; i < latest.length; i += 1000) rows.push(...(await em.findBy(ChangeRecord, { id: In(latest.slice(i, i + 1000)) })));
  const users = new Map((await em.findBy(User, { id: In([...new Set(rows.map((r) => r.userId).filter((u): u is number => u !== null))]) })).map((u) => [u.id, u]));
  for (const r of rows) out.set(`${r.entityType}:${r.entityId}`, { name: r.userId ? (users.get(r.userId)?.displayName ?? null) : null, at: r.createdAt });
  return out;
}

function isDuplicateBatch(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === 'ER_DUP_ENTRY' || /UNIQUE constraint failed: change_batch/.test(e?.message ?? '');
}

function isDeadlock(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}
