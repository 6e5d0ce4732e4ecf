import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { bigintCents } from '../../db/columns';
import { BudgetDirectionEnum } from '../budget-line/budget-line.entity';

/**
 * Capitolo di bilancio as the accounting system lists it: the appropriation (stanziamento di
 * competenza), residui and cassa of a capitolo/articolo in a year, amounts in cents.
 */
@ObjectType({ description: "Capitolo/articolo del bilancio as exported by the accounting system." })
@Entity('budget_chapter')
@Unique('UQ_budget_chapter_key', ['year', 'direction', 'chapter', 'article'])
export class BudgetChapter {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => Int, { description: 'Esercizio.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => BudgetDirectionEnum, { description: 'Direzione: ENTRATA (income) or SPESA (expense).' })
  @Column({ type: 'varchar', length: 10 })
  direction!: BudgetDirectionEnum;

  @Field({ description: 'Capitolo.' })
  @Column({ type: 'varchar', length: 30 })
  chapter!: string;

  @Field({ description: 'Articolo; empty for the whole capitolo.' })
  @Column({ type: 'varchar', length: 30, default: '' })
  article!: string;

  @Field(() => String, { nullable: true, description: 'Descrizione.' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Titolo: "1".' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Macroaggregato (spesa) or tipologia (entrata): "03", "01".' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true, description: 'Missione: "01".' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  mission!: string | null;

  @Field(() => String, { nullable: true, description: 'Programma: "03".' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  program!: string | null;

  @Field(() => String, { nullable: true, description: 'Piano dei conti code as exported: "U.1.03.02.99.999".' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  accountPlanCode!: string | null;

  /** Stanziamento di competenza, cents. */
  @Column({ type: 'bigint', transformer: bigintCents, default: 0 })
  appropriationCents!: number;

  /** Residui, cents. */
  @Column({ type: 'bigint', transformer: bigintCents, nullable: true })
  residualCents!: number | null;

  /** Cassa, cents. */
  @Column({ type: 'bigint', transformer: bigintCents, nullable: true })
  cashCents!: number | null;

  @Field(() => String, { nullable: true, description: 'File the row was last imported from.' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  sourceFile!: string | null;

  @UpdateDateColumn()
  updatedAt!: Date;
}
