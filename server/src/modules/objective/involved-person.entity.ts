import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DATE_COLUMN, DECIMAL_TEXT_LENGTH } from '../../db/columns';
import { Person } from '../person/person.entity';
import { Objective } from './objective.entity';

/** Soggetto coinvolto: a person working on an objective, with their relation and impegno %. */
@ObjectType({ implements: Node, description: 'Soggetto coinvolto in un obiettivo.' })
@Entity('involved_person')
export class InvolvedPerson {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  objectiveId!: number;

  @ManyToOne(() => Objective, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objectiveId' })
  objective?: Objective;

  @Index()
  @Column({ type: 'int' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'personId' })
  person?: Person;

  @Column({ type: 'int' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'Relazione: Posizione Organizzativa, ...' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  relation!: string | null;

  /** Impegno %, canonical decimal text. */
  @Column({ type: 'varchar', length: DECIMAL_TEXT_LENGTH, nullable: true })
  commitmentPercent!: string | null;

  @Field(() => String, { nullable: true, description: 'Dal (ISO date).' })
  @Column(DATE_COLUMN)
  start!: string | null;

  @Field(() => String, { nullable: true, description: 'Al (ISO date).' })
  @Column(DATE_COLUMN)
  end!: string | null;
}
