import { declaresYesNo, parseItalianDate, parseItalianDecimal, parseYesNo } from '../../common/italian-format';
import { ValueKindEnum } from '../indicator/indicator-value.entity';

/** A value as stored on an IndicatorValue. */
export interface StoredValue {
  raw: string | null;
  kind: ValueKindEnum;
  numberValue: string | null;
}

/** A refused value: a code and an Italian message for the clerk. */
export interface ValueProblem {
  code: 'INVALID_NUMBER' | 'INVALID_YES_NO' | 'INVALID_RATIO' | 'OUT_OF_RANGE' | 'INVALID_DATE' | 'DATE_ORDER' | 'TOO_LONG';
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ValueProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (code: ValueProblem['code'], message: string): Parsed<never> => ({ ok: false, problem: { code, message } });
const RATIO = /^(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)$/;
export const MAX_TEXT = 4000;

/**
 * Reads a valore raggiunto as typed, in the encoding of its target (domain rule 3): a yes/no
 * target accepts only si/no/1/0/fatto; a number target an Italian number; a ratio target "a/b".
 * Empty text clears the value.
 */
export function parseAchieved(text: string | null, targetKind: ValueKindEnum, description: string | null): Parsed<StoredValue> {
  const raw = (text ?? '').replace(/\s+/g, ' ').trim();
  const yesNoTarget = targetKind === ValueKindEnum.BOOLEAN || declaresYesNo(description);
  if (raw === '') return ok({ raw: null, kind: yesNoTarget ? ValueKindEnum.BOOLEAN : targetKind, numberValue: null });
  if (raw.length > 1000) return bad('TOO_LONG', 'Il valore è troppo lungo (massimo 1.000 caratteri).');
  if (yesNoTarget) {
    const yn = parseYesNo(raw);
    if (yn === null) return bad('INVALID_YES_NO', `«${raw}» non è ammesso: questo indicatore accetta solo sì/no (1 o 0, si o no, fatto o non fatto).`);
    return ok({ raw, kind: ValueKindEnum.BOOLEAN, numberValue: String(yn) });
  }
  if (targetKind === ValueKindEnum.RATIO) {
    const m = RATIO.exec(raw);
    if (!m) return bad('INVALID_RATIO', `«${raw}» non è un rapporto: scrivere ad esempio 3/4, come il valore atteso.`);
    const [a, b] = [Number(parseItalianDecimal(m[1])), Number(parseItalianDecimal(m[2]))];
    return ok({ raw, kind: ValueKindEnum.RATIO, numberValue: b === 0 ? null : String(a / b) });
  }
  if (targetKind === ValueKindEnum.NUMBER) {
    const d = parseItalianDecimal(raw);
    if (d === null) return bad('INVALID_NUMBER', `«${raw}» non è un numero: scrivere ad esempio 1.234,5 (virgola per i decimali).`);
    return ok({ raw, kind: ValueKindEnum.NUMBER, numberValue: d });
  }
  const d = parseItalianDecimal(raw);
  if (d !== null) return ok({ raw, kind: ValueKindEnum.NUMBER, numberValue: d });
  const yn = parseYesNo(raw);
  return ok({ raw, kind: ValueKindEnum.TEXT, numberValue: yn === null ? null : String(yn) });
}

/** Avanzamento in percent, 0–100, Italian or dot decimals; empty clears. */
export function parseProgress(text: string | null): Parsed<string | null> {
  const raw = (text ?? '').replace('%', '').trim();
  if (raw === '') return ok(null);
  const d = parseItalianDecimal(raw);
  if (d === null) return bad('INVALID_NUMBER', `«${text}» non è una percentuale: scrivere un numero da 0 a 100.`);
  const n = Number(d);
  if (n < 0 || n > 100) return bad('OUT_OF_RANGE', `L'avanzamento deve essere tra 0 e 100: ricevuto ${raw}.`);
  return ok(d);
}

/** A date typed as 31/12/2020 or 2020-12-31; empty clears. */
export function parseDateInput(text: string | null): Parsed<string | null> {
  const raw = (text ?? '').trim();
  if (raw === '') return ok(null);
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? parseItalianDate(raw.split('-').reverse().join('/')) : parseItalianDate(raw);
  if (!iso) return bad('INVALID_DATE', `«${raw}» non è una data valida: scrivere gg/mm/aaaa, ad esempio 31/12/2020.`);
  return ok(iso);
}

/** A note; empty clears. */
export function parseNote(text: string | null): Parsed<string | null> {
  const t = (text ?? '').trim();
  if (t.length > MAX_TEXT) return bad('TOO_LONG', `La nota è troppo lunga: massimo ${MAX_TEXT} caratteri (ricevuti ${t.length}).`);
  return ok(t === '' ? null : t);
}

const it = (iso: string) => iso.split('-').reverse().join('/');

/** Domain rule 2: an end date not before its start. */
export function checkDateOrder(start: string | null, end: string | null): ValueProblem | null {
  if (start && end && end < start) {
    return { code: 'DATE_ORDER', message: `La fine effettiva (${it(end)}) è prima dell'inizio effettivo (${it(start)}).` };
  }
  return null;
}
