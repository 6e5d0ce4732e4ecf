import { EntityManager } from 'typeorm';
import { fromGlobalId } from '../../common/global-id';
import { ValueKindEnum, ValueRole } from '../indicator/indicator-value.entity';
import { WorkflowState } from '../objective/objective.entity';
import { selectByIds } from './change-sql';

/** The editable fields of each kind of row a push can change. */
export const EDITABLE_FIELDS = {
  IndicatorValue: ['achieved'],
  Indicator: ['note'],
  Phase: ['progress', 'actualStart', 'actualEnd', 'note'],
} as const;

export type TargetType = keyof typeof EDITABLE_FIELDS;
export type EditableField = 'achieved' | 'note' | 'progress' | 'actualStart' | 'actualEnd';

/** Every editable field, in the order history rows and stored answers list them. */
export const FIELDS: readonly EditableField[] = ['achieved', 'note', 'progress', 'actualStart', 'actualEnd'];

/** The scheda a pushed row belongs to: what permission and workflow checks need. */
export interface TargetObjective {
  id: number;
  code: string;
  workflowState: WorkflowState;
  responsibilityCenterId: number | null;
}

/** The columns of an indicator value (valore atteso or raggiunto) a push reads and writes. */
export interface ValueRow {
  id: number;
  indicatorId: number;
  version: number;
  role: ValueRole;
  year: number;
  raw: string | null;
  kind: ValueKindEnum;
  numberValue: string | null;
}

/** The columns of an indicator a push reads and writes (its note). */
export interface IndicatorRow {
  id: number;
  objectiveId: number;
  version: number;
  note: string | null;
}

/** The columns of a fase a push reads and writes: avanzamento %, actual ISO dates, note. */
export interface PhaseRow {
  id: number;
  objectiveId: number;
  version: number;
  progress: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  note: string | null;
}

/** A row a change points at, with what deciding on it needs. */
export type Target =
  | { type: 'IndicatorValue'; id: number; row: ValueRow; objective: TargetObjective; targetKind: ValueKindEnum; description: string }
  | { type: 'Indicator'; id: number; row: IndicatorRow; objective: TargetObjective }
  | { type: 'Phase'; id: number; row: PhaseRow; objective: TargetObjective };

/** The rows a push points at, by kind of row and id. */
export type Targets = Record<TargetType, Map<number, Target>>;

/** Reads a global id of a pushable row, or null when it is not one. */
export function decodeTarget(globalId: string): { type: TargetType; id: number } | null {
  try {
    const { type, id } = fromGlobalId(globalId);
    return type in EDITABLE_FIELDS ? { type: type as TargetType, id } : null;
  } catch {
    return null;
  }
}

/** The current editable values of a target, as history and payloads show them. */
export function currentValues(t: Target): Record<EditableField, string | null> {
  if (t.type === 'IndicatorValue') return { achieved: t.row.raw, note: null, progress: null, actualStart: null, actualEnd: null };
  if (t.type === 'Indicator') return { achieved: null, note: t.row.note, progress: null, actualStart: null, actualEnd: null };
  return { achieved: null, note: t.row.note, progress: t.row.progress, actualStart: t.row.actualStart, actualEnd: t.row.actualEnd };
}

const OBJECTIVE_COLUMNS = { objectiveId: 'o.id', objectiveCode: 'o.code', workflowState: 'o.workflowState', responsibilityCenterId: 'o.responsibilityCenterId' };

type Joined<T> = T & { objectiveId: number; objectiveCode: string; workflowState: WorkflowState; responsibilityCenterId: number | null };

function objectiveOf(r: Joined<object>, cache: Map<number, TargetObjective>): TargetObjective {
  const id = Number(r.objectiveId);
  let o = cache.get(id);
  if (!o) cache.set(id, (o = { id, code: r.objectiveCode, workflowState: r.workflowState, responsibilityCenterId: r.responsibilityCenterId === null ? null : Number(r.responsibilityCenterId) }));
  return o;
}

/**
 * Loads every row the changes point at, with its scheda: one query per kind of row. A row whose
 * indicator or scheda is gone is left out (NOT_FOUND).
 */
export async function loadTargets(em: EntityManager, refs: Array<{ type: TargetType; id: number }>): Promise<Targets> {
  const ids = { IndicatorValue: new Set<number>(), Indicator: new Set<number>(), Phase: new Set<number>() };
  for (const r of refs) ids[r.type].add(r.id);
  const objectives = new Map<number, TargetObjective>();
  const out: Targets = { IndicatorValue: new Map(), Indicator: new Map(), Phase: new Map() };

  // One row per value and expected value of its indicator (usually one; none leaves expectedId null).
  type ValueJoined = Joined<
    ValueRow & { description: string; indicatorNote: string | null; expectedId: number | null; expectedYear: number | null; expectedPeriod: string | null; expectedKind: ValueKindEnum | null }
  >;
  const values = await selectByIds<ValueJoined>(em, [...ids.IndicatorValue], {
    columns: {
      id: 'v.id',
      indicatorId: 'v.indicatorId',
      version: 'v.version',
      role: 'v.role',
      year: 'v.year',
      raw: 'v.raw',
      kind: 'v.kind',
      numberValue: 'v.numberValue',
      description: 'i.description',
      indicatorNote: 'i.note',
      ...OBJECTIVE_COLUMNS,
      expectedId: 'e.id',
      expectedYear: 'e.year',
      expectedPeriod: 'e.period',
      expectedKind: 'e.kind',
    },
    table: 'indicator_value v',
    idColumn: 'v.id',
    joins: "JOIN indicator i ON i.id = v.indicatorId JOIN objective o ON o.id = i.objectiveId LEFT JOIN indicator_value e ON e.indicatorId = v.indicatorId AND e.role = 'EXPECTED'",
  });
  // The valore atteso a value is read against: its indicator's of the same year, else its
  // earliest (by year, period, id).
  type Expected = { sameYear: boolean; year: number; period: string; id: number; kind: ValueKindEnum };
  const before = (a: Expected, b: Expected) =>
    a.sameYear !== b.sameYear ? a.sameYear : a.year !== b.year ? a.year < b.year : a.period !== b.period ? a.period < b.period : a.id < b.id;
  const expected = new Map<number, Expected>();
  for (const r of values) {
    const id = Number(r.id);
    if (!out.IndicatorValue.has(id)) {
      const row: ValueRow = { id, indicatorId: Number(r.indicatorId), version: Number(r.version), role: r.role, year: Number(r.year), raw: r.raw, kind: r.kind, numberValue: r.numberValue };
      const description = `${r.description} ${r.indicatorNote ?? ''}`;
      out.IndicatorValue.set(id, { type: 'IndicatorValue', id, row, objective: objectiveOf(r, objectives), targetKind: r.kind, description });
    }
    if (r.expectedId === null || r.expectedKind === null) continue;
    const year = Number(r.expectedYear);
    const e: Expected = { sameYear: year === Number(r.year), year, period: String(r.expectedPeriod), id: Number(r.expectedId), kind: r.expectedKind };
    const best = expected.get(id);
    if (!best || before(e, best)) expected.set(id, e);
  }
  for (const [id, e] of expected) (out.IndicatorValue.get(id) as Target & { targetKind: ValueKindEnum }).targetKind = e.kind;

  const indicators = await selectByIds<Joined<IndicatorRow>>(em, [...ids.Indicator], {
    columns: { id: 'i.id', version: 'i.version', note: 'i.note', ...OBJECTIVE_COLUMNS },
    table: 'indicator i',
    idColumn: 'i.id',
    joins: 'JOIN objective o ON o.id = i.objectiveId',
  });
  for (const r of indicators) {
    const row: IndicatorRow = { id: Number(r.id), objectiveId: Number(r.objectiveId), version: Number(r.version), note: r.note };
    out.Indicator.set(row.id, { type: 'Indicator', id: row.id, row, objective: objectiveOf(r, objectives) });
  }

  const phases = await selectByIds<Joined<PhaseRow>>(em, [...ids.Phase], {
    columns: { id: 'p.id', version: 'p.version', progress: 'p.progress', actualStart: 'p.actualStart', actualEnd: 'p.actualEnd', note: 'p.note', ...OBJECTIVE_COLUMNS },
    table: 'phase p',
    idColumn: 'p.id',
    joins: 'JOIN objective o ON o.id = p.objectiveId',
  });
  for (const r of phases) {
    const row: PhaseRow = { id: Number(r.id), objectiveId: Number(r.objectiveId), version: Number(r.version), progress: r.progress, actualStart: r.actualStart, actualEnd: r.actualEnd, note: r.note };
    out.Phase.set(row.id, { type: 'Phase', id: row.id, row, objective: objectiveOf(r, objectives) });
  }
  return out;
}
