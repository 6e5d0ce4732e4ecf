import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { requireUser } from '../user/auth-checker';
import { User } from '../user/user.entity';
import { actorOf } from './actor';
import { ChangeBatch } from './change-batch.entity';
import { ChangeRecord } from './change-record.entity';
import { PushChangesInput } from './change.input';
import { ChangeService } from './change.service';
import { PushChangesPayload } from './change.types';
import { HistoryService } from './history.service';
import { RevertService } from './revert.service';

@Resolver()
export class ChangeResolver {
  @Authorized()
  @Mutation(() => PushChangesPayload, {
    description: 'Invia modifiche: valori raggiunti, note, avanzamento e date effettive delle fasi, in one transaction. Conflicts and invalid values come back per row.',
  })
  pushChanges(
    // No class-validator constraints on these input types: skipping the validation pass is free of effect (ChangeService checks the values).
    @Arg('input', { description: 'Le modifiche and how to apply them.', validate: false }) input: PushChangesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PushChangesPayload> {
    return new ChangeService(ctx.db).pushChanges(actorOf(requireUser(ctx)), input);
  }

  @Authorized()
  @Mutation(() => PushChangesPayload, { description: 'Annulla un invio: restores the previous values; rows changed since are refused as conflicts.' })
  revertBatch(@Arg('id', () => ID, { description: 'Global id of the batch to undo.' }) id: string, @Ctx() ctx: RequestContext): Promise<PushChangesPayload> {
    return new RevertService(ctx.db).revertBatch(actorOf(requireUser(ctx)), id);
  }

  @Authorized()
  @Query(() => ChangeBatch, { nullable: true, description: 'Un invio with its recorded changes.' })
  batch(@Arg('id', () => ID, { description: 'Global id of the batch.' }) id: string, @Ctx() ctx: RequestContext): Promise<ChangeBatch | null> {
    return new HistoryService(ctx.db).batch(actorOf(requireUser(ctx)), id);
  }
}

@Resolver(() => ChangeBatch)
export class ChangeBatchResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() b: ChangeBatch): string {
    return toGlobalId('ChangeBatch', b.id);
  }

  @FieldResolver(() => [ChangeRecord], { description: 'Every change the batch recorded, applied or refused.' })
  records(@Root() b: ChangeBatch, @Ctx() ctx: RequestContext): Promise<ChangeRecord[]> {
    return ctx.loaders.historyByBatch.load(b.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Chi ha inviato.' })
  user(@Root() b: ChangeBatch, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return b.userId === null ? null : ctx.loaders.user.load(b.userId);
  }
}

@Resolver(() => ChangeRecord)
export class ChangeRecordResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() r: ChangeRecord): string {
    return toGlobalId('ChangeRecord', r.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The batch (invio) the change belongs to.' })
  batchId(@Root() r: ChangeRecord): string | null {
    return r.batchId === null ? null : toGlobalId('ChangeBatch', r.batchId);
  }

  @FieldResolver(() => ID, { description: 'Global id of the changed row.' })
  entityId(@Root() r: ChangeRecord): string {
    return toGlobalId(r.entityType as 'Phase', r.entityId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Chi.' })
  user(@Root() r: ChangeRecord, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return r.userId === null ? null : ctx.loaders.user.load(r.userId);
  }
}
