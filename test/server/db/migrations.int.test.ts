import { pendingSchemaChanges } from '../../../server/src/db/schema-diff';
import { createTestDatabase, TestDatabase } from '../../support/test-db';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.close());

describe(`migrations (${process.env.PEGASO_TEST_DB})`, () => {
  it('bring an empty database exactly to the entities: no drift', async () => {
    const { up } = await pendingSchemaChanges(t.db.dataSource);
    // If this fails: run `npm run build` and `node dist/server/src/cli/generate-migration.js <Name> <dialect> [url]`.
    expect(up).toEqual([]);
  });

  it('are recorded, so a second start runs none', async () => {
    const again = await t.db.dataSource.runMigrations();
    expect(again).toEqual([]);
    const done = await t.db.dataSource.query('SELECT COUNT(*) AS n FROM migrations');
    expect(Number(done[0].n)).toBeGreaterThan(0);
  });
});
