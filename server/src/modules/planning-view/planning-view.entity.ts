import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Vista: one version of the plan (DUP_2020_2022, 2020_PTPC) that schede were printed from. */
@ObjectType({ implements: Node, description: 'Vista: one version of the plan that schede belong to, e.g. DUP_2020_2022.' })
@Entity('planning_view')
export class PlanningView {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field({ description: 'Codice della vista, as printed: DUP_2020_2022, 2020_PTPC.' })
  @Column({ type: 'varchar', length: 100, unique: true })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Descrizione della vista: "DUP 2020 2022".' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  label!: string | null;

  @Field(() => Int, { nullable: true, description: 'Esercizio: the budget year the view is about (first year of a DUP).' })
  @Column({ type: 'int', nullable: true })
  year!: number | null;

  /** How achievement is computed for this view (see objective/analysis/scores.ts); null = the default. */
  @Column({ type: 'simple-json', nullable: true })
  achievementSettings!: { indicatorWeight: number; phaseWeight: number } | null;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
