/**
 * The labels and section headings of the markdown export, matched on plain text and tolerant of
 * case, lost accents ("Responsabilita") and stray punctuation.
 */

/** Fields printed as "Label" followed by the value (same line after a tab or colon, or next paragraph). */
export type MdField =
  | 'assessorato'
  | 'responsibilityCenter'
  | 'responsible'
  | 'status'
  | 'type'
  | 'direzione'
  | 'direttore'
  | 'servizio'
  | 'dirigente'
  | 'classificazione';

/** Sections that open a body region of an objective. */
export type MdSection =
  | 'LINKS'
  | 'VALORE_PUBBLICO'
  | 'MODE'
  | 'STATUS_TEXT'
  | 'PHASES'
  | 'INDICATORS'
  | 'PEOPLE'
  | 'BUDGET'
  | 'DESCRIPTION'
  | 'GANTT';

const LEAD = String.raw`^[\s|:.\-–]*`;

const FIELDS: Array<[MdField, RegExp]> = [
  ['assessorato', new RegExp(LEAD + String.raw`assessorat[oi]\b`, 'i')],
  ['responsibilityCenter', new RegExp(LEAD + String.raw`centro\s*di\s*respons[^\s:\t]*`, 'i')],
  ['responsible', new RegExp(LEAD + String.raw`responsabile\b`, 'i')],
  ['type', new RegExp(LEAD + String.raw`tipo(?:logia)?\s*(?:di\s*)?obiettivo\b|^tipologia\b`, 'i')],
  ['status', new RegExp(LEAD + String.raw`stato\b(?!\s*di\s*attuaz)`, 'i')],
  ['direzione', /^direzione\b/i],
  ['direttore', /^direttore\b/i],
  ['servizio', /^servizio\b/i],
  ['dirigente', /^dirigente\b/i],
  ['classificazione', /^classificazione\b/i],
];

const SECTIONS: Array<[MdSection, RegExp]> = [
  ['LINKS', /^collegat[oa]\s*a\b\W*$/i],
  ['VALORE_PUBBLICO', /^valore\s*pubblico\W*$/i],
  ['MODE', /^modalit\S*\s*di\s*attuazione\W*$/i],
  ['STATUS_TEXT', /^stato\s*di\s*attuazione\b/i],
  ['PHASES', /^fasi\b[\s\-–]*(?:attivit\S*)?\W*$/i],
  ['INDICATORS', /^indicatori\W*$/i],
  ['PEOPLE', /^soggetti\s*coinvolti\W*$/i],
  ['BUDGET', /^risorse\s*finanziarie\W*$/i],
  ['DESCRIPTION', /^descrizione\s*dettagliata(?:\s*dell\W*obiettivo)?\W*$/i],
  ['GANTT', /^gantt\W*$/i],
];

/** A field label at the start of a plain line, with the value printed after it on the same line. */
export interface FieldMatch {
  field: MdField;
  rest: string;
}

/**
 * Matches a field label. An inline value counts only when the export separates it (tab, colon, or
 * a bold/html label), so a title that merely starts with "Responsabile ..." is not a label.
 */
export function matchField(plainText: string, raw: string): FieldMatch | null {
  const text = plainText.replace(/\t/g, ' ').trim();
  for (const [field, re] of FIELDS) {
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    const rest = after.replace(/^[\s:\-–]+/, '').trim();
    if (rest === '') return { field, rest };
    const separated = /^\s*:/.test(after) || raw.includes('\t') || /^\s*(?:\*\*|<b>)/i.test(raw);
    if (separated) return { field, rest };
    return null;
  }
  return null;
}

/** Matches a section heading on a whole plain line (tabs of an empty table row ignored). */
export function matchSection(plainText: string): MdSection | null {
  const text = plainText.replace(/\s+/g, ' ').trim();
  if (text.length > 80) return null;
  for (const [section, re] of SECTIONS) if (re.test(text)) return section;
  return null;
}

/** Document parameters ("Parametri selezionati") printed before the first scheda. */
export type MdParam = 'vista' | 'livello' | 'cdr' | 'date' | 'status' | 'other';

const PARAMS: Array<[MdParam, RegExp]> = [
  ['vista', /^vista\b/i],
  ['livello', /^livello\b/i],
  ['cdr', /^centro\s*di\s*respons[^\s:\t]*/i],
  ['date', /^data\s*(?:di\s*)?elaborazione\b/i],
  ['status', /^stato\b/i],
  ['other', /^descrizione\s*sintetica\b/i],
];

/** "<b>Vista</b>\tDUP_2024_2027 DUP 2024 2026" -> vista + the value. */
export function matchParam(plainText: string): { param: MdParam; label: string; value: string } | null {
  const text = plainText.replace(/\t/g, ' ').trim();
  for (const [param, re] of PARAMS) {
    const m = re.exec(text);
    if (m) return { param, label: m[0], value: text.slice(m[0].length).replace(/^[\s:]+/, '').trim() };
  }
  return null;
}
