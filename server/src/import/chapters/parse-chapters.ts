import { readCsvTable } from './chapter-csv';
import { readChapterTable } from './chapter-rows';
import { ChapterParseOptions, ParsedChapterFile } from './chapter-types';
import { looksLikeXlsx, readXlsxTable } from './chapter-xlsx';

/**
 * Parses a chapter list exported by the accounting system, CSV or .xlsx (told apart by content,
 * not by name). No database: rows in, chapters and problems (with line and column) out.
 */
export async function parseChapterFile(bytes: Uint8Array, fileName: string, opts: ChapterParseOptions = {}): Promise<ParsedChapterFile> {
  const format = looksLikeXlsx(bytes) ? 'xlsx' : 'csv';
  const table = format === 'xlsx' ? await readXlsxTable(bytes) : readCsvTable(bytes);
  if (table.problems.length > 0) return { fileName, format, chapters: [], problems: table.problems };
  const { chapters, problems } = readChapterTable(table.rows, opts);
  return { fileName, format, chapters, problems };
}
