import { EntityManager } from 'typeorm';
import { ConnectionResult, pageRequest } from '../../common/connection';
import { paginate } from '../../common/keyset';
import { containsPattern, LIKE_ESCAPE } from '../../common/sql-like';
import { Database } from '../../db/data-source';
import { Actor } from '../change/actor';
import { Indicator } from '../indicator/indicator.entity';
import { Phase } from '../phase/phase.entity';
import { applyObjectiveFilter, assertCanRead } from './objective-filter';
import { ObjectiveFilter } from './objective-filter.input';
import { Objective } from './objective.entity';
import { ItemsArgs, ObjectivesArgs } from './objective.input';


/** Reads objectives (schede), and their indicators and phases across objectives, filtered and paginated. */
export class ObjectiveService {
  constructor(private readonly db: Database) {}

  private get em(): EntityManager {
    return this.db.manager;
  }

  /** The objective with this code in the planning view with this code, or null. */
  async findByKey(actor: Actor, planningViewCode: string, code: string): Promise<Objective | null> {
    const o = await this.em
      .createQueryBuilder(Objective, 'o')
      .innerJoin('o.planningView', 'pv')
      .where('pv.code = :pv AND o.code = :code', { pv: planningViewCode, code })
      .getOne();
    if (o) assertCanRead(actor, o);
    return o;
  }

  /** Objectives in code order (then id), filtered, as a cursor connection. */
  async list(actor: Actor, args: ObjectivesArgs, extra: (qb: ReturnType<EntityManager['createQueryBuilder']>) => void = () => undefined): Promise<ConnectionResult<Objective>> {
    const page = pageRequest(args);
    const filter: ObjectiveFilter = { ...(args.filter ?? {}), planningView: args.filter?.planningView ?? args.planningView, kind: args.filter?.kind ?? args.kind };
    const qb = this.em.createQueryBuilder(Objective, 'o');
    extra(qb);
    await applyObjectiveFilter(this.em, qb, filter, actor);
    return paginate(qb, page, 'o.code', 'o.id', (o) => o.code, (o) => o.id);
  }

  /** Indicators across the objectives a filter selects, in objective code order. */
  async indicators(actor: Actor, args: ItemsArgs): Promise<ConnectionResult<Indicator>> {
    const page = pageRequest(args);
    const qb = this.em.createQueryBuilder(Indicator, 'i').innerJoinAndSelect('i.objective', 'o');
    await applyObjectiveFilter(this.em, qb, args.filter, actor);
    if (args.search?.trim()) qb.andWhere(`i.description LIKE :isearch ${LIKE_ESCAPE}`, { isearch: containsPattern(args.search) });
    return paginate(qb, page, 'o.code', 'i.id', (i) => i.objective?.code ?? '', (i) => i.id);
  }

  /** Phases across the objectives a filter selects, in objective code order. */
  async phases(actor: Actor, args: ItemsArgs): Promise<ConnectionResult<Phase>> {
    const page = pageRequest(args);
    const qb = this.em.createQueryBuilder(Phase, 'ph').innerJoinAndSelect('ph.objective', 'o');
    await applyObjectiveFilter(this.em, qb, args.filter, actor);
    if (args.search?.trim()) qb.andWhere(`ph.description LIKE :psearch ${LIKE_ESCAPE}`, { psearch: containsPattern(args.search) });
    return paginate(qb, page, 'o.code', 'ph.id', (p) => p.objective?.code ?? '', (p) => p.id);
  }
}
