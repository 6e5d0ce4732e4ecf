/**
 * Lines of a pdftotext export: the unit every other pdftotext-* module works on, plus the small
 * token tests (dates, Italian numbers, upper-case words, labels) they share.
 */
import { SchedaProblem } from '../schede';

/** One source line (1-based `no`), or a page break where the repeated page header was removed. */
export interface Line {
  no: number;
  text: string;
  pageBreak?: true;
}

/** Longer lines are cut: no printed cell of this layout comes near it. */
export const MAX_LINE_LENGTH = 20_000;

export const DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
/** A printed Italian amount with decimals: "1,00", "6.000,00", "-149.800,00". */
export const DECIMAL = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+$/;
const RATIO_TOKEN = /^\d+(?:,\d+)?\/\d+(?:,\d+)?$/;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

/** Splits text into lines, dropping \r and turning form feeds into page breaks; reports over-long lines. */
export function toLines(text: string, problems: SchedaProblem[]): Line[] {
  const raw = text.split('\n');
  const out: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i];
    if (t.length > MAX_LINE_LENGTH) {
      problems.push({
        line: i + 1,
        code: 'LINE_TOO_LONG',
        message: `riga ${i + 1}: ${t.length} caratteri, ne sono stati letti ${MAX_LINE_LENGTH} (una riga di pdftotext non supera qualche centinaio di caratteri)`,
      });
      t = t.slice(0, MAX_LINE_LENGTH);
    }
    // Control characters other than the form feed are noise from the PDF; the form feed is a page end.
    const hasFeed = t.includes('\f');
    t = t.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').replace(/\s+$/, '');
    out.push({ no: i + 1, text: t });
    if (hasFeed) out.push({ no: i + 1, text: '', pageBreak: true });
  }
  return out;
}

/** True for text that looks binary (NUL bytes or many control characters), which no layout can read. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.pageBreak === true || line.text.trim() === '';
}

export function tokens(text: string): string[] {
  const t = text.trim();
  return t === '' ? [] : t.split(/\s+/);
}

export function hasLower(token: string): boolean {
  return HAS_LOWER.test(token);
}

/** A token with letters and no lower-case letter: "SETTORE", "UNITA'", "AREA-UO". */
export function isUpperWord(token: string): boolean {
  return HAS_LETTER.test(token) && !HAS_LOWER.test(token);
}

/** A printed indicator value: an Italian decimal ("1,00", "6.000,00") or a ratio ("16/16"). */
export function isValueToken(token: string): boolean {
  return DECIMAL.test(token) || RATIO_TOKEN.test(token);
}

/** Upper-case, accents and apostrophes removed, spaces collapsed: "Modalità di Attuazione" -> "MODALITA DI ATTUAZIONE". */
export function labelKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

/**
 * A line that reads like a section title: upper case, short, no closing punctuation. Only
 * meaningful for a line standing alone between blank lines; `minWords` guards narrative text.
 */
export function isHeadingLike(text: string, minWords: number): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 60 || HAS_LOWER.test(t)) return false;
  if (/[:.;,]$/.test(t) || !/\p{L}{3,}/u.test(t)) return false;
  if (tokens(t).some((w) => DATE.test(w) || DECIMAL.test(w))) return false;
  const words = tokens(t).filter((w) => HAS_LETTER.test(w));
  return words.length >= minWords && (words.length > 1 || t.length >= 5);
}

/** Groups lines into blocks separated by blank lines and page breaks. */
export function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (isBlank(l)) {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/** A short excerpt of a line for problem messages. */
export function excerpt(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}
