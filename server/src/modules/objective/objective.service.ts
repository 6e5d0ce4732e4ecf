import { ConnectionResult, pageRequest } from '../../common/connection';
import { paginate } from '../../common/keyset';
import { Database } from '../../db/data-source';
import { Objective } from './objective.entity';
import { ObjectivesArgs } from './objective.input';

/** Reads objectives (schede) by their human key and as filtered, paginated lists. */
export class ObjectiveService {
  constructor(private readonly db: Database) {}

  /** The objective with this code in the planning view with this code, or null. */
  findByKey(planningViewCode: string, code: string): Promise<Objective | null> {
    return this.db.manager
      .createQueryBuilder(Objective, 'o')
      .innerJoin('o.planningView', 'pv')
      .where('pv.code = :pv AND o.code = :code', { pv: planningViewCode, code })
      .getOne();
  }

  /** Objectives in code order (then id), filtered, as a cursor connection. */
  list(args: ObjectivesArgs): Promise<ConnectionResult<Objective>> {
    const page = pageRequest(args);
    const qb = this.db.manager.createQueryBuilder(Objective, 'o');
    if (args.planningView) {
      qb.innerJoin('o.planningView', 'pv').andWhere('pv.code = :pv', { pv: args.planningView });
    }
    if (args.kind) qb.andWhere('o.kind = :kind', { kind: args.kind });
    return paginate(qb, page, 'o.code', 'o.id', (o) => o.code, (o) => o.id);
  }
}
