import { createTestDatabase, TestDatabase } from '../support/test-db';
import { startTestApp, TestApp } from '../support/test-app';
import { contendedFixture } from './support/fixture';
import { auditLostUpdates, readValues, runLostUpdates } from './support/lost-updates';

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

describe(`lost updates under concurrent pushes (${process.env.PEGASO_TEST_DB})`, () => {
  it('8 clients × 30 pushes on 4 shared values: every accepted change kept, every refusal a CONFLICT', async () => {
    const { tokens, valueIds } = await contendedFixture(t, api, 8);
    const ids = valueIds.slice(0, 4);
    const initial = await readValues(api, tokens[0], ids);
    const run = await runLostUpdates(api, tokens, ids, 30);
    const report = await auditLostUpdates(t, run, initial, await readValues(api, tokens[0], ids));
    console.log(`[lost-updates ${process.env.PEGASO_TEST_DB}] ${JSON.stringify({ ...report, lost: report.lost.length })}`);
    expect(report.graphqlErrors).toEqual([]);
    expect(report.lost).toEqual([]);
    expect(report.accepted).toBeGreaterThan(0);
    expect(report.refused).toBeGreaterThan(0);
  });
});
