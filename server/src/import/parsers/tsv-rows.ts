import { SchedaProblem, SchedeDocument, emptyHeader } from '../schede';

/** One source line split into tab-separated cells (markup stripped, trimmed), with its 1-based line number. */
export interface Row {
  line: number;
  /** The line as printed, without the line break. */
  raw: string;
  cells: string[];
  /** The line was longer than MAX_LINE and was cut. */
  cut: boolean;
}

/** Longer lines are cut before parsing so that no regular expression ever sees an unbounded input. */
export const MAX_LINE = 20_000;
/** Larger texts are not exports of this software; refusing them keeps parsing time bounded. */
export const MAX_TEXT = 50_000_000;

const TAGS = /<\/?(?:i|b|p|u|em|strong|br|span|div)\b[^<>]{0,200}>/gi;

/** Removes the inline markup these exports leak (`<i>`, `<p>`, `**`, `&nbsp;`) and collapses white space. */
export function stripMarkup(text: string): string {
  if (!/[<*&\u00a0\t]|\s\s/.test(text)) return text.trim();
  return text
    .replace(TAGS, ' ')
    .replace(/\*\*/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

/** Folds a label for comparison: lower case, no accents, no markup, no trailing colon, single spaces. */
export function foldLabel(text: string): string {
  const plain = stripMarkup(text);
  const ascii = /^[\x20-\x7e]*$/.test(plain) ? plain : plain.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a text into rows; every line break convention is accepted. */
export function splitRows(text: string): Row[] {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.map((raw, i) => {
    const cut = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
    return { line: i + 1, raw: cut, cells: cut.split('\t').map(stripMarkup), cut: cut !== raw };
  });
}

/** True when every cell of the row is empty. */
export function isBlank(row: Row): boolean {
  return row.cells.every((c) => c === '');
}

/** The non-empty cells of a row. */
export function filledCells(row: Row): string[] {
  return row.cells.filter((c) => c !== '');
}

/** True when only the first cell is filled: a heading, possibly padded with empty cells to the table width. */
export function isSingleCell(row: Row): boolean {
  return row.cells[0] !== '' && row.cells.slice(1).every((c) => c === '');
}

/** Index of the next non-blank row at or after `from`, or -1. */
export function nextFilled(rows: Row[], from: number): number {
  for (let i = from; i < rows.length; i++) if (!isBlank(rows[i])) return i;
  return -1;
}

/**
 * A heading of a section nobody declared: a short upper-case line standing alone, either padded
 * with empty cells (how these exports print table titles) or followed by a tab-separated row.
 */
export function looksLikeHeading(rows: Row[], i: number): boolean {
  const row = rows[i];
  if (!isSingleCell(row)) return false;
  const t = row.cells[0];
  if (t.length < 3 || t.length > 60 || !/^[A-ZÀ-Ý][A-ZÀ-Ý'.\s/-]*$/.test(t)) return false;
  if (row.cells.length > 1) return true;
  const next = nextFilled(rows, i + 1);
  return next >= 0 && rows[next].cells.length > 1 && !isSingleCell(rows[next]);
}

/** A column of a table header: which field a header cell names, and whether blank header cells after it belong to it. */
export interface ColumnSpec<F extends string> {
  test: RegExp;
  field: F | ((folded: string) => F);
  spans?: boolean;
}

/** Maps every column of a header row to a field (null where the header names nothing known). */
export function mapColumns<F extends string>(header: string[], specs: ColumnSpec<F>[]): (F | null)[] {
  const out: (F | null)[] = [];
  let spanning: F | null = null;
  for (const cell of header) {
    // Header cells are short; folding every long data cell would dominate the parsing time.
    const folded = cell.length > 60 ? '\u0000' : foldLabel(cell);
    if (folded === '') {
      out.push(spanning);
      continue;
    }
    const spec = specs.find((s) => s.test.test(folded));
    const field = spec ? (typeof spec.field === 'function' ? spec.field(folded) : spec.field) : null;
    out.push(field);
    spanning = spec?.spans ? field : null;
  }
  return out;
}

/** How many header cells name a known field. */
export function countMapped<F extends string>(columns: (F | null)[]): number {
  return new Set(columns.filter((c) => c !== null)).size;
}

/**
 * Cells of a row grouped by field: a field spanning several columns ("Cod. Bilancio" printed as
 * "1" and "03") is joined with a space.
 */
export function cellsByField<F extends string>(row: Row, columns: (F | null)[]): Map<F, string> {
  const out = new Map<F, string>();
  row.cells.forEach((cell, i) => {
    const field = columns[i];
    if (!field || cell === '') return;
    const prev = out.get(field);
    out.set(field, prev ? `${prev} ${cell}` : cell);
  });
  return out;
}

/** A document with nothing read yet. */
export function emptyDocument(source: string): SchedeDocument {
  return { source, document: emptyHeader(), objectives: [], problems: [] };
}

/** Problems that make a text unreadable before any layout rule applies: empty, binary, too large. */
export function preflight(text: unknown): SchedaProblem[] {
  if (typeof text !== 'string' || text.trim() === '') {
    return [{ line: 1, code: 'EMPTY_DOCUMENT', message: 'expected the text of a scheda export, found nothing' }];
  }
  if (text.length > MAX_TEXT) {
    return [{ line: 1, code: 'TOO_LARGE', message: `expected at most ${MAX_TEXT} characters, found ${text.length}` }];
  }
  const sample = text.slice(0, 8192);
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (sample.includes('\u0000') || control > sample.length / 20) {
    return [{ line: 1, code: 'BINARY_CONTENT', message: 'expected plain text, found binary content' }];
  }
  return [];
}

/** Problems for lines cut at MAX_LINE. */
export function longLineProblems(rows: Row[]): SchedaProblem[] {
  return rows
    .filter((r) => r.cut)
    .slice(0, 20)
    .map((r) => ({ line: r.line, code: 'LINE_TOO_LONG' as const, message: `expected lines of at most ${MAX_LINE} characters; the rest of the line was ignored` }));
}

/**
 * A row broken by line breaks inside a cell: joins the following short lines while the cells add
 * up to the table width; returns the row unchanged (end = i) when they do not add up exactly.
 * A complete row whose last cell is text also takes the tab-less lines after it: a line break in
 * that last cell.
 */
export function mergeBrokenRow(rows: Row[], i: number, width: number, stop: (row: Row) => boolean): { row: Row; end: number } {
  const start = rows[i];
  const cells = [...start.cells];
  const raws = [start.raw];
  let j = i;
  const joins = (next: Row): boolean => {
    if (isBlank(next) || stop(next)) return false;
    if (cells.length < width) return next.cells.length < width && cells.length + next.cells.length - 1 <= width;
    return next.cells.length === 1 && /\p{L}/u.test(cells[cells.length - 1]);
  };
  while (j + 1 < rows.length && j - i < 50 && joins(rows[j + 1])) {
    const next = rows[j + 1];
    cells[cells.length - 1] = `${cells[cells.length - 1]} ${next.cells[0]}`.trim();
    cells.push(...next.cells.slice(1));
    raws.push(next.raw);
    j++;
  }
  if (j === i || cells.length !== width) return { row: start, end: i };
  return { row: { line: start.line, raw: raws.join('\n'), cells, cut: start.cut }, end: j };
}

/** Joins runs of UNPARSED_BLOCK problems on nearby lines into one problem per block. */
export function coalesceProblems(problems: SchedaProblem[]): SchedaProblem[] {
  const out: SchedaProblem[] = [];
  let run: { first: SchedaProblem; last: number; count: number } | null = null;
  const flush = () => {
    if (!run) return;
    const { first, last, count } = run;
    out.push(count === 1 ? first : { ...first, message: `${first.message} (and ${count - 1} more unread lines up to line ${last})` });
    run = null;
  };
  for (const p of problems) {
    if (p.code === 'UNPARSED_BLOCK' && run && p.line >= run.last && p.line <= run.last + 3) {
      run.last = p.line;
      run.count++;
      continue;
    }
    flush();
    if (p.code === 'UNPARSED_BLOCK') run = { first: p, last: p.line, count: 1 };
    else out.push(p);
  }
  flush();
  return out;
}
