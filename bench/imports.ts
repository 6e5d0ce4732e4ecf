import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../server/src/db/data-source';
import { parseChapterFile } from '../server/src/import/chapters/parse-chapters';
import { persistChapters } from '../server/src/import/chapters/persist-chapters';
import { parseText } from '../server/src/import/parse';
import { persistDocument } from '../server/src/import/persist/persister';
import { median, timed } from './http';

const SEED = path.join(__dirname, '../../../server/sample-data/003_e0eb893e43414817.txt');

/** A synthetic pdftotext export of about `bytes`: the 2020 PEG seed repeated, objective codes made unique per copy and run. */
export function schedeText(bytes: number, run: number): string {
  const seed = fs.readFileSync(fs.existsSync(SEED) ? SEED : path.join(process.cwd(), 'server/sample-data/003_e0eb893e43414817.txt'), 'utf8');
  const copies = Math.max(1, Math.round(bytes / Buffer.byteLength(seed)));
  return Array.from({ length: copies }, (_, j) => seed.replace(/\b2020_([A-Z]\d\d)_00\b/g, `2020_$1_${run}${String(j).padStart(3, '0')}`)).join('\n\f');
}

/** A chapter list (the ragioneria's CSV) of `rows` capitoli for one year. */
export function chapterCsv(rows: number, year: number): string {
  const head = 'Esercizio;E/S;Capitolo;Articolo;Descrizione;Titolo;Tipologia/Macroaggregato;Missione;Programma;Piano dei conti;Stanziamento di competenza;Residui;Cassa';
  const lines = [head];
  for (let i = 0; i < rows; i++) {
    const s = i % 3 !== 0;
    const amount = `${String(((i * 37) % 90000) * 1000 + 100 + (i % 1000)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},00`;
    lines.push(
      [year, s ? 'S' : 'E', 1000000 + i, i % 4 ? '' : String(i % 7), `CAPITOLO ${i}: SPESE PER SERVIZI DIVERSI`, s ? '1' : '3', s ? '03' : '01', s ? '01' : '', s ? '02' : '', s ? 'U.1.03.02.99.999' : 'E.3.01.02.01.999', amount, '0,00', amount].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** d. Schede import: MB/s of parse + persist of a synthetic document; chapter import: rows/s. */
export async function measureImports(db: Database, opts: { schedeBytes: number; schedeRuns: number; csvRows: number; csvRuns: number }) {
  const schede: number[] = [];
  let objectives = 0;
  let mb = 0;
  for (let r = 0; r < opts.schedeRuns; r++) {
    const text = schedeText(opts.schedeBytes, r + 1);
    mb = Buffer.byteLength(text) / 1e6;
    const ms = await timed(async () => {
      const parsed = parseText(text, `bench-${r}.txt`);
      const res = await persistDocument(db, parsed.document, { fileName: `bench-${r}.txt`, contentHash: createHash('sha256').update(text).digest('hex'), layout: parsed.layout ?? 'unknown' });
      objectives = res.objectives.length;
    });
    schede.push(mb / (ms / 1000));
  }
  const chapters: number[] = [];
  let created = 0;
  for (let r = 0; r < opts.csvRuns; r++) {
    const bytes = Buffer.from(chapterCsv(opts.csvRows, 2030 + r), 'utf8');
    const ms = await timed(async () => {
      const parsed = await parseChapterFile(bytes, `capitoli-${r}.csv`);
      const res = await persistChapters(db, parsed);
      if (res.problems.length) throw new Error(`chapters: ${JSON.stringify(res.problems.slice(0, 3))}`);
      created = res.created;
    });
    chapters.push(opts.csvRows / (ms / 1000));
  }
  return { schedeMBs: median(schede), schedeMB: mb, objectives, chapterRowsPerS: median(chapters), chaptersCreated: created };
}

/** Floor of the chapter import: csv-parse and one multi-row INSERT per 500 rows through the raw driver, rows/s. */
export async function chapterFloor(raw: import('./raw').RawDb, rows: number, runs: number): Promise<number> {
  const { parse } = await import('csv-parse/sync');
  const { decimalToCents, parseItalianDecimal } = await import('../server/src/common/italian-format');
  const cents = (t: string) => decimalToCents(parseItalianDecimal(t) ?? '0');
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const bytes = Buffer.from(chapterCsv(rows, 2130 + r), 'utf8');
    const ms = await timed(async () => {
      const recs: string[][] = parse(bytes, { delimiter: ';', from_line: 2 });
      const cols = 'year, direction, chapter, article, description, title, category, mission, program, accountPlanCode, appropriationCents, residualCents, cashCents, sourceFile, updatedAt';
      await raw.tx(async (exec) => {
        for (let i = 0; i < recs.length; i += 500) {
          const chunk = recs.slice(i, i + 500);
          const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
          await exec(
            `INSERT INTO budget_chapter (${cols}) VALUES ${chunk.map(() => '(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)').join(',')}`,
            chunk.flatMap((c) => [Number(c[0]), c[1] === 'S' ? 'SPESA' : 'ENTRATA', c[2], c[3], c[4], c[5], c[6], c[7] || null, c[8] || null, c[9], cents(c[10]), cents(c[11]), cents(c[12]), 'floor.csv', now]),
          );
        }
      });
    });
    out.push(rows / (ms / 1000));
  }
  return (await import('./http')).median(out);
}

/** Floor of the schede import: the parse alone (no database), MB/s. */
export function schedeParseFloor(bytes: number, runs: number): number {
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const text = schedeText(bytes, 90 + r);
    const t0 = process.hrtime.bigint();
    parseText(text, 'floor.txt');
    out.push(Buffer.byteLength(text) / 1e6 / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return out.sort((a, b) => a - b)[Math.floor(out.length / 2)];
}
