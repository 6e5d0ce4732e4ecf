/**
 * The markdown export of the planning software: "## SCHEDA OBIETTIVI", <b>-tagged parameters,
 * pages that repeat the objective header (level, code, Assessorato, CdR, title, Responsabile),
 * bold labels, `\_` escapes and tab-separated FASI / INDICATORI tables.
 */
import { emptyHeader, ObjectiveKind, SchedaDocumentHeader, SchedaProblem, SchedeDocument } from '../schede';
import { LayoutParser } from './layout';
import { cleanText, objectiveKindOf, readDate, readPlanningView } from './values';
import { matchField, matchParam } from './markdown-labels';
import { MdObjectiveBuilder } from './markdown-objective';
import { MdBlock, plain, toBlocks } from './markdown-text';

const CODE = /^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+$/;
const PAGE_FURNITURE = /^(?:citt[aà]'?\s+di|comune\s+di)\s+\S+/i;

/** A page of an objective starts with its level lines and its code alone on a line. */
function pageStart(block: MdBlock, next: MdBlock | undefined): { code: string; level: string; line: number } | null {
  const lines = block.lines;
  const last = lines[lines.length - 1];
  const text = plain(last.raw).replace(/\s*_\s*/g, '_');
  const inline = /^(.*\S)\s+(\S+)$/.exec(text);
  let code: string | null = null;
  let level = lines.slice(0, -1).map((l) => plain(l.raw)).join(' ');
  if (CODE.test(text) && /\d/.test(text)) code = text;
  else if (lines.length === 1 && inline && CODE.test(inline[2]) && /\d/.test(inline[2]) && objectiveKindOf(inline[1])) {
    code = inline[2];
    level = inline[1];
  }
  if (!code || lines.length > 4 || lines.some((l) => l.raw.includes('\t'))) return null;
  const nextIsLabel = next !== undefined && matchField(plain(next.lines[0].raw), next.lines[0].raw) !== null;
  if (level === '' && !nextIsLabel) return null;
  if (level !== '' && !objectiveKindOf(level) && !nextIsLabel) return null;
  return { code, level: level.replace(/\s+/g, ' ').trim(), line: last.no };
}

function readPreamble(block: MdBlock, header: SchedaDocumentHeader, problems: SchedaProblem[]): void {
  for (const line of block.lines) {
    const p = plain(line.raw);
    if (header.title === null && /^SCHEDA\b/i.test(p)) {
      header.title = p.replace(/\s+/g, ' ');
      continue;
    }
    if (/^parametri\s+selezionati/i.test(p) || PAGE_FURNITURE.test(p) || /^[A-Z]$/.test(p)) continue;
    const protocol = /protocollo\s+n\.?\s*(\S+)(?:\s+del\s+(\d{1,2}\/\d{1,2}\/\d{4}))?/i.exec(p);
    if (protocol) {
      header.protocol = { number: protocol[1], date: readDate(protocol[2]), classification: header.protocol?.classification ?? null };
      continue;
    }
    const klass = /^class\.?\s*:?\s*(.+?)(?:\s+fascicolo\b.*)?$/i.exec(p);
    if (klass && header.protocol) {
      header.protocol.classification = klass[1];
      continue;
    }
    const param = matchParam(p);
    if (!param) {
      problems.push({ line: line.no, code: 'UNPARSED_BLOCK', message: `unexpected text before the first scheda: expected a parameter (Vista, Livello, Centro di Responsabilità, Data elaborazione)` });
      continue;
    }
    const value = cleanText(param.value);
    if (param.param === 'vista') header.planningView = value ? readPlanningView(value) : null;
    else if (param.param === 'livello') header.level = value;
    else if (param.param === 'cdr') header.responsibilityCenterFilter = value;
    else if (param.param === 'date') {
      header.elaborationDate = readDate(value);
      if (value && !header.elaborationDate) problems.push({ line: line.no, code: 'INVALID_VALUE', message: `expected a date dd/mm/yyyy after Data elaborazione, found "${value}"` });
    }
  }
}

function parseMarkdown(text: string, source: string): SchedeDocument {
  const doc: SchedeDocument = { source, document: emptyHeader(), objectives: [], problems: [] };
  const problems = doc.problems;
  if (text.trim() === '') {
    problems.push({ line: 1, code: 'EMPTY_DOCUMENT', message: 'expected a SCHEDA export, found an empty text' });
    return doc;
  }
  if (text.includes('\u0000')) {
    problems.push({ line: 1, code: 'BINARY_CONTENT', message: 'expected text, found binary content (NUL bytes)' });
    return doc;
  }
  const blocks = toBlocks(text);
  let builder: MdObjectiveBuilder | null = null;
  const builders: MdObjectiveBuilder[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const start = pageStart(block, blocks[i + 1]);
    if (start) {
      if (builder && builder.objective.code === start.code) builder.newPage();
      else {
        const kind: ObjectiveKind = objectiveKindOf(start.level) ?? objectiveKindOf(doc.document.level) ?? 'PEG_OBJECTIVE';
        builder = new MdObjectiveBuilder(start.code, kind, start.line, problems);
        builders.push(builder);
        doc.objectives.push(builder.objective);
      }
      continue;
    }
    const lines = block.lines.filter((l) => !PAGE_FURNITURE.test(plain(l.raw)));
    if (lines.length === 0) continue;
    if (builder) builder.feed(lines);
    else readPreamble({ lines }, doc.document, problems);
  }
  const lastBlock = blocks.length ? blocks[blocks.length - 1].lines.map((l) => l.raw).join('\n') : null;
  const endLine = blocks.length ? blocks[blocks.length - 1].lines[blocks[blocks.length - 1].lines.length - 1].no : 1;
  builders.forEach((b, i) => b.finish(i === builders.length - 1, lastBlock, endLine));
  if (builders.length === 0)
    problems.push({ line: blocks.length ? blocks[blocks.length - 1].lines[0].no : 1, code: 'UNKNOWN_LAYOUT', message: 'expected at least one scheda: a level line followed by an objective code alone on a line' });
  problems.sort((a, b) => a.line - b.line);
  return doc;
}

const HEADING = /^#{1,6}\s+\S/m;
const BOLD_PARAM = /^<b>[^<\n]{1,60}<\/b>\t/im;
const ESCAPED_CODE = /\w\\_\w/;
const BOLD = /\*\*[^*\n]+\*\*/;
const TAB_TABLE = /^(?:<b>)?(?:FASE|Descrizione)(?:<\/b>)?\t/m;

/** Scores the markdown traits: headings, <b>-tagged parameters, `\_` escapes, bold labels, tab tables. */
function detectMarkdown(text: string): number {
  const head = text.slice(0, 200_000);
  let score = 0;
  if (HEADING.test(head)) score += 0.3;
  if (BOLD_PARAM.test(head)) score += 0.25;
  if (ESCAPED_CODE.test(head)) score += 0.2;
  if (BOLD.test(head)) score += 0.1;
  if (TAB_TABLE.test(head)) score += 0.1;
  if (/^(?:#{1,6}\s+)?SCHEDA\b/im.test(head)) score += 0.05;
  return Math.min(1, score);
}

/** Parser of the markdown export layout. */
export const markdownParser: LayoutParser = {
  name: 'markdown',
  detect: (text) => {
    try {
      return detectMarkdown(text);
    } catch {
      return 0;
    }
  },
  parse: (text, source) => {
    try {
      return parseMarkdown(text, source);
    } catch (e) {
      return { source, document: emptyHeader(), objectives: [], problems: [{ line: 1, code: 'UNPARSED_BLOCK', message: `the markdown parser failed: ${(e as Error).message}` }] };
    }
  },
};

