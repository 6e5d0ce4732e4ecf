import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_DATA_DIR } from '../import-files';
import { Database } from '../../db/data-source';
import { ChapterParseOptions } from './chapter-types';
import { parseChapterFile } from './parse-chapters';
import { ChapterImportResult, persistChapters } from './persist-chapters';

/** Reads, parses and imports one chapter list file (CSV or .xlsx) in one transaction. */
export async function importChapterFile(
  db: Database,
  file: string,
  opts: ChapterParseOptions & { onRow?: (done: number, total: number) => void } = {},
): Promise<ChapterImportResult> {
  const parsed = await parseChapterFile(fs.readFileSync(file), path.basename(file), opts);
  return persistChapters(db, parsed, opts.onRow);
}

/** The summary a person reads after importing chapter lists: counts, then problems by file, line and column. */
export function formatChapterSummary(results: ChapterImportResult[]): string {
  const sum = (f: 'created' | 'updated' | 'unchanged') => results.reduce((n, r) => n + r[f], 0);
  const problems = results.reduce((n, r) => n + r.problems.length, 0);
  const out = [`Importati ${results.length} file di capitoli: ${sum('created')} capitoli creati, ${sum('updated')} aggiornati, ${sum('unchanged')} invariati; ${problems} problemi.`];
  for (const r of results) {
    if (r.problems.length > 0) out.push(`${r.fileName}: non importato, nulla scritto.`);
    for (const p of r.problems) out.push(`${r.fileName}:${p.line}:${p.column ? ` colonna "${p.column}":` : ''} ${p.code}: ${p.message}`);
  }
  return out.join('\n');
}

/** The sample chapter list shipped with pegaso, consistent with the budget lines of seed 000. */
export function sampleChaptersFile(): string {
  return path.join(SAMPLE_DATA_DIR, 'capitoli-2017.csv');
}
