import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node/node.interface';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { bigintCents, DECIMAL_TEXT_LENGTH } from '../../db/columns';
import { Person } from '../person/person.entity';
import { PlanningView } from '../planning-view/planning-view.entity';
import { ResponsibilityCenter } from '../responsibility-center/responsibility-center.entity';
import { SourceDocument } from '../source-document/source-document.entity';

export enum WorkflowState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHECKED = 'CHECKED',
  VALIDATED = 'VALIDATED',
}
registerEnumType(WorkflowState, {
  name: 'WorkflowState',
  description: 'Stato della scheda: DRAFT (responsabile) → SUBMITTED → CHECKED (controllo di gestione) → VALIDATED (OIV: frozen).',
  valuesConfig: {
    DRAFT: { description: 'Bozza: the responsabile is editing it.' },
    SUBMITTED: { description: 'Inviata: submitted to the controllo di gestione.' },
    CHECKED: { description: 'Verificata: checked by the controllo di gestione.' },
    VALIDATED: { description: 'Validata: validated by the OIV, frozen until reopened.' },
  },
});

export enum ObjectiveKindEnum {
  PEG_OBJECTIVE = 'PEG_OBJECTIVE',
  PERFORMANCE_OBJECTIVE = 'PERFORMANCE_OBJECTIVE',
  PTPC_PROCESS = 'PTPC_PROCESS',
  CDR_PROFILE = 'CDR_PROFILE',
}
registerEnumType(ObjectiveKindEnum, {
  name: 'ObjectiveKind',
  description: 'Livello della scheda: obiettivo di PEG, obiettivo di performance (PIAO sez. 2.2), processo PTPC, scheda CdR.',
  valuesConfig: {
    PEG_OBJECTIVE: { description: 'Obiettivo di PEG ("OBIETTIVO DI PEG").' },
    PERFORMANCE_OBJECTIVE: { description: 'Obiettivo di performance (PEG-PIAO sez. 2.2).' },
    PTPC_PROCESS: { description: 'Processo PTPC (anti-corruption plan), with its misure as fasi.' },
    CDR_PROFILE: { description: 'Scheda CdR: the profile of a Centro di Responsabilità.' },
  },
});

/** Obiettivo: a scheda of a planning view (PEG objective, PIAO performance objective, PTPC process, CdR profile). */
@ObjectType({ implements: Node, description: 'Obiettivo (scheda): a PEG or PIAO performance objective, a PTPC process or a CdR profile.' })
@Entity('objective')
@Unique('UQ_objective_view_code', ['planningViewId', 'code'])
export class Objective {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  planningViewId!: number;

  @ManyToOne(() => PlanningView, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planningViewId' })
  planningView?: PlanningView;

  @Field({ description: 'Codice, unique within the planning view: 2020_A01_00.' })
  @Column({ type: 'varchar', length: 100 })
  code!: string;

  @Field(() => ObjectiveKindEnum, { description: 'Tipo di scheda.' })
  @Column({ type: 'varchar', length: 32 })
  kind!: ObjectiveKindEnum;

  @Field(() => String, { nullable: true, description: 'Titolo / descrizione sintetica.' })
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Assessorato: the political portfolio.' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  assessorato!: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  responsibilityCenterId!: number | null;

  @ManyToOne(() => ResponsibilityCenter, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsibilityCenterId' })
  responsibilityCenter?: ResponsibilityCenter | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  responsibleId!: number | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsibleId' })
  responsible?: Person | null;

  @Field(() => String, { nullable: true, description: 'Tipo di obiettivo: Sviluppo, Mantenimento, ...' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Stato as printed: In Corso, ...' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'Modalità di attuazione.' })
  @Column({ type: 'text', nullable: true })
  implementationMode!: string | null;

  @Field(() => String, { nullable: true, description: 'Stato di attuazione: narrative of progress.' })
  @Column({ type: 'text', nullable: true })
  implementationStatus!: string | null;

  /** Totale entrate as printed on the scheda, cents. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintCents })
  declaredIncomeCents!: number | null;

  /** Totale spese as printed, cents. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintCents })
  declaredExpenseCents!: number | null;

  /** Saldo as printed, cents. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintCents })
  declaredBalanceCents!: number | null;

  /** PTPC livello di rischio, canonical decimal text ("3.56"). */
  @Column({ type: 'varchar', length: DECIMAL_TEXT_LENGTH, nullable: true })
  riskLevel!: string | null;

  /** Other printed fields worth keeping (stakeholders, PTPC measure type, ...). */
  @Column({ type: 'simple-json', nullable: true })
  extra!: Record<string, unknown> | null;

  /** The domain checks the scheda failed when it was imported (see import/checks.ts). */
  @Column({ type: 'simple-json', nullable: true })
  importWarnings!: Array<{ code: string; message: string }> | null;

  @Column({ type: 'int', nullable: true })
  sourceDocumentId!: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sourceDocumentId' })
  sourceDocument?: SourceDocument | null;

  @Field(() => WorkflowState, { description: 'Stato nel ciclo di approvazione; VALIDATED schede refuse pushes.' })
  @Column({ type: 'varchar', length: 12, default: WorkflowState.DRAFT })
  workflowState!: WorkflowState;

  /** Incremented on every change of the scheda's own fields. */
  @Field(() => Int, { description: 'Versione of the scheda\'s own fields and workflow state.' })
  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
