import { EntityManager, In } from 'typeorm';
import { fromGlobalId } from '../../common/global-id';
import { IndicatorValue, ValueKindEnum, ValueRole } from '../indicator/indicator-value.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Objective } from '../objective/objective.entity';
import { Phase } from '../phase/phase.entity';

/** The editable fields of each kind of row a push can change. */
export const EDITABLE_FIELDS = {
  IndicatorValue: ['achieved'],
  Indicator: ['note'],
  Phase: ['progress', 'actualStart', 'actualEnd', 'note'],
} as const;

export type TargetType = keyof typeof EDITABLE_FIELDS;
export type EditableField = 'achieved' | 'note' | 'progress' | 'actualStart' | 'actualEnd';

/** A row a change points at, with what deciding on it needs. */
export type Target =
  | { type: 'IndicatorValue'; id: number; row: IndicatorValue; objective: Objective; targetKind: ValueKindEnum; description: string }
  | { type: 'Indicator'; id: number; row: Indicator; objective: Objective }
  | { type: 'Phase'; id: number; row: Phase; objective: Objective };

const CHUNK = 500;
async function byIds<T>(ids: number[], load: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await load(ids.slice(i, i + CHUNK))));
  return out;
}

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
  const none = { achieved: null, note: null, progress: null, actualStart: null, actualEnd: null };
  if (t.type === 'IndicatorValue') return { ...none, achieved: t.row.raw };
  if (t.type === 'Indicator') return { ...none, note: t.row.note };
  return { ...none, note: t.row.note, progress: t.row.progress, actualStart: t.row.actualStart, actualEnd: t.row.actualEnd };
}

/** Loads every row the changes point at, in a few queries, keyed "Type:id". */
export async function loadTargets(em: EntityManager, refs: Array<{ type: TargetType; id: number }>): Promise<Map<string, Target>> {
  const ids = (type: TargetType) => [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
  const values = await byIds(ids('IndicatorValue'), (c) => em.findBy(IndicatorValue, { id: In(c) }));
  const phases = await byIds(ids('Phase'), (c) => em.findBy(Phase, { id: In(c) }));
  const indicatorIds = [...new Set([...ids('Indicator'), ...values.map((v) => v.indicatorId)])];
  const indicators = await byIds(indicatorIds, (c) => em.findBy(Indicator, { id: In(c) }));
  const expected = await byIds(indicatorIds, (c) => em.findBy(IndicatorValue, { indicatorId: In(c), role: ValueRole.EXPECTED }));
  const objectiveIds = [...new Set([...indicators.map((i) => i.objectiveId), ...phases.map((p) => p.objectiveId)])];
  const objectives = new Map((await byIds(objectiveIds, (c) => em.findBy(Objective, { id: In(c) }))).map((o) => [o.id, o]));
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));

  const expectedByIndicator = new Map<number, IndicatorValue[]>();
  for (const e of expected) (expectedByIndicator.get(e.indicatorId) ?? expectedByIndicator.set(e.indicatorId, []).get(e.indicatorId)!).push(e);
  const indicatorRefs = new Set(ids('Indicator'));

  const out = new Map<string, Target>();
  for (const v of values) {
    const ind = indicatorById.get(v.indicatorId);
    const objective = ind && objectives.get(ind.objectiveId);
    if (!ind || !objective) continue;
    const own = expectedByIndicator.get(ind.id) ?? [];
    const target = own.find((e) => e.year === v.year) ?? own[0];
    const targetKind = target?.kind ?? v.kind;
    out.set(`IndicatorValue:${v.id}`, { type: 'IndicatorValue', id: v.id, row: v, objective, targetKind, description: `${ind.description} ${ind.note ?? ''}` });
  }
  for (const i of indicators) {
    const objective = objectives.get(i.objectiveId);
    if (objective && indicatorRefs.has(i.id)) out.set(`Indicator:${i.id}`, { type: 'Indicator', id: i.id, row: i, objective });
  }
  for (const p of phases) {
    const objective = objectives.get(p.objectiveId);
    if (objective) out.set(`Phase:${p.id}`, { type: 'Phase', id: p.id, row: p, objective });
  }
  return out;
}
