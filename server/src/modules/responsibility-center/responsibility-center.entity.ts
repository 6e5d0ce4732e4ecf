import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Centro di Responsabilità (CdR): the office accountable for objectives ("SETTORE RISORSE E PATRIMONIO"). */
@ObjectType({ implements: Node, description: 'Centro di Responsabilità (CdR): the office accountable for objectives.' })
@Entity('responsibility_center')
export class ResponsibilityCenter {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { nullable: true, description: 'Codice CdR preferred by pegaso (the first code seen: 09_UO_2020); documents use others, see aliases.' })
  @Column({ type: 'varchar', length: 100, nullable: true, unique: true })
  code!: string | null;

  @Field({ description: 'Denominazione: UNITA\' ORGANIZZATIVA STAFF DEL SINDACO E DELLA GIUNTA.' })
  @Column({ type: 'varchar', length: 500 })
  name!: string;
}

/** A code or name under which a document refers to a CdR: "09_U_P3", "U_09", an abbreviated name. */
@Entity('responsibility_center_alias')
export class ResponsibilityCenterAlias {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Normalised: upper case, no accents or punctuation, single spaces (see `aliasKey`). */
  @Column({ type: 'varchar', length: 500, unique: true })
  aliasKey!: string;

  /** As printed. */
  @Column({ type: 'varchar', length: 500 })
  alias!: string;

  @Index()
  @Column({ type: 'int' })
  responsibilityCenterId!: number;

  @ManyToOne(() => ResponsibilityCenter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'responsibilityCenterId' })
  responsibilityCenter?: ResponsibilityCenter;
}
