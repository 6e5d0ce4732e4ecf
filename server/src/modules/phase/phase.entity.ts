import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DATE_COLUMN, DECIMAL_TEXT_LENGTH } from '../../db/columns';
import { Objective } from '../objective/objective.entity';
import { Person } from '../person/person.entity';
import { ResponsibilityCenter } from '../responsibility-center/responsibility-center.entity';

/** Fase: a phase of an objective with its peso (weight) and avanzamento (progress %), or a PTPC misura. */
@ObjectType({ implements: Node, description: 'Fase di un obiettivo (for PTPC processes, a misura).' })
@Entity('phase')
export class Phase {
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

  /** Peso, canonical decimal text. */
  @Column({ type: 'varchar', length: DECIMAL_TEXT_LENGTH, nullable: true })
  weight!: string | null;

  /** Avanzamento %, 0–100, canonical decimal text. */
  @Column({ type: 'varchar', length: DECIMAL_TEXT_LENGTH, nullable: true })
  progress!: string | null;

  @Field(() => String, { nullable: true, description: 'Inizio previsto (ISO date).' })
  @Column(DATE_COLUMN)
  plannedStart!: string | null;

  @Field(() => String, { nullable: true, description: 'Fine prevista (ISO date).' })
  @Column(DATE_COLUMN)
  plannedEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'Inizio effettivo (ISO date).' })
  @Column(DATE_COLUMN)
  actualStart!: string | null;

  @Field(() => String, { nullable: true, description: 'Fine effettiva (ISO date).' })
  @Column(DATE_COLUMN)
  actualEnd!: string | null;

  @Column({ type: 'int', nullable: true })
  responsibleId!: number | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsibleId' })
  responsible?: Person | null;

  @Column({ type: 'int', nullable: true })
  responsibilityCenterId!: number | null;

  @ManyToOne(() => ResponsibilityCenter, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsibilityCenterId' })
  responsibilityCenter?: ResponsibilityCenter | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Causale of a PTPC misura: "MISURA 1."' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  cause!: string | null;

  /** The values of the user-editable fields as last imported: an edit made in pegaso since then survives a re-import. */
  @Column({ type: 'simple-json', nullable: true })
  importBaseline!: Record<string, string | null> | null;

  @Field(() => Int, { description: 'Versione: increases on every change; pushes must send the version they saw.' })
  @VersionColumn()
  version!: number;

  @UpdateDateColumn()
  updatedAt!: Date;
}
