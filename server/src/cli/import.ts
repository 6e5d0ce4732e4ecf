/**
 * `npm run import -- FILE...`: imports schede documents (or their JSON) into the database of
 * DATABASE_URL, one transaction per file, with a progress bar and a summary.
 */
import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { ConfigError, loadConfig, redact } from '../config';
import { openDatabase } from '../db/data-source';
import { describeDatabaseError } from '../db/database-errors';
import { importFile, parseFile } from '../import/import-files';
import { DocumentImportResult } from '../import/persist/persister';
import { formatSummary, totals } from '../import/summary';

const program = new Command()
  .name('pegaso-import')
  .description('Importa schede esportate (testo o JSON delle schede) nel database di pegaso.')
  .argument('<files...>', 'documenti da importare')
  .option('--dry-run', 'legge i documenti senza toccare il database')
  .option('--json', 'con --dry-run: stampa il JSON delle schede; senza: legge i file come JSON delle schede')
  .option('--overwrite', 'sovrascrive anche i valori modificati dagli utenti in pegaso')
  .option('--planning-view <code>', 'vista per i documenti che non la stampano (es. PEG_2021)')
  .option('-v, --verbose', 'elenca anche gli avvisi dei controlli per obiettivo')
  .showHelpAfterError();

async function main(): Promise<number> {
  program.parse();
  const files = program.args;
  const opts = program.opts<{ dryRun?: boolean; json?: boolean; overwrite?: boolean; planningView?: string; verbose?: boolean }>();
  if (opts.dryRun) {
    const docs = files.map((f) => parseFile(f).document);
    if (opts.json) process.stdout.write(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
    for (const d of docs) for (const p of d.problems) process.stderr.write(`${d.source}:${p.line}: ${p.code}: ${p.message}\n`);
    if (!opts.json) process.stdout.write(docs.map((d) => `${d.source}: ${d.objectives.length} obiettivi, ${d.problems.length} problemi`).join('\n') + '\n');
    return docs.some((d) => d.objectives.length === 0) ? 2 : 0;
  }
  const config = loadConfig();
  const db = await openDatabase(config.database).catch((err: unknown) => {
    throw new ConfigError('DATABASE_URL', describeDatabaseError(err, redact(config.database.url)));
  });
  const bar = process.stderr.isTTY && files.length > 1 ? new SingleBar({ format: 'Importazione [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic) : null;
  bar?.start(files.length, 0, { file: '' });
  const results: DocumentImportResult[] = [];
  try {
    for (const file of files) {
      bar?.update({ file });
      try {
        results.push(await importFile(db, file, { overwrite: opts.overwrite, planningView: opts.planningView, json: opts.json }));
      } catch (err) {
        results.push({ fileName: file, planningView: null, alreadyImported: false, objectives: [], problems: [{ line: 1, code: 'UNPARSED_BLOCK', message: `non importato, nulla scritto: ${(err as Error).message}` }] });
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await db.dataSource.destroy();
  }
  process.stdout.write(formatSummary(results, opts.verbose) + '\n');
  return results.some((r) => r.objectives.length === 0 && !r.alreadyImported) || totals(results).problems > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`pegaso-import: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
