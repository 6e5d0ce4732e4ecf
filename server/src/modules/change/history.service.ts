import { DomainError, ErrorCode } from '../../common/domain-error';
import { fromGlobalId } from '../../common/global-id';
import { Database } from '../../db/data-source';
import { Role } from '../user/user.entity';
import { Actor } from './actor';
import { ChangeBatch } from './change-batch.entity';

/** Reads the history of changes: batches (invii) and their records. */
export class HistoryService {
  constructor(private readonly db: Database) {}

  /** A batch by global id; others' batches only for CONTROLLER and ADMIN. */
  async batch(actor: Actor, globalId: string): Promise<ChangeBatch | null> {
    const { id } = fromGlobalId(globalId, 'ChangeBatch');
    const batch = await this.db.manager.findOneBy(ChangeBatch, { id });
    if (batch && batch.userId !== actor.userId && actor.role !== Role.ADMIN && actor.role !== Role.CONTROLLER) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Si possono vedere solo i propri invii.');
    }
    return batch;
  }
}
