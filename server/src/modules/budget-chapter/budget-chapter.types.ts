import { BudgetChapter } from './budget-chapter.entity';

/** "1040080/1", or "1040080" for the whole capitolo: how clerks write a capitolo/articolo. */
export function chapterLabel(c: Pick<BudgetChapter, 'chapter' | 'article'>): string {
  return c.article ? `${c.chapter}/${c.article}` : c.chapter;
}
