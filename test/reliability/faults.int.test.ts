import { parseFile } from '../../server/src/import/import-files';
import { seedPath, SEED } from '../support/seeds';
import { startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-db';
import { importTrial, measureStatements, pushTrial, TrialResult } from './support/fault-trials';
import { contendedFixture } from './support/fixture';

let t: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
});
afterAll(async () => {
  await api.close();
  await t.close();
});

describe(`connection killed at random points (${process.env.PEGASO_TEST_DB})`, () => {
  it('never leaves a partial batch or document, answers DATABASE_UNAVAILABLE and serves the retry', async () => {
    const { tokens, valueIds } = await contendedFixture(t, api, 1);
    const doc = parseFile(seedPath(SEED.tabular)).document;
    const statements = await measureStatements(t, api, tokens[0], valueIds, doc);
    const results: TrialResult[] = [];
    for (let k = 1; k <= 4; k++) results.push(await pushTrial(t, api, tokens[0], valueIds, statements.push, k));
    for (let k = 5; k <= 6; k++) results.push(await importTrial(t, doc, statements.import, k));
    console.log(`[faults ${process.env.PEGASO_TEST_DB}] statements ${JSON.stringify(statements)}; trials ${JSON.stringify(results.map((r) => [r.kind, r.at, r.fired, r.failedCleanly]))}`);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    expect(results.filter((r) => r.failedCleanly).length).toBeGreaterThanOrEqual(4);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });
});
