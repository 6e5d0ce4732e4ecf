import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DECIMAL_TEXT_LENGTH } from '../../db/columns';
import { Indicator } from './indicator.entity';

export enum ValueRole {
  EXPECTED = 'EXPECTED',
  ACHIEVED = 'ACHIEVED',
}
registerEnumType(ValueRole, {
  name: 'ValueRole',
  description: 'Valore atteso (EXPECTED) or valore raggiunto (ACHIEVED).',
  valuesConfig: {
    EXPECTED: { description: 'Valore atteso: the target.' },
    ACHIEVED: { description: 'Valore raggiunto: the achieved value.' },
  },
});

export enum ValueKindEnum {
  NUMBER = 'NUMBER',
  BOOLEAN = 'BOOLEAN',
  RATIO = 'RATIO',
  TEXT = 'TEXT',
}
registerEnumType(ValueKindEnum, {
  name: 'ValueKind',
  description: 'How the value reads: a number ("2.000,00"), yes/no (1/0), a ratio ("16/16") or free text ("fatto").',
  valuesConfig: {
    NUMBER: { description: 'Numero in Italian format: "2.000,00", a percent "50,00".' },
    BOOLEAN: { description: 'Sì/no: 1 or 0 ("si", "no", "fatto").' },
    RATIO: { description: 'Rapporto a/b: "16/16".' },
    TEXT: { description: 'Testo libero: "completata", "20 giorni".' },
  },
});

/** The period code of the final (31/12) value of a year; intermediate periods use their date, e.g. "06-30". */
export const FINAL_PERIOD = 'FINAL';

/**
 * Valore di un indicatore for one year and period: expected and achieved values of the current year
 * and achieved values of previous years all live here, as printed and as an exact number.
 */
@ObjectType({ implements: Node, description: 'Valore di un indicatore (atteso o raggiunto) per anno e periodo.' })
@Entity('indicator_value')
@Unique('UQ_indicator_value', ['indicatorId', 'role', 'year', 'period'])
// The values of an indicator's current year (a list page's) by seeking (indicator, year), not by reading every value of it.
@Index('IDX_indicator_value_year', ['indicatorId', 'year', 'role', 'period'])
export class IndicatorValue {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  indicatorId!: number;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicatorId' })
  indicator?: Indicator;

  @Field(() => ValueRole, { description: 'Ruolo del valore: atteso (EXPECTED) or raggiunto (ACHIEVED).' })
  @Column({ type: 'varchar', length: 10 })
  role!: ValueRole;

  @Field(() => Int, { description: 'Anno (esercizio).' })
  @Column({ type: 'int' })
  year!: number;

  @Field({ description: 'Periodo di monitoraggio: FINAL (31/12) or an intermediate date "06-30".' })
  @Column({ type: 'varchar', length: 20, default: FINAL_PERIOD })
  period!: string;

  @Field(() => String, { nullable: true, description: 'Testo as printed or typed: "2.000,00", "1/1", "fatto".' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  raw!: string | null;

  @Field(() => ValueKindEnum, { description: 'Tipo di valore: how the raw text is read.' })
  @Column({ type: 'varchar', length: 10 })
  kind!: ValueKindEnum;

  /** The exact number as canonical decimal text ("2000", "0.5"); null for TEXT or an empty value. */
  @Column({ type: 'varchar', length: DECIMAL_TEXT_LENGTH, nullable: true })
  numberValue!: string | null;

  /** The values of the user-editable fields as last imported: an edit made in pegaso since then survives a re-import. */
  @Column({ type: 'simple-json', nullable: true })
  importBaseline!: Record<string, string | null> | null;

  @Field(() => Int, { description: 'Versione: increases on every change; pushes must send the version they saw.' })
  @VersionColumn()
  version!: number;

  @UpdateDateColumn()
  updatedAt!: Date;
}
