/**
 * `npm run import-chapters -- FILE...`: imports the budget's chapter list (elenco capitoli, CSV or
 * .xlsx exported by the accounting system) into the database of DATABASE_URL, one transaction
 * per file, with a progress bar and a summary. See docs/capitoli.md for the columns.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, redact } from '../config';
import { openDatabase } from '../db/data-source';
import { describeDatabaseError } from '../db/database-errors';
import { ChapterDirection, ChapterParseOptions } from '../import/chapters/chapter-types';
import { formatChapterSummary, importChapterFile } from '../import/chapters/import-chapters';
import { parseChapterFile } from '../import/chapters/parse-chapters';
import { ChapterImportResult } from '../import/chapters/persist-chapters';

const program = new Command()
  .name('pegaso-import-chapters')
  .description("Importa l'elenco capitoli del bilancio (CSV o .xlsx della contabilità) nel database di pegaso.")
  .argument('<files...>', 'elenchi capitoli da importare')
  .option('--esercizio <anno>', "esercizio per i file senza colonna Esercizio", (v) => {
    if (!/^\d{4}$/.test(v)) throw new InvalidArgumentError('atteso un anno, es. 2017');
    return Number(v);
  })
  .option('--direzione <entrata|spesa>', 'entrata o spesa per i file senza colonna E/S', (v): ChapterDirection => {
    const d = v.trim().toUpperCase();
    if (d === 'ENTRATA' || d === 'E') return 'ENTRATA';
    if (d === 'SPESA' || d === 'S' || d === 'U') return 'SPESA';
    throw new InvalidArgumentError('atteso entrata o spesa');
  })
  .option('--dry-run', 'legge i file senza toccare il database')
  .showHelpAfterError();

async function main(): Promise<number> {
  program.parse();
  const files = program.args;
  const opts = program.opts<{ esercizio?: number; direzione?: ChapterDirection; dryRun?: boolean }>();
  const parseOpts: ChapterParseOptions = { defaultYear: opts.esercizio, defaultDirection: opts.direzione };
  if (opts.dryRun) {
    const results: ChapterImportResult[] = [];
    for (const f of files) {
      const parsed = await parseChapterFile(fs.readFileSync(f), path.basename(f), parseOpts);
      results.push({ fileName: parsed.fileName, created: 0, updated: 0, unchanged: 0, problems: parsed.problems });
      process.stdout.write(`${parsed.fileName}: ${parsed.chapters.length} capitoli letti (${parsed.format})\n`);
    }
    process.stdout.write(formatChapterSummary(results) + '\n');
    return results.some((r) => r.problems.length > 0) ? 2 : 0;
  }
  const config = loadConfig();
  const db = await openDatabase(config.database).catch((err: unknown) => {
    throw new ConfigError('DATABASE_URL', describeDatabaseError(err, redact(config.database.url)));
  });
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'Capitoli [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic) : null;
  const results: ChapterImportResult[] = [];
  try {
    for (const file of files) {
      const name = path.basename(file);
      let started = false;
      try {
        results.push(
          await importChapterFile(db, file, {
            ...parseOpts,
            onRow: (done, total) => {
              if (!started) bar?.start(total, 0, { file: name });
              started = true;
              bar?.update(done, { file: name });
            },
          }),
        );
      } catch (err) {
        results.push({ fileName: name, created: 0, updated: 0, unchanged: 0, problems: [{ line: 1, column: null, code: 'UNREADABLE_FILE', message: `non importato, nulla scritto: ${(err as Error).message}` }] });
      }
      if (started) bar?.stop();
    }
  } finally {
    bar?.stop();
    await db.dataSource.destroy();
  }
  process.stdout.write(formatChapterSummary(results) + '\n');
  return results.some((r) => r.problems.length > 0) ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`pegaso-import-chapters: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
