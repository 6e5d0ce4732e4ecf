import { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startMain, stopMain } from './spawn-server';

/** The administrator the e2e server creates on its empty database (bootstrap-admin.ts). */
export const ADMIN = { username: 'admin', password: 'e2e-Admin-password-2020' } as const;

const ADDIN_DIST = path.join(__dirname, '../../dist/addin');

/** A real pegaso server (the built dist/) for browser tests: fresh SQLite, sample data, an admin. */
export interface AddinServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (the task pane is at `${url}/addin/taskpane.html`). */
  url: string;
  child: ChildProcess;
  /** The SQLite file, for assertions on what a push wrote. */
  databaseFile: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startAddinServer(env: Record<string, string> = {}): Promise<AddinServer> {
  if (!fs.existsSync(path.join(ADDIN_DIST, 'taskpane.html'))) throw new Error(`${ADDIN_DIST} is missing: run npm run build`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-e2e-'));
  const databaseFile = path.join(dir, 'pegaso.sqlite');
  const port = await freePort();
  const { child, url, output } = await startMain(
    {
      DATABASE_URL: `sqlite:${databaseFile}`,
      LOAD_SAMPLE_DATA: 'true',
      ADMIN_PASSWORD: ADMIN.password,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      ...env,
    },
    port,
  );
  return {
    url,
    child,
    databaseFile,
    output,
    async stop() {
      await stopMain(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
