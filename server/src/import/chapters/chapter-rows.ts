import { canonicalDecimal, decimalToCents, numberToDecimalText, parseItalianDecimal } from '../../common/italian-format';
import { ChapterField, HeaderMap, looksLikeHeader, mapHeaders } from './chapter-headers';
import { ChapterDirection, ChapterParseOptions, ChapterProblem, ChapterRow, TableCell, TableRow } from './chapter-types';

/** How many rows above the header (a title, the comune's name, filters) are tolerated. */
const MAX_HEADER_SEARCH = 30;

const text = (cell: TableCell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? numberToDecimalText(cell) : cell.trim();
};

/** An amount cell: xlsx numbers are exact decimals already; text is read the Italian way ("11.000,00"). */
function amountCents(cell: TableCell | undefined): number | null | 'bad' {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return null;
  let decimal: string | null;
  if (typeof cell === 'number') decimal = Number.isFinite(cell) ? canonicalDecimal(numberToDecimalText(cell)) : null;
  else decimal = parseItalianDecimal(cell.replace(/^€\s*|\s*€$/g, ''));
  if (decimal === null) return 'bad';
  // Floats from spreadsheets (1234.5600000001) are rounded to the cent; typed text must be exact.
  if (typeof cell === 'number' && /\.\d{3,}$/.test(decimal)) decimal = (Math.round(cell * 100) / 100).toFixed(2);
  try {
    return decimalToCents(decimal);
  } catch {
    return 'bad';
  }
}

function direction(value: string): ChapterDirection | null {
  const v = value.trim().toUpperCase();
  if (/^(E|ENTRATA|ENTRATE|ENT)$/.test(v)) return 'ENTRATA';
  if (/^(S|U|SPESA|SPESE|USCITA|USCITE|SP)$/.test(v)) return 'SPESA';
  return null;
}

const digitsOnly = (v: string) => /^\d+$/.test(v);
/** Two-digit code ("1" -> "01") for missione, programma, macroaggregato; other text is kept. */
const twoDigits = (v: string): string | null => (v === '' ? null : digitsOnly(v) ? v.padStart(2, '0') : v);
/** Titolo without leading zeros ("01" -> "1"). */
const titleCode = (v: string): string | null => (v === '' ? null : digitsOnly(v) ? String(Number(v)) : v);
/** A capitolo or articolo code: spaces removed, "1040080.0" from a spreadsheet float read as "1040080". */
const code = (v: string): string => v.replace(/\s+/g, '').replace(/\.0+$/, '');

/** Reads a table (header somewhere near the top, then one chapter per row) into chapters and problems. */
export function readChapterTable(rows: TableRow[], opts: ChapterParseOptions = {}): { chapters: ChapterRow[]; problems: ChapterProblem[] } {
  const problems: ChapterProblem[] = [];
  const nonEmpty = rows.filter((r) => r.cells.some((c) => text(c) !== ''));
  if (nonEmpty.length === 0) return { chapters: [], problems: [{ line: 1, column: null, code: 'EMPTY_FILE', message: 'Il file è vuoto: nessun capitolo da importare.' }] };

  let headerAt = -1;
  let header: HeaderMap | null = null;
  for (let i = 0; i < Math.min(nonEmpty.length, MAX_HEADER_SEARCH); i++) {
    const map = mapHeaders(nonEmpty[i].cells.map((c) => text(c)));
    if (looksLikeHeader(map)) {
      headerAt = i;
      header = map;
      break;
    }
  }
  if (!header) {
    const line = nonEmpty[0].line;
    return { chapters: [], problems: [{ line, column: null, code: 'MISSING_COLUMN', message: 'Intestazione non trovata: servono almeno le colonne Capitolo e Stanziamento di competenza (vedi docs/capitoli.md).' }] };
  }
  const missing = missingColumns(header, opts);
  if (missing.length > 0) {
    const line = nonEmpty[headerAt].line;
    return { chapters: [], problems: missing.map((m) => ({ line, column: m, code: 'MISSING_COLUMN' as const, message: `Manca la colonna obbligatoria "${m}".` })) };
  }

  const chapters: ChapterRow[] = [];
  const seen = new Map<string, number>();
  for (const row of nonEmpty.slice(headerAt + 1)) {
    const chapter = readRow(row, header, opts, problems);
    if (!chapter) continue;
    const key = `${chapter.year}|${chapter.direction}|${chapter.chapter}|${chapter.article}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const label = chapter.article ? `${chapter.chapter}/${chapter.article}` : chapter.chapter;
      problems.push({ line: row.line, column: labelOf(header, 'chapter') ?? labelOf(header, 'chapterArticle'), code: 'DUPLICATE_KEY', message: `Il capitolo ${label} (${chapter.direction.toLowerCase()} ${chapter.year}) compare due volte: già alla riga ${first}.` });
      continue;
    }
    seen.set(key, row.line);
    chapters.push(chapter);
  }
  return { chapters, problems };
}

function missingColumns(h: HeaderMap, opts: ChapterParseOptions): string[] {
  const c = h.columns;
  const out: string[] = [];
  if (!c.has('year') && opts.defaultYear === undefined) out.push('Esercizio');
  if (!c.has('direction') && opts.defaultDirection === undefined) out.push('Entrata/Spesa');
  if (!c.has('chapter') && !c.has('chapterArticle')) out.push('Capitolo');
  if (!c.has('appropriation')) out.push('Stanziamento di competenza');
  return out;
}

const labelOf = (h: HeaderMap, f: ChapterField) => h.columns.get(f)?.label ?? null;

/** One data row, or null (with a problem pushed, or silently for a totals row). */
function readRow(row: TableRow, h: HeaderMap, opts: ChapterParseOptions, problems: ChapterProblem[]): ChapterRow | null {
  const cell = (f: ChapterField): TableCell | undefined => {
    const col = h.columns.get(f);
    return col === undefined ? undefined : row.cells[col.index];
  };
  const get = (f: ChapterField) => text(cell(f));
  const fail = (f: ChapterField, code: ChapterProblem['code'], message: string) => {
    problems.push({ line: row.line, column: labelOf(h, f), code, message });
    return null;
  };

  let chapter = code(get('chapter'));
  let article = code(get('article'));
  const combined = get('chapterArticle');
  if (combined !== '' && chapter === '') {
    const m = /^([\w.-]+?)(?:\s*[/-]\s*([\w.]+))?$/.exec(combined.replace(/\s+/g, ''));
    if (!m) return fail('chapterArticle', 'BAD_CODE', `Capitolo/articolo illeggibile: "${combined}" (atteso come 1040080/1).`);
    chapter = code(m[1]);
    article = article || code(m[2] ?? '');
  }
  if (chapter === '') {
    if (row.cells.some((c) => /^\s*total/i.test(text(c)))) return null;
    return fail(h.columns.has('chapter') ? 'chapter' : 'chapterArticle', 'MISSING_VALUE', 'Capitolo mancante.');
  }

  const yearText = get('year');
  const year = yearText === '' ? opts.defaultYear : /^\d{4}$/.test(yearText.replace(/\.0+$/, '')) ? Number(yearText.replace(/\.0+$/, '')) : undefined;
  if (year === undefined) return fail('year', yearText === '' ? 'MISSING_VALUE' : 'BAD_YEAR', yearText === '' ? 'Esercizio mancante.' : `Esercizio non valido: "${yearText}".`);

  const dirText = get('direction');
  const dir = dirText === '' ? (opts.defaultDirection ?? null) : direction(dirText);
  if (dir === null) return fail('direction', dirText === '' ? 'MISSING_VALUE' : 'BAD_DIRECTION', dirText === '' ? 'Entrata/spesa mancante.' : `Entrata/spesa non riconosciuta: "${dirText}" (attesi E, S, U, Entrata, Spesa).`);

  const amounts: Partial<Record<'appropriation' | 'residual' | 'cash', number | null>> = {};
  for (const f of ['appropriation', 'residual', 'cash'] as const) {
    const v = amountCents(cell(f));
    if (v === 'bad') return fail(f, 'BAD_AMOUNT', `Importo illeggibile: "${get(f)}" (atteso come 11.000,00).`);
    amounts[f] = v;
  }
  if (amounts.appropriation === null) return fail('appropriation', 'BAD_AMOUNT', 'Stanziamento di competenza mancante.');

  let mission = twoDigits(get('mission'));
  let program = twoDigits(get('program'));
  const mp = get('missionProgram');
  if (mp !== '' && mission === null && program === null) {
    const m = /^(\d{1,2})\D+(\d{1,2})$/.exec(mp) ?? /^(\d{2})(\d{2})$/.exec(mp);
    if (!m) return fail('missionProgram', 'BAD_CODE', `Missione/programma illeggibile: "${mp}" (atteso come 01.03).`);
    mission = twoDigits(m[1]);
    program = twoDigits(m[2]);
  }

  return {
    line: row.line,
    year,
    direction: dir,
    chapter,
    article,
    description: get('description') || null,
    title: titleCode(get('title')),
    category: twoDigits(get('category')),
    mission,
    program,
    accountPlanCode: get('accountPlanCode') || null,
    appropriationCents: amounts.appropriation as number,
    residualCents: amounts.residual ?? null,
    cashCents: amounts.cash ?? null,
  };
}
