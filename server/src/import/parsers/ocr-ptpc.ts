/**
 * The OCR'd "SCHEDA PTPC" export: the anti-corruption plan of one CdR. A parameters block whose
 * labels and values the OCR prints in two runs, a CdR profile card ("CdR Assessorato ...") listing
 * the PROCESSI, then each process ("Processi Assessorato ...") with its risk level, fields, measures
 * (FASI with a causale "MISURA n.") and INDICATORI. Codes come split by the OCR ("2020 _STAFF_1").
 */
import { emptyHeader, SchedaDocumentHeader, SchedaProblem, SchedeDocument } from '../schede';
import { LayoutParser } from './layout';
import { readDate, readPlanningView } from './values';
import { classify } from './ocr-ptpc-lines';
import { OcrScheda } from './ocr-ptpc-scheda';
import { codeKey, fold, readOcrCode, tidy } from './ocr-ptpc-text';

type Param = 'vista' | 'livello' | 'cdr' | 'stato' | 'other';

function paramOf(f: string): { param: Param; rest: string } | null {
  const m = /^(vista|livello|centro di respons[a-z]*|stato|descrizione sintetica)\b ?(.*)$/.exec(f);
  if (!m) return null;
  const param: Param = m[1] === 'vista' ? 'vista' : m[1] === 'livello' ? 'livello' : m[1] === 'stato' ? 'stato' : m[1].startsWith('centro') ? 'cdr' : 'other';
  return { param, rest: m[2] };
}

/** The parameters block: labels first, then their values in the same order (or label and value on one line). */
function readPreamble(lines: Array<{ no: number; raw: string }>, header: SchedaDocumentHeader, problems: SchedaProblem[]): void {
  const pending: Param[] = [];
  const assign = (param: Param, value: string): void => {
    if (param === 'vista') header.planningView = readPlanningView(value);
    else if (param === 'livello') header.level = value;
    else if (param === 'cdr') header.responsibilityCenterFilter = value;
  };
  for (const { no, raw } of lines) {
    const t = tidy(raw);
    const f = fold(t);
    if (t === '' || /^parametri selezionati/.test(f)) continue;
    if (header.title === null && /^scheda\b/.test(f)) {
      header.title = t;
      continue;
    }
    const date = /^data (?:di )?elaborazione\b/.test(f) ? /(\d{1,2}\/\d{1,2}\/\d{4})/.exec(t) : null;
    if (date || /^data (?:di )?elaborazione\b/.test(f)) {
      header.elaborationDate = readDate(date?.[1]);
      if (!header.elaborationDate) problems.push({ line: no, code: 'INVALID_VALUE', message: 'expected a date dd/mm/yyyy after Data elaborazione' });
      continue;
    }
    const param = paramOf(f);
    if (param && param.rest === '') pending.push(param.param);
    else if (param && pending.length === 0) assign(param.param, t.split(' ').slice(param.param === 'cdr' ? 3 : param.param === 'other' ? 2 : 1).join(' '));
    else if (pending.length) assign(pending.shift() as Param, t);
    else problems.push({ line: no, code: 'UNPARSED_BLOCK', message: `unexpected text "${t.slice(0, 60)}" in the parameters: expected Vista, Livello, Centro di Responsabilita, Stato` });
  }
}

function parseOcrPtpc(text: string, source: string): SchedeDocument {
  const doc: SchedeDocument = { source, document: emptyHeader(), objectives: [], problems: [] };
  const problems = doc.problems;
  if (text.trim() === '') {
    problems.push({ line: 1, code: 'EMPTY_DOCUMENT', message: 'expected a SCHEDA PTPC export, found an empty text' });
    return doc;
  }
  if (text.includes('\u0000')) {
    problems.push({ line: 1, code: 'BINARY_CONTENT', message: 'expected text, found binary content (NUL bytes)' });
    return doc;
  }
  const rows = text.split(/\r\n|\r|\n/);
  const preamble: Array<{ no: number; raw: string }> = [];
  const schede = new Map<string, OcrScheda>();
  let current: OcrScheda | null = null;
  let pageHeader: { card: boolean; withCdr: boolean; line: number } | null = null;
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i];
    const no = i + 1;
    if (raw.trim() === '') continue;
    const c = classify(raw);
    if (c.kind === 'pageHeader') {
      pageHeader = { card: c.card, withCdr: c.withCdr, line: no };
      continue;
    }
    if (c.kind === 'furniture' || (current && fold(raw) === 'scheda ptpc')) continue;
    if (pageHeader) {
      const header = pageHeader;
      pageHeader = null;
      const code = readOcrCode(raw);
      if (code) {
        const key = codeKey(code.code);
        current = schede.get(key) ?? null;
        if (!current) {
          current = new OcrScheda(code.code, header.card ? 'CDR_PROFILE' : 'PTPC_PROCESS', no, problems);
          schede.set(key, current);
          doc.objectives.push(current.objective);
        }
        const tokens = tidy(raw).split(' ');
        const printed = tokens.slice(0, tokens.length - (code.rest ? code.rest.split(' ').length : 0)).join(' ');
        current.page(printed, code.rest, header.withCdr, no);
        continue;
      }
      problems.push({ line: no, code: 'MISSING_FIELD', message: `expected a ${header.card ? 'CdR' : 'process'} code after the page header of line ${header.line}` });
    }
    if (current) current.line(raw, no);
    else preamble.push({ no, raw });
  }
  readPreamble(preamble, doc.document, problems);
  finish(doc, [...schede.values()]);
  if (doc.objectives.length === 0)
    problems.push({ line: 1, code: 'UNKNOWN_LAYOUT', message: 'expected "CdR Assessorato" or "Processi Assessorato" page headers followed by a code' });
  problems.sort((a, b) => a.line - b.line);
  return doc;
}

/** Cross-scheda facts: titles from the card's PROCESSI list, CdR code aliases, what the list names but no page prints. */
function finish(doc: SchedeDocument, schede: OcrScheda[]): void {
  const listTitles = new Map<string, string>();
  const cards = schede.filter((s) => s.isCard);
  for (const card of cards) for (const p of card.listedProcesses) listTitles.set(codeKey(p.code), p.title);
  schede.forEach((s, i) => s.finish(listTitles, i === schede.length - 1));
  const filterCode = doc.document.responsibilityCenterFilter ? readOcrCode(doc.document.responsibilityCenterFilter)?.code : undefined;
  for (const card of cards) {
    const aliases = new Set<string>();
    if (filterCode && filterCode !== card.objective.code) aliases.add(filterCode);
    for (const s of schede) {
      const linked = s.objective.extra.linkedCdr as { code: string | null } | undefined;
      if (linked?.code && linked.code !== card.objective.code) aliases.add(linked.code);
    }
    if (aliases.size) card.objective.extra.codeAliases = [...aliases];
  }
  const printed = new Set(schede.map((s) => codeKey(s.objective.code)));
  for (const card of cards)
    for (const p of card.listedProcesses)
      if (!printed.has(codeKey(p.code)))
        doc.problems.push({ line: card.startLine, code: 'MISSING_FIELD', message: `process ${p.code} is listed on the CdR card but no page of it is printed` });
}

/** Scores the SCHEDA PTPC traits: title, risk levels, measure types, "Processi Assessorato" headers, causali. */
function detectOcrPtpc(text: string): number {
  const head = text.slice(0, 300_000);
  let score = 0;
  if (/SCHEDA\s+PTPC/i.test(head)) score += 0.3;
  if (/LIVELL[O0]\s+D[IL1]\s+RISCHI[O0]/i.test(head)) score += 0.25;
  if (/Tipologia\s+Misura/i.test(head)) score += 0.15;
  if (/^\s*(?:Processi|CdR)\s+Assessorato/im.test(head)) score += 0.15;
  if (/^\s*MISURA\s*\d/im.test(head)) score += 0.1;
  if (/Stakeholder/i.test(head)) score += 0.05;
  if (/^(?:#{1,6}\s|<b>)/m.test(head) || (head.match(/\t/g) ?? []).length > 20) score -= 0.3;
  return Math.max(0, Math.min(1, score));
}

/** Parser of the OCR'd SCHEDA PTPC layout. */
export const ocrPtpcParser: LayoutParser = {
  name: 'ocr-ptpc',
  detect: (text) => {
    try {
      return detectOcrPtpc(text);
    } catch {
      return 0;
    }
  },
  parse: (text, source) => {
    try {
      return parseOcrPtpc(text, source);
    } catch (e) {
      return { source, document: emptyHeader(), objectives: [], problems: [{ line: 1, code: 'UNPARSED_BLOCK', message: `the ocr-ptpc parser failed: ${(e as Error).message}` }] };
    }
  },
};
