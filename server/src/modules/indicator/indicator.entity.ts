import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Objective } from '../objective/objective.entity';

export enum Polarity {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
registerEnumType(Polarity, {
  name: 'Polarity',
  description: 'Polarità: whether a higher valore raggiunto is better (most indicators) or a lower one ("entro 5 giorni").',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'Più è meglio: achieved above the target is a success (the default).' },
    LOWER_IS_BETTER: { description: 'Meno è meglio: achieved below the target is a success ("entro 5 giorni").' },
  },
});

/** Indicatore: a measure of an objective with its valore atteso and raggiunto (rows in IndicatorValue). */
@ObjectType({ implements: Node, description: 'Indicatore di un obiettivo.' })
@Entity('indicator')
export class Indicator {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  objectiveId!: number;

  @ManyToOne(() => Objective, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objectiveId' })
  objective?: Objective;

  @Field(() => Int, { description: 'Posizione nella scheda, from 1.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'Descrizione.' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Tipo: EFFICACIA, EFFICIENZA, RISULTATO, ...' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  type!: string | null;

  @Field(() => Polarity, { description: 'Polarità; defaults to HIGHER_IS_BETTER, users may change it.' })
  @Column({ type: 'varchar', length: 20, default: Polarity.HIGHER_IS_BETTER })
  polarity!: Polarity;

  @Field(() => String, { nullable: true, description: 'Unità di misura: %, giorni, euro, ...' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The values of the user-editable fields as last imported: an edit made in pegaso since then survives a re-import. */
  @Column({ type: 'simple-json', nullable: true })
  importBaseline!: Record<string, string | null> | null;

  @Field(() => Int, { description: 'Versione of the indicator\'s own fields (description, note, polarity).' })
  @VersionColumn()
  version!: number;

  @UpdateDateColumn()
  updatedAt!: Date;
}
