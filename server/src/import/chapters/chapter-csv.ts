import { parse } from 'csv-parse/sync';
import { decodeDocument } from '../decode';
import { ChapterProblem, TableRow } from './chapter-types';

/** The delimiter of a CSV export: the most frequent of `;`, `,` and tab outside quotes in the first line. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const unquoted = first.replace(/"[^"]*"/g, '');
  const count = (c: string) => unquoted.split(c).length - 1;
  const candidates: Array<';' | ',' | '\t'> = [';', '\t', ','];
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ';');
}

/** Reads CSV bytes (UTF-8 or Windows-1252, `;` `,` or tab) into rows with their line numbers. */
export function readCsvTable(bytes: Uint8Array): { rows: TableRow[]; problems: ChapterProblem[] } {
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) {
    const problem: ChapterProblem = decoded.reason === 'binary'
      ? { line: 1, column: null, code: 'BINARY_FILE', message: 'Il file non è un CSV né un .xlsx leggibile (contenuto binario).' }
      : { line: 1, column: null, code: 'EMPTY_FILE', message: 'Il file è vuoto: nessun capitolo da importare.' };
    return { rows: [], problems: [problem] };
  }
  try {
    const records = parse(decoded.text, {
      delimiter: detectDelimiter(decoded.text),
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    // `info.lines` is where the record ends; a quoted cell may span lines.
    const rows = records.map(({ record, info }) => ({
      line: info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0),
      cells: record,
    }));
    return { rows, problems: [] };
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ line, column: null, code: 'UNREADABLE_FILE', message: `CSV illeggibile: ${(err as Error).message}` }] };
  }
}
