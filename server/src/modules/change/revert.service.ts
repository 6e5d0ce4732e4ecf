import { DomainError, ErrorCode } from '../../common/domain-error';
import { fromGlobalId } from '../../common/global-id';
import { Database } from '../../db/data-source';
import { Role } from '../user/user.entity';
import { Actor } from './actor';
import { ChangeBatch, ChangeSource } from './change-batch.entity';
import { ChangeOutcome, ChangeRecord } from './change-record.entity';
import { currentValues, EditableField, loadTargets, TargetType } from './change-targets';
import { ChangeInput, PushMode } from './change.input';
import { PushChangesPayload } from './change.types';
import { ChangeService } from './change.service';

/** Undoes a push: writes back the old values, as a new recorded batch; rows changed since are refused. */
export class RevertService {
  constructor(private readonly db: Database) {}

  async revertBatch(actor: Actor, batchGlobalId: string): Promise<PushChangesPayload> {
    const { id } = fromGlobalId(batchGlobalId, 'ChangeBatch');
    const batch = await this.db.manager.findOneBy(ChangeBatch, { id });
    if (!batch) throw new DomainError(ErrorCode.NOT_FOUND, 'Invio non trovato.');
    const privileged = actor.role === Role.ADMIN || actor.role === Role.CONTROLLER;
    if (!privileged && batch.userId !== actor.userId) throw new DomainError(ErrorCode.FORBIDDEN, 'Si possono annullare solo i propri invii.');
    if (batch.source === ChangeSource.REVERT) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Questo invio è già un annullamento: inviare di nuovo i valori per ripristinarli.');
    const records = await this.db.manager.find(ChangeRecord, { where: { batchId: id, outcome: ChangeOutcome.APPLIED }, order: { id: 'ASC' } });
    if (records.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Questo invio non ha scritto nulla: niente da annullare.');

    const byEntity = new Map<string, ChangeRecord[]>();
    for (const r of records) byEntity.set(`${r.entityType}:${r.entityId}`, [...(byEntity.get(`${r.entityType}:${r.entityId}`) ?? []), r]);
    const targets = await loadTargets(
      this.db.manager,
      [...byEntity.keys()].map((k) => ({ type: k.split(':')[0] as TargetType, id: Number(k.split(':')[1]) })),
    );
    const changes: ChangeInput[] = [...byEntity.entries()].map(([key, recs]) => {
      const [type, entityId] = key.split(':');
      const target = targets[type as TargetType].get(Number(entityId));
      const input: ChangeInput = { id: toId(key), ref: key, expectedVersion: -1 };
      if (!target) return input;
      const now = currentValues(target);
      // A row whose value moved on since the push is left alone and reported as a conflict.
      const untouched = recs.every((r) => now[r.field as EditableField] === r.newValue);
      input.expectedVersion = untouched ? target.row.version : -1;
      for (const r of recs) input[r.field as EditableField] = r.oldValue ?? '';
      return input;
    });
    return new ChangeService(this.db).pushChanges(
      actor,
      { clientBatchId: `revert:${batch.id}`, mode: PushMode.PARTIAL, source: ChangeSource.REVERT, changes },
      { revertsBatchId: batch.id },
    );
  }
}

function toId(key: string): string {
  const [type, id] = key.split(':');
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}
