import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../common/paths';
import { Database } from '../db/data-source';
import { parseBytes, ParsedDocument } from './parse';
import { readSchedeJson } from './json-input';
import { DocumentImportResult, persistDocument } from './persist/persister';

export interface ImportFileOptions {
  overwrite?: boolean;
  planningView?: string;
  /** Read the file as the schede JSON shape, whatever it looks like. */
  json?: boolean;
}

/** Reads and parses one file (no database). */
export function parseFile(file: string, opts: ImportFileOptions = {}): ParsedDocument & { bytes: Buffer } {
  const bytes = fs.readFileSync(file);
  const source = path.basename(file);
  if (opts.json) return { layout: 'json', document: readSchedeJson(bytes.toString('utf8'), source), bytes };
  return { ...parseBytes(bytes, source), bytes };
}

/** Parses and imports one file in one transaction; problems come back, never a half-written file. */
export async function importFile(db: Database, file: string, opts: ImportFileOptions = {}): Promise<DocumentImportResult & { layout: string | null }> {
  const parsed = parseFile(file, opts);
  const contentHash = createHash('sha256').update(parsed.bytes).digest('hex');
  const result = await persistDocument(db, parsed.document, {
    fileName: path.basename(file),
    contentHash,
    layout: parsed.layout ?? 'unknown',
    overwrite: opts.overwrite,
    planningView: opts.planningView,
  });
  return { ...result, layout: parsed.layout };
}

/** The folder of the sample schede shipped with pegaso (public documents of the Comune di Cinisello Balsamo). */
export const SAMPLE_DATA_DIR = path.join(packageRoot(), 'server/sample-data');

/** The sample files, in name order. */
export function sampleFiles(): string[] {
  return fs
    .readdirSync(SAMPLE_DATA_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(SAMPLE_DATA_DIR, f));
}
