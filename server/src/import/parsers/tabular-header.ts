import { ObjectiveKind, SchedaDocumentHeader, SchedaObjective, SchedaProblem } from '../schede';
import { readLinkValue } from './tabular-links';
import { normalizeCode, objectiveKindOf, readDate, readPlanningView } from './values';
import { Row, filledCells, foldLabel } from './tsv-rows';

type Setter = (o: SchedaObjective, value: string) => void;

const setIfEmpty =
  (key: 'assessorato' | 'responsibilityCenter' | 'responsible' | 'type' | 'status' | 'title'): Setter =>
  (o, v) => {
    o[key] ??= v;
  };
const setExtra =
  (key: string): Setter =>
  (o, v) => {
    if (!(key in o.extra)) o.extra[key] = v;
  };
const addLink =
  (level: 'AREA_TEMATICA' | 'VALORE_PUBBLICO'): Setter =>
  (o, v) => {
    if (!o.strategicLinks.some((l) => l.level === level)) o.strategicLinks.push(readLinkValue(level, v));
  };

/**
 * Labels printed inside the cells of the objective header ("Assessorato Sindaco"). Direzione and
 * Direttore have no field of their own in the shape and go to `extra`.
 */
const HEADER_LABELS: Array<[string, Setter]> = [
  ['centro di responsabilita', setIfEmpty('responsibilityCenter')],
  ['tipo di obiettivo', setIfEmpty('type')],
  ['area tematica', addLink('AREA_TEMATICA')],
  ['valore pubblico', addLink('VALORE_PUBBLICO')],
  ['assessorato', setIfEmpty('assessorato')],
  ['responsabile', setIfEmpty('responsible')],
  ['direzione', setExtra('directorate')],
  ['direttore', setExtra('director')],
  ['servizio', setExtra('service')],
  ['dirigente', setExtra('manager')],
  ['stato', setIfEmpty('status')],
];

/** Splits "Assessorato Sindaco" into a known label and its value ("" when only the label is printed). */
export function labelledCell(cell: string): { label: string; value: string; set: Setter } | null {
  const folded = foldLabel(cell.slice(0, 40));
  for (const [label, set] of HEADER_LABELS) {
    if (folded === label || folded.startsWith(label + ' ') || folded.startsWith(label + ':')) {
      const words = label.split(' ').length;
      const value = cell.trim().split(/\s+/).slice(words).join(' ').replace(/^:\s*/, '');
      return { label, value, set };
    }
  }
  return null;
}

/** An objective header row: "OBIETTIVO DI PEG 2017_P03_01 | Area Tematica ... | Assessorato ...". */
export interface ObjectiveHeaderRow {
  code: string;
  kind: ObjectiveKind;
}

/** A token of an objective code: word characters with a digit, or a "_..." piece split off by a space. */
const isCodeToken = (t: string): boolean => /^[\w\\]+$/.test(t) && (t.startsWith('_') || /\d/.test(t));

/** Reads the first row of an objective's page header, or null when the row is something else. */
export function readObjectiveHeaderRow(row: Row): ObjectiveHeaderRow | null {
  if (filledCells(row).length < 2 || row.cells[0].length > 120) return null;
  const tokens = row.cells[0].split(/\s+/);
  let start = tokens.length;
  while (start > 0 && isCodeToken(tokens[start - 1])) start--;
  if (start === 0 || start === tokens.length) return null;
  const label = tokens.slice(0, start).join(' ');
  const kind = objectiveKindOf(label);
  const code = normalizeCode(tokens.slice(start).join(' '));
  if (!kind || !/[_\d]/.test(code) || !row.cells.slice(1).some((c) => labelledCell(c))) return null;
  return { code, kind };
}

/**
 * Applies the cells of a header row to the objective: labelled cells to their fields, the first
 * unlabelled text cell of the second row to the title. Values already read are kept, so the page
 * header repeated on every page changes nothing.
 */
export function applyHeaderCells(o: SchedaObjective, row: Row, withTitle: boolean, problems: SchedaProblem[]): void {
  row.cells.forEach((cell, i) => {
    if (cell === '' || (i === 0 && !withTitle)) return;
    const labelled = labelledCell(cell);
    if (labelled) {
      if (labelled.value) labelled.set(o, labelled.value);
    } else if (withTitle && i === 0) {
      o.title ??= cell;
    } else {
      const cells = (o.extra.headerCells ??= []) as string[];
      if (!cells.includes(cell)) {
        cells.push(cell);
        problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: `expected "Label value" in the objective header, found "${cell}"; kept in extra.headerCells` });
      }
    }
  });
}

/** Parameters under "Parametri selezionati:" (and the elaboration date printed near them). */
const PARAMS: Array<[string, (h: SchedaDocumentHeader, value: string) => void]> = [
  ['centro di responsabilita', (h, v) => (h.responsibilityCenterFilter = v)],
  ['data elaborazione', (h, v) => (h.elaborationDate = readDate(v))],
  ['vista', (h, v) => (h.planningView = readPlanningView(v))],
  ['livello', (h, v) => (h.level = v)],
  // Other filters print no field of the shape; they are recognised so as not to be reported.
  ['descrizione sintetica', () => undefined],
  ['stato', () => undefined],
];

/** Reads one "Label value" parameter line into the document header; false when the label is unknown. */
export function readParameter(header: SchedaDocumentHeader, row: Row): boolean {
  const text = filledCells(row).join(' ');
  const folded = foldLabel(text.slice(0, 40));
  for (const [label, set] of PARAMS) {
    if (folded === label || folded.startsWith(label + ' ') || folded.startsWith(label + ':')) {
      const value = text.split(/\s+/).slice(label.split(' ').length).join(' ').replace(/^:\s*/, '');
      if (value) set(header, value);
      return true;
    }
  }
  return false;
}
