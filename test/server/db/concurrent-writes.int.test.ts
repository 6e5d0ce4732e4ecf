import { PlanningView } from '../../../server/src/modules/planning-view/planning-view.entity';
import { createTestDatabase, TestDatabase } from '../../support/test-db';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.close());

describe(`concurrent write transactions (${process.env.PEGASO_TEST_DB})`, () => {
  it('run side by side without "cannot start a transaction within a transaction", and a failing one rolls back alone', async () => {
    const work = Array.from({ length: 30 }, (_, n) =>
      t.db.transaction(async (em) => {
        await em.insert(PlanningView, { code: `V${n}`, label: null, year: 2020 });
        await new Promise((r) => setTimeout(r, 2));
        if (n === 7) throw new Error('rifiutata');
        await em.update(PlanningView, { code: `V${n}` }, { label: `vista ${n}` });
      }),
    );
    const results = await Promise.allSettled(work);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.message)).toEqual(['rifiutata']);
    expect(await t.db.manager.count(PlanningView)).toBe(29);
    expect(await t.db.manager.findOneBy(PlanningView, { code: 'V7' })).toBeNull();
  });
});
