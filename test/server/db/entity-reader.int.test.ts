import { In, QueryFailedError } from 'typeorm';
import { createLoaders } from '../../../server/src/graphql/loaders';
import { Phase } from '../../../server/src/modules/phase/phase.entity';
import { BudgetLine } from '../../../server/src/modules/budget-line/budget-line.entity';
import { readerOf, selectRows, UNREAD_BY_FIELDS } from '../../../server/src/db/entity-reader';
import { ENTITIES } from '../../../server/src/db/entities';
import { importFile, sampleFiles } from '../../../server/src/import/import-files';
import { ChangeService } from '../../../server/src/modules/change/change.service';
import { Indicator } from '../../../server/src/modules/indicator/indicator.entity';
import { IndicatorValue, ValueRole } from '../../../server/src/modules/indicator/indicator-value.entity';
import { Objective } from '../../../server/src/modules/objective/objective.entity';
import { Role } from '../../../server/src/modules/user/user.entity';
import { toGlobalId } from '../../../server/src/common/global-id';
import { createTestUser, TEST_PASSWORD } from '../../support/auth';
import { AuthService } from '../../../server/src/modules/user/auth.service';
import { PushChangesInput } from '../../../server/src/modules/change/change.input';
import { makeChapter } from '../../factories/budget.factory';
import { createTestDatabase, TestDatabase } from '../../support/test-db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  for (const file of sampleFiles()) await importFile(t.db, file);
  const a02 = await t.db.manager.findOneByOrFail(Objective, { code: '2020_A02_00' });
  const { user } = await createTestUser(t.db, Role.EDITOR, [a02.responsibilityCenterId as number]);
  await makeChapter(t.db.manager, { appropriationCents: 9_999_999_999_999 });
  const value = await t.db.manager.findOneByOrFail(IndicatorValue, { role: ValueRole.ACHIEVED, indicatorId: (await t.db.manager.findOneByOrFail(Indicator, { objectiveId: a02.id })).id });
  const actor = { userId: user.id, role: Role.EDITOR, centerIds: [a02.responsibilityCenterId as number] };
  const input = { clientBatchId: 'reader-1', changes: [{ id: toGlobalId('IndicatorValue', value.id), expectedVersion: value.version, achieved: '1.234,5' }] };
  expect((await new ChangeService(t.db).pushChanges(actor, input as PushChangesInput)).appliedCount).toBe(1);
  await new AuthService(t.db, { failureDelayMs: 0 }).login(user.username, TEST_PASSWORD, '127.0.0.1');
});
afterAll(() => t.close());

describe(`the entity reader (${process.env.PEGASO_TEST_DB})`, () => {
  it.each(ENTITIES.map((e) => [e.name, e] as const))('reads %s rows exactly as the ORM hydrates them', async (_name, entity) => {
    const expected = await t.db.manager.find(entity as never, { order: { id: 'ASC' } as never });
    expect(expected.length).toBeGreaterThan(0);
    const ids = expected.map((e: any) => e.id);
    const read = await readerOf(t.db.dataSource, entity as never).whereIn(t.db.manager, 'id', ids, [['id', 'ASC']]);
    expect(read).toEqual(expected);
    expect(read[0]).toBeInstanceOf(entity);
  });

  it('binds any number of keys to one statement text and answers an empty list without SQL', async () => {
    const reader = readerOf(t.db.dataSource, Indicator);
    const all = await t.db.manager.find(Indicator, { where: { id: In([1, 2, 3]) } });
    expect((await reader.whereIn(t.db.manager, 'id', [3, 1, 2, 3], [['id', 'ASC']])).map((i) => i.id)).toEqual(all.map((i) => i.id).sort((a, b) => a - b));
    expect(await reader.whereIn(t.db.manager, 'id', [])).toEqual([]);
  });
});

describe(`rows read as arrays (${process.env.PEGASO_TEST_DB})`, () => {
  it('answers the values of the select list in order, as em.query answers them by name', async () => {
    const sql = 'SELECT v.id AS a, v.raw AS b, v.numberValue AS c, v.year AS d, v.period AS e FROM indicator_value v ORDER BY v.id';
    const named: Array<Record<string, unknown>> = await t.db.manager.query(sql);
    expect(named.length).toBeGreaterThan(0);
    expect(await selectRows(t.db.manager, sql)).toEqual(named.map((r) => [r.a, r.b, r.c, r.d, r.e]));
  });

  it('logs each statement and fails as the ORM does', async () => {
    const logged = jest.spyOn(t.db.dataSource.logger, 'logQuery');
    try {
      await selectRows(t.db.manager, 'SELECT ? AS n', [7]);
      expect(logged.mock.calls.filter(([sql]) => sql === 'SELECT ? AS n').map(([, params]) => params)).toEqual([[7]]);
    } finally {
      logged.mockRestore();
    }
    await expect(selectRows(t.db.manager, 'SELECT nope FROM indicator')).rejects.toBeInstanceOf(QueryFailedError);
  });

  it("reads a transaction's own uncommitted writes on its manager", async () => {
    const value = await t.db.manager.findOneByOrFail(IndicatorValue, { role: ValueRole.EXPECTED });
    await t.db
      .transaction(async (em) => {
        await em.update(IndicatorValue, value.id, { raw: 'in-transaction' });
        expect(await selectRows(em, 'SELECT raw FROM indicator_value WHERE id = ?', [value.id])).toEqual([['in-transaction']]);
        throw new Error('roll back');
      })
      .catch((err: Error) => expect(err.message).toBe('roll back'));
    expect(await selectRows(t.db.manager, 'SELECT raw FROM indicator_value WHERE id = ?', [value.id])).toEqual([[value.raw]]);
  });

  it('keeps answering past the number of statement texts it keeps prepared', async () => {
    for (let n = 0; n < 300; n++) expect(await selectRows(t.db.manager, `SELECT ${n} AS n`)).toEqual([[n]]);
    expect(await selectRows(t.db.manager, 'SELECT 0 AS n')).toEqual([[0]]);
  });
});

describe(`the entity reader serving field resolvers (${process.env.PEGASO_TEST_DB})`, () => {
  it('leaves the unread properties out and reads every other one as the ORM does', async () => {
    const full = await t.db.manager.find(IndicatorValue, { order: { id: 'ASC' }, take: 20 });
    const read = await readerOf(t.db.dataSource, IndicatorValue, UNREAD_BY_FIELDS).whereIn(t.db.manager, 'id', full.map((v) => v.id), [['id', 'ASC']]);
    expect(read.map((v) => v.updatedAt)).toEqual(full.map(() => undefined));
    expect(read).toEqual(full.map(({ importBaseline: _b, updatedAt: _u, ...rest }) => Object.assign(new IndicatorValue(), rest)));
  });
});

describe(`loaders of rows by parent (${process.env.PEGASO_TEST_DB})`, () => {
  it('give each parent its rows in the order the database would sort them, for one parent or many', async () => {
    const em = t.db.manager;
    const objectives = (await em.find(Objective, { order: { id: 'ASC' } })).map((o) => o.id);
    // Positions out of id order, and ties broken by id.
    const a02 = await em.findOneByOrFail(Objective, { code: '2020_A02_00' });
    const phases = await em.find(Phase, { where: { objectiveId: a02.id }, order: { id: 'ASC' } });
    expect(phases.length).toBeGreaterThan(2);
    for (const [n, p] of phases.entries()) await em.update(Phase, p.id, { position: n === 0 ? 1 : phases.length - n });
    for (const [entity, loader] of [
      [Phase, 'phasesByObjective'],
      [Indicator, 'indicatorsByObjective'],
      [BudgetLine, 'budgetLinesByObjective'],
    ] as const) {
      const expected = await em.find(entity as typeof Phase, { where: { objectiveId: In(objectives) }, order: { position: 'ASC', id: 'ASC' } });
      const byParent = (id: number) => expected.filter((r) => r.objectiveId === id).map((r) => r.id);
      const many = await createLoaders(em)[loader].loadMany(objectives);
      expect([entity.name, many.map((rows) => (rows as Phase[]).map((r) => r.id))]).toEqual([entity.name, objectives.map(byParent)]);
      const one = await createLoaders(em)[loader].load(a02.id);
      expect(one.map((r) => r.id)).toEqual(byParent(a02.id));
    }
    expect((await createLoaders(em).phasesByObjective.load(a02.id)).map((p) => p.position)).toEqual([...phases.map((_, n) => (n === 0 ? 1 : phases.length - n))].sort((x, y) => x - y));
  });
});
