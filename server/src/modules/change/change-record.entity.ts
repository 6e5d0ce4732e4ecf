import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChangeSource } from './change-batch.entity';

export enum ChangeOutcome {
  APPLIED = 'APPLIED',
  CONFLICT = 'CONFLICT',
  INVALID = 'INVALID',
  FORBIDDEN = 'FORBIDDEN',
  NOT_APPLIED = 'NOT_APPLIED',
}
registerEnumType(ChangeOutcome, {
  name: 'ChangeOutcome',
  description: 'Esito of one change: written, refused for a conflict, invalid, forbidden, or not applied because the batch was refused.',
  valuesConfig: {
    APPLIED: { description: 'Applicata: the change was written.' },
    CONFLICT: { description: 'Conflitto: the row changed after the client pulled it; nothing written.' },
    INVALID: { description: 'Non valida: the value was refused (see the user error).' },
    FORBIDDEN: { description: 'Non consentita: the user may not edit this row, or the scheda is validated.' },
    NOT_APPLIED: { description: 'Non applicata: valid, but the ALL_OR_NOTHING batch was refused.' },
  },
});

/** Storico: one attempted change of one field, applied or not: who, when, from where, old → new. */
@ObjectType({ description: 'Voce dello storico: one attempted change of one field.' })
@Entity('change_record')
@Index('IDX_change_record_entity', ['entityType', 'entityId'])
export class ChangeRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int', nullable: true })
  batchId!: number | null;

  @Column({ type: 'int', nullable: true })
  userId!: number | null;

  @Field(() => ChangeSource, { description: 'Origine: where the change came from.' })
  @Column({ type: 'varchar', length: 10 })
  source!: ChangeSource;

  /** IndicatorValue, Indicator, Phase or Objective. */
  @Field({ description: 'Tipo di elemento modificato: IndicatorValue, Indicator, Phase, Objective.' })
  @Column({ type: 'varchar', length: 20 })
  entityType!: string;

  @Column({ type: 'int' })
  entityId!: number;

  @Index()
  @Column({ type: 'int' })
  objectiveId!: number;

  @Field({ description: 'Campo: raw, note, progress, actualStart, actualEnd, workflowState, ...' })
  @Column({ type: 'varchar', length: 50 })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Valore precedente.' })
  @Column({ type: 'text', nullable: true })
  oldValue!: string | null;

  @Field(() => String, { nullable: true, description: 'Valore nuovo (richiesto).' })
  @Column({ type: 'text', nullable: true })
  newValue!: string | null;

  @Field(() => ChangeOutcome, { description: 'Esito: applied or why not.' })
  @Column({ type: 'varchar', length: 12 })
  outcome!: ChangeOutcome;

  @Field(() => String, { nullable: true, description: 'Why a change was not applied.' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  message!: string | null;

  @Field({ description: 'Quando.' })
  @CreateDateColumn()
  createdAt!: Date;
}
