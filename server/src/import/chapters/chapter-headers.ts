/**
 * Tolerant matching of the column headers accounting systems print in their chapter lists:
 * case, accents, punctuation, stop words and a trailing year are ignored ("Stanz. competenza 2017"
 * reads as "stanz competenza"). docs/capitoli.md lists the accepted variants.
 */

export type ChapterField =
  | 'year'
  | 'direction'
  | 'chapter'
  | 'article'
  | 'chapterArticle'
  | 'description'
  | 'title'
  | 'category'
  | 'mission'
  | 'program'
  | 'missionProgram'
  | 'accountPlanCode'
  | 'appropriation'
  | 'residual'
  | 'cash';

/** Normalised header variants per field (after `normaliseHeader`). */
export const HEADER_VARIANTS: Record<ChapterField, string[]> = {
  year: ['esercizio', 'anno', 'eser', 'es', 'anno esercizio', 'esercizio finanziario', 'anno bilancio', 'year'],
  direction: [
    'e s', 'e u', 'entrata spesa', 'entrata uscita', 'entrate spese', 'tipo', 'tipo capitolo', 'parte',
    'direzione', 'tipo bilancio', 'tipo e s', 'direction',
  ],
  chapter: ['capitolo', 'cap', 'capit', 'codice capitolo', 'capitolo peg', 'chapter'],
  article: ['articolo', 'art', 'artic', 'article'],
  chapterArticle: ['capitolo articolo', 'cap art', 'capitolo art', 'cap articolo', 'capitolo e articolo'],
  description: ['descrizione', 'descr', 'descrizione capitolo', 'denominazione', 'oggetto', 'description'],
  title: ['titolo', 'tit', 'title'],
  category: [
    'tipologia', 'macroaggregato', 'macroaggr', 'macro', 'tip', 'tipologia macroaggregato', 'macroaggregato tipologia',
    'tip macro', 'tip macroaggr', 'tipologia macro', 'category',
  ],
  mission: ['missione', 'miss', 'mis', 'mission'],
  program: ['programma', 'progr', 'prog', 'program'],
  missionProgram: ['missione programma', 'miss progr', 'mis prog', 'miss prog', 'mis progr'],
  accountPlanCode: [
    'piano conti', 'pdc', 'pdcf', 'piano conti finanziario', 'p f', 'pf', 'codice piano conti', 'codice pdc',
    'piano finanziario', 'conto', 'v livello pdc', 'v livello piano conti', 'account plan',
  ],
  appropriation: [
    'stanziamento competenza', 'stanz competenza', 'stanz comp', 'stanziamento', 'stanz', 'competenza',
    'previsione competenza', 'prev competenza', 'prev comp', 'previsione', 'previsione definitiva competenza',
    'stanziamento definitivo', 'stanziamento definitivo competenza', 'stanziamento attuale', 'appropriation',
  ],
  residual: ['residui', 'res', 'stanziamento residui', 'residui presunti', 'previsione residui', 'stanz residui', 'residual'],
  cash: ['cassa', 'stanziamento cassa', 'stanz cassa', 'previsione cassa', 'prev cassa', 'cash'],
};

const STOP_WORDS = new Set(['di', 'dei', 'del', 'della', 'delle', 'e', 'n', 'nr', 'num', 'numero', 'cod', 'codice']);
const KEEP_CODE = new Set(['e s', 'e u', 'p f', 'tipo e s', 'capitolo e articolo']);

/** "Stanz. Competenza 2017" -> "stanz competenza"; "Cap./Art." -> "cap art"; "E/S" -> "e s". */
export function normaliseHeader(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+(19|20)\d{2}$/, '');
  if (KEEP_CODE.has(plain)) return plain;
  const words = plain.split(' ').filter((w) => w !== '' && !STOP_WORDS.has(w));
  return words.length > 0 ? words.join(' ') : plain;
}

const LOOKUP = new Map<string, ChapterField>();
for (const [field, variants] of Object.entries(HEADER_VARIANTS) as Array<[ChapterField, string[]]>) {
  for (const v of variants) LOOKUP.set(normaliseHeader(v), field);
}

/** The field a header names, or null. */
export function fieldOfHeader(text: string): ChapterField | null {
  const n = normaliseHeader(text);
  return LOOKUP.get(n) ?? null;
}

/** Where each field is in a header row (first occurrence wins) and the header as printed. */
export interface HeaderMap {
  columns: Map<ChapterField, { index: number; label: string }>;
}

export function mapHeaders(cells: ReadonlyArray<string>): HeaderMap {
  const columns = new Map<ChapterField, { index: number; label: string }>();
  cells.forEach((label, index) => {
    const field = fieldOfHeader(label);
    if (field && !columns.has(field)) columns.set(field, { index, label: label.trim() });
  });
  return { columns };
}

/** Does this row look like the header of a chapter list (a capitolo column and two more known columns)? */
export function looksLikeHeader(map: HeaderMap): boolean {
  const hasChapter = map.columns.has('chapter') || map.columns.has('chapterArticle');
  return hasChapter && map.columns.size >= 3;
}
