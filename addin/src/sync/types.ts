/**
 * What the add-in pulls from pegaso, in the shape the sync layer needs. The task pane maps the
 * GraphQL answers onto these types; nothing here knows about Excel or the DOM.
 */

/** How an indicator value reads (the server's ValueKind). */
export type ValueKind = 'NUMBER' | 'BOOLEAN' | 'RATIO' | 'TEXT';

/** A field the add-in may write back through pushChanges. */
export type EditField = 'achieved' | 'note' | 'progress' | 'actualStart' | 'actualEnd';

/** What a cell holds as Excel reports it in `range.values`. */
export type CellValue = string | number | boolean | null;

/** Workflow state of a scheda (VALIDATED: frozen by the OIV). */
export type WorkflowState = 'DRAFT' | 'SUBMITTED' | 'CHECKED' | 'VALIDATED';

/** Periodo di monitoraggio: FINAL (31/12) or an intermediate "06-30". */
export interface Period {
  code: string;
  label: string;
}

/** The achieved value of one indicator for the chosen year and period. */
export interface PulledValue {
  id: string;
  version: number;
  raw: string | null;
  kind: ValueKind;
}

export interface PulledIndicator {
  id: string;
  version: number;
  description: string;
  type: string | null;
  note: string | null;
  year: number | null;
  expected: { raw: string | null; kind: ValueKind } | null;
  /** The achieved value of the chosen period; null when pegaso has none to fill in. */
  achieved: PulledValue | null;
  previous: { year: number; raw: string | null }[];
}

export interface PulledPhase {
  id: string;
  version: number;
  description: string;
  weight: string | null;
  progress: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  note: string | null;
  responsible: string | null;
}

export interface PulledBudgetLine {
  direction: 'ENTRATA' | 'SPESA';
  year: number;
  budgetCode: string | null;
  chapter: string;
  article: string;
  competence: 'CP' | 'RS';
  description: string | null;
  /** Exact decimal text, dot separator: "11000.00". */
  amount: string;
}

/** One scheda as pulled. */
export interface PulledObjective {
  id: string;
  code: string;
  title: string | null;
  planningView: { code: string; label: string | null };
  responsibilityCenter: { code: string; name: string } | null;
  responsible: string | null;
  workflowState: WorkflowState;
  strategicLinks: { level: string; code: string; title: string | null }[];
  phases: PulledPhase[];
  indicators: PulledIndicator[];
  budgetLines: PulledBudgetLine[];
  declaredTotals: { income: string | null; expense: string | null; balance: string | null } | null;
}

/**
 * An indicator with the scheda it belongs to, for the Elenco mode: what the "Elenco indicatori"
 * sheet shows (no year, no previous years).
 */
export interface ListedIndicator extends Omit<PulledIndicator, 'year' | 'previous'> {
  objective: ListedObjectiveRef;
  /** Ordinal within its scheda, from 1, in printed order: the "/I3" of the row key. */
  position: number;
}

/** A phase with the scheda it belongs to, for the Elenco mode (the "Elenco fasi" shows no responsabile). */
export interface ListedPhase extends Omit<PulledPhase, 'responsible'> {
  objective: ListedObjectiveRef;
  /** Ordinal within its scheda, from 1, in printed order: the "/F2" of the row key. */
  position: number;
}

/** The scheda a listed row belongs to, as the Elenco sheets show it. */
export interface ListedObjectiveRef {
  code: string;
  title: string | null;
  responsibilityCenter: string | null;
  workflowState: WorkflowState;
}

/** The circumstances of one pull: view, period, when. */
export interface PullContext {
  planningView: string;
  period: Period;
  /** ISO date-time of the pull. */
  pulledAt: string;
}
