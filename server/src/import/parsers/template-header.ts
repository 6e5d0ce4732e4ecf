import { SchedaObjective } from '../schede';
import { normalizeCode } from './values';
import { Row, filledCells, foldLabel } from './tsv-rows';

type Setter = (o: SchedaObjective, value: string) => void;

const field =
  (key: 'assessorato' | 'responsibilityCenter' | 'responsible' | 'type' | 'status'): Setter =>
  (o, v) => {
    o[key] ??= v;
  };
const extra =
  (key: string): Setter =>
  (o, v) => {
    o.extra[key] ??= v;
  };

/**
 * Labels of the template's "Label | value" header rows. The Servizio is the office that carries
 * the objective out and its Dirigente answers for it, so they are the CdR and the responsible;
 * the Direzione and its Direttore sit one level up and are kept verbatim in `extra` (the Direttore
 * cell can hold several names glued together). Tipologia is the objective type (SVILUPPO, ...).
 */
const LABELS: Record<string, Setter> = {
  servizio: field('responsibilityCenter'),
  'centro di responsabilita': field('responsibilityCenter'),
  dirigente: field('responsible'),
  responsabile: field('responsible'),
  tipologia: field('type'),
  'tipo di obiettivo': field('type'),
  assessorato: field('assessorato'),
  stato: field('status'),
  direzione: extra('directorate'),
  direttore: extra('director'),
  classificazione: extra('classification'),
};

/** True when a label is one the template prints in its header rows. */
export function isTemplateLabel(cell: string): boolean {
  return cell.length <= 40 && foldLabel(cell) in LABELS;
}

/** True for a header row: label and value cells alternating, starting with a known label. */
export function isLabelRow(row: Row): boolean {
  return row.cells.length >= 2 && isTemplateLabel(row.cells[0]);
}

/** Applies a "Direzione | X | Direttore | Y | ..." row; unknown labels keep their value in `extra`. */
export function applyLabelRow(o: SchedaObjective, row: Row): void {
  for (let i = 0; i + 1 < row.cells.length; i += 2) {
    const label = row.cells[i];
    const value = row.cells[i + 1];
    if (label === '' || value === '') continue;
    const set = LABELS[foldLabel(label)];
    if (set) set(o, value);
    else o.extra[label.replace(/\s*:\s*$/, '')] ??= value;
  }
}

/** Where nothing more specific was printed, the Direzione is the CdR. */
export function completeHeader(o: SchedaObjective): void {
  if (o.responsibilityCenter === null && typeof o.extra.directorate === 'string') o.responsibilityCenter = o.extra.directorate;
}

const CODE = /^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+$/;

/** The objective code standing alone on its line ("2021_Z203"), or null. */
export function codeLine(row: Row): string | null {
  if (row.cells.length !== 1 || filledCells(row).length !== 1) return null;
  const text = row.cells[0];
  if (text.split(' ').length > 3) return null;
  const code = normalizeCode(text);
  return CODE.test(code) && /\d/.test(code) ? code : null;
}
