import { DocumentImportResult } from './persist/persister';

/** Counts of an import run, for the CLI and the start-up log. */
export interface ImportTotals {
  files: number;
  created: number;
  updated: number;
  unchanged: number;
  kept: number;
  problems: number;
  warnings: number;
}

export function totals(results: DocumentImportResult[]): ImportTotals {
  const t: ImportTotals = { files: results.length, created: 0, updated: 0, unchanged: 0, kept: 0, problems: 0, warnings: 0 };
  for (const r of results) {
    t.problems += r.problems.length;
    for (const o of r.objectives) {
      t[o.status] += 1;
      t.kept += o.kept.length;
      t.warnings += o.warnings.length;
    }
  }
  return t;
}

/** The summary a person reads after an import: counts, then problems by file and line, then kept edits. */
export function formatSummary(results: DocumentImportResult[], verbose = false): string {
  const t = totals(results);
  const out = [
    `Importati ${t.files} file: ${t.created} obiettivi creati, ${t.updated} aggiornati, ${t.unchanged} invariati; ${t.problems} problemi, ${t.warnings} avvisi, ${t.kept} modifiche degli utenti mantenute.`,
  ];
  for (const r of results) {
    if (r.alreadyImported) out.push(`${r.fileName}: già importato, nessuna modifica (usare --overwrite per reimportarlo).`);
    for (const p of r.problems) out.push(`${r.fileName}:${p.line}: ${p.code}: ${p.message}`);
    for (const o of r.objectives) {
      for (const k of o.kept) out.push(`${r.fileName}: ${o.code}: mantenuto ${k.what} = "${k.current ?? ''}" (il documento riporta "${k.imported ?? ''}")`);
      if (verbose) for (const w of o.warnings) out.push(`${r.fileName}: ${o.code}: avviso ${w.code}: ${w.message}`);
    }
  }
  return out.join('\n');
}
