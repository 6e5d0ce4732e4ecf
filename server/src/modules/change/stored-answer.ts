import { BatchStatus, PushChangesResponse } from './change-batch.entity';
import { ChangeOutcome } from './change-record.entity';
import { FIELDS } from './change-targets';
import { ChangeResult, ChangeValues, Conflict, UserError } from './change.types';

/**
 * The answer of a push as stored on its batch for retries (ChangeBatch.response), in a packed
 * form: results and user errors as tuples, about a third of the JSON of the objects, which is what
 * writing a 5,000-row answer costs. Answers stored before (format absent) were the objects.
 */
type PackedValues = [string | null, string | null, string | null, string | null, string | null];
type PackedResult = [number, string | null, string, ChangeOutcome, number | null, PackedValues | null, Conflict | null];
type PackedError = [number | null, string | null, string, string, string];

/** The answer as ChangeBatch.response holds it. */
export interface PackedAnswer {
  format: 2;
  status: BatchStatus;
  appliedCount: number;
  results: PackedResult[];
  userErrors: PackedError[];
}

/** The answer of a push without its batch, as the client gets it. */
export interface Answer {
  status: BatchStatus;
  appliedCount: number;
  results: ChangeResult[];
  userErrors: UserError[];
}


/** Packs an answer for ChangeBatch.response. */
export function packAnswer(a: Answer): PackedAnswer {
  return {
    format: 2,
    status: a.status,
    appliedCount: a.appliedCount,
    results: a.results.map((r) => {
      const c = r.current;
      const current: PackedValues | null = c ? [c.achieved ?? null, c.note ?? null, c.progress ?? null, c.actualStart ?? null, c.actualEnd ?? null] : null;
      return [r.index, r.ref, r.id, r.outcome, r.version, current, r.conflict];
    }),
    userErrors: a.userErrors.map((e) => [e.index, e.ref, e.field, e.code, e.message]),
  };
}

/** The answer a batch stored, packed or (stored before packing) as the objects themselves. */
export function unpackAnswer(stored: Omit<PushChangesResponse, 'batch'>): Answer {
  if ((stored as Partial<PackedAnswer>).format !== 2) return stored as unknown as Answer;
  const p = stored as unknown as PackedAnswer;
  return {
    status: p.status,
    appliedCount: p.appliedCount,
    results: p.results.map(([index, ref, id, outcome, version, current, conflict]) => ({
      index,
      ref,
      id,
      outcome,
      version,
      current: current && (Object.fromEntries(FIELDS.map((f, k) => [f, current[k]])) as ChangeValues),
      conflict,
    })),
    userErrors: p.userErrors.map(([index, ref, field, code, message]) => ({ index, ref, field, code, message })),
  };
}
