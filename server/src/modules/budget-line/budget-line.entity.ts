import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintCents } from '../../db/columns';
import { Objective } from '../objective/objective.entity';

export enum BudgetDirectionEnum {
  ENTRATA = 'ENTRATA',
  SPESA = 'SPESA',
}
registerEnumType(BudgetDirectionEnum, {
  name: 'BudgetDirection',
  description: 'Entrata (income) or spesa (expense).',
  valuesConfig: {
    ENTRATA: { description: 'Entrata: income.' },
    SPESA: { description: 'Spesa: expense.' },
  },
});

export enum CompetenceEnum {
  CP = 'CP',
  RS = 'RS',
}
registerEnumType(CompetenceEnum, {
  name: 'Competence',
  description: 'CP: competenza (this year\'s appropriations); RS: residui (carried over). Never summed together.',
  valuesConfig: {
    CP: { description: "Competenza: this year's appropriations." },
    RS: { description: 'Residui: carried over from earlier years.' },
  },
});

/** Risorsa finanziaria: a budget line of an objective on a capitolo/articolo, amount in cents. */
@ObjectType({ implements: Node, description: 'Risorsa finanziaria: a budget line of an objective on a capitolo/articolo.' })
@Entity('budget_line')
@Index('IDX_budget_line_key', ['year', 'direction', 'chapter', 'article', 'competence'])
export class BudgetLine {
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

  @Field(() => BudgetDirectionEnum, { description: 'Direzione: ENTRATA (income) or SPESA (expense).' })
  @Column({ type: 'varchar', length: 10 })
  direction!: BudgetDirectionEnum;

  @Field(() => Int, { description: 'Esercizio.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Cod. Bilancio: titolo + macroaggregato (spesa) or tipologia (entrata), "1 03".' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  budgetCode!: string | null;

  @Field({ description: 'Capitolo: "1040080".' })
  @Column({ type: 'varchar', length: 30 })
  chapter!: string;

  @Field({ description: 'Articolo: "1"; empty when the line is on the whole capitolo.' })
  @Column({ type: 'varchar', length: 30, default: '' })
  article!: string;

  @Field(() => CompetenceEnum, { description: 'Competenza: CP (this year) or RS (residui).' })
  @Column({ type: 'varchar', length: 2 })
  competence!: CompetenceEnum;

  @Field(() => String, { nullable: true, description: 'Descrizione as printed.' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Importo in cents. */
  @Column({ type: 'bigint', transformer: bigintCents })
  amountCents!: number;

  @Field(() => String, { nullable: true, description: 'Legacy codice ministeriale (pre-2015): "1.01.03.03".' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  ministerialCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Legacy capitolo code (pre-2015): "EX913172001".' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  legacyCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Piano dei conti, level II ("p. f. 1.03"); must equal the Cod. Bilancio.' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  accountPlanCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Missione.programma ("mis. prog. 01.03").' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  missionProgram!: string | null;
}
