import { BudgetDirection, SchedaObjective, SchedaProblem } from '../schede';
import { BudgetTable, budgetDirectionOf } from './tabular-budget';
import { LinkCollector } from './tabular-links';
import { IndicatorTable, PeopleTable, PhaseTable, TableReader } from './tabular-tables';
import { TextCollector } from './tabular-text';
import { Row, foldLabel, mergeBrokenRow } from './tsv-rows';

/** The part of a scheda a line belongs to. */
export type Section = 'none' | 'params' | 'links' | 'status' | 'mode' | 'gantt' | 'phases' | 'indicators' | 'budget' | 'people' | 'unknown';

/** A section heading as printed, with the budget direction it sets (ENTRATE / SPESE). */
export interface Heading {
  section: Section;
  text: string;
  direction: BudgetDirection | null;
}

const HEADINGS: Array<[RegExp, Section]> = [
  [/^parametri selezionati$/, 'params'],
  [/^collegato a$/, 'links'],
  [/^stato di attuazione\b/, 'status'],
  [/^modalita di attuazione$/, 'mode'],
  // The template layout has no "Modalità di attuazione": its detailed description says how the
  // objective is pursued, so it fills the same field.
  [/^descrizione dettagliata( dell'obiettivo)?$/, 'mode'],
  [/^gantt$/, 'gantt'],
  [/^fasi$/, 'phases'],
  [/^indicatori$/, 'indicators'],
  [/^risorse finanziarie$/, 'budget'],
  [/^soggetti coinvolti$/, 'people'],
];

/** The known section a heading text opens, or null. */
export function headingOf(text: string): Heading | null {
  if (text.length > 120) return null;
  const folded = foldLabel(text);
  if (folded === '') return null;
  const direction = budgetDirectionOf(folded);
  if (direction) return { section: 'budget', text: text.trim(), direction };
  const found = HEADINGS.find(([re]) => re.test(folded));
  return found ? { section: found[1], text: text.trim(), direction: null } : null;
}

/** A heading row: a known heading alone on its line, or padded with empty cells. */
export function headingRow(row: Row): Heading | null {
  if (row.cells.slice(1).some((c) => c !== '')) return null;
  return headingOf(row.cells[0]);
}

/** Printed table headers, used when a table's own header row was not printed or was lost. */
export interface DefaultHeaders {
  phases: string[];
  indicators: string[];
}

/** Everything being collected for one objective while its lines are read. */
export class ObjectiveState {
  readonly status = new TextCollector();
  readonly mode = new TextCollector();
  readonly links = new LinkCollector();
  readonly phases: PhaseTable;
  readonly indicators: IndicatorTable;
  readonly budget: BudgetTable;
  readonly people: PeopleTable;
  /** Lines of sections nobody declared, by heading, kept in `extra`. */
  private readonly unknown = new Map<string, string[]>();
  private unknownHeading = '';

  constructor(readonly objective: SchedaObjective, defaults: DefaultHeaders) {
    this.phases = new PhaseTable(objective.phases, defaults.phases);
    this.indicators = new IndicatorTable(objective.indicators, defaults.indicators);
    this.budget = new BudgetTable(objective);
    this.people = new PeopleTable(objective.involvedPeople);
  }

  /** The table a section holds, or null for text sections. */
  table(section: Section): TableReader | null {
    if (section === 'phases') return this.phases;
    if (section === 'indicators') return this.indicators;
    if (section === 'budget') return this.budget;
    if (section === 'people') return this.people;
    return null;
  }

  /** The text a section collects, or null for tables. */
  text(section: Section): TextCollector | null {
    if (section === 'status') return this.status;
    if (section === 'mode') return this.mode;
    return null;
  }

  /** A section nobody declared starts: it is reported, and its lines will be kept in `extra`. */
  openUnknown(heading: string, line: number, problems: SchedaProblem[], known: string): void {
    this.unknownHeading = heading;
    if (!this.unknown.has(heading)) this.unknown.set(heading, []);
    problems.push({ line, code: 'UNKNOWN_SECTION', message: `expected a known section (${known}), found "${heading}"; its lines are kept in extra` });
  }

  /** A line of the section nobody declared. */
  keepUnknown(row: Row): void {
    this.unknown.get(this.unknownHeading)?.push(row.cells.join('\t').replace(/\t+$/, ''));
  }

  /** A repeated page header interrupted whatever was being read. */
  breakPage(): void {
    this.status.breakPage();
    this.mode.breakPage();
  }

  /** The objective with its collected texts and links filled in. */
  finish(): SchedaObjective {
    const o = this.objective;
    o.implementationStatus = this.status.text();
    o.implementationMode = this.mode.text();
    o.strategicLinks.push(...this.links.links());
    for (const [heading, lines] of this.unknown) o.extra[heading] = lines.join('\n');
    return o;
  }
}

/**
 * Reads the table row at `i` (joining a row broken inside a cell) and returns the last index it
 * used. A short row at the very end of the text is a cut document: it is reported, not read.
 */
export function readTableRow(rows: Row[], i: number, reader: TableReader, lastContent: number, stop: (row: Row) => boolean, problems: SchedaProblem[]): number {
  const { row, end } = mergeBrokenRow(rows, i, reader.width(), stop);
  if (row.cells.length < reader.width() && end >= lastContent) {
    problems.push({ line: row.line, code: 'TRUNCATED', message: `expected a complete row of ${reader.width()} cells, found ${row.cells.length}: the document ends in the middle of a table` });
    return end;
  }
  if (row.cells.length === 1) {
    problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: `expected a tab-separated table row, found "${row.cells[0].slice(0, 80)}"` });
    return end;
  }
  reader.read(row, problems);
  return end;
}
