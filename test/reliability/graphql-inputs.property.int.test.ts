import fc from 'fast-check';
import { startTestApp, GqlResponse, TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-db';
import { PUSH, pull, push, writeFixture } from '../support/write-fixture';
import { leaksIn } from './support/clean-errors';

let t: TestDatabase;
let api: TestApp;
let f: Awaited<ReturnType<typeof writeFixture>>;
let ids: string[];
const collected: GqlResponse[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  f = await writeFixture(t);
  const s = await pull(api, f.editor.token);
  ids = [s.id, ...s.indicators.flatMap((i: any) => [i.id, i.achieved?.id]), ...s.phases.map((p: any) => p.id)].filter(Boolean);
});
afterAll(async () => {
  await api.close();
  await t.close();
});

/** Sends and checks that every error is a clean, coded refusal: never INTERNAL_SERVER_ERROR, no SQL, stack or path. */
async function clean(query: string, variables: Record<string, unknown>): Promise<GqlResponse> {
  const r = await api.gql(query, variables, f.editor.token);
  collected.push(r);
  for (const e of r.errors ?? []) {
    expect(typeof e.extensions?.code).toBe('string');
    expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  }
  return r;
}

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('', ' ', '1.234,56', '-0', '1e309', 'NaN', '31/02/2020', '2020-13-01', '99/99', '%', "'; --"));
const anyId = fc.oneof(fc.constantFrom(...Array.from({ length: 8 }, (_, i) => i)).map((i) => ids[i % ids.length]), fc.string({ maxLength: 40 }), fc.base64String({ maxLength: 40 }));

describe(`GraphQL inputs: only clean, coded errors (${process.env.PEGASO_TEST_DB})`, () => {
  it('pushChanges with arbitrary ids, versions and values', async () => {
    const change = fc.record({ id: anyId, expectedVersion: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), achieved: fc.option(text), note: fc.option(text), progress: fc.option(text), actualStart: fc.option(text), actualEnd: fc.option(text) }, { requiredKeys: ['id', 'expectedVersion'] });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 0, maxLength: 5 }), fc.constantFrom('ALL_OR_NOTHING', 'PARTIAL'), fc.string({ maxLength: 120 }), async (changes, mode, clientBatchId) => {
        await clean(PUSH, { input: { clientBatchId, mode, changes } });
      }),
      { numRuns: 60 },
    );
  });

  it('filters, cursors and ids of the read queries', async () => {
    const filter = fc.record({ search: text, responsibilityCenter: text, responsible: text, status: text, strategicGoal: text, failingCheck: text, year: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), achievementAtLeast: fc.double({ noNaN: true, noDefaultInfinity: true }) }, { requiredKeys: [] });
    const Q = `query($f: ObjectiveFilter, $first: Int, $after: String, $id: ID!, $ids: [ID!]!) {
      objectives(filter: $f, first: $first, after: $after) { edges { node { code } } }
      node(id: $id) { id } nodes(ids: $ids) { id } }`;
    await fc.assert(
      fc.asyncProperty(filter, fc.integer({ min: -5, max: 150 }), fc.option(fc.oneof(fc.string(), fc.base64String())), anyId, fc.array(anyId, { maxLength: 5 }), async (fl, first, after, id, idList) => {
        await clean(Q, { f: fl, first, after, id, ids: idList });
      }),
      { numRuns: 60 },
    );
  });

  it('stores injection strings through pushChanges notes and returns them verbatim', async () => {
    const hostile = ["'; DROP TABLE objective; --", '" OR 1=1 --', '<script>alert(1)</script>', 'Ünïcödé 🇮🇹 ‮rtl‬ 漢字', 'nul\u0000byte', "back\\slash \\' %_", '${7*7} {{7*7}}'];
    for (const note of hostile) {
      const s = await pull(api, f.editor.token);
      const r = await push(api, f.editor.token, [{ id: s.indicators[0].id, expectedVersion: s.indicators[0].version, note }]);
      expect(r.status).toBe('APPLIED');
      expect((await pull(api, f.editor.token)).indicators[0].note).toBe(note);
    }
    expect((await pull(api, f.editor.token)).indicators.length).toBeGreaterThan(0);
  });

  it('leaks no SQL text, stack or path in any error collected above', () => {
    expect(collected.filter((r) => r.errors).length).toBeGreaterThan(10);
    expect(leaksIn(collected.flatMap((r) => r.errors ?? []))).toEqual([]);
  });
});
