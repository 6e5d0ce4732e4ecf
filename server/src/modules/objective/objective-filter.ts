import { EntityManager, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { containsPattern, LIKE_ESCAPE } from '../../common/sql-like';
import { aliasKey, personKey } from '../../import/names';
import { Person } from '../person/person.entity';
import { ResponsibilityCenter, ResponsibilityCenterAlias } from '../responsibility-center/responsibility-center.entity';
import { StrategicGoal } from '../strategic-goal/strategic-goal.entity';
import { Actor } from '../change/actor';
import { Role } from '../user/user.entity';
import { analyseObjectives } from './analysis/objective-analysis';
import { ObjectiveFilter } from './objective-filter.input';
import { Objective } from './objective.entity';


/** The CdR named by a code, an alias or its name; null if none. */
export async function findCenter(em: EntityManager, label: string): Promise<ResponsibilityCenter | null> {
  const byCode = await em.findOneBy(ResponsibilityCenter, { code: label.trim() });
  if (byCode) return byCode;
  const alias = await em.findOneBy(ResponsibilityCenterAlias, { aliasKey: aliasKey(label) });
  return alias ? em.findOneBy(ResponsibilityCenter, { id: alias.responsibilityCenterId }) : null;
}

/** A goal (by code, any level) and every goal below it in the cascade. */
export async function goalWithDescendants(em: EntityManager, code: string): Promise<number[]> {
  const goals = await em.find(StrategicGoal, { select: { id: true, code: true, parentId: true } });
  return descendants(goals, goals.filter((g) => g.code === code.trim()).map((g) => g.id));
}

/** Goal ids below (and including) the given ones. */
export async function goalIdsBelow(em: EntityManager, id: number): Promise<number[]> {
  return descendants(await em.find(StrategicGoal, { select: { id: true, code: true, parentId: true } }), [id]);
}

function descendants(goals: StrategicGoal[], roots: number[]): number[] {
  const out = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const g of goals) if (g.parentId !== null && out.has(g.parentId) && !out.has(g.id)) grew = out.add(g.id) !== null;
  }
  return [...out];
}

/**
 * Narrows a query whose objective alias is `o` by a filter and by what the actor may read (an
 * EDITOR reads the schede of its CdRs only). Computed filters (achievement, checks) are applied
 * by analysing the matching objectives in bulk.
 */
export async function applyObjectiveFilter<T extends ObjectLiteral>(
  em: EntityManager,
  qb: SelectQueryBuilder<T>,
  filter: ObjectiveFilter | null | undefined,
  actor: Actor,
): Promise<SelectQueryBuilder<T>> {
  const f = filter ?? {};
  const none = () => qb.andWhere('1 = 0');
  if (actor.role === Role.EDITOR) {
    if (actor.centerIds.length === 0) return none();
    qb.andWhere('o.responsibilityCenterId IN (:...actorCenters)', { actorCenters: actor.centerIds });
  }
  if (f.planningView || f.year != null) {
    qb.innerJoin('o.planningView', 'pv');
    if (f.planningView) qb.andWhere('pv.code = :pvCode', { pvCode: f.planningView });
    if (f.year != null) qb.andWhere('pv.year = :pvYear', { pvYear: f.year });
  }
  if (f.codes) {
    const codes = [...new Set(f.codes.map((c) => c.trim()).filter((c) => c !== ''))];
    if (codes.length === 0) return none();
    qb.andWhere('o.code IN (:...filterCodes)', { filterCodes: codes });
  }
  if (f.kind) qb.andWhere('o.kind = :kind', { kind: f.kind });
  if (f.status) qb.andWhere('o.status = :status', { status: f.status });
  if (f.workflowState) qb.andWhere('o.workflowState = :wf', { wf: f.workflowState });
  if (f.assessorato) qb.andWhere(`o.assessorato LIKE :ass ${LIKE_ESCAPE}`, { ass: containsPattern(f.assessorato) });
  if (f.responsibilityCenter) {
    const center = await findCenter(em, f.responsibilityCenter);
    if (!center) return none();
    qb.andWhere('o.responsibilityCenterId = :centerId', { centerId: center.id });
  }
  if (f.responsible) {
    const person = await em.findOneBy(Person, { nameKey: personKey(f.responsible) });
    if (!person) return none();
    qb.andWhere('o.responsibleId = :personId', { personId: person.id });
  }
  if (f.strategicGoal) {
    const goals = await goalWithDescendants(em, f.strategicGoal);
    if (goals.length === 0) return none();
    qb.andWhere('o.id IN (SELECT l.objectiveId FROM objective_strategic_link l WHERE l.strategicGoalId IN (:...goals))', { goals });
  }
  if (f.search?.trim()) {
    const words = f.search.trim().split(/\s+/).slice(0, 8);
    words.forEach((w, n) => {
      const p = `search${n}`;
      qb.andWhere(
        `(o.code LIKE :${p} ${LIKE_ESCAPE} OR o.title LIKE :${p} ${LIKE_ESCAPE} OR o.implementationMode LIKE :${p} ${LIKE_ESCAPE} OR o.implementationStatus LIKE :${p} ${LIKE_ESCAPE}` +
          ` OR o.id IN (SELECT si.objectiveId FROM indicator si WHERE si.description LIKE :${p} ${LIKE_ESCAPE})` +
          ` OR o.id IN (SELECT sp.objectiveId FROM phase sp WHERE sp.description LIKE :${p} ${LIKE_ESCAPE}))`,
        { [p]: containsPattern(w) },
      );
    });
  }
  if (f.achievementBelow != null || f.achievementAtLeast != null || f.failingCheck) {
    const candidates = await em.createQueryBuilder(Objective, 'o').where(`o.id IN (${qb.clone().select('o.id').getQuery()})`).setParameters(qb.getParameters()).getMany();
    const analyses = await analyseObjectives(em, candidates);
    const keep = candidates
      .filter((o) => {
        const a = analyses.get(o.id);
        if (!a) return false;
        if (f.achievementBelow != null && !(a.achievement !== null && a.achievement < f.achievementBelow)) return false;
        if (f.achievementAtLeast != null && !(a.achievement !== null && a.achievement >= f.achievementAtLeast)) return false;
        if (f.failingCheck && !a.checks.some((c) => f.failingCheck === 'ANY' || c.code === f.failingCheck)) return false;
        return true;
      })
      .map((o) => o.id);
    if (keep.length === 0) return none();
    qb.andWhere('o.id IN (:...computedIds)', { computedIds: keep });
  }
  return qb;
}

/** Refuses an EDITOR reading a scheda of a CdR not assigned to it. */
export function assertCanRead(actor: Actor, objective: Objective): void {
  if (actor.role === Role.EDITOR && (objective.responsibilityCenterId === null || !actor.centerIds.includes(objective.responsibilityCenterId))) {
    throw new DomainError(ErrorCode.FORBIDDEN, `La scheda ${objective.code} appartiene a un centro di responsabilità non assegnato.`);
  }
}

