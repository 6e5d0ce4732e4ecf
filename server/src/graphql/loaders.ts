import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, ObjectLiteral, EntityTarget } from 'typeorm';
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

/** A value made once per data source (readers, sort plans) and shared by every request's loaders. */
function perDataSource<T>(make: (ds: DataSource) => T): (ds: DataSource) => T {
  const made = new WeakMap<DataSource, T>();
  return (ds) => {
    let value = made.get(ds);
    if (value === undefined) made.set(ds, (value = make(ds)));
    return value;
  };
}

/** A factory of loaders of rows by id (null for a missing id). */
function byId<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>) {
  const readerFor = perDataSource((ds) => readerOf(ds, entity, UNREAD_BY_FIELDS));
  return (em: EntityManager) => {
    const reader = readerFor(em.connection);
    return new PeekLoader<number, T | null>(async (ids) => {
      const rows = await reader.whereIn(em, 'id', ids);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  };
}

/**
 * A factory of loaders of the rows of each parent (`fk`), in `order`. Rows ordered by integer
 * columns ending with the id are sorted here, per parent, rather than by the database: MariaDB
 * sorts a join with the key list in a temporary table (on disk with TEXT columns).
 */
function manyBy<T extends ObjectLiteral>(entity: EntityTarget<T>, fk: keyof T & string, order: Record<string, 'ASC' | 'DESC'>) {
  const orderBy = Object.entries(order);
  const compare = compareBy<T>(orderBy);
  const planFor = perDataSource((ds) => {
    const reader = readerOf(ds, entity, UNREAD_BY_FIELDS);
    const sortHere = reader.sortsExactly(orderBy);
    return { reader, sortHere, sqlOrder: sortHere ? [] : orderBy };
  });
  return (em: EntityManager) => {
    const { reader, sortHere, sqlOrder } = planFor(em.connection);
    return new PeekLoader<number, T[]>(async (keys) => {
      const rows = await reader.whereIn(em, fk, keys, sqlOrder);
      const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
      for (const r of rows) groups.get(r[fk] as number)?.push(r);
      return keys.map((k) => {
        const group = groups.get(k) ?? [];
        return sortHere && group.length > 1 ? group.sort(compare) : group;
      });
    });
  };
}

const currentValuesPlan = perDataSource((ds) => {
  const reader = readerOf(ds, IndicatorValue, UNREAD_BY_FIELDS);
  const q = (name: string) => reader.q(name);
  const [indicatorId, year, role] = [q('indicatorId'), q('year'), q('role')];
  const maxYear = (a: string, where: string) => `(SELECT MAX(${a}.${year}) FROM ${reader.table} ${a} WHERE ${a}.${indicatorId} = k.value${where})`;
  const tail =
    `JOIN ${idTable(ds)} ON t.${indicatorId} = k.value` +
    ` AND t.${year} = COALESCE(${maxYear('e', ` AND e.${role} = '${ValueRole.EXPECTED}'`)}, ${maxYear('a', '')})`;
  return { reader, tail };
});

/**
 * The values of each indicator's current year, every role and period of it: the latest year with an
 * expected value, else the latest year of any value (as `currentYear` picks it, each MAX an index
 * seek). What year/expected/achieved/achievedFor read: on a list page about half the rows of
 * valuesByIndicator, and no sort.
 */
function currentValuesByIndicator(em: EntityManager) {
  const { reader, tail } = currentValuesPlan(em.connection);
  return new PeekLoader<number, IndicatorValue[]>(async (keys) => {
    const rows = await reader.where(em, tail, [idsParam(keys)]); // DataLoader's keys are unique (its cache is on)
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

/** How each per-request loader is made; a request uses a few of them, made on first use. */
const FACTORIES = {
  planningView: byId(PlanningView),
  objective: byId(Objective),
  person: byId(Person),
  responsibilityCenter: byId(ResponsibilityCenter),
  strategicGoal: byId(StrategicGoal),
  sourceDocument: byId(SourceDocument),
  phasesByObjective: manyBy(Phase, 'objectiveId', { position: 'ASC', id: 'ASC' }),
  indicatorsByObjective: manyBy(Indicator, 'objectiveId', { position: 'ASC', id: 'ASC' }),
  valuesByIndicator: manyBy(IndicatorValue, 'indicatorId', { year: 'ASC', role: 'ASC', period: 'ASC', id: 'ASC' }),
  currentValuesByIndicator,
  budgetLinesByObjective: manyBy(BudgetLine, 'objectiveId', { position: 'ASC', id: 'ASC' }),
  involvedPeopleByObjective: manyBy(InvolvedPerson, 'objectiveId', { position: 'ASC', id: 'ASC' }),
  strategicLinksByObjective: manyBy(ObjectiveStrategicLink, 'objectiveId', { position: 'ASC', id: 'ASC' }),
  user: byId(User),
  periodsByView: manyBy(MonitoringPeriod, 'planningViewId', { position: 'ASC' }),
  historyByBatch: manyBy(ChangeRecord, 'batchId', { id: 'ASC' }),
  historyByObjective: manyBy(ChangeRecord, 'objectiveId', { id: 'DESC' }),
  historyByEntity,
  analysis: analysisByObjective,
  goalsByParent: manyBy(StrategicGoal, 'parentId', { code: 'ASC' }),
  aliasesByCenter: manyBy(ResponsibilityCenterAlias, 'responsibilityCenterId', { id: 'ASC' }),
};

/** Per-request DataLoaders: field resolvers reach the database only through these, one query per batch. */
export type Loaders = { readonly [K in keyof typeof FACTORIES]: ReturnType<(typeof FACTORIES)[K]> };

const MANAGER = Symbol('entityManager');

// Getters on the prototype, each replaced by the loader on first read: making a request's loaders
// costs one small object, not twenty property definitions.
class LazyLoaders {
  readonly [MANAGER]: EntityManager;

  constructor(em: EntityManager) {
    this[MANAGER] = em;
  }
}
for (const [key, make] of Object.entries(FACTORIES) as Array<[string, (em: EntityManager) => unknown]>) {
  Object.defineProperty(LazyLoaders.prototype, key, {
    configurable: true,
    get(this: LazyLoaders) {
      const value = make(this[MANAGER]);
      Object.defineProperty(this, key, { value, enumerable: true });
      return value;
    },
  });
}

/** This request's loaders over an entity manager. */
export function createLoaders(em: EntityManager): Loaders {
  return new LazyLoaders(em) as unknown as Loaders;
}
