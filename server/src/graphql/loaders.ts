import DataLoader from 'dataloader';
import { EntityManager, In, ObjectLiteral, EntityTarget } from 'typeorm';
import { compareBy, readerOf, UNREAD_BY_FIELDS } from '../db/entity-reader';
import { idsParam, idTable } from '../db/id-table';
import { BudgetLine } from '../modules/budget-line/budget-line.entity';
import { IndicatorValue, ValueRole } from '../modules/indicator/indicator-value.entity';
import { Indicator } from '../modules/indicator/indicator.entity';
import { InvolvedPerson } from '../modules/objective/involved-person.entity';
import { ObjectiveStrategicLink } from '../modules/objective/objective-strategic-link.entity';
import { Objective } from '../modules/objective/objective.entity';
import { Person } from '../modules/person/person.entity';
import { Phase } from '../modules/phase/phase.entity';
import { PlanningView } from '../modules/planning-view/planning-view.entity';
import { ResponsibilityCenter, ResponsibilityCenterAlias } from '../modules/responsibility-center/responsibility-center.entity';
import { SourceDocument } from '../modules/source-document/source-document.entity';
import { StrategicGoal } from '../modules/strategic-goal/strategic-goal.entity';
import { ChangeRecord } from '../modules/change/change-record.entity';
import { User } from '../modules/user/user.entity';
import { analyseObjectives, ObjectiveAnalysis } from '../modules/objective/analysis/objective-analysis';
import { MonitoringPeriod } from '../modules/planning-view/monitoring-period.entity';

/**
 * A DataLoader that also answers synchronously for keys it has loaded: a field resolver whose data
 * was prefetched returns a value, not a promise (thousands fewer promises on a page of 1,000 rows).
 */
export class PeekLoader<K, V> extends DataLoader<K, V> {
  private readonly loaded: Map<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<V[]>) {
    const loaded = new Map<K, V>();
    super(async (keys) => {
      const values = await batch(keys);
      keys.forEach((k, i) => loaded.set(k, values[i]));
      return values;
    });
    this.loaded = loaded;
  }

  /** The value of a key already loaded, or undefined. */
  peek(key: K): V | undefined {
    return this.loaded.get(key);
  }

  /** `then(value)` now if the key is loaded, else once it is. */
  with<R>(key: K, then: (value: V) => R): R | Promise<R> {
    const v = this.loaded.get(key);
    return v !== undefined ? then(v) : this.load(key).then(then);
  }
}

function byId<T extends ObjectLiteral & { id: number }>(em: EntityManager, entity: EntityTarget<T>) {
  const reader = readerOf(em.connection, entity, UNREAD_BY_FIELDS);
  return new PeekLoader<number, T | null>(async (ids) => {
    const rows = await reader.whereIn(em, 'id', ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

// Rows ordered by integer columns ending with the id are sorted here, per key, rather than by the
// database: MariaDB sorts a join with the key list in a temporary table (on disk with TEXT columns).
function manyBy<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, fk: keyof T & string, order: Record<string, 'ASC' | 'DESC'>) {
  const reader = readerOf(em.connection, entity, UNREAD_BY_FIELDS);
  const orderBy = Object.entries(order);
  const sortHere = reader.sortsExactly(orderBy);
  const compare = compareBy<T>(orderBy);
  return new PeekLoader<number, T[]>(async (keys) => {
    const rows = await reader.whereIn(em, fk, keys, sortHere ? [] : orderBy);
    const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(r[fk] as number)?.push(r);
    return keys.map((k) => {
      const group = groups.get(k) ?? [];
      return sortHere && group.length > 1 ? group.sort(compare) : group;
    });
  });
}

/**
 * The values of each indicator's current year, every role and period of it: the latest year with an
 * expected value, else the latest year of any value (as `currentYear` picks it, each MAX an index
 * seek). What year/expected/achieved/achievedFor read: on a list page about half the rows of
 * valuesByIndicator, and no sort.
 */
function currentValuesByIndicator(em: EntityManager) {
  const ds = em.connection;
  const reader = readerOf(ds, IndicatorValue, UNREAD_BY_FIELDS);
  const q = (name: string) => reader.q(name);
  const [indicatorId, year, role] = [q('indicatorId'), q('year'), q('role')];
  const maxYear = (a: string, where: string) => `(SELECT MAX(${a}.${year}) FROM ${reader.table} ${a} WHERE ${a}.${indicatorId} = k.value${where})`;
  const tail =
    `JOIN ${idTable(ds)} ON t.${indicatorId} = k.value` +
    ` AND t.${year} = COALESCE(${maxYear('e', ` AND e.${role} = '${ValueRole.EXPECTED}'`)}, ${maxYear('a', '')})`;
  return new PeekLoader<number, IndicatorValue[]>(async (keys) => {
    const rows = await reader.where(em, tail, [idsParam(keys)]);
    const groups = new Map<number, IndicatorValue[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(r.indicatorId)?.push(r);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** The history of rows keyed "Type:id" (IndicatorValue:12, Phase:3, ...), newest first. */
function historyByEntity(em: EntityManager) {
  return new DataLoader<string, ChangeRecord[]>(async (keys) => {
    const pairs = keys.map((k) => ({ entityType: k.split(':')[0], entityId: Number(k.split(':')[1]) }));
    const rows = await em.find(ChangeRecord, { where: pairs, order: { id: 'DESC' } });
    const groups = new Map<string, ChangeRecord[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(`${r.entityType}:${r.entityId}`)?.push(r);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Computed analysis of objectives (progress, achievement, checks, totals), a fixed number of queries per batch. */
function analysisByObjective(em: EntityManager) {
  return new DataLoader<number, ObjectiveAnalysis | null>(async (ids) => {
    const objectives = await em.findBy(Objective, { id: In([...ids]) });
    const analyses = await analyseObjectives(em, objectives);
    return ids.map((id) => analyses.get(id) ?? null);
  });
}

/** An object whose properties are made on first read (a request uses a few of its twenty loaders). */
function lazily<T extends Record<string, () => unknown>>(factories: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const out = {} as Record<string, unknown>;
  for (const [key, make] of Object.entries(factories)) {
    Object.defineProperty(out, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = make();
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out as { readonly [K in keyof T]: ReturnType<T[K]> };
}

/** Per-request DataLoaders: field resolvers reach the database only through these, one query per batch. */
export function createLoaders(em: EntityManager) {
  return lazily({
    planningView: () => byId(em, PlanningView),
    objective: () => byId(em, Objective),
    person: () => byId(em, Person),
    responsibilityCenter: () => byId(em, ResponsibilityCenter),
    strategicGoal: () => byId(em, StrategicGoal),
    sourceDocument: () => byId(em, SourceDocument),
    phasesByObjective: () => manyBy(em, Phase, 'objectiveId', { position: 'ASC', id: 'ASC' }),
    indicatorsByObjective: () => manyBy(em, Indicator, 'objectiveId', { position: 'ASC', id: 'ASC' }),
    valuesByIndicator: () => manyBy(em, IndicatorValue, 'indicatorId', { year: 'ASC', role: 'ASC', period: 'ASC', id: 'ASC' }),
    currentValuesByIndicator: () => currentValuesByIndicator(em),
    budgetLinesByObjective: () => manyBy(em, BudgetLine, 'objectiveId', { position: 'ASC', id: 'ASC' }),
    involvedPeopleByObjective: () => manyBy(em, InvolvedPerson, 'objectiveId', { position: 'ASC', id: 'ASC' }),
    strategicLinksByObjective: () => manyBy(em, ObjectiveStrategicLink, 'objectiveId', { position: 'ASC', id: 'ASC' }),
    user: () => byId(em, User),
    periodsByView: () => manyBy(em, MonitoringPeriod, 'planningViewId', { position: 'ASC' }),
    historyByBatch: () => manyBy(em, ChangeRecord, 'batchId', { id: 'ASC' }),
    historyByObjective: () => manyBy(em, ChangeRecord, 'objectiveId', { id: 'DESC' }),
    historyByEntity: () => historyByEntity(em),
    analysis: () => analysisByObjective(em),
    goalsByParent: () => manyBy(em, StrategicGoal, 'parentId', { code: 'ASC' }),
    aliasesByCenter: () => manyBy(em, ResponsibilityCenterAlias, 'responsibilityCenterId', { id: 'ASC' }),
  });
}

export type Loaders = ReturnType<typeof createLoaders>;
