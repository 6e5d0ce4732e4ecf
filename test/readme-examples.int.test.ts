import fs from 'node:fs';
import path from 'node:path';
import { loadSampleDataIfEmpty } from '../server/src/import/sample-data';
import { Role } from '../server/src/modules/user/user.entity';
import pino from 'pino';
import { createTestUser } from './support/auth';
import { createTestDatabase, TestDatabase } from './support/test-db';
import { startTestApp, TestApp } from './support/test-app';

/** Every ```graphql block of the README followed by `<!-- expect: path = value -->`. */
function examples(): Array<{ query: string; path: string; value: string }> {
  const readme = fs.readFileSync(path.join(__dirname, '../README.md'), 'utf8');
  const re = /```graphql\n([\s\S]*?)```\n<!-- expect: (\S+) = (.+?) -->/g;
  return [...readme.matchAll(re)].map((m) => ({ query: m[1], path: m[2], value: m[3].trim() }));
}

let t: TestDatabase;
let api: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await loadSampleDataIfEmpty(t.db, pino({ level: 'silent' }));
  api = await startTestApp(t.db);
  token = (await createTestUser(t.db, Role.CONTROLLER)).token;
});
afterAll(async () => {
  await api.close();
  await t.close();
});

describe(`README examples on the sample schede (${process.env.PEGASO_TEST_DB})`, () => {
  it('has examples to run', () => expect(examples().length).toBeGreaterThanOrEqual(5));

  it.each(examples().map((e) => [e.path, e]))('answers %s as the README says', async (_p, e) => {
    const r = await api.gql(e.query, {}, token);
    expect(r.errors).toBeUndefined();
    const got = e.path.split('.').reduce<any>((v, k) => v?.[k], r);
    expect(String(got)).toBe(e.value);
  });
});
