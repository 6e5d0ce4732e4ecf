import { Database } from '../../db/data-source';
import { BudgetDirectionEnum } from '../budget-line/budget-line.entity';
import { BudgetChapter } from './budget-chapter.entity';
import { invalidYear } from './budget-chapter.errors';

/** Reads the chapter list (capitoli with stanziamento, residui and cassa in cents) imported from the accounting system. */
export class BudgetChapterService {
  constructor(private readonly db: Database) {}

  /** The chapters of a year, entrate first, in capitolo/articolo order. */
  async list(year: number, direction?: BudgetDirectionEnum | null, chapter?: string | null): Promise<BudgetChapter[]> {
    if (!Number.isInteger(year) || year < 1900 || year > 2999) throw invalidYear(year);
    const qb = this.db.manager.createQueryBuilder(BudgetChapter, 'c').where('c.year = :year', { year });
    if (direction) qb.andWhere('c.direction = :direction', { direction });
    if (chapter) qb.andWhere('c.chapter = :chapter', { chapter: chapter.trim() });
    const rows = await qb.getMany();
    const numeric = new Intl.Collator('it', { numeric: true });
    return rows.sort((a, b) => a.direction.localeCompare(b.direction) || numeric.compare(a.chapter, b.chapter) || numeric.compare(a.article, b.article));
  }
}
