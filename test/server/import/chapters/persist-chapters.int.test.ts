import fs from 'node:fs';
import { importChapterFile, sampleChaptersFile } from '../../../../server/src/import/chapters/import-chapters';
import { parseChapterFile } from '../../../../server/src/import/chapters/parse-chapters';
import { persistChapters } from '../../../../server/src/import/chapters/persist-chapters';
import { BudgetChapter } from '../../../../server/src/modules/budget-chapter/budget-chapter.entity';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';

let t: TestDatabase;
beforeEach(async () => (t = await createTestDatabase()));
afterEach(() => t.close());

const sample = () => fs.readFileSync(sampleChaptersFile(), 'utf8');
const importText = async (text: string) => persistChapters(t.db, await parseChapterFile(Buffer.from(text, 'utf8'), 'capitoli-2017.csv'));
const chapters = () => t.db.manager.find(BudgetChapter, { order: { id: 'ASC' } });

describe(`importing a chapter list (${process.env.PEGASO_TEST_DB})`, () => {
  it('imports the sample list and changes nothing when it is imported again', async () => {
    expect(await importChapterFile(t.db, sampleChaptersFile())).toMatchObject({ created: 11, updated: 0, unchanged: 0, problems: [] });
    const before = await chapters();
    expect(await importChapterFile(t.db, sampleChaptersFile())).toMatchObject({ created: 0, updated: 0, unchanged: 11 });
    const after = await chapters();
    expect(after.map((c) => [c.id, c.appropriationCents, c.updatedAt.getTime()])).toEqual(before.map((c) => [c.id, c.appropriationCents, c.updatedAt.getTime()]));
  });

  it('updates the amounts of a newer export and keeps one row per chapter', async () => {
    await importText(sample());
    const r = await importText(sample().replace('150.000,00;0,00;150.000,00', '131.000,00;2.345,67;133.345,67'));
    expect(r).toMatchObject({ created: 0, updated: 1, unchanged: 10 });
    const c = await t.db.manager.findOneByOrFail(BudgetChapter, { chapter: '1040080', article: '' });
    expect([c.appropriationCents, c.residualCents, c.cashCents]).toEqual([13100000, 234567, 13334567]);
    expect(await t.db.manager.count(BudgetChapter)).toBe(11);
  });

  it('writes nothing from a file with one bad row', async () => {
    const r = await importText(sample().replace('600,00;0,00;600,00', 'seicento;0,00;600,00'));
    expect(r.problems).toEqual([expect.objectContaining({ line: 11, code: 'BAD_AMOUNT' })]);
    expect(await t.db.manager.count(BudgetChapter)).toBe(0);
  });
});
