import { contendedFixture } from '../test/reliability/support/fixture';
import { auditLostUpdates, readValues, runLostUpdates } from '../test/reliability/support/lost-updates';
import { startTestApp, TestApp } from '../test/support/test-app';
import { createTestDatabase, TestDatabase } from '../test/support/test-db';

const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 20);
const PUSHES = Number(process.env.SOAK_PUSHES ?? 250);
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

it(`lost updates: ${CLIENTS} clients × ${PUSHES} pushes on 4 shared values (${process.env.PEGASO_TEST_DB})`, async () => {
  const { tokens, valueIds } = await contendedFixture(t, api, CLIENTS);
  const ids = valueIds.slice(0, 4);
  const initial = await readValues(api, tokens[0], ids);
  const run = await runLostUpdates(api, tokens, ids, PUSHES);
  const report = await auditLostUpdates(t, run, initial, await readValues(api, tokens[0], ids));
  console.log(`SOAK lost-updates ${process.env.PEGASO_TEST_DB} ${JSON.stringify({ ...report, graphqlErrors: report.graphqlErrors.length, lost: report.lost.length })}`);
  expect(report.graphqlErrors).toEqual([]);
  expect(report.lost).toEqual([]);
});
