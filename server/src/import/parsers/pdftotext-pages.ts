/**
 * Pages of a pdftotext "schede" export. Every page starts with a page title line
 * ("Citta' di Cinisello Balsamo SCHEDA OBIETTIVI"), then the objective header printed again:
 * "<Livello> Assessorato Centro di Responsabilità", the code row (code, assessorato, CdR wrapped
 * over the next lines), the title block, "Responsabile" and the name. This module removes those
 * repetitions and cuts the text into one body per objective; a page break inside an objective
 * becomes a `pageBreak` line so sections can continue across it.
 */
import { normalizeCode } from './values';
import { Line, excerpt, hasLower, isBlank, labelKey, tokens } from './pdftotext-lines';
import { splitAssessoratoOffice } from './pdftotext-names';
import { isSectionLabel } from './pdftotext-sections';
import { joinCell } from './pdftotext-text';

/** The objective header as printed at the top of its pages. */
export interface ObjectiveHeader {
  line: number;
  level: string | null;
  code: string;
  assessorato: string | null;
  responsibilityCenter: string | null;
  title: string | null;
  responsible: string | null;
  /** False when the document ends inside the header. */
  complete: boolean;
}

export interface ObjectiveSegment {
  header: ObjectiveHeader;
  body: Line[];
}

export interface PagedDocument {
  /** Lines before the first objective: title, "Data elaborazione", "Parametri selezionati". */
  preamble: Line[];
  objectives: ObjectiveSegment[];
}

const COLUMN_HEADER_END = 'ASSESSORATO CENTRO DI RESPONSABILITA';
const PAGE_TITLE = /^(\S.{0,80}?)\s+(SCHEDA(?:\s+[A-Z0-9'’.\-]+)+)$/;

/** "Citta' di Cinisello Balsamo SCHEDA OBIETTIVI" -> true: the title repeated at the top of each page. */
export function isPageTitle(text: string, docTitle: string | null): boolean {
  const t = text.trim();
  // With the title known, only it counts: a sentence ending in "... SCHEDA X" stays text.
  if (docTitle) return t !== docTitle && t.endsWith(` ${docTitle}`) && t.length - docTitle.length <= 81;
  const m = PAGE_TITLE.exec(t);
  return m !== null && !/^SCHEDA\b/.test(m[1]);
}

/** "OBIETTIVO DI PEG Assessorato Centro di Responsabilità" -> "OBIETTIVO DI PEG"; null if not that row. */
export function columnHeaderLevel(text: string): string | null {
  const key = labelKey(text);
  if (!key.endsWith(COLUMN_HEADER_END)) return null;
  const words = tokens(text);
  return words.slice(0, Math.max(0, words.length - 4)).join(' ');
}

function nextNonBlank(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i])) i++;
  return i;
}

function trimTrailingBlanks(out: Line[]): void {
  while (out.length && isBlank(out[out.length - 1])) out.pop();
}

/** Reads the objective header whose column-header row is at `at`; returns it and the index after it. */
function readHeader(lines: readonly Line[], at: number): { header: ObjectiveHeader; end: number } {
  const level = columnHeaderLevel(lines[at].text) || null;
  const header: ObjectiveHeader = {
    line: lines[at].no,
    level,
    code: '',
    assessorato: null,
    responsibilityCenter: null,
    title: null,
    responsible: null,
    complete: false,
  };
  let i = nextNonBlank(lines, at + 1);
  if (i >= lines.length) return { header, end: i };
  header.line = lines[i].no;
  const words = tokens(lines[i].text);
  let n = 1;
  while (n < words.length && (words[n].startsWith('_') || words[n - 1].endsWith('_'))) n++;
  header.code = normalizeCode(words.slice(0, n).join(''));
  const [assessorato, office] = splitAssessoratoOffice(words.slice(n));
  const ass: string[] = assessorato ? [assessorato] : [];
  const cdr: string[] = office ? [office] : [];
  for (i++; i < lines.length && !isBlank(lines[i]); i++) {
    const w = tokens(lines[i].text);
    // A wrapped assessorato (mixed case) shares its lines with the wrapped CdR (upper case).
    if (ass.length && w.some(hasLower)) {
      const [a, c] = splitAssessoratoOffice(w);
      if (a) ass.push(a);
      if (c) cdr.push(c);
    } else cdr.push(lines[i].text);
  }
  header.assessorato = joinCell(ass);
  header.responsibilityCenter = joinCell(cdr);

  // Title blocks up to "Responsabile"; the name follows on the same line or the next one.
  const blocks: Array<{ start: number; end: number }> = [];
  const titleOf = (upTo: number): string | null =>
    joinCell(blocks.slice(0, upTo).flatMap((b) => lines.slice(b.start, b.end).map((l) => l.text)));
  for (let b = 0; b < 4; b++) {
    i = nextNonBlank(lines, i);
    if (i >= lines.length) {
      header.title = titleOf(blocks.length);
      return { header, end: i };
    }
    const key = labelKey(lines[i].text);
    if (key === 'RESPONSABILE' || key.startsWith('RESPONSABILE ')) {
      header.title = titleOf(blocks.length);
      const inline = lines[i].text.trim().slice('Responsabile'.length).trim();
      if (inline) {
        header.responsible = inline;
        i++;
      } else {
        const j = nextNonBlank(lines, i + 1);
        if (j >= lines.length) return { header, end: j };
        header.responsible = lines[j].text.trim();
        i = j + 1;
      }
      header.complete = true;
      return { header, end: i };
    }
    if (isSectionLabel(lines[i].text) || columnHeaderLevel(lines[i].text) !== null) break;
    const start = i;
    while (i < lines.length && !isBlank(lines[i])) i++;
    blocks.push({ start, end: i });
  }
  // No "Responsabile": only the first block is the title, the rest is body.
  header.title = titleOf(1);
  header.complete = true;
  return { header, end: blocks.length ? blocks[0].end : i };
}

/** Cuts the lines into the preamble and one body per objective, removing the repeated page headers. */
export function paginate(lines: readonly Line[], docTitle: string | null): PagedDocument {
  const doc: PagedDocument = { preamble: [], objectives: [] };
  let out = doc.preamble;
  let current: ObjectiveSegment | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    let at = -1;
    if (!line.pageBreak && isPageTitle(line.text, docTitle)) {
      const j = nextNonBlank(lines, i + 1);
      if (j < lines.length && columnHeaderLevel(lines[j].text) !== null) at = j;
      else {
        // A page title without an objective header: only a page break.
        trimTrailingBlanks(out);
        out.push({ no: line.no, text: '', pageBreak: true });
        i = j;
        continue;
      }
    } else if (!line.pageBreak && columnHeaderLevel(line.text) !== null) at = i;
    if (at < 0) {
      out.push(line);
      i++;
      continue;
    }
    const { header, end } = readHeader(lines, at);
    trimTrailingBlanks(out);
    if (current && header.code === current.header.code) {
      out.push({ no: line.no, text: '', pageBreak: true });
      if (!current.header.complete && header.complete) current.header = header;
    } else {
      current = { header, body: [] };
      doc.objectives.push(current);
      out = current.body;
    }
    i = nextNonBlank(lines, end);
  }
  return doc;
}

/** Describes a header for problem messages. */
export function describeHeader(header: ObjectiveHeader): string {
  return header.code ? `obiettivo ${header.code}` : `obiettivo alla riga ${header.line} (${excerpt(header.title ?? '')})`;
}
