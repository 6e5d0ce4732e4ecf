/**
 * Sections of one objective's body. Each section starts with a label printed alone on its line
 * ("Collegato a", "Modalità di Attuazione", "FASE", "INDICATORI", ...) and runs to the next
 * label, across page breaks. A line standing alone between blank lines that reads like a title
 * but is no known label starts an "unknown" section, so that foreign content is reported
 * instead of being read as phases or indicators.
 */
import { DATE, Line, isBlank, isHeadingLike, labelKey, tokens } from './pdftotext-lines';
import { findValueRow } from './pdftotext-indicators';

export type SectionKind =
  | 'lead'
  | 'links'
  | 'mode'
  | 'progress'
  | 'people'
  | 'status'
  | 'type'
  | 'phases'
  | 'phase'
  | 'indicators'
  | 'budget'
  | 'linkValue'
  | 'ignored'
  | 'extra'
  | 'unknown';

export interface Section {
  kind: SectionKind;
  /** The label as printed. */
  label: string;
  /** Line of the label (of the first line for 'lead'). */
  line: number;
  lines: Line[];
}

/** The labels this layout prints, by their `labelKey`. */
const LABELS: ReadonlyMap<string, SectionKind> = new Map<string, SectionKind>([
  ['COLLEGATO A', 'links'],
  ['MODALITA DI ATTUAZIONE', 'mode'],
  ['STATO DI ATTUAZIONE', 'progress'],
  ['SOGGETTI COINVOLTI', 'people'],
  ['STATO', 'status'],
  ['TIPO DI OBIETTIVO', 'type'],
  ['TIPO OBIETTIVO', 'type'],
  ['FASI - ATTIVITA', 'phases'],
  ['FASI ATTIVITA', 'phases'],
  ['FASI', 'phases'],
  ['FASE', 'phase'],
  ['INDICATORI', 'indicators'],
  ['RISORSE FINANZIARIE', 'budget'],
  ['VALORE PUBBLICO', 'linkValue'],
  ['AREA TEMATICA', 'linkValue'],
  ['GANTT', 'ignored'],
  ['STAKEHOLDER', 'extra'],
  ['STAKEHOLDERS', 'extra'],
  ['DESCRIZIONE DETTAGLIATA DELLOBIETTIVO', 'extra'],
]);

/** Human list of the expected labels, for problem messages. */
export const EXPECTED_LABELS =
  "Collegato a, Modalità di Attuazione, STATO DI ATTUAZIONE, Soggetti coinvolti, Stato, FASI - ATTIVITA', FASE, INDICATORI, RISORSE FINANZIARIE";

/** The section a label line starts, or null when the line is no label. */
export function sectionKindOf(text: string): SectionKind | null {
  const key = labelKey(text);
  if (key.length > 60) return null;
  const kind = LABELS.get(key);
  if (kind) return kind;
  if (key.startsWith('STATO DI ATTUAZIONE')) return 'progress';
  if (key.startsWith('TIPO DI OBIETTIVO ')) return 'type';
  return null;
}

export function isSectionLabel(text: string): boolean {
  return sectionKindOf(text) !== null;
}

const NARRATIVE: ReadonlySet<SectionKind> = new Set<SectionKind>(['mode', 'progress', 'extra']);
/** Sections whose first line is their value, whatever it looks like ("Stato" / "In Corso"). */
const SINGLE_VALUE: ReadonlySet<SectionKind> = new Set<SectionKind>(['status', 'type', 'linkValue']);
/** Headings printed inside a section: not unknown there. */
const SUBHEADINGS: ReadonlyMap<SectionKind, ReadonlySet<string>> = new Map([
  ['budget', new Set(['ENTRATE', 'SPESE'])],
]);
const LOOKAHEAD = 200;

/** Can a standalone title-like line at `i` start an unknown section inside `current`? */
function startsUnknown(body: readonly Line[], i: number, current: Section, seen: number, dateRows: number): boolean {
  const text = body[i].text;
  if (!isBlank(body[i - 1]) || !isBlank(body[i + 1])) return false;
  if (SINGLE_VALUE.has(current.kind) && seen === 0) return false;
  if (SUBHEADINGS.get(current.kind)?.has(labelKey(text))) return false;
  if (!isHeadingLike(text, NARRATIVE.has(current.kind) ? 2 : 1)) return false;
  // A phase's description and note come before its second date row.
  if (current.kind === 'phase' && dateRows < 2) return false;
  if (current.kind === 'indicators' || current.kind === 'lead') {
    // An upper-case indicator description or note: value rows follow before the next label.
    for (let j = i + 1; j < body.length && j <= i + LOOKAHEAD; j++) {
      if (isBlank(body[j])) continue;
      if (isSectionLabel(body[j].text)) break;
      if (findValueRow(tokens(body[j].text)) !== null) return false;
    }
  }
  return true;
}

/** Cuts an objective body into sections. */
export function sectionsOf(body: readonly Line[]): Section[] {
  const first = body.find((l) => !l.pageBreak);
  let current: Section = { kind: 'lead', label: '', line: first ? first.no : 0, lines: [] };
  const sections: Section[] = [current];
  let dateRows = 0;
  let seen = 0;
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    if (!isBlank(line)) {
      const kind = sectionKindOf(line.text);
      if (kind !== null || startsUnknown(body, i, current, seen, dateRows)) {
        current = { kind: kind ?? 'unknown', label: line.text.trim(), line: line.no, lines: [] };
        sections.push(current);
        dateRows = 0;
        seen = 0;
        continue;
      }
      seen++;
      if (DATE.test(tokens(line.text)[0] ?? '')) dateRows++;
    }
    current.lines.push(line);
  }
  return sections;
}
