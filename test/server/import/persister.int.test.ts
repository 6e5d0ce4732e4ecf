import { createHash } from 'node:crypto';
import { Indicator } from '../../../server/src/modules/indicator/indicator.entity';
import { IndicatorValue, ValueRole } from '../../../server/src/modules/indicator/indicator-value.entity';
import { Objective } from '../../../server/src/modules/objective/objective.entity';
import { Person } from '../../../server/src/modules/person/person.entity';
import { Phase } from '../../../server/src/modules/phase/phase.entity';
import { PlanningView } from '../../../server/src/modules/planning-view/planning-view.entity';
import { pdftotextParser } from '../../../server/src/import/parsers/pdftotext';
import { persistDocument } from '../../../server/src/import/persist/persister';
import { SchedeDocument } from '../../../server/src/import/schede';
import { createTestDatabase, TestDatabase } from '../../support/test-db';
import { SEED, seedText } from '../../support/seeds';

let t: TestDatabase;
beforeEach(async () => (t = await createTestDatabase()));
afterEach(() => t.close());

const text003 = seedText(SEED.pdftotext);
const hash = (s: string) => createHash('sha256').update(s).digest('hex');
const importText = (text: string, overwrite = false) =>
  persistDocument(t.db, pdftotextParser.parse(text, 'scheda.txt'), { fileName: 'scheda.txt', contentHash: hash(text), layout: 'pdftotext', overwrite });

async function achieved(code: string, position: number): Promise<IndicatorValue> {
  const o = await t.db.manager.findOneByOrFail(Objective, { code });
  const ind = await t.db.manager.findOneByOrFail(Indicator, { objectiveId: o.id, position });
  return t.db.manager.findOneByOrFail(IndicatorValue, { indicatorId: ind.id, role: ValueRole.ACHIEVED, year: 2020, period: 'FINAL' });
}

describe(`persisting schede (${process.env.PEGASO_TEST_DB})`, () => {
  it('imports the eleven objectives of seed 003 with their phases and indicators', async () => {
    const r = await importText(text003);
    expect(r.objectives.map((o) => o.status)).toEqual(Array(11).fill('created'));
    const o = await t.db.manager.findOneByOrFail(Objective, { code: '2020_A02_00' });
    expect(await t.db.manager.countBy(Phase, { objectiveId: o.id })).toBe(4);
    expect(await t.db.manager.countBy(Indicator, { objectiveId: o.id })).toBe(9);
    expect((await t.db.manager.findOneByOrFail(PlanningView, { id: o.planningViewId })).code).toBe('DUP_2020_2022');
  });

  it('keeps one person whatever case a name is printed in', async () => {
    await importText(text003);
    expect(await t.db.manager.countBy(Person, { nameKey: 'CARUSO GIANLUCA' })).toBe(1);
  });

  it('changes nothing when the same document is imported twice', async () => {
    await importText(text003);
    const before = await t.db.manager.find(Objective, { order: { id: 'ASC' } });
    const again = await importText(text003);
    expect(again.alreadyImported).toBe(true);
    const retouched = await importText(text003 + '\n');
    expect(retouched.objectives.every((o) => o.status === 'unchanged')).toBe(true);
    const after = await t.db.manager.find(Objective, { order: { id: 'ASC' } });
    expect(after.map((o) => [o.code, o.version])).toEqual(before.map((o) => [o.code, o.version]));
  });

  it('updates from a newer export but keeps a value users edited in pegaso, and says so', async () => {
    await importText(text003);
    const edited = await achieved('2020_A02_00', 1);
    await t.db.manager.update(IndicatorValue, { id: edited.id }, { raw: '2,00', numberValue: '2' });
    const newer = text003.replace('Data elaborazione 01/02/2021', 'Data elaborazione 15/02/2021');
    const r = await importText(newer);
    expect((await achieved('2020_A02_00', 1)).raw).toBe('2,00');
    const outcome = r.objectives.find((o) => o.code === '2020_A02_00')!;
    expect(outcome.kept).toEqual([expect.objectContaining({ what: 'Indicatore 1: valore raggiunto 2020', current: '2,00' })]);
  });

  it('replaces edited values with --overwrite', async () => {
    await importText(text003);
    const edited = await achieved('2020_A02_00', 1);
    await t.db.manager.update(IndicatorValue, { id: edited.id }, { raw: '2,00', numberValue: '2' });
    await importText(text003.replace('01/02/2021', '16/02/2021'), true);
    expect((await achieved('2020_A02_00', 1)).raw).toBe(edited.raw);
  });

  it('writes nothing of a document that fails halfway', async () => {
    const doc: SchedeDocument = pdftotextParser.parse(text003, 'x.txt');
    doc.objectives[5].budgetLines.push({ direction: 'SPESA', year: 2020, budgetCode: '1 03', chapter: '1', article: null, competence: 'CP', description: null, note: null, amount: 1e20 });
    await expect(persistDocument(t.db, doc, { fileName: 'x.txt', contentHash: 'h', layout: 'pdftotext' })).rejects.toThrow(/amount too large/);
    expect(await t.db.manager.count(Objective)).toBe(0);
    expect(await t.db.manager.count(PlanningView)).toBe(0);
  });
});
