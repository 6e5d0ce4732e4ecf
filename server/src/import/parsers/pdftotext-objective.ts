/**
 * Builds one SchedaObjective from its header and body sections (see pdftotext-sections): each
 * section kind has its reader here, except phases and indicators, which have their own modules.
 */
import { SchedaInvolvedPerson, SchedaObjective, SchedaProblem, SchedaStrategicLink, emptyObjective } from '../schede';
import { normalizeCode, objectiveKindOf, readDate, readNumber, strategicLevelOf } from './values';
import { readBudgetSection, newBudgetState, finishBudget } from './pdftotext-budget';
import { IndicatorState, finishIndicators, newIndicatorState, readIndicatorSection } from './pdftotext-indicators';
import { DATE, Line, blocksOf, excerpt, isBlank, labelKey, tokens } from './pdftotext-lines';
import { splitNameRelation } from './pdftotext-names';
import { ObjectiveHeader, ObjectiveSegment, describeHeader } from './pdftotext-pages';
import { readPhaseSection } from './pdftotext-phases';
import { EXPECTED_LABELS, Section, sectionsOf } from './pdftotext-sections';
import { joinCell, joinNarrative } from './pdftotext-text';

/** What building an objective needs from the whole document. */
export interface ObjectiveContext {
  wrapWidth: number;
  /** "Livello" of the document, when the objective's own column header prints none. */
  docLevel: string | null;
  /** Names printed elsewhere in the document (objective responsibles), to split phase rows. */
  knownNames: readonly string[];
  /** Selection parameters of the document worth keeping on each objective. */
  parameters: Record<string, string>;
  problems: SchedaProblem[];
  /** The last objective of the document: a description left open there means truncation. */
  isLast: boolean;
}

/** The objective and what is left open at its end (used to tell a truncated document). */
export interface BuiltObjective {
  header: ObjectiveHeader;
  objective: SchedaObjective;
  /** Why the objective looks cut short, if it does (the document ended inside it). */
  openEnd: string | null;
  hasIndicatorSection: boolean;
}

const LINK_LINE = /^([^:]{3,60}):\s*(.*)$/;
const PERCENT = /^(\d+(?:,\d+)?)%$/;

function linkFrom(level: SchedaStrategicLink['level'], rest: string): SchedaStrategicLink {
  const words = tokens(rest);
  let n = 0;
  if (words.length && /[\d_]/.test(words[0])) {
    n = 1;
    while (n < words.length && (words[n].startsWith('_') || words[n - 1].endsWith('_'))) n++;
  }
  const code = n ? normalizeCode(words.slice(0, n).join('')) : null;
  return { level, code, title: joinCell(words.slice(n)) };
}

function readLinks(o: SchedaObjective, s: Section, problems: SchedaProblem[]): void {
  for (const line of s.lines) {
    if (isBlank(line)) continue;
    const m = LINK_LINE.exec(line.text.trim());
    const level = m ? strategicLevelOf(m[1]) : null;
    if (m && level) o.strategicLinks.push(linkFrom(level, m[2]));
    else if (m) ((o.extra.otherLinks ??= []) as string[]).push(line.text.trim());
    else if (o.strategicLinks.length) {
      const last = o.strategicLinks[o.strategicLinks.length - 1];
      last.title = joinCell([last.title ?? '', line.text]);
    } else {
      problems.push({
        line: line.no,
        code: 'UNPARSED_BLOCK',
        message: `riga ${line.no}: sotto "Collegato a" atteso "OBIETTIVO DI ...: <codice> <titolo>", trovato "${excerpt(line.text)}"`,
      });
    }
  }
}

function readPeople(o: SchedaObjective, s: Section, problems: SchedaProblem[]): void {
  for (const line of s.lines) {
    if (isBlank(line) || labelKey(line.text).startsWith('NOMINATIVO')) continue;
    const words = tokens(line.text.replace(/(\d)\s+%/g, '$1%'));
    const p = words.findIndex((w) => PERCENT.test(w));
    if (p < 0) {
      const last = o.involvedPeople[o.involvedPeople.length - 1];
      if (last) last.relation = joinCell([last.relation ?? '', line.text]);
      else problems.push({ line: line.no, code: 'UNPARSED_BLOCK', message: `riga ${line.no}: atteso "<nominativo> <relazione> <impegno>% <data inizio> [<data fine>]", trovato "${excerpt(line.text)}"` });
      continue;
    }
    const [name, relation] = splitNameRelation(words.slice(0, p));
    const dates = words.slice(p + 1).filter((w) => DATE.test(w));
    const person: SchedaInvolvedPerson = {
      name: name ?? '',
      relation,
      commitmentPercent: readNumber(PERCENT.exec(words[p])?.[1]),
      start: readDate(dates[0]),
      end: readDate(dates[1]),
    };
    o.involvedPeople.push(person);
  }
}

/** The first non-blank line of a section (or the text after its label); the rest is reported. */
function readSingleValue(s: Section, inlineAfter: string | null, problems: SchedaProblem[]): string | null {
  let rest = s.lines;
  let value = inlineAfter;
  if (!value) {
    const first = rest.findIndex((l) => !isBlank(l));
    if (first >= 0) value = rest[first].text.trim();
    rest = rest.slice(first + 1);
  }
  for (const block of blocksOf(rest)) {
    problems.push({
      line: block[0].no,
      code: 'UNPARSED_BLOCK',
      message: `riga ${block[0].no}: testo inatteso dopo "${s.label}" (atteso un solo valore, poi una delle sezioni ${EXPECTED_LABELS}): "${excerpt(block[0].text)}"`,
    });
  }
  return value || null;
}

function reportBlocks(s: Section, what: string, problems: SchedaProblem[]): void {
  for (const block of blocksOf(s.lines)) {
    problems.push({
      line: block[0].no,
      code: 'UNPARSED_BLOCK',
      message: `riga ${block[0].no}: blocco non riconosciuto ${what} (attesa una delle sezioni ${EXPECTED_LABELS}): "${excerpt(block[0].text)}"`,
    });
  }
}

function hasContent(lines: readonly Line[]): boolean {
  return lines.some((l) => !isBlank(l));
}

/** Builds the objective of one segment. */
export function buildObjective(seg: ObjectiveSegment, ctx: ObjectiveContext): BuiltObjective {
  const { header } = seg;
  const problems = ctx.problems;
  const kind = objectiveKindOf(header.level ?? ctx.docLevel) ?? 'PEG_OBJECTIVE';
  const o = emptyObjective(header.code, kind);
  o.title = header.title;
  o.assessorato = header.assessorato;
  o.responsibilityCenter = header.responsibilityCenter;
  o.responsible = header.responsible;
  if (header.level) o.extra.level = header.level;
  if (Object.keys(ctx.parameters).length) o.extra.selectionParameters = { ...ctx.parameters };

  const sections = sectionsOf(seg.body);
  for (const s of sections) if (s.kind === 'people') readPeople(o, s, problems);
  const knownNames = [...ctx.knownNames, ...o.involvedPeople.map((p) => p.name)];
  const indicators: IndicatorState = newIndicatorState(problems);
  const budget = newBudgetState(problems);
  let openEnd: string | null = null;
  let hasIndicatorSection = false;
  const incomplete: number[] = [];
  for (const s of sections) {
    const empty = !hasContent(s.lines);
    openEnd = null;
    switch (s.kind) {
      case 'lead':
        reportBlocks(s, `all'inizio di ${describeHeader(header)}`, problems);
        break;
      case 'links':
        readLinks(o, s, problems);
        if (empty) openEnd = 'le righe di "Collegato a"';
        break;
      case 'mode':
        o.implementationMode = joinNarrative(s.lines, ctx.wrapWidth);
        if (empty) openEnd = 'il testo di "Modalità di Attuazione"';
        break;
      case 'progress':
        o.implementationStatus = joinNarrative(s.lines, ctx.wrapWidth);
        if (empty) openEnd = 'il testo di "STATO DI ATTUAZIONE"';
        break;
      case 'extra':
        o.extra[s.label] = joinNarrative(s.lines, ctx.wrapWidth);
        break;
      case 'people':
        if (empty) openEnd = 'le righe di "Soggetti coinvolti"';
        break;
      case 'status':
        o.status = readSingleValue(s, null, problems);
        if (empty) openEnd = 'il valore di "Stato"';
        break;
      case 'type':
        o.type = readSingleValue(s, s.label.replace(/^\s*tipo\s+(di\s+)?obiettivo\s*/i, '') || null, problems);
        break;
      case 'phases':
        reportBlocks(s, `dopo "${s.label}" (attesa "FASE")`, problems);
        if (empty) openEnd = 'le fasi';
        break;
      case 'phase': {
        const r = readPhaseSection(s.lines, s.line, knownNames, problems);
        o.phases.push(r.phase);
        if (!r.complete) {
          openEnd = `la riga con date, peso e responsabile della fase alla riga ${s.line}`;
          incomplete.push(s.line);
        }
        break;
      }
      case 'indicators':
        hasIndicatorSection = true;
        readIndicatorSection(indicators, s.lines);
        if (indicators.pending.length) openEnd = 'la riga di valori di un indicatore';
        else if (indicators.drafts.length === 0) openEnd = 'gli indicatori';
        break;
      case 'budget':
        readBudgetSection(budget, s.lines);
        if (empty) openEnd = 'le righe di "RISORSE FINANZIARIE"';
        break;
      case 'linkValue': {
        const value = readSingleValue(s, null, problems);
        const level = strategicLevelOf(s.label);
        if (value && level) o.strategicLinks.push(linkFrom(level, value.replace(/^(\S+)\s+-\s+/, '$1 ')));
        if (empty) openEnd = `il valore di "${s.label}"`;
        break;
      }
      case 'ignored':
        break;
      case 'unknown': {
        const text = joinNarrative(s.lines, ctx.wrapWidth);
        ((o.extra.unknownSections ??= []) as Array<{ title: string; text: string | null }>).push({ title: s.label, text });
        problems.push({
          line: s.line,
          code: 'UNKNOWN_SECTION',
          message: `riga ${s.line}: sezione sconosciuta "${excerpt(s.label)}" in ${describeHeader(header)} (attese: ${EXPECTED_LABELS}); il suo testo è in extra.unknownSections`,
        });
        break;
      }
    }
  }
  if (sections.length === 1 && !hasContent(sections[0].lines)) openEnd = "tutto il contenuto dopo l'intestazione";
  // A page header is always followed by content: one at the very end started a page that is missing.
  const tail = [...seg.body].reverse().find((l) => l.pageBreak || !isBlank(l));
  if (tail?.pageBreak) openEnd = `il contenuto della pagina iniziata alla riga ${tail.no}`;
  if (!header.complete) openEnd = "l'intestazione dell'obiettivo (codice, titolo, Responsabile)";
  // An incomplete phase is a truncation when the document ends in it, a problem of its own otherwise.
  for (const line of incomplete) {
    if (ctx.isLast && openEnd !== null && line === sections[sections.length - 1].line) continue;
    problems.push({
      line,
      code: 'MISSING_FIELD',
      message: `riga ${line}: FASE senza la riga "<inizio> <fine> <peso> <avanzamento> <responsabile> <CdR>" dopo "Inizio Previsto Fine Prevista"`,
    });
  }
  o.indicators = finishIndicators(indicators, ctx.isLast && openEnd !== null);
  finishBudget(budget, o);
  return { header, objective: o, openEnd, hasIndicatorSection };
}
