/**
 * How printed lines become text.
 *
 * - Table cells (titles, CdR names, phase and indicator descriptions, notes) are narrow columns
 *   that the PDF wraps at its own width: their lines, and blank-separated pieces of the same
 *   cell, are joined with a single space. A real line break inside a cell cannot be told apart
 *   from a wrap, so none is kept.
 * - Narrative sections (Modalità di Attuazione, STATO DI ATTUAZIONE, ...) run across the page
 *   width. A line continued on the next one (joined with a space) when the next word would not
 *   have fitted on it at the document's wrap width, or when the next line goes on in lower case
 *   after a reasonably long line. Otherwise the line ended its paragraph or list item ("\n"); so
 *   does a line ending a sentence before one starting with a capital, any line before a list
 *   item ("- ", "1) ", "a) ", "*) "), and a blank line. Paragraphs are joined with one "\n", however
 *   many blank lines separate them. A removed page header joins like a line break, so
 *   a sentence cut by a page break is whole again.
 */
import { Line } from './pdftotext-lines';

/** Joins the lines of a table cell with spaces; null when empty. */
export function joinCell(lines: readonly string[]): string | null {
  const t = lines.map((l) => l.trim()).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/**
 * Estimates the wrap width of narrative text from the longest lines of the document: a high
 * percentile of the lines longer than 100 characters, or 0 (never joined) when too few exist.
 */
export function estimateWrapWidth(lines: readonly Line[]): number {
  const long: number[] = [];
  for (const l of lines) if (!l.pageBreak && l.text.length > 100) long.push(l.text.trim().length);
  if (long.length < 3) return 0;
  long.sort((a, b) => b - a);
  return long[Math.floor(long.length * 0.1)];
}

function firstWord(text: string): string {
  const m = /^\S+/.exec(text.trim());
  return m ? m[0] : '';
}

/** Joins narrative lines by the rule above; null when empty. */
export function joinNarrative(lines: readonly Line[], wrapWidth: number): string | null {
  const parts: string[] = [];
  let para = '';
  let prev = '';
  const flush = (): void => {
    if (para) parts.push(para);
    para = '';
    prev = '';
  };
  for (const l of lines) {
    if (l.pageBreak) continue;
    const t = l.text.trim();
    if (t === '') {
      flush();
      continue;
    }
    if (para === '') para = t;
    else if (wraps(prev, t, wrapWidth)) para += ` ${t}`;
    else {
      parts.push(para);
      para = t;
    }
    prev = t;
  }
  flush();
  const text = parts.join('\n');
  return text === '' ? null : text;
}

const LIST_ITEM = /^(?:[-*•]|\*\)|\d{1,2}[).]|[a-z]\))\s/;
const SENTENCE_END = /[.;:!?]$/;
const SENTENCE_START = /^[\p{Lu}"'«“]/u;

function wraps(line: string, next: string, width: number): boolean {
  if (width <= 0 || LIST_ITEM.test(next)) return false;
  if (SENTENCE_END.test(line) && SENTENCE_START.test(next)) return false;
  // A sentence going on in lower case only needs a reasonably long line before it.
  if (/^\p{Ll}/u.test(next)) return line.length >= width * 0.6;
  // Otherwise the line wrapped only if the next word would not have fitted on it.
  return line.length + 1 + firstWord(next).length > width * 0.95;
}
