import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Node } from '../node/node.interface';

/** The stored answer of a push: the payload without its batch (see change.types.ts), packed (stored-answer.ts). */
export type PushChangesResponse = { format?: number; status: string; appliedCount: number; results: unknown; userErrors: unknown[]; batch?: unknown };

export enum ChangeSource {
  ADDIN = 'ADDIN',
  API = 'API',
  IMPORT = 'IMPORT',
  REVERT = 'REVERT',
  WORKFLOW = 'WORKFLOW',
}
registerEnumType(ChangeSource, {
  name: 'ChangeSource',
  description: 'Da dove arriva una modifica: add-in Excel, API, import, annullamento, workflow.',
  valuesConfig: {
    ADDIN: { description: 'Add-in Excel: a push from the workbook.' },
    API: { description: 'API: a push from another client with an API token.' },
    IMPORT: { description: 'Import: loaded from the exported schede.' },
    REVERT: { description: 'Annullamento: the revert of an earlier batch.' },
    WORKFLOW: { description: 'Workflow: a move in the ciclo di approvazione.' },
  },
});

export enum BatchStatus {
  APPLIED = 'APPLIED',
  PARTIAL = 'PARTIAL',
  REJECTED = 'REJECTED',
}
registerEnumType(BatchStatus, {
  name: 'BatchStatus',
  description: 'APPLIED: every row written; PARTIAL: the valid rows written (mode PARTIAL); REJECTED: nothing written.',
  valuesConfig: {
    APPLIED: { description: 'Applicato: every row written.' },
    PARTIAL: { description: 'Parziale: only the valid rows written (mode PARTIAL).' },
    REJECTED: { description: 'Rifiutato: nothing written.' },
  },
});

/** Lotto di modifiche: one push (or revert, import, workflow action), idempotent per client batch id. */
@ObjectType({ implements: Node, description: 'Lotto di modifiche: one push, revert or workflow action, as recorded.' })
@Entity('change_batch')
@Unique('UQ_change_batch_client', ['userId', 'clientBatchId'])
export class ChangeBatch {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field({ description: 'The id the client chose for the push; a retried push with the same id applies once.' })
  @Column({ type: 'varchar', length: 100 })
  clientBatchId!: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  userId!: number | null;

  @Field(() => ChangeSource, { description: 'Origine: where the batch came from.' })
  @Column({ type: 'varchar', length: 10 })
  source!: ChangeSource;

  @Field({ description: 'ALL_OR_NOTHING or PARTIAL.' })
  @Column({ type: 'varchar', length: 20 })
  mode!: string;

  @Field(() => BatchStatus, { description: 'Esito del lotto: applied, partial or rejected.' })
  @Column({ type: 'varchar', length: 10 })
  status!: BatchStatus;

  @Field(() => Int, { description: 'Rows written.' })
  @Column({ type: 'int', default: 0 })
  appliedCount!: number;

  /** The answer given to the first request, returned again to a retry, packed (stored-answer.ts); JSON: a 5,000-row answer outgrows a TEXT column. */
  @Column({ type: 'json', nullable: true })
  response!: Omit<PushChangesResponse, 'batch'> | null;

  /** The batch this one undoes (revertBatch). */
  @Column({ type: 'int', nullable: true })
  revertsBatchId!: number | null;

  @Field({ description: 'Quando.' })
  @CreateDateColumn()
  createdAt!: Date;
}
