import { formatItalianDate, formatItalianDecimal } from '../../../server/src/common/italian-format';
import type { CellValue, EditField, WorkflowState } from './types';

/** Italian names of the workflow states, as the header of a scheda shows them. */
export const WORKFLOW_LABEL: Record<WorkflowState, string> = {
  DRAFT: 'Bozza',
  SUBMITTED: 'Inviata',
  CHECKED: 'Verificata dal controllo di gestione',
  VALIDATED: 'Validata dall’OIV (non modificabile)',
};

/** "2025-06-05T08:32:00Z" -> "05/06/2025 10:32" in Rome time. */
export function formatDateTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('it-IT', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** An ISO date for display: "2020-07-31" -> "31/07/2020"; null -> "". */
export function dateCell(iso: string | null): string {
  return iso ? formatItalianDate(iso.slice(0, 10)) : '';
}

/** A Decimal for a number cell ("60.00" -> 60); "" when empty. Display only, never sent back as-is. */
export function numberCell(decimal: string | null): number | string {
  if (decimal === null || decimal === '') return '';
  const n = Number(decimal);
  return Number.isFinite(n) ? n : decimal;
}

/** A Decimal as Italian text: "11000.00" -> "11.000,00". */
export function italianAmount(decimal: string | null): string {
  return decimal === null ? '' : formatItalianDecimal(decimal, 2);
}

/** The server's value of an editable field (ChangeValues) as the add-in writes it into the cell. */
export function serverValueToCell(field: EditField, value: string | null | undefined): CellValue {
  if (value === null || value === undefined) return '';
  if (field === 'progress') return numberCell(value);
  if (field === 'actualStart' || field === 'actualEnd') return dateCell(value);
  return value;
}
