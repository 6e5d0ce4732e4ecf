import { canonicalDecimal, formatItalianDecimal, numberToDecimalText, parseItalianDate, parseItalianDecimal, parseYesNo } from '../../../server/src/common/italian-format';
import type { CellValue, EditField, ValueKind } from './types';

/** A checked cell: the text to send to pegaso (null clears the field), or the Italian reason it is refused. */
export type Checked = { ok: true; send: string | null } | { ok: false; reason: string };

const MAX_TEXT = 4000;
const MAX_VALUE_TEXT = 1000;

/** The cell as text: strings trimmed, numbers as Italian decimals ("1234.5" -> "1.234,5"). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatItalianDecimal(numberToDecimalText(value));
  if (typeof value === 'boolean') return value ? '1' : '0';
  return value.trim();
}

/** A decimal read from a number cell or from text typed the Italian way; null if it is none. */
export function cellDecimal(value: CellValue): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? canonicalDecimal(numberToDecimalText(value)) : null;
  if (typeof value === 'string') return parseItalianDecimal(value.replace(/%$/, ''));
  return null;
}

/** An Excel serial date (1 = 01/01/1900) -> ISO; serials before 01/03/1900 are refused (Excel's 1900 leap-year bug). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2958465) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return d.toISOString().slice(0, 10);
}

/** A date as typed or pasted: "31/12/2020", "2020-12-31" or an Excel serial; ISO or null. */
export function cellDate(value: CellValue): string | null {
  if (typeof value === 'number') return excelSerialToIso(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(t);
  if (iso) return parseItalianDate(`${iso[3]}/${iso[2]}/${iso[1]}`);
  if (/^\d{5}$/.test(t)) return excelSerialToIso(Number(t));
  return parseItalianDate(t);
}

function checkAchieved(kind: ValueKind, value: CellValue, text: string): Checked {
  if (kind === 'NUMBER') {
    const d = cellDecimal(value);
    return d === null ? { ok: false, reason: `«${text}» non è un numero: scrivi ad esempio 1.234,5` } : { ok: true, send: formatItalianDecimal(d) };
  }
  if (kind === 'BOOLEAN') {
    const yn = parseYesNo(text);
    return yn === null ? { ok: false, reason: `«${text}» non è una risposta sì/no: scrivi 1 o 0, sì o no, fatto o non fatto` } : { ok: true, send: String(yn) };
  }
  if (kind === 'RATIO') {
    const m = /^(\d+(?:,\d+)?)\s*\/\s*(\d+(?:,\d+)?)$/.exec(text);
    if (!m) return { ok: false, reason: `«${text}» non è un rapporto: scrivi ad esempio 3/4` };
    if (Number(m[2].replace(',', '.')) === 0) return { ok: false, reason: `Il denominatore di «${text}» non può essere zero` };
    return { ok: true, send: `${m[1]}/${m[2]}` };
  }
  if (text.length > MAX_VALUE_TEXT) return { ok: false, reason: `Testo troppo lungo: al massimo ${MAX_VALUE_TEXT} caratteri` };
  return { ok: true, send: text };
}

/**
 * Checks what a user typed or pasted into an editable cell against the field it is bound to: the
 * value kind of the target for achieved values, 0–100 for progress, real dates for actual dates,
 * length for notes. An empty cell clears the field.
 */
export function validateCell(field: EditField, kind: ValueKind, value: CellValue): Checked {
  if (typeof value === 'string' && value.startsWith('#')) return { ok: false, reason: `La cella contiene un errore di Excel (${value})` };
  const text = cellText(value);
  if (text === '') return { ok: true, send: null };
  switch (field) {
    case 'achieved':
      return checkAchieved(kind, value, text);
    case 'progress': {
      const d = cellDecimal(value);
      if (d === null) return { ok: false, reason: `«${text}» non è un numero: l'avanzamento è una percentuale tra 0 e 100` };
      const n = Number(d);
      if (n < 0 || n > 100) return { ok: false, reason: `L'avanzamento deve essere tra 0 e 100 (hai scritto ${formatItalianDecimal(d)})` };
      return { ok: true, send: formatItalianDecimal(d) };
    }
    case 'actualStart':
    case 'actualEnd': {
      const iso = cellDate(value);
      return iso === null ? { ok: false, reason: `«${text}» non è una data valida: scrivi gg/mm/aaaa, ad esempio 31/12/2020` } : { ok: true, send: iso };
    }
    case 'note':
      return text.length > MAX_TEXT ? { ok: false, reason: `Nota troppo lunga: al massimo ${MAX_TEXT} caratteri` } : { ok: true, send: text };
  }
}
