import { EntityManager } from 'typeorm';
import { fromGlobalId } from '../../common/global-id';
import { ValueKindEnum, ValueRole } from '../indicator/indicator-value.entity';
import { WorkflowState } from '../objective/objective.entity';
import { forceIndex, selectByIds } from './change-sql';

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

/** The columns of an indicator value (valore atteso or raggiunto) a push reads and decides on. */
export interface ValueRow {
  id: number;
  version: number;
  role: ValueRole;
  year: number;
  raw: string | null;
  kind: ValueKindEnum;
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

/**
 * Loads every row the changes point at, with its scheda: one query per kind of row and one for
 * their schede. A row whose indicator or scheda is gone is left out (NOT_FOUND).
 */
export async function loadTargets(em: EntityManager, refs: Array<{ type: TargetType; id: number }>): Promise<Targets> {
  const ids = { IndicatorValue: new Set<number>(), Indicator: new Set<number>(), Phase: new Set<number>() };
  for (const r of refs) ids[r.type].add(r.id);
  const out: Targets = { IndicatorValue: new Map(), Indicator: new Map(), Phase: new Map() };

  // One row per value and expected value of its indicator (usually one; none leaves e.id null).
  // MariaDB would find the expected values by the indicatorId index and read every value of the
  // indicator to keep the expected one; the unique key (indicatorId, role, ...) reads only those
  // (a third less time for 5,000 values).
  const values = await selectByIds(em, [...ids.IndicatorValue], {
    columns: ['v.id', 'v.version', 'v.role', 'v.year', 'v.raw', 'v.kind', 'i.description', 'i.note', 'i.objectiveId', 'e.id', 'e.year', 'e.period', 'e.kind'],
    table: 'indicator_value v',
    idColumn: 'v.id',
    joins: `JOIN indicator i ON i.id = v.indicatorId LEFT JOIN indicator_value e${forceIndex(em, 'UQ_indicator_value')} ON e.indicatorId = v.indicatorId AND e.role = 'EXPECTED'`,
  });
  const indicators = await selectByIds(em, [...ids.Indicator], { columns: ['i.id', 'i.version', 'i.note', 'i.objectiveId'], table: 'indicator i', idColumn: 'i.id' });
  const phases = await selectByIds(em, [...ids.Phase], {
    columns: ['p.id', 'p.version', 'p.progress', 'p.actualStart', 'p.actualEnd', 'p.note', 'p.objectiveId'],
    table: 'phase p',
    idColumn: 'p.id',
  });

  const objectiveIds = new Set<number>();
  for (const r of values) objectiveIds.add(Number(r[8]));
  for (const r of indicators) objectiveIds.add(Number(r[3]));
  for (const r of phases) objectiveIds.add(Number(r[6]));
  const objectives = new Map<number, TargetObjective>();
  for (const [id, code, workflowState, center] of await selectByIds(em, [...objectiveIds], {
    columns: ['o.id', 'o.code', 'o.workflowState', 'o.responsibilityCenterId'],
    table: 'objective o',
    idColumn: 'o.id',
  })) {
    objectives.set(Number(id), { id: Number(id), code: code as string, workflowState: workflowState as WorkflowState, responsibilityCenterId: center === null ? null : Number(center) });
  }

  // The valore atteso a value is read against: its indicator's of the same year, else its
  // earliest (by year, period, id).
  type Expected = { sameYear: boolean; year: number; period: string; id: number; kind: ValueKindEnum };
  const before = (a: Expected, b: Expected) =>
    a.sameYear !== b.sameYear ? a.sameYear : a.year !== b.year ? a.year < b.year : a.period !== b.period ? a.period < b.period : a.id < b.id;
  const expected = new Map<number, Expected>();
  for (const r of values) {
    const id = Number(r[0]);
    const objective = objectives.get(Number(r[8]));
    if (!objective) continue;
    const year = Number(r[3]);
    if (!out.IndicatorValue.has(id)) {
      const row: ValueRow = { id, version: Number(r[1]), role: r[2] as ValueRole, year, raw: r[4] as string | null, kind: r[5] as ValueKindEnum };
      out.IndicatorValue.set(id, { type: 'IndicatorValue', id, row, objective, targetKind: row.kind, description: `${r[6]} ${r[7] ?? ''}` });
    }
    if (r[9] === null || r[12] === null) continue;
    const expectedYear = Number(r[10]);
    const e: Expected = { sameYear: expectedYear === year, year: expectedYear, period: String(r[11]), id: Number(r[9]), kind: r[12] as ValueKindEnum };
    const best = expected.get(id);
    if (!best || before(e, best)) expected.set(id, e);
  }
  for (const [id, e] of expected) (out.IndicatorValue.get(id) as Target & { targetKind: ValueKindEnum }).targetKind = e.kind;

  for (const r of indicators) {
    const objective = objectives.get(Number(r[3]));
    if (!objective) continue;
    const row: IndicatorRow = { id: Number(r[0]), objectiveId: objective.id, version: Number(r[1]), note: r[2] as string | null };
    out.Indicator.set(row.id, { type: 'Indicator', id: row.id, row, objective });
  }
  for (const r of phases) {
    const objective = objectives.get(Number(r[6]));
    if (!objective) continue;
    const [id, version, progress, actualStart, actualEnd, note] = r as [number, number, string | null, string | null, string | null, string | null];
    const row: PhaseRow = { id: Number(id), objectiveId: objective.id, version: Number(version), progress, actualStart, actualEnd, note };
    out.Phase.set(row.id, { type: 'Phase', id: row.id, row, objective });
  }
  return out;
}
