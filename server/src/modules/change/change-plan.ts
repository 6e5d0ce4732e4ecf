import { ValueKindEnum } from '../indicator/indicator-value.entity';
import { WorkflowState } from '../objective/objective.entity';
import { ChangeOutcome } from './change-record.entity';
import { checkDateOrder, parseAchieved, parseDateInput, parseNote, parseProgress, Parsed } from './change-values';
import { ChangeInput } from './change.input';
import { currentValues, EDITABLE_FIELDS, EditableField, FIELDS, Target, Targets, TargetType } from './change-targets';
import { Actor, canEditObjective } from './actor';

/** One change decided: what to write, or why not. */
export interface PlannedChange {
  index: number;
  input: ChangeInput;
  target: Target | null;
  outcome: ChangeOutcome;
  /** Field → new stored value, for APPLIED rows. */
  writes: Partial<Record<EditableField, string | null>>;
  /** For an IndicatorValue: the kind and number that go with the new raw text. */
  valueExtra?: { kind: ValueKindEnum; numberValue: string | null };
  /** Set when written: the values the row had before. */
  oldValues?: Record<EditableField, string | null>;
  /** Set when the change equals what the row already had: nothing written, nothing recorded. */
  noop?: boolean;
  errors: Array<{ field: string; code: string; message: string }>;
}


function provided(input: ChangeInput): EditableField[] {
  return FIELDS.filter((f) => input[f] !== undefined);
}

function refuse(p: PlannedChange, outcome: ChangeOutcome, field: string, code: string, message: string): PlannedChange {
  p.outcome = outcome;
  p.errors.push({ field, code, message });
  return p;
}

/**
 * Decides one change against the row as it is now: identity (`ref`, its decoded id, null when it
 * is not a pushable row's), permission, workflow state, the fields that row has, the version the
 * client saw, and the values themselves.
 */
export function planChange(
  index: number,
  input: ChangeInput,
  ref: { type: TargetType; id: number } | null,
  targets: Targets,
  actor: Actor,
  seen: Set<Target>,
): PlannedChange {
  const p: PlannedChange = { index, input, target: null, outcome: ChangeOutcome.APPLIED, writes: {}, errors: [] };
  if (!ref) return refuse(p, ChangeOutcome.INVALID, 'id', 'INVALID_ID', 'Identificativo non valido: ripetere il pull del foglio.');
  const target = targets[ref.type].get(ref.id);
  if (!target) return refuse(p, ChangeOutcome.INVALID, 'id', 'NOT_FOUND', 'La riga non esiste più sul server: ripetere il pull del foglio.');
  p.target = target;
  if (seen.has(target)) return refuse(p, ChangeOutcome.INVALID, 'id', 'DUPLICATE_CHANGE', 'La stessa riga compare due volte nello stesso invio.');
  seen.add(target);
  if (!canEditObjective(actor, target.objective)) {
    return refuse(p, ChangeOutcome.FORBIDDEN, 'id', 'FORBIDDEN', `Non si hanno i permessi per modificare la scheda ${target.objective.code}.`);
  }
  if (target.objective.workflowState === WorkflowState.VALIDATED) {
    return refuse(p, ChangeOutcome.FORBIDDEN, 'id', 'OBJECTIVE_VALIDATED', `La scheda ${target.objective.code} è validata dall'OIV: non si può modificare senza riaprirla.`);
  }
  if (target.type === 'IndicatorValue' && target.row.role !== 'ACHIEVED') {
    return refuse(p, ChangeOutcome.INVALID, 'achieved', 'FIELD_NOT_EDITABLE', 'Il valore atteso non si modifica da qui.');
  }
  const fields = provided(input);
  const allowed: readonly string[] = EDITABLE_FIELDS[target.type];
  const foreign = fields.filter((f) => !allowed.includes(f));
  for (const f of foreign) refuse(p, ChangeOutcome.INVALID, f, 'FIELD_NOT_EDITABLE', `Il campo ${f} non esiste per questa riga.`);
  if (foreign.length) return p;
  if (fields.length === 0) return refuse(p, ChangeOutcome.INVALID, 'id', 'NOTHING_TO_CHANGE', 'Nessun valore da modificare in questa riga.');
  if (target.row.version !== input.expectedVersion) {
    return refuse(p, ChangeOutcome.CONFLICT, fields[0], 'CONFLICT', 'Il valore è stato modificato da un altro utente dopo il pull: scegliere quale tenere.');
  }
  parseFields(p, target, fields);
  return p;
}

function parseFields(p: PlannedChange, target: Target, fields: EditableField[]): void {
  const take = <T extends string | null>(field: EditableField, parsed: Parsed<T>) => {
    if (parsed.ok) p.writes[field] = parsed.value;
    else refuse(p, ChangeOutcome.INVALID, field, parsed.problem.code, parsed.problem.message);
  };
  for (const f of fields) {
    const text = p.input[f] ?? null;
    if (f === 'achieved' && target.type === 'IndicatorValue') {
      const parsed = parseAchieved(text, target.targetKind, target.description);
      if (parsed.ok) {
        p.writes.achieved = parsed.value.raw;
        p.valueExtra = { kind: parsed.value.kind, numberValue: parsed.value.numberValue };
      } else refuse(p, ChangeOutcome.INVALID, f, parsed.problem.code, parsed.problem.message);
    } else if (f === 'note') take(f, parseNote(text));
    else if (f === 'progress') take(f, parseProgress(text));
    else take(f, parseDateInput(text));
  }
  if (target.type === 'Phase' && p.outcome === ChangeOutcome.APPLIED) {
    const now = currentValues(target);
    const start = 'actualStart' in p.writes ? p.writes.actualStart ?? null : now.actualStart;
    const end = 'actualEnd' in p.writes ? p.writes.actualEnd ?? null : now.actualEnd;
    const problem = checkDateOrder(start, end);
    if (problem) refuse(p, ChangeOutcome.INVALID, 'actualEnd' in p.writes ? 'actualEnd' : 'actualStart', problem.code, problem.message);
  }
}
