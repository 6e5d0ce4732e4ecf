import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../common/decimal-scalar';
import { toGlobalId } from '../../common/global-id';
import { centsToDecimal } from '../../common/italian-format';
import { BudgetDirectionEnum, CompetenceEnum } from '../budget-line/budget-line.entity';
import { ReconciliationFlag, ReconciliationReport, ReportRow, Subtotal } from './reconciliation-model';

registerEnumType(ReconciliationFlag, {
  name: 'ReconciliationFlag',
  description: 'Segnalazione della riconciliazione capitoli for the controllo di gestione.',
  valuesConfig: {
    UNASSIGNED: { description: 'Capitolo con stanziamento che nessun obiettivo usa.' },
    UNDER_ASSIGNED: { description: 'Le risorse degli obiettivi sommano meno dello stanziamento.' },
    OVER_ASSIGNED: { description: 'Le risorse degli obiettivi sommano più dello stanziamento.' },
    DUPLICATE_ASSIGNMENT: { description: 'Lo stesso capitolo/articolo e competenza su due o più obiettivi (regola 6).' },
    NOT_IN_BUDGET: { description: "Capitolo/articolo assente dall'elenco capitoli." },
    CODE_MISMATCH: { description: "Cod. bilancio, p.f., missione/programma o titolo non concordano (tra loro o con l'elenco capitoli)." },
    CP_RS_MIXED: { description: 'Un obiettivo della riga ha risorse sia in competenza sia a residui: i totali stampati le sommano.' },
    DECLARED_TOTAL_MISMATCH: { description: 'Un obiettivo della riga stampa totali o saldo diversi dalla somma delle sue risorse.' },
  },
});

export enum ReconciliationSubtotalGroup {
  MISSION_PROGRAM = 'MISSION_PROGRAM',
  TITLE = 'TITLE',
  RESPONSIBILITY_CENTER = 'RESPONSIBILITY_CENTER',
}
registerEnumType(ReconciliationSubtotalGroup, {
  name: 'ReconciliationSubtotalGroup',
  description: 'Raggruppamento di un subtotale: missione/programma, titolo, CdR.',
  valuesConfig: {
    MISSION_PROGRAM: { description: 'Per missione/programma: "01.03".' },
    TITLE: { description: 'Per titolo: "1".' },
    RESPONSIBILITY_CENTER: { description: 'Per Centro di Responsabilità (CdR) of the objectives.' },
  },
});

@ObjectType({ description: "La quota di una riga assegnata a un obiettivo (scheda)." })
export class ReconciliationObjective {
  @Field(() => ID, { description: "Global id dell'obiettivo." })
  objectiveId!: string;

  @Field({ description: "Codice dell'obiettivo: 2017_P03_01." })
  code!: string;

  @Field(() => String, { nullable: true, description: "Titolo dell'obiettivo." })
  title!: string | null;

  @Field({ description: 'Codice della vista: DUP_2017_2019.' })
  planningView!: string;

  @Field(() => String, { nullable: true, description: 'Codice del CdR.' })
  responsibilityCenterCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Denominazione del CdR.' })
  responsibilityCenterName!: string | null;

  @Field(() => DecimalScalar, { description: 'Somma delle risorse di questo obiettivo sulla riga, euro.' })
  amount!: string;

  @Field(() => Int, { description: 'Risorse (budget lines) of this objective on the row.' })
  lineCount!: number;
}

@ObjectType({ description: 'Una riga della riconciliazione: un capitolo/articolo in una competenza.' })
export class ReconciliationRow {
  @Field(() => Int, { description: 'Esercizio.' }) year!: number;
  @Field(() => BudgetDirectionEnum, { description: 'Direzione: ENTRATA (income) or SPESA (expense).' }) direction!: BudgetDirectionEnum;
  @Field({ description: 'Capitolo: "1040080".' }) chapter!: string;
  @Field({ description: 'Articolo; empty for the whole capitolo.' }) article!: string;
  @Field(() => CompetenceEnum, { description: 'Competenza: CP (this year) or RS (residui).' }) competence!: CompetenceEnum;
  @Field(() => String, { nullable: true, description: 'Descrizione del capitolo, from the chapter list or the schede.' }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'Titolo: "1".' }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'Macroaggregato o tipologia: "03".' }) category!: string | null;
  @Field(() => String, { nullable: true, description: 'Missione: "01".' }) mission!: string | null;
  @Field(() => String, { nullable: true, description: 'Programma: "03".' }) program!: string | null;
  @Field({ description: "Il capitolo/articolo è nell'elenco capitoli." }) inBudget!: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: 'CP: stanziamento di competenza; RS: residui. Null when not in the chapter list.' })
  appropriation!: string | null;

  @Field(() => DecimalScalar, { description: 'Somma delle risorse degli obiettivi.' })
  assigned!: string;

  @Field(() => DecimalScalar, { description: 'Stanziamento (0 se assente) − assegnato.' })
  difference!: string;

  @Field(() => [ReconciliationObjective], { description: 'Gli obiettivi with resources on this row.' }) objectives!: ReconciliationObjective[];
  @Field(() => [ReconciliationFlag], { description: 'Segnalazioni of this row.' }) flags!: ReconciliationFlag[];
  @Field(() => [String], { description: 'Spiegazioni delle segnalazioni, in italiano.' }) notes!: string[];
}

@ObjectType({ description: 'Subtotale per missione/programma, titolo o CdR, per direzione e competenza.' })
export class ReconciliationSubtotal {
  @Field(() => ReconciliationSubtotalGroup, { description: 'Raggruppamento: missione/programma, titolo or CdR.' }) group!: ReconciliationSubtotalGroup;
  @Field({ description: '"01.03", "1", a CdR code; "—" when not known.' }) key!: string;
  @Field({ description: 'Etichetta in italiano: "Missione 01 programma 03", "Titolo 1", the CdR name.' }) label!: string;
  @Field(() => BudgetDirectionEnum, { description: 'Direzione: ENTRATA (income) or SPESA (expense).' }) direction!: BudgetDirectionEnum;
  @Field(() => CompetenceEnum, { description: 'Competenza: CP (this year) or RS (residui).' }) competence!: CompetenceEnum;
  @Field(() => DecimalScalar, { nullable: true, description: 'Null for CdR subtotals.' }) appropriation!: string | null;
  @Field(() => DecimalScalar, { description: 'Somma delle risorse degli obiettivi, euro.' }) assigned!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Stanziamento − assegnato; null for CdR subtotals.' }) difference!: string | null;
  @Field(() => Int, { description: 'Righe (capitolo/articolo) in the group.' }) rowCount!: number;
}

@ObjectType({ description: 'Totale generale per direzione e competenza.' })
export class ReconciliationTotal {
  @Field(() => BudgetDirectionEnum, { description: 'Direzione: ENTRATA (income) or SPESA (expense).' }) direction!: BudgetDirectionEnum;
  @Field(() => CompetenceEnum, { description: 'Competenza: CP (this year) or RS (residui).' }) competence!: CompetenceEnum;
  @Field(() => DecimalScalar, { description: 'Stanziamento: sum over the rows in the chapter list, euro.' }) appropriation!: string;
  @Field(() => DecimalScalar, { description: 'Somma delle risorse degli obiettivi, euro.' }) assigned!: string;
  @Field(() => DecimalScalar, { description: 'Stanziamento − assegnato.' }) difference!: string;
  @Field(() => Int, { description: 'Righe (capitolo/articolo) counted.' }) rowCount!: number;
  @Field(() => Int, { description: 'Righe with at least one segnalazione.' }) flaggedRowCount!: number;
}

@ObjectType({ description: 'Saldo (entrate − spese) di una competenza.' })
export class ReconciliationBalance {
  @Field(() => CompetenceEnum, { description: 'Competenza: CP (this year) or RS (residui).' }) competence!: CompetenceEnum;
  @Field(() => DecimalScalar, { description: 'Stanziamenti di entrata − stanziamenti di spesa.' }) appropriation!: string;
  @Field(() => DecimalScalar, { description: 'Risorse di entrata − risorse di spesa degli obiettivi.' }) assigned!: string;
}

@ObjectType({ description: 'Una scheda i cui totali stampati differiscono da quelli calcolati (regola 5).' })
export class DeclaredTotalsMismatch {
  @Field(() => ID, { description: "Global id dell'obiettivo." }) objectiveId!: string;
  @Field({ description: "Codice dell'obiettivo: 2017_P03_01." }) code!: string;
  @Field({ description: 'Codice della vista: DUP_2017_2019.' }) planningView!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Totale Entrate as printed; null if not printed.' }) declaredIncome!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Totale Spese as printed; null if not printed.' }) declaredExpense!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Saldo as printed; null if not printed.' }) declaredBalance!: string | null;
  @Field(() => DecimalScalar, { description: 'Entrate: sum of the income lines.' }) computedIncome!: string;
  @Field(() => DecimalScalar, { description: 'Spese: sum of the expense lines.' }) computedExpense!: string;
  @Field(() => DecimalScalar, { description: 'Saldo: entrate − spese.' }) computedBalance!: string;
}

@ObjectType({ description: 'Riconciliazione capitoli: risorse degli obiettivi contro elenco capitoli del bilancio, in euro esatti.' })
export class ReconciliationReportType {
  @Field(() => String, { nullable: true, description: 'Codice della vista reconciled; null when selected by year only.' }) planningView!: string | null;
  @Field(() => Int, { nullable: true, description: 'Esercizio reconciled.' }) year!: number | null;
  @Field(() => [ReconciliationRow], { description: 'Righe: one per capitolo/articolo and competenza, after the filter.' }) rows!: ReconciliationRow[];
  @Field(() => [ReconciliationSubtotal], { description: 'Subtotali per missione/programma.' }) byMissionProgram!: ReconciliationSubtotal[];
  @Field(() => [ReconciliationSubtotal], { description: 'Subtotali per titolo.' }) byTitle!: ReconciliationSubtotal[];
  @Field(() => [ReconciliationSubtotal], { description: 'Subtotali per CdR (assigned only).' }) byResponsibilityCenter!: ReconciliationSubtotal[];
  @Field(() => [ReconciliationTotal], { description: 'Totali generali per direzione e competenza.' }) totals!: ReconciliationTotal[];
  @Field(() => [ReconciliationBalance], { description: 'Saldi (entrate − spese) per competenza.' }) balances!: ReconciliationBalance[];
  @Field(() => [DeclaredTotalsMismatch], { description: 'Schede whose printed totals or saldo differ from their lines (regola 5).' }) declaredTotalMismatches!: DeclaredTotalsMismatch[];
}

const money = (cents: number) => centsToDecimal(cents);
const maybe = (cents: number | null) => (cents === null ? null : centsToDecimal(cents));

function row(r: ReportRow): ReconciliationRow {
  return {
    ...r,
    direction: r.direction as BudgetDirectionEnum,
    competence: r.competence as CompetenceEnum,
    appropriation: maybe(r.appropriationCents),
    assigned: money(r.assignedCents),
    difference: money(r.differenceCents),
    objectives: r.objectives.map((o) => ({ ...o, objectiveId: toGlobalId('Objective', o.objectiveId), amount: money(o.amountCents) })),
  };
}

function subtotal(s: Subtotal): ReconciliationSubtotal {
  return {
    ...s,
    group: s.group as ReconciliationSubtotalGroup,
    direction: s.direction as BudgetDirectionEnum,
    competence: s.competence as CompetenceEnum,
    appropriation: maybe(s.appropriationCents),
    assigned: money(s.assignedCents),
    difference: maybe(s.differenceCents),
  };
}

/** The computed report (cents) as the API returns it (exact decimal strings, global ids). */
export function toReportType(r: ReconciliationReport, planningView: string | null): ReconciliationReportType {
  return {
    planningView,
    year: r.year,
    rows: r.rows.map(row),
    byMissionProgram: r.byMissionProgram.map(subtotal),
    byTitle: r.byTitle.map(subtotal),
    byResponsibilityCenter: r.byResponsibilityCenter.map(subtotal),
    totals: r.totals.map((t) => ({
      ...t,
      direction: t.direction as BudgetDirectionEnum,
      competence: t.competence as CompetenceEnum,
      appropriation: money(t.appropriationCents),
      assigned: money(t.assignedCents),
      difference: money(t.differenceCents),
    })),
    balances: r.balances.map((b) => ({ competence: b.competence as CompetenceEnum, appropriation: money(b.appropriationCents), assigned: money(b.assignedCents) })),
    declaredTotalMismatches: r.declaredTotalMismatches.map((d) => ({
      objectiveId: toGlobalId('Objective', d.objectiveId),
      code: d.code,
      planningView: d.planningView,
      declaredIncome: maybe(d.declaredIncomeCents),
      declaredExpense: maybe(d.declaredExpenseCents),
      declaredBalance: maybe(d.declaredBalanceCents),
      computedIncome: money(d.computedIncomeCents),
      computedExpense: money(d.computedExpenseCents),
      computedBalance: money(d.computedBalanceCents),
    })),
  };
}
