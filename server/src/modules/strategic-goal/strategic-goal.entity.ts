import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { STRATEGIC_LEVELS, StrategicLevel } from '../../import/schede';

export enum StrategicLevelEnum {
  MANDATO = 'MANDATO',
  MISSIONE = 'MISSIONE',
  PROGRAMMA = 'PROGRAMMA',
  INDIRIZZO_STRATEGICO = 'INDIRIZZO_STRATEGICO',
  OBIETTIVO_STRATEGICO = 'OBIETTIVO_STRATEGICO',
  OBIETTIVO_OPERATIVO = 'OBIETTIVO_OPERATIVO',
  AREA_TEMATICA = 'AREA_TEMATICA',
  VALORE_PUBBLICO = 'VALORE_PUBBLICO',
}
registerEnumType(StrategicLevelEnum, {
  name: 'StrategicLevel',
  description: 'Livello della cascata strategica: mandato → missione → programma, or indirizzo → obiettivo strategico → operativo.',
  valuesConfig: {
    MANDATO: { description: 'Obiettivo di mandato: DUP_10.' },
    MISSIONE: { description: 'Obiettivo di missione: DUP_10_0101.' },
    PROGRAMMA: { description: 'Obiettivo di programma: DUP_10_0101_1103.' },
    INDIRIZZO_STRATEGICO: { description: 'Indirizzo strategico: the top of the SeS cascade.' },
    OBIETTIVO_STRATEGICO: { description: 'Obiettivo strategico, below an indirizzo strategico.' },
    OBIETTIVO_OPERATIVO: { description: 'Obiettivo operativo, below an obiettivo strategico.' },
    AREA_TEMATICA: { description: 'Area tematica.' },
    VALORE_PUBBLICO: { description: 'Valore pubblico: the PIAO public-value dimension.' },
  },
});
export const STRATEGIC_LEVEL_ORDER: readonly StrategicLevel[] = STRATEGIC_LEVELS;

/** Obiettivo strategico: a node of the strategic cascade (DUP_10 → DUP_10_0101 → DUP_10_0101_1103). */
@ObjectType({ implements: Node, description: 'Obiettivo della cascata strategica (mandato, missione, programma, ...), a tree.' })
@Entity('strategic_goal')
@Unique('UQ_strategic_goal_level_code', ['level', 'code'])
export class StrategicGoal {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field({ description: 'Codice as printed without spaces: DUP_10_0101; unique within its level.' })
  @Column({ type: 'varchar', length: 150 })
  code!: string;

  @Field(() => StrategicLevelEnum, { description: 'Livello nella cascata.' })
  @Column({ type: 'varchar', length: 32 })
  level!: StrategicLevel;

  @Field(() => String, { nullable: true, description: 'Titolo.' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  title!: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => StrategicGoal, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parentId' })
  parent?: StrategicGoal | null;
}
