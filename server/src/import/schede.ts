/**
 * The schede JSON interchange shape (see shared/schede-json.md): what every parser produces and
 * what the persister consumes. Every field is present; what a document does not print is `null`
 * (or `[]` for lists).
 */

/** How a printed indicator value reads (valore atteso / raggiunto). */
export type ValueKind = 'NUMBER' | 'BOOLEAN' | 'RATIO' | 'TEXT';

/** A printed indicator value: the text as printed and a typed reading of it. */
export interface SchedaValue {
  /** Text exactly as printed, trimmed: "2.000,00", "1/1", "fatto". */
  raw: string;
  kind: ValueKind;
  /** NUMBER: the value (2000); BOOLEAN: 1 or 0; RATIO: a/b (1 for "16/16"); TEXT: null. */
  number: number | null;
}

export type ObjectiveKind = 'PEG_OBJECTIVE' | 'PERFORMANCE_OBJECTIVE' | 'PTPC_PROCESS' | 'CDR_PROFILE';

export type StrategicLevel =
  | 'MANDATO'
  | 'MISSIONE'
  | 'PROGRAMMA'
  | 'INDIRIZZO_STRATEGICO'
  | 'OBIETTIVO_STRATEGICO'
  | 'OBIETTIVO_OPERATIVO'
  | 'AREA_TEMATICA'
  | 'VALORE_PUBBLICO';

export const STRATEGIC_LEVELS: readonly StrategicLevel[] = [
  'MANDATO',
  'MISSIONE',
  'PROGRAMMA',
  'INDIRIZZO_STRATEGICO',
  'OBIETTIVO_STRATEGICO',
  'OBIETTIVO_OPERATIVO',
  'AREA_TEMATICA',
  'VALORE_PUBBLICO',
];

/** "Collegato a": one step of the strategic cascade above an objective. */
export interface SchedaStrategicLink {
  level: StrategicLevel;
  /** Code as printed with spaces removed ("DUP_10_0101"); null when only a title is printed. */
  code: string | null;
  title: string | null;
}

/** "Soggetti coinvolti". */
export interface SchedaInvolvedPerson {
  name: string;
  relation: string | null;
  commitmentPercent: number | null;
  /** ISO dates (YYYY-MM-DD). */
  start: string | null;
  end: string | null;
}

/** "Fase": a phase of an objective (a "misura" for PTPC processes). */
export interface SchedaPhase {
  description: string;
  /** Peso: the weight of the phase, normally summing to 100 over the objective. */
  weight: number | null;
  /** Avanzamento: progress in percent, 0–100. */
  progress: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  responsible: string | null;
  responsibilityCenter: string | null;
  note: string | null;
  /** PTPC causale: "MISURA 1.". */
  cause: string | null;
}

/** "Indicatore". */
export interface SchedaIndicator {
  description: string;
  /** EFFICACIA, EFFICIENZA, RISULTATO, ... as printed. */
  type: string | null;
  /** Valore atteso. */
  expected: SchedaValue | null;
  /** Valore raggiunto. */
  achieved: SchedaValue | null;
  /** One key per printed previous-year column ("2019"), null where the cell is empty. */
  previous: Record<string, SchedaValue | null>;
  note: string | null;
}

export type BudgetDirection = 'ENTRATA' | 'SPESA';
export type Competence = 'CP' | 'RS';

/** "Risorse finanziarie": one budget line on a capitolo/articolo. */
export interface SchedaBudgetLine {
  direction: BudgetDirection;
  year: number;
  /** Cod. Bilancio as printed: "1 03" (titolo + macroaggregato/tipologia). */
  budgetCode: string | null;
  chapter: string;
  article: string | null;
  competence: Competence;
  description: string | null;
  note: string | null;
  /** Euros, at most two decimals. The persister converts it to integer cents through its decimal text. */
  amount: number;
}

export interface SchedaDeclaredTotals {
  income: number | null;
  expense: number | null;
  balance: number | null;
}

/** One scheda: an objective, a PTPC process or a CdR profile card. */
export interface SchedaObjective {
  code: string;
  kind: ObjectiveKind;
  title: string | null;
  assessorato: string | null;
  responsibilityCenter: string | null;
  responsible: string | null;
  type: string | null;
  status: string | null;
  strategicLinks: SchedaStrategicLink[];
  implementationMode: string | null;
  implementationStatus: string | null;
  involvedPeople: SchedaInvolvedPerson[];
  phases: SchedaPhase[];
  indicators: SchedaIndicator[];
  budgetLines: SchedaBudgetLine[];
  declaredTotals: SchedaDeclaredTotals | null;
  /** PTPC "LIVELLO DI RISCHIO individuato: 3,56" -> 3.56. */
  riskLevel: number | null;
  /** Any other printed field worth keeping (stakeholders, PTPC measure type, CdR code, ...). */
  extra: Record<string, unknown>;
}

export interface SchedaDocumentHeader {
  /** As printed: SCHEDA OBIETTIVI, SCHEDA PEG DI AVANZAMENTO, SCHEDA PTPC, ... */
  title: string | null;
  /** "Vista"; null when not printed. */
  planningView: { code: string; label: string | null } | null;
  /** "Livello" as printed. */
  level: string | null;
  /** "Centro di Responsabilità" parameter, as printed. */
  responsibilityCenterFilter: string | null;
  /** "Data elaborazione", ISO date. */
  elaborationDate: string | null;
  protocol: { number: string; date: string | null; classification: string | null } | null;
}

export type ProblemCode =
  | 'EMPTY_DOCUMENT'
  | 'BINARY_CONTENT'
  | 'UNKNOWN_LAYOUT'
  | 'UNPARSED_BLOCK'
  | 'UNKNOWN_SECTION'
  | 'TRUNCATED'
  | 'INVALID_VALUE'
  | 'MISSING_FIELD'
  | 'LINE_TOO_LONG'
  | 'TOO_LARGE';

/** Something the parser could not read, with the 1-based line of the source text. */
export interface SchedaProblem {
  line: number;
  code: ProblemCode;
  message: string;
}

/** The whole output of parsing one document. */
export interface SchedeDocument {
  source: string;
  document: SchedaDocumentHeader;
  objectives: SchedaObjective[];
  problems: SchedaProblem[];
}

/** A blank objective with every field present, for parsers to fill in. */
export function emptyObjective(code: string, kind: ObjectiveKind): SchedaObjective {
  return {
    code,
    kind,
    title: null,
    assessorato: null,
    responsibilityCenter: null,
    responsible: null,
    type: null,
    status: null,
    strategicLinks: [],
    implementationMode: null,
    implementationStatus: null,
    involvedPeople: [],
    phases: [],
    indicators: [],
    budgetLines: [],
    declaredTotals: null,
    riskLevel: null,
    extra: {},
  };
}

export function emptyHeader(): SchedaDocumentHeader {
  return {
    title: null,
    planningView: null,
    level: null,
    responsibilityCenterFilter: null,
    elaborationDate: null,
    protocol: null,
  };
}

export function emptyPhase(description: string): SchedaPhase {
  return {
    description,
    weight: null,
    progress: null,
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    responsible: null,
    responsibilityCenter: null,
    note: null,
    cause: null,
  };
}
