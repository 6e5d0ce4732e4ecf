import { SchedaObjective, SchedaProblem, SchedeDocument } from '../schede';
import { ObjectiveState, Section } from './tabular-sections';
import { findStamps } from './tabular-stamp';
import { Row, coalesceProblems, emptyDocument, isBlank, longLineProblems, preflight, splitRows } from './tsv-rows';

/**
 * The line-by-line reading shared by the tab-separated layouts (tabular, template): rows split
 * into cells, protocol stamps skipped, one state per objective code; subclasses read one line.
 */
export abstract class TsvReader {
  protected readonly rows: Row[];
  protected readonly problems: SchedaProblem[];
  protected readonly skip: Set<number>;
  protected readonly states = new Map<string, ObjectiveState>();
  /** Index of the last row with content (not blank, not a stamp). */
  protected readonly lastContent: number;
  protected current: ObjectiveState | null = null;
  protected section: Section = 'none';

  constructor(text: string, protected readonly doc: SchedeDocument) {
    this.rows = splitRows(text);
    this.problems = doc.problems;
    this.problems.push(...longLineProblems(this.rows));
    const stamps = findStamps(this.rows);
    this.skip = stamps.skip;
    doc.document.protocol = stamps.protocol;
    let last = this.rows.length - 1;
    while (last >= 0 && (isBlank(this.rows[last]) || this.skip.has(last))) last--;
    this.lastContent = last;
  }

  run(): void {
    for (let i = 0; i < this.rows.length; i++) {
      if (!this.skip.has(i)) i = this.line(i);
    }
    for (const state of this.states.values()) this.doc.objectives.push(this.finish(state));
  }

  /** Reads the row at `i`; returns the last index it used. */
  protected abstract line(i: number): number;

  /** The objective a state ends as. */
  protected finish(state: ObjectiveState): SchedaObjective {
    return state.finish();
  }
}

/**
 * Parses with a reader and never throws: input checks first, a crash of the reader becomes a
 * problem, a document without objectives says what the layout expected.
 */
export function parseTsv(text: string, source: string, read: (doc: SchedeDocument) => void, layout: string, expected: string): SchedeDocument {
  const doc = emptyDocument(source);
  doc.problems.push(...preflight(text));
  if (doc.problems.length) return doc;
  try {
    read(doc);
  } catch (e) {
    doc.problems.push({ line: 1, code: 'UNPARSED_BLOCK', message: `expected a readable ${layout} export; reading stopped: ${(e as Error).message}` });
  }
  if (doc.objectives.length === 0 && !doc.problems.some((p) => p.code === 'TRUNCATED')) {
    doc.problems.push({ line: 1, code: 'UNKNOWN_LAYOUT', message: expected });
  }
  doc.problems = coalesceProblems([...doc.problems].sort((a, b) => a.line - b.line));
  return doc;
}
