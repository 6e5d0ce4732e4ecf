import { ConnectionResult } from '../../common/connection';
import { Database } from '../../db/data-source';
import { Actor } from '../change/actor';
import { goalIdsBelow } from '../objective/objective-filter';
import { Objective } from '../objective/objective.entity';
import { ObjectivesArgs } from '../objective/objective.input';
import { ObjectiveService } from '../objective/objective.service';
import { StrategicGoal, StrategicLevelEnum } from './strategic-goal.entity';

/** Reads the strategic cascade (mandato → missione → programma, indirizzo → obiettivo strategico → operativo). */
export class StrategicGoalService {
  constructor(private readonly db: Database) {}

  /** Goals with this code (one per level); with a level, at most one. */
  find(code: string, level?: StrategicLevelEnum | null): Promise<StrategicGoal[]> {
    return this.db.manager.find(StrategicGoal, { where: level ? { code, level } : { code }, order: { level: 'ASC' } });
  }

  /** Goals of a level, or the roots of the cascade (goals without a parent), by code. */
  list(level?: StrategicLevelEnum | null): Promise<StrategicGoal[]> {
    const qb = this.db.manager.createQueryBuilder(StrategicGoal, 'g').orderBy('g.code', 'ASC');
    if (level) qb.where('g.level = :level', { level });
    else qb.where('g.parentId IS NULL');
    return qb.getMany();
  }

  /** Objectives linked to the goal or to any goal below it. */
  async objectives(actor: Actor, goal: StrategicGoal, args: ObjectivesArgs): Promise<ConnectionResult<Objective>> {
    const ids = await goalIdsBelow(this.db.manager, goal.id);
    return new ObjectiveService(this.db).list(actor, args, (qb) =>
      qb.andWhere('o.id IN (SELECT gl.objectiveId FROM objective_strategic_link gl WHERE gl.strategicGoalId IN (:...goalIds))', { goalIds: ids }),
    );
  }
}
