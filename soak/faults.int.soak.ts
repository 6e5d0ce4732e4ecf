import { parseFile } from '../server/src/import/import-files';
import { importTrial, measureStatements, pushTrial, TrialResult } from '../test/reliability/support/fault-trials';
import { contendedFixture } from '../test/reliability/support/fixture';
import { seedPath, SEED } from '../test/support/seeds';
import { startTestApp, TestApp } from '../test/support/test-app';
import { createTestDatabase, TestDatabase } from '../test/support/test-db';

const TRIALS = Number(process.env.SOAK_FAULT_TRIALS ?? 100);
let t: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db, { NODE_ENV: 'production' });
});
afterAll(async () => {
  await api.close();
  await t.close();
});

it(`faults: connection broken at a random statement of ${TRIALS} pushes and imports (${process.env.PEGASO_TEST_DB})`, async () => {
  const { tokens, valueIds } = await contendedFixture(t, api, 1);
  const doc = parseFile(seedPath(SEED.tabular)).document;
  const statements = await measureStatements(t, api, tokens[0], valueIds, doc);
  const results: TrialResult[] = [];
  for (let k = 1; k <= TRIALS; k++) {
    results.push(k % 5 < 3 ? await pushTrial(t, api, tokens[0], valueIds, statements.push, k) : await importTrial(t, doc, statements.import, k));
  }
  const health = (await fetch(`${api.url}/health`)).status;
  const summary = (kind: string) => {
    const r = results.filter((x) => x.kind === kind);
    return { trials: r.length, faultsFired: r.filter((x) => x.fired).length, failedCleanly: r.filter((x) => x.failedCleanly).length, problems: r.flatMap((x) => x.problems).length };
  };
  console.log(`SOAK faults ${process.env.PEGASO_TEST_DB} statements ${JSON.stringify(statements)} push ${JSON.stringify(summary('push'))} import ${JSON.stringify(summary('import'))} health ${health}`);
  expect(results.flatMap((r) => r.problems)).toEqual([]);
  expect(health).toBe(200);
});
