/**
 * Parser for the pdftotext export of "schede" (SCHEDA OBIETTIVI and the like): plain text, one
 * printed line per line, page headers repeated on every page, table cells wrapped and tables
 * broken across pages. The work is split by idea:
 *
 * - pdftotext-lines: lines, tokens, labels;            - pdftotext-pages: page headers, one body per objective;
 * - pdftotext-document: first page (Vista, Livello...); - pdftotext-sections: labelled sections of a body;
 * - pdftotext-objective: section readers;              - pdftotext-phases / -indicators / -budget: the tables;
 * - pdftotext-names: splitting cells pdftotext joined;  - pdftotext-text: how wrapped lines join;
 * - pdftotext-detect: the layout score.
 *
 * Pure: text in, document out; anything unreadable becomes a problem with its line number.
 */
import { SchedeDocument, SchedaProblem, emptyHeader } from '../schede';
import { LayoutParser } from './layout';
import { detectPdftotext } from './pdftotext-detect';
import { readPreamble } from './pdftotext-document';
import { isBlank, looksBinary, toLines } from './pdftotext-lines';
import { BuiltObjective, buildObjective } from './pdftotext-objective';
import { describeHeader, paginate } from './pdftotext-pages';
import { estimateWrapWidth } from './pdftotext-text';

/** Larger texts are refused: a real export of a whole PEG is a few megabytes. */
export const MAX_TEXT_LENGTH = 50_000_000;

/** Reports a document that ends inside its last objective, naming what is missing. */
function checkTruncation(text: string, built: BuiltObjective[], lastNo: number, problems: SchedaProblem[]): void {
  const last = built[built.length - 1];
  if (!last) return;
  const earlier = built.slice(0, -1);
  let reason = last.openEnd;
  // Every objective of this layout ends with its INDICATORI: the last one without them was cut,
  // unless the other objectives of the document have none either.
  if (!reason && !last.hasIndicatorSection && earlier.every((b) => b.hasIndicatorSection)) {
    reason = 'la sezione INDICATORI, con cui termina ogni obiettivo';
  }
  if (!reason && !/\n\s*$/.test(text)) reason = "la fine dell'ultima riga (il testo non termina con un a capo)";
  if (!reason) return;
  problems.push({
    line: lastNo,
    code: 'TRUNCATED',
    message: `riga ${lastNo}: il documento si interrompe dentro ${describeHeader(last.header)}: manca ${reason}`,
  });
}

function parseInto(doc: SchedeDocument, text: string): void {
  const problems = doc.problems;
  if (text.trim() === '') {
    problems.push({ line: 1, code: 'EMPTY_DOCUMENT', message: 'riga 1: documento vuoto (attesa una "SCHEDA ..." esportata con pdftotext)' });
    return;
  }
  if (text.length > MAX_TEXT_LENGTH) {
    problems.push({ line: 1, code: 'TOO_LARGE', message: `riga 1: ${text.length} caratteri, oltre il massimo di ${MAX_TEXT_LENGTH}` });
    return;
  }
  if (looksBinary(text)) {
    problems.push({ line: 1, code: 'BINARY_CONTENT', message: 'riga 1: il contenuto è binario, non testo di pdftotext (atteso il .txt prodotto da pdftotext)' });
    return;
  }
  const lines = toLines(text, problems);
  const first = lines.find((l) => !isBlank(l));
  const docTitle = first && /^SCHEDA\b/.test(first.text.trim()) ? first.text.trim() : null;
  const paged = paginate(lines, docTitle);
  const preamble = readPreamble(paged.preamble, doc.document, problems);
  if (paged.objectives.length === 0) {
    problems.push({
      line: first ? first.no : 1,
      code: 'UNKNOWN_LAYOUT',
      message: `riga ${first ? first.no : 1}: nessun obiettivo trovato (attesa l'intestazione "<Livello> Assessorato Centro di Responsabilità" seguita da "<codice> <assessorato> <CdR>")`,
    });
    return;
  }
  const ctx = {
    wrapWidth: estimateWrapWidth(lines),
    docLevel: doc.document.level,
    knownNames: [...new Set(paged.objectives.map((s) => s.header.responsible).filter((n): n is string => !!n))],
    parameters: preamble.parameters,
    problems,
  };
  const built: BuiltObjective[] = [];
  paged.objectives.forEach((seg, i) => {
    const b = buildObjective(seg, { ...ctx, isLast: i === paged.objectives.length - 1 });
    built.push(b);
    const o = b.objective;
    if (seg.header.complete && !seg.header.code) problems.push({ line: seg.header.line, code: 'MISSING_FIELD', message: `riga ${seg.header.line}: riga dell'obiettivo senza codice (atteso "<codice> <assessorato> <CdR>")` });
    if (seg.header.complete && !o.responsible) problems.push({ line: seg.header.line, code: 'MISSING_FIELD', message: `riga ${seg.header.line}: ${describeHeader(seg.header)} senza "Responsabile"` });
    if (seg.header.complete && !o.responsibilityCenter) problems.push({ line: seg.header.line, code: 'MISSING_FIELD', message: `riga ${seg.header.line}: ${describeHeader(seg.header)} senza Centro di Responsabilità` });
    doc.objectives.push(o);
  });
  const lastNo = [...lines].reverse().find((l) => !isBlank(l))?.no ?? 1;
  checkTruncation(text, built, lastNo, problems);
}

/** The pdftotext layout parser. */
export const pdftotextParser: LayoutParser = {
  name: 'pdftotext',
  detect(text: string): number {
    try {
      return detectPdftotext(text);
    } catch {
      return 0;
    }
  },
  parse(text: string, source: string): SchedeDocument {
    const doc: SchedeDocument = { source, document: emptyHeader(), objectives: [], problems: [] };
    try {
      parseInto(doc, typeof text === 'string' ? text : '');
    } catch (e) {
      // A bug must not lose the whole import: report it like any unreadable input.
      doc.problems.push({ line: 1, code: 'UNPARSED_BLOCK', message: `riga 1: errore interno del parser pdftotext: ${(e as Error).message}` });
    }
    doc.problems.sort((a, b) => a.line - b.line);
    return doc;
  },
};
