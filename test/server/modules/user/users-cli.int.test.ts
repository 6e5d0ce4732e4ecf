import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseDatabaseUrl } from '../../../../server/src/config';
import { Database, openDatabase } from '../../../../server/src/db/data-source';
import { ResponsibilityCenter } from '../../../../server/src/modules/responsibility-center/responsibility-center.entity';
import { startTestApp, TestApp } from '../../../support/test-app';
import { freshDatabaseUrl } from '../../../support/test-db';

const USERS_JS = path.join(__dirname, '../../../../dist/server/src/cli/users.js');

const CACHE_MS = 300;
let url: string;
let drop: () => Promise<void>;
let db: Database;
let api: TestApp;
beforeAll(async () => {
  if (!fs.existsSync(USERS_JS)) throw new Error(`${USERS_JS} is missing: run npm run build`);
  ({ url, drop } = await freshDatabaseUrl());
  db = await openDatabase(parseDatabaseUrl(url));
  await db.manager.save(db.manager.create(ResponsibilityCenter, { code: '09_UO_2020', name: 'UNITA ORGANIZZATIVA STAFF' }));
  // The CLI is another process: a running server sees its changes once its token cache lapses.
  api = await startTestApp(db, { AUTH_CACHE_SECONDS: String(CACHE_MS / 1000) });
});
afterAll(async () => {
  await api.close();
  await db.dataSource.destroy();
  await drop();
});

/** Runs the built `npm run users` CLI on the test database. */
function users(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [USERS_JS, ...args], { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' }, timeout: 30000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe(`npm run users (${process.env.PEGASO_TEST_DB})`, () => {
  it('creates an EDITOR, assigns a CdR and issues a personal token that opens the API until revoked', async () => {
    const created = await users('create', 'mario.rossi', '--role', 'EDITOR', '--name', 'Mario Rossi', '--password', 'una-password-lunga');
    expect(created).toMatchObject({ code: 0, stdout: "Creato l'utente mario.rossi (Mario Rossi), ruolo EDITOR.\n" });
    expect((await users('assign', 'mario.rossi', '09_UO_2020')).stdout).toContain('09_UO_2020  UNITA ORGANIZZATIVA STAFF');
    const issued = await users('token', 'mario.rossi', '--name', 'excel-mario', '--days', '90');
    const token = issued.stdout.trim();
    expect(token).toMatch(/^pgs_[A-Za-z0-9_-]{43}$/);
    const me = await api.gql('{ me { username role responsibilityCenters { code } } }', {}, token);
    expect(me.data.me).toEqual({ username: 'mario.rossi', role: 'EDITOR', responsibilityCenters: [{ code: '09_UO_2020' }] });
    expect((await users('revoke-token', 'mario.rossi', 'excel-mario')).stdout).toBe('Revocati 1 token di mario.rossi.\n');
    await new Promise((r) => setTimeout(r, CACHE_MS + 50));
    expect((await api.gql('{ me { username } }', {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists and disables users, and ends with one Italian line on a mistake', async () => {
    await users('create', 'anna.bianchi', '--role', 'VIEWER', '--name', 'Anna Bianchi', '--password', 'una-password-lunga');
    expect((await users('disable', 'anna.bianchi')).stdout).toBe('Utente anna.bianchi disattivato.\n');
    expect((await users('list')).stdout).toMatch(/^anna\.bianchi\tVIEWER\tdisattivato\tAnna Bianchi\t$/m);
    const bad = await users('create', 'corta', '--role', 'VIEWER', '--name', 'X', '--password', 'breve');
    expect(bad).toMatchObject({ code: 1, stderr: "pegaso-users: La password deve avere almeno 10 caratteri (spazi esclusi all'inizio e alla fine).\n" });
    expect((await users('token', 'nessuno', '--name', 'x')).stderr).toBe('pegaso-users: Utente "nessuno" non trovato.\n');
  });
});
