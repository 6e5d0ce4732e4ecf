/**
 * Token-level reading of OCR text: folded comparison, codes split by the OCR ("2020 _STAFF_1",
 * "U 09"), Italian numbers and dates among words, yes/no legends, names glued to titles or units.
 */

/** Lower case, accents and punctuation removed, single spaces: for comparing labels. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Collapses white space and drops the table rules ("|") the OCR reads from cell borders. */
export function tidy(line: string): string {
  return line.replace(/\s\|\s|^\|\s*|\s*\|$/g, ' ').replace(/[ \t\u00a0]+/g, ' ').trim();
}

const FIRST_PART = /^(?:[A-Za-z]{1,4}|\d{2,4}|_?[A-Za-z0-9]+(?:_[A-Za-z0-9]*)+)$/;
const NEXT_PART = /^(?:_[A-Za-z0-9_]*|\d{1,4}|[A-Za-z0-9]+(?:_[A-Za-z0-9]*)+)$/;

/**
 * Reads a code at the start of a line, re-joining what the OCR split or un-underscored:
 * "2020 _STAFF_1 Gestione" -> 2020_STAFF_1, "2020 STAFF_2" -> 2020_STAFF_2, "u_09 Assessori" -> U_09.
 * Returns the code (upper case) and the text after it; null when the line does not start with one.
 */
export function readOcrCode(line: string): { code: string; rest: string } | null {
  const tokens = tidy(line).split(' ');
  const parts: string[] = [];
  for (const tok of tokens) {
    if (parts.length === 0) {
      if (!FIRST_PART.test(tok)) return null;
    } else {
      const prev = parts[parts.length - 1];
      const glued = tok.startsWith('_') || prev.endsWith('_');
      const letterThenNumber = parts.length === 1 && /^[A-Za-z]{1,4}$/.test(prev) && /^_?\d/.test(tok);
      if (!(glued && /^_?[A-Za-z0-9_]+$/.test(tok)) && !letterThenNumber && !NEXT_PART.test(tok)) break;
      if (/^\d{1,4}$/.test(tok) && !letterThenNumber && !glued && !/^\d+$/.test(prev)) break;
    }
    parts.push(tok);
  }
  const code = parts.join('_').replace(/_+/g, '_').replace(/^_|_$/g, '').toUpperCase();
  if (!/\d/.test(code) || !code.includes('_') || !/[A-Z]|\d_\d/.test(code)) return null;
  return { code, rest: tokens.slice(parts.length).join(' ') };
}

/** A key for matching codes however the OCR spaced them: "2020 STAFF 2" and "2020_STAFF_2" agree. */
export function codeKey(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export const DATE_TOKEN = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
export const NUMBER_TOKEN = /^[+-]?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^[+-]?\d+,\d+$/;

/** A piece of a data line: a date, an Italian number, or a run of words. */
export interface Piece {
  kind: 'date' | 'num' | 'words';
  text: string;
}

/** Splits a line into dates, numbers ("2,00", "1.000,00") and the word runs between them. */
export function pieces(line: string): Piece[] {
  const out: Piece[] = [];
  for (const tok of tidy(line).split(' ')) {
    if (tok === '') continue;
    const kind = DATE_TOKEN.test(tok) ? 'date' : NUMBER_TOKEN.test(tok) && tok.includes(',') ? 'num' : 'words';
    const last = out[out.length - 1];
    if (kind === 'words' && last?.kind === 'words') last.text += ' ' + tok;
    else out.push({ kind, text: tok });
  }
  return out;
}

// "1=FATTO", "0= NON FATTO", "O;NON FATTO" (OCR: O for 0, ; for =), "si=1", "no = 0".
const LEGEND = /(?:^|\s)((?:[01oO]\s*[=;:]\s*(?:non\s+)?fatt[oa]|s[iì]\s*=\s*[01]|no\s*=\s*[01])\b.*)$/i;

/** Splits the yes/no legend the indicator note column prints at the end of a line. */
export function splitLegend(line: string): { text: string; legend: string | null } {
  const m = LEGEND.exec(line);
  if (!m) return { text: line, legend: null };
  return { text: line.slice(0, m.index).trim(), legend: m[1].trim() };
}

const NAME_TOKEN = /^[A-ZÀ-Ý][A-ZÀ-Ý']+$/;

/**
 * "Pubbliche relazioni CARUSO GIANLUCA" -> title + name: the trailing run of at least two
 * upper-case words after text in mixed case. Null name when there is no such run.
 */
export function splitTrailingName(text: string): { head: string; name: string | null } {
  const tokens = tidy(text).split(' ').filter(Boolean);
  let i = tokens.length;
  while (i > 0 && NAME_TOKEN.test(tokens[i - 1])) i--;
  const run = tokens.length - i;
  if (run >= 2 && run <= 4) return { head: tokens.slice(0, i).join(' '), name: tokens.slice(i).join(' ') };
  return { head: tokens.join(' '), name: null };
}

/** Is the line a person's name on its own: two to four words, all upper or all lower case? */
export function isNameLine(text: string): boolean {
  const t = tidy(text);
  const words = t.split(' ');
  return words.length >= 2 && words.length <= 4 && /^[A-Za-zÀ-ÿ' ]+$/.test(t) && (t === t.toUpperCase() || t === t.toLowerCase());
}

const PARTICLES = new Set(['DE', 'DI', 'DEL', 'DELLA', 'DA', 'DAL', 'LA', 'LO', 'LI', "D'", 'DALLA']);
const UNIT_WORD = /^(?:U\.?O\.?C?|UOC|UDP|SERV\.?|SERVIZIO|SETTORE|STAFF|AREA|UFFICIO|UNITA'?|DIREZIONE|AREA-UO|P\.?O\.?)$/i;

/**
 * "caruso gianluca STAFF SINDACO E GIUNTA" / "CINQUANTA PAOLA UO STAFF SINDACO E" -> name + unit:
 * a change of case, else an organisational word, else the first two words (three after a particle).
 */
export function splitNameAndUnit(text: string): { name: string | null; unit: string | null } {
  const tokens = tidy(text).split(' ').filter(Boolean);
  if (tokens.length === 0) return { name: null, unit: null };
  const lower = tokens.findIndex((t) => t !== t.toLowerCase());
  if (tokens[0] === tokens[0].toLowerCase() && lower > 0) return { name: tokens.slice(0, lower).join(' '), unit: tokens.slice(lower).join(' ') };
  const unitAt = tokens.findIndex((t, i) => i >= 2 && UNIT_WORD.test(t));
  const cut = unitAt > 0 ? unitAt : Math.min(tokens.length, PARTICLES.has(tokens[0].toUpperCase()) ? 3 : 2);
  return { name: tokens.slice(0, cut).join(' '), unit: tokens.slice(cut).join(' ') || null };
}

const CONNECTOR = /(?:\s(?:E|ED|DI|DEL|DELLA|DELLE|DEI|DEGLI|DELL'|PER|-)|[-,'])$/i;

/** Does an upper-case cell end where the OCR wrapped it ("... SINDACO E")? */
export function endsDangling(text: string | null): boolean {
  return text !== null && CONNECTOR.test(text.trim());
}

/** Splits trailing upper-case words (a wrapped unit cell) from the text before them. */
export function splitTrailingUpper(text: string): { head: string; tail: string | null } {
  const tokens = tidy(text).split(' ').filter(Boolean);
  let i = tokens.length;
  while (i > 0 && /^[A-ZÀ-Ý.'-]+$/.test(tokens[i - 1])) i--;
  if (!tokens.slice(i).some((t) => /[A-ZÀ-Ý]{3}/.test(t))) return { head: tokens.join(' '), tail: null };
  return { head: tokens.slice(0, i).join(' '), tail: tokens.slice(i).join(' ') };
}
