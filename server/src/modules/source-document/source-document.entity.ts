import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DATE_COLUMN } from '../../db/columns';

/** Documento di origine: an exported schede document that was imported, identified by its content hash. */
@ObjectType({ implements: Node, description: 'Documento di origine: an imported export of schede.' })
@Entity('source_document')
export class SourceDocument {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field({ description: 'Nome del file.' })
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Field({ description: 'SHA-256 of the content, hex.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  contentHash!: string;

  @Field(() => String, { nullable: true, description: 'Layout recognised: tabular, markdown, ocr-ptpc, pdftotext, template, json.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  layout!: string | null;

  @Field(() => String, { nullable: true, description: 'Titolo as printed: SCHEDA OBIETTIVI, SCHEDA PTPC, ...' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Livello as printed.' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  level!: string | null;

  @Field(() => String, { nullable: true, description: 'Centro di Responsabilità parameter as printed.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  responsibilityCenterFilter!: string | null;

  @Field(() => String, { nullable: true, description: 'Data elaborazione (ISO date).' })
  @Column(DATE_COLUMN)
  elaborationDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Protocollo: numero.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  protocolNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Protocollo: data (ISO date).' })
  @Column(DATE_COLUMN)
  protocolDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Protocollo: classificazione.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  protocolClassification!: string | null;

  @Column({ type: 'int', nullable: true })
  planningViewId!: number | null;

  @Field({ description: 'Importato il.' })
  @CreateDateColumn()
  importedAt!: Date;
}
