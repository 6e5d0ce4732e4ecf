import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { StrategicGoal } from '../strategic-goal/strategic-goal.entity';
import { Objective } from './objective.entity';

/** Collegato a: an objective's link to a goal of the strategic cascade, in printed order. */
@Entity('objective_strategic_link')
@Unique('UQ_objective_strategic_link', ['objectiveId', 'strategicGoalId'])
export class ObjectiveStrategicLink {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  objectiveId!: number;

  @ManyToOne(() => Objective, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objectiveId' })
  objective?: Objective;

  @Index()
  @Column({ type: 'int' })
  strategicGoalId!: number;

  @ManyToOne(() => StrategicGoal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategicGoalId' })
  strategicGoal?: StrategicGoal;

  @Column({ type: 'int' })
  position!: number;
}
