/**
 * The plain shapes of the capitoli reconciliation, without database or GraphQL: what the service
 * reads (chapters, budget lines, objectives) and what `reconcile` computes. Amounts in cents.
 */

export type Direction = 'ENTRATA' | 'SPESA';
export type Competence = 'CP' | 'RS';

/** What the controllo di gestione is told to look at on a row. */
export enum ReconciliationFlag {
  /** A capitolo with an appropriation that no objective's budget line uses. */
  UNASSIGNED = 'UNASSIGNED',
  /** Budget lines add up to less than the appropriation. */
  UNDER_ASSIGNED = 'UNDER_ASSIGNED',
  /** Budget lines add up to more than the appropriation. */
  OVER_ASSIGNED = 'OVER_ASSIGNED',
  /** The same (year, direction, capitolo, articolo, competence) on two or more objectives (domain rule 6). */
  DUPLICATE_ASSIGNMENT = 'DUPLICATE_ASSIGNMENT',
  /** Budget lines on a capitolo/articolo the chapter list does not have. */
  NOT_IN_BUDGET = 'NOT_IN_BUDGET',
  /** Cod. bilancio vs p.f., missione/programma or titolo/macroaggregato vs the chapter list disagree. */
  CODE_MISMATCH = 'CODE_MISMATCH',
  /** An objective on this row has both CP and RS lines in this direction, so its printed totals add them together. */
  CP_RS_MIXED = 'CP_RS_MIXED',
  /** An objective on this row prints totals or saldo that differ from the sum of its lines. */
  DECLARED_TOTAL_MISMATCH = 'DECLARED_TOTAL_MISMATCH',
}

export interface ChapterInput {
  year: number;
  direction: Direction;
  chapter: string;
  article: string;
  description: string | null;
  title: string | null;
  category: string | null;
  mission: string | null;
  program: string | null;
  accountPlanCode: string | null;
  appropriationCents: number;
  residualCents: number | null;
}

export interface LineInput {
  objectiveId: number;
  year: number;
  direction: Direction;
  chapter: string;
  article: string;
  competence: Competence;
  /** Cod. bilancio as printed: "1 03". */
  budgetCode: string | null;
  /** p.f. level II: "1.03". */
  accountPlanCode: string | null;
  /** "01.03". */
  missionProgram: string | null;
  description: string | null;
  amountCents: number;
}

export interface ObjectiveInput {
  id: number;
  code: string;
  title: string | null;
  planningView: string;
  responsibilityCenterCode: string | null;
  responsibilityCenterName: string | null;
  declaredIncomeCents: number | null;
  declaredExpenseCents: number | null;
  declaredBalanceCents: number | null;
}

/** Which rows a report keeps; subtotals and totals are computed over the kept rows. */
export interface ReconciliationFilterInput {
  direction?: Direction | null;
  competence?: Competence | null;
  /** Only rows carrying at least one of these flags. */
  flags?: ReconciliationFlag[] | null;
  onlyFlagged?: boolean | null;
  /** Capitolo, exactly: "1040080". */
  chapter?: string | null;
  /** Missione, two digits: "01". */
  mission?: string | null;
  /** Programma, two digits: "03". */
  program?: string | null;
  /** Titolo: "1". */
  title?: string | null;
  /** Rows with an objective of this CdR (code or exact name). */
  responsibilityCenter?: string | null;
}

export interface ReconciliationInput {
  /** Only chapters and lines of this esercizio; null for every year present. */
  year: number | null;
  chapters: ChapterInput[];
  /** Every line of the objectives in scope (declared totals are checked against all of them). */
  lines: LineInput[];
  objectives: ObjectiveInput[];
}

/** An objective's share of a row. */
export interface RowObjective {
  objectiveId: number;
  code: string;
  title: string | null;
  planningView: string;
  responsibilityCenterCode: string | null;
  responsibilityCenterName: string | null;
  amountCents: number;
  lineCount: number;
}

export interface ReportRow {
  year: number;
  direction: Direction;
  chapter: string;
  article: string;
  competence: Competence;
  description: string | null;
  title: string | null;
  category: string | null;
  mission: string | null;
  program: string | null;
  /** Is the capitolo/articolo in the chapter list? */
  inBudget: boolean;
  /** CP: stanziamento di competenza; RS: residui; null when not in the chapter list. */
  appropriationCents: number | null;
  assignedCents: number;
  /** Appropriation (0 when absent) − assigned. */
  differenceCents: number;
  objectives: RowObjective[];
  flags: ReconciliationFlag[];
  /** Italian explanations of the code mismatches and declared totals. */
  notes: string[];
}

export type SubtotalGroup = 'MISSION_PROGRAM' | 'TITLE' | 'RESPONSIBILITY_CENTER';

export interface Subtotal {
  group: SubtotalGroup;
  /** "01.03", "1", a CdR code; "—" when not known. */
  key: string;
  label: string;
  direction: Direction;
  competence: Competence;
  /** Null for CdR subtotals: an appropriation is not split by CdR. */
  appropriationCents: number | null;
  assignedCents: number;
  differenceCents: number | null;
  rowCount: number;
}

export interface Total {
  direction: Direction;
  competence: Competence;
  appropriationCents: number;
  assignedCents: number;
  differenceCents: number;
  rowCount: number;
  flaggedRowCount: number;
}

/** Entrate − spese for one competence: the saldo of the appropriations and of the assigned lines. */
export interface Balance {
  competence: Competence;
  appropriationCents: number;
  assignedCents: number;
}

/** An objective whose printed totals differ from its lines. */
export interface DeclaredTotalsCheck {
  objectiveId: number;
  code: string;
  planningView: string;
  declaredIncomeCents: number | null;
  declaredExpenseCents: number | null;
  declaredBalanceCents: number | null;
  computedIncomeCents: number;
  computedExpenseCents: number;
  computedBalanceCents: number;
}

export interface ReconciliationReport {
  year: number | null;
  rows: ReportRow[];
  byMissionProgram: Subtotal[];
  byTitle: Subtotal[];
  byResponsibilityCenter: Subtotal[];
  totals: Total[];
  balances: Balance[];
  declaredTotalMismatches: DeclaredTotalsCheck[];
}
