/**
 * Italian number, date and yes/no formats as finance staff type and documents print them.
 * Numbers come back as canonical decimal strings ("1234.5") so that no value passes through a
 * binary float on its way to the database; callers that need arithmetic convert explicitly.
 */

const ITALIAN_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.234 or 1.234,56
const ITALIAN_PLAIN = /^[+-]?\d+(,\d+)?$/; // 1234 or 1234,56
const DOT_DECIMAL = /^[+-]?\d*\.\d+$/; // 1234.5 (as Excel or a developer sends it)

/**
 * Reads "2.000,00", "1,5", "-149.800,00", "40.000", "1234.5" into a canonical decimal string
 * ("2000", "1.5", "-149800", "40000", "1234.5"); null when the text is not a number.
 * A dot followed by exactly three digits is a thousands separator, as in Italian.
 */
export function parseItalianDecimal(text: string): string | null {
  const t = text.trim().replace(/\s+/g, '').replace(/^\u2212/, '-');
  if (t === '') return null;
  let normal: string;
  if (ITALIAN_GROUPED.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (ITALIAN_PLAIN.test(t)) normal = t.replace(',', '.');
  else if (DOT_DECIMAL.test(t)) normal = t;
  else return null;
  return canonicalDecimal(normal);
}

/** "0012.500" -> "12.5", "-0.0" -> "0", "+3" -> "3". Input must be a plain dot-decimal. */
export function canonicalDecimal(dotDecimal: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(dotDecimal.trim());
  if (!m) throw new Error(`not a decimal: ${dotDecimal}`);
  const intPart = (m[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac ? `${intPart}.${frac}` : intPart;
  const sign = m[1] === '-' && body !== '0' ? '-' : '';
  return sign + body;
}

/** Reads an Italian number into a JS number, for computed fields only (scores, ratios). */
export function parseItalianNumber(text: string): number | null {
  const d = parseItalianDecimal(text);
  return d === null ? null : Number(d);
}

/** Formats a canonical decimal the Italian way: "1234.5" -> "1.234,5"; fixed decimals when given. */
export function formatItalianDecimal(decimal: string, fractionDigits?: number): string {
  const neg = decimal.startsWith('-');
  const [i, f = ''] = (neg ? decimal.slice(1) : decimal).split('.');
  const frac = fractionDigits === undefined ? f : f.padEnd(fractionDigits, '0').slice(0, fractionDigits);
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/** Euros as a decimal (string or a number parsed from a short decimal) -> integer cents, exactly. */
export function decimalToCents(value: string | number): number {
  const text = typeof value === 'number' ? numberToDecimalText(value) : value.trim();
  const m = /^([+-]?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new RangeError(`not an amount with at most two decimals: ${text}`);
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount too large: ${text}`);
  return m[1] === '-' ? -cents : cents;
}

/** Integer cents -> canonical euro decimal text with two decimals: 1234567 -> "12345.67". */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be a safe integer: ${cents}`);
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const s = `${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/**
 * A JS number as its shortest round-trip decimal text without exponent. For numbers that came from
 * a decimal of at most 15 significant digits this gives back exactly those digits.
 */
export function numberToDecimalText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return canonicalDecimal(n.toFixed(20).replace(/\.?0+$/, '') || '0');
}

/** "19/03/2018" (also 19-03-2018, 19.03.2018) -> "2018-03-19"; null if not a real date. */
export function parseItalianDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "2018-03-19" -> "19/03/2018". */
export function formatItalianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const YES = new Set(['si', 'sì', 'sí', 'yes', 'fatto', 'fatta', 'vero', 'x']);
const NO = new Set(['no', 'non fatto', 'non fatta', 'falso']);

/** Reads a yes/no answer the way it is typed or printed: 1/0, si/no, fatto/non fatto. */
export function parseYesNo(text: string): 1 | 0 | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '1' || t === '1,00' || t === '1.00' || YES.has(t)) return 1;
  if (t === '0' || t === '0,00' || t === '0.00' || NO.has(t)) return 0;
  return null;
}

/** Does a description or note declare a yes/no indicator ("(si=1, no=0)", "1=FATTO 0=NON FATTO")? */
export function declaresYesNo(text: string | null | undefined): boolean {
  if (!text) return false;
  return /\bs[iì]\s*=\s*1\b|\bno\s*=\s*0\b|\b1\s*=\s*fatt[oa]\b|\b0\s*=\s*non\s+fatt[oa]\b|\bfatt[oa]\s*=\s*1\b|\bnon\s+fatt[oa]\s*=\s*0\b|\bs[iì]\s*\/\s*no\b/i.test(text);
}
