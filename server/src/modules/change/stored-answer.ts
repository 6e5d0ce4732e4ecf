import { BatchStatus, PushChangesResponse } from './change-batch.entity';
import { ChangeOutcome } from './change-record.entity';
import { FIELDS } from './change-targets';
import { ChangeResult, ChangeValues, Conflict, UserError } from './change.types';

/**
 * The answer of a push as stored on its batch for retries (ChangeBatch.response), in a packed
 * form, since writing a 5,000-row answer is what it costs. Format 3: the results by column, a
 * column left out when it says nothing (every index its position, no refs, no conflicts), one
 * outcome when all share it; about half the JSON of format 2 (results as tuples), itself a third
 * of the objects. Answers stored in format 2, or as the objects (format absent), are still read.
 */
type PackedValues = [string | null, string | null, string | null, string | null, string | null];
type PackedResult = [number, string | null, string, ChangeOutcome, number | null, PackedValues | null, Conflict | null];
type PackedError = [number | null, string | null, string, string, string];

/** The results of an answer by column (format 3). */
interface PackedResults {
  count: number;
  /** Left out when every result's index is its position. */
  index?: number[];
  /** Left out when no result has a ref. */
  ref?: Array<string | null>;
  id: string[];
  /** One outcome when every result has it. */
  outcome: ChangeOutcome | ChangeOutcome[];
  version: Array<number | null>;
  /** Per editable field (FIELDS order) the results' current values, null when none has one. */
  current: Array<Array<string | null> | null>;
  /** Positions of the results without current values (rows not found); left out when none. */
  noCurrent?: number[];
  /** [position, conflict] of the results with a conflict; left out when none. */
  conflicts?: Array<[number, Conflict]>;
}

/** The answer as ChangeBatch.response holds it. */
export interface PackedAnswer {
  format: 3;
  status: BatchStatus;
  appliedCount: number;
  results: PackedResults;
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
  const n = a.results.length;
  const index = new Array<number>(n);
  const ref = new Array<string | null>(n);
  const id = new Array<string>(n);
  const outcome = new Array<ChangeOutcome>(n);
  const version = new Array<number | null>(n);
  const current = FIELDS.map(() => new Array<string | null>(n));
  const noCurrent: number[] = [];
  const conflicts: Array<[number, Conflict]> = [];
  let ordered = true;
  let refs = false;
  let oneOutcome = true;
  const some = FIELDS.map(() => false);
  for (let k = 0; k < n; k++) {
    const r = a.results[k];
    index[k] = r.index;
    if (r.index !== k) ordered = false;
    ref[k] = r.ref;
    if (r.ref !== null) refs = true;
    id[k] = r.id;
    outcome[k] = r.outcome;
    if (r.outcome !== outcome[0]) oneOutcome = false;
    version[k] = r.version;
    const c = r.current;
    if (!c) noCurrent.push(k);
    for (let f = 0; f < FIELDS.length; f++) {
      const v = c?.[FIELDS[f]] ?? null;
      current[f][k] = v;
      if (v !== null) some[f] = true;
    }
    if (r.conflict) conflicts.push([k, r.conflict]);
  }
  const results: PackedResults = {
    count: n,
    id,
    outcome: oneOutcome && n > 0 ? outcome[0] : outcome,
    version,
    current: current.map((values, f) => (some[f] ? values : null)),
  };
  if (!ordered) results.index = index;
  if (refs) results.ref = ref;
  if (noCurrent.length) results.noCurrent = noCurrent;
  if (conflicts.length) results.conflicts = conflicts;
  return { format: 3, status: a.status, appliedCount: a.appliedCount, results, userErrors: a.userErrors.map((e) => [e.index, e.ref, e.field, e.code, e.message]) };
}

/** The answer a batch stored, packed (format 3 or 2) or (stored before packing) as the objects themselves. */
export function unpackAnswer(stored: Omit<PushChangesResponse, 'batch'>): Answer {
  const format = (stored as { format?: number }).format;
  if (format === 3) return unpack3(stored as unknown as PackedAnswer);
  if (format !== 2) return stored as unknown as Answer;
  const p = stored as unknown as { status: BatchStatus; appliedCount: number; results: PackedResult[]; userErrors: PackedError[] };
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
    userErrors: unpackErrors(p.userErrors),
  };
}

function unpack3(p: PackedAnswer): Answer {
  const r = p.results;
  const noCurrent = new Set(r.noCurrent);
  const conflicts = new Map(r.conflicts);
  const results: ChangeResult[] = new Array(r.count);
  for (let k = 0; k < r.count; k++) {
    let current: ChangeValues | null = null;
    if (!noCurrent.has(k)) {
      current = {};
      for (let f = 0; f < FIELDS.length; f++) current[FIELDS[f]] = r.current[f]?.[k] ?? null;
    }
    results[k] = {
      index: r.index ? r.index[k] : k,
      ref: r.ref ? r.ref[k] : null,
      id: r.id[k],
      outcome: typeof r.outcome === 'string' ? r.outcome : r.outcome[k],
      version: r.version[k],
      current,
      conflict: conflicts.get(k) ?? null,
    };
  }
  return { status: p.status, appliedCount: p.appliedCount, results, userErrors: unpackErrors(p.userErrors) };
}

function unpackErrors(errors: PackedError[]): UserError[] {
  return errors.map(([index, ref, field, code, message]) => ({ index, ref, field, code, message }));
}
