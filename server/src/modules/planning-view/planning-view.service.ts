import { Database } from '../../db/data-source';
import { PlanningView } from './planning-view.entity';

/** Reads planning views (viste). */
export class PlanningViewService {
  constructor(private readonly db: Database) {}

  /** Every planning view, by code. */
  list(): Promise<PlanningView[]> {
    return this.db.manager.find(PlanningView, { order: { code: 'ASC' } });
  }
}
