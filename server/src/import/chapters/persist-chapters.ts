import { In } from 'typeorm';
import { Database } from '../../db/data-source';
import { BudgetChapter } from '../../modules/budget-chapter/budget-chapter.entity';
import { BudgetDirectionEnum } from '../../modules/budget-line/budget-line.entity';
import { ChapterProblem, ChapterRow, ParsedChapterFile } from './chapter-types';

/** What importing one chapter list did. */
export interface ChapterImportResult {
  fileName: string;
  created: number;
  updated: number;
  unchanged: number;
  /** Problems stop the whole file: when there are any, nothing was written. */
  problems: ChapterProblem[];
}

/** The fields a re-import may change; `sourceFile` is left as is when nothing else changes. */
const FIELDS = ['description', 'title', 'category', 'mission', 'program', 'accountPlanCode', 'appropriationCents', 'residualCents', 'cashCents'] as const;

const keyOf = (c: { year: number; direction: string; chapter: string; article: string }) => `${c.year}|${c.direction}|${c.chapter}|${c.article}`;

/**
 * Writes a parsed chapter list in one transaction: all of it, or nothing when the file has
 * problems. Importing the same list again changes nothing; a newer export updates the amounts
 * and codes of the chapters it lists. Chapters the file does not list are left alone.
 */
export async function persistChapters(db: Database, parsed: ParsedChapterFile, onRow?: (done: number, total: number) => void): Promise<ChapterImportResult> {
  const result: ChapterImportResult = { fileName: parsed.fileName, created: 0, updated: 0, unchanged: 0, problems: parsed.problems };
  if (parsed.problems.length > 0 || parsed.chapters.length === 0) return result;
  return db.transaction(async (em) => {
    const years = [...new Set(parsed.chapters.map((c) => c.year))];
    const existing = new Map((await em.findBy(BudgetChapter, { year: In(years) })).map((c) => [keyOf(c), c]));
    const fresh: Array<Partial<BudgetChapter>> = [];
    for (const [i, row] of parsed.chapters.entries()) {
      const current = existing.get(keyOf(row));
      if (!current) fresh.push(entityFields(row, parsed.fileName));
      else if (FIELDS.every((f) => current[f] === row[f])) result.unchanged += 1;
      else {
        await em.update(BudgetChapter, { id: current.id }, { ...pick(row), sourceFile: parsed.fileName });
        result.updated += 1;
      }
      onRow?.(i + 1, parsed.chapters.length);
    }
    for (let i = 0; i < fresh.length; i += 200) await em.insert(BudgetChapter, fresh.slice(i, i + 200));
    result.created = fresh.length;
    return result;
  });
}

function pick(row: ChapterRow): Partial<BudgetChapter> {
  return Object.fromEntries(FIELDS.map((f) => [f, row[f]])) as Partial<BudgetChapter>;
}

function entityFields(row: ChapterRow, fileName: string): Partial<BudgetChapter> {
  return {
    year: row.year,
    direction: row.direction as BudgetDirectionEnum,
    chapter: row.chapter,
    article: row.article,
    ...pick(row),
    sourceFile: fileName,
  };
}
