/** The chapter list (elenco capitoli) as read from an accounting system's export, before the database. */

export type ChapterDirection = 'ENTRATA' | 'SPESA';

/** One capitolo/articolo of the budget as the export lists it; amounts in integer cents. */
export interface ChapterRow {
  /** 1-based line (CSV) or row (xlsx) of the file. */
  line: number;
  year: number;
  direction: ChapterDirection;
  chapter: string;
  /** Empty for the whole capitolo. */
  article: string;
  description: string | null;
  /** Titolo without leading zeros: "1". */
  title: string | null;
  /** Macroaggregato (spesa) or tipologia (entrata), two digits at least: "03". */
  category: string | null;
  /** Missione, two digits: "01". */
  mission: string | null;
  /** Programma, two digits: "03". */
  program: string | null;
  /** Piano dei conti code as printed: "U.1.03.02.99.999". */
  accountPlanCode: string | null;
  /** Stanziamento di competenza, cents. */
  appropriationCents: number;
  /** Residui, cents; null when the file has no such column or the cell is empty. */
  residualCents: number | null;
  /** Cassa, cents; null when absent. */
  cashCents: number | null;
}

export type ChapterProblemCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'UNREADABLE_FILE'
  | 'MISSING_COLUMN'
  | 'MISSING_VALUE'
  | 'BAD_AMOUNT'
  | 'BAD_YEAR'
  | 'BAD_DIRECTION'
  | 'BAD_CODE'
  | 'DUPLICATE_KEY';

/** Something in the file that stops it from being imported, where a person can find it. */
export interface ChapterProblem {
  line: number;
  /** The column's header as printed in the file, when the problem is in one cell or column. */
  column: string | null;
  code: ChapterProblemCode;
  /** Italian, for the person who exported the file. */
  message: string;
}

/** What parsing one file gives: the chapters, or the problems that stop the import. */
export interface ParsedChapterFile {
  fileName: string;
  format: 'csv' | 'xlsx';
  chapters: ChapterRow[];
  problems: ChapterProblem[];
}

/** Values to use when the file has no year or direction column (e.g. one file per part of the budget). */
export interface ChapterParseOptions {
  defaultYear?: number;
  defaultDirection?: ChapterDirection;
}

/** A cell of a table read from CSV (always text) or xlsx (text or a number). */
export type TableCell = string | number | null;

/** A row of a table with its 1-based line/row number in the file. */
export interface TableRow {
  line: number;
  cells: TableCell[];
}
