import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PlanningView } from './planning-view.entity';

/** Periodo di monitoraggio of a planning view: an intermediate check (30/06) or the final value (FINAL, 31/12). */
@ObjectType({ implements: Node, description: 'Periodo di monitoraggio: intermediate (e.g. 30/06) or final (31/12).' })
@Entity('monitoring_period')
@Unique('UQ_monitoring_period', ['planningViewId', 'code'])
export class MonitoringPeriod {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  planningViewId!: number;

  @ManyToOne(() => PlanningView, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planningViewId' })
  planningView?: PlanningView;

  @Field({ description: 'Codice: FINAL or the month-day of an intermediate check, "06-30".' })
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Field({ description: 'Etichetta: "Monitoraggio al 30/06", "Consuntivo al 31/12".' })
  @Column({ type: 'varchar', length: 100 })
  label!: string;

  @Field(() => Int, { description: 'Ordine.' })
  @Column({ type: 'int' })
  position!: number;
}
