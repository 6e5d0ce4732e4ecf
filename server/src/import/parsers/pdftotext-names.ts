/**
 * pdftotext loses column positions, so cells printed side by side arrive as one run of words:
 * "Sindaco AREA COORDINAMENTO ...", "CAMINADA GIUSEPPE SERVIZI INFORMATICI". These rules split
 * them back from general traits: offices are printed in upper case and start with an office word;
 * assessorati and relations are printed in mixed case; people's names have two or three words.
 */
import { hasLower, isUpperWord } from './pdftotext-lines';

const OFFICE_WORDS = new Set([
  'SETTORE', 'SETT.', 'SETT', 'SERVIZIO', 'SERVIZI', 'SERV.', 'SERV', 'AREA', 'UNITA', "UNITA'", 'UNITÀ',
  'UO', 'U.O.', 'UOC', 'UDP', 'U.D.P.', 'CORPO', 'UFFICIO', 'UFF.', 'DIREZIONE', 'DIR.', 'STAFF',
  'SEGRETERIA', 'GABINETTO', 'COMANDO', 'AVVOCATURA', 'ISTITUZIONE', 'SPORTELLO', 'DIPARTIMENTO',
  'POLIZIA', 'SEGRETARIO', 'SEGRETARIATO',
]);

/** "SETT.", "AREA-UO", "Servizio" -> is it the first word of an office (CdR) name? */
export function isOfficeWord(token: string): boolean {
  const head = token.toUpperCase().split('-')[0].replace(/[,;:]$/, '');
  return OFFICE_WORDS.has(head);
}

function join(words: string[]): string | null {
  return words.length ? words.join(' ') : null;
}

/**
 * "Sindaco AREA COORDINAMENTO STRATEGICO," -> ["Sindaco", "AREA COORDINAMENTO STRATEGICO,"].
 * The office is the trailing upper-case run; failing that, the run from the first office word.
 */
export function splitAssessoratoOffice(words: string[]): [string | null, string | null] {
  if (words.length === 0) return [null, null];
  let k = 0;
  words.forEach((w, i) => {
    if (hasLower(w)) k = i + 1;
  });
  if (k > 0 && k < words.length && isUpperWord(words[k])) return [join(words.slice(0, k)), join(words.slice(k))];
  const office = words.findIndex((w, i) => i >= 1 && isOfficeWord(w));
  if (office > 0) return [join(words.slice(0, office)), join(words.slice(office))];
  if (k === words.length) return [join(words), null];
  if (isOfficeWord(words[0]) || words.length === 1) return [null, join(words)];
  return [words[0], join(words.slice(1))];
}

/**
 * "CAMINADA GIUSEPPE SERVIZI INFORMATICI" -> ["CAMINADA GIUSEPPE", "SERVIZI INFORMATICI"]. A name
 * already known from the document wins; then the first office word; then a lower-case name
 * ("caruso gianluca AREA-UO"); else the first two words are the name.
 */
export function splitPersonOffice(words: string[], knownNames: readonly string[]): [string | null, string | null] {
  if (words.length === 0) return [null, null];
  const upper = words.map((w) => w.toUpperCase());
  let best = 0;
  for (const name of knownNames) {
    const n = name.toUpperCase().split(/\s+/);
    if (n.length > best && n.length < words.length && n.every((w, i) => upper[i] === w)) best = n.length;
  }
  if (best > 0) return [join(words.slice(0, best)), join(words.slice(best))];
  for (const from of [2, 1]) {
    const office = words.findIndex((w, i) => i >= from && isOfficeWord(w));
    if (office > 0) return [join(words.slice(0, office)), join(words.slice(office))];
  }
  if (hasLower(words[0])) {
    let k = 0;
    while (k < words.length && hasLower(words[k])) k++;
    return [join(words.slice(0, k)), join(words.slice(k))];
  }
  const cut = Math.min(2, words.length);
  return [join(words.slice(0, cut)), join(words.slice(cut))];
}

/**
 * An upper-case office name followed, on the same line, by a mixed-case note:
 * "SERVIZIO LAVORI PUBBLICI In linea con la programmazione" -> [office, note].
 */
export function splitOfficeNote(words: string[]): [string[], string[]] {
  const k = words.findIndex((w) => hasLower(w));
  return k < 0 ? [words, []] : [words.slice(0, k), words.slice(k)];
}

/** "FABIO CRIPPA Posizione Organizzativa" -> ["FABIO CRIPPA", "Posizione Organizzativa"]. */
export function splitNameRelation(words: string[]): [string | null, string | null] {
  if (words.length === 0) return [null, null];
  const lowerName = hasLower(words[0]);
  let k = 0;
  while (k < words.length && (lowerName ? hasLower(words[k]) && /^\p{Ll}/u.test(words[k]) : !hasLower(words[k]))) k++;
  if (k === 0 || k === words.length) k = Math.min(2, words.length);
  return [join(words.slice(0, k)), join(words.slice(k))];
}
