import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, runMain, startMain, stopMain } from '../support/spawn-server';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-main-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function post(url: string, query: string, token?: string): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return (await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) })).json();
}

/** Waits until the server's output matches (the first-start banner follows /health by a moment). */
async function waitFor(output: () => string, re: RegExp): Promise<RegExpMatchArray> {
  for (let i = 0; i < 100; i++) {
    const m = re.exec(output());
    if (m) return m;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`output never matched ${re}: ${output()}`);
}

function expectOneCleanLine(stderr: string, setting: string) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^pegaso: ${setting}: `));
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('npm start', () => {
  it('creates an admin on a fresh database, prints its password once, answers its token and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const { child, url, output } = await startMain({ DATABASE_URL: `sqlite:${path.join(tmp, 'start.sqlite')}`, LOAD_SAMPLE_DATA: 'false', ADMIN_PASSWORD: '' }, port);
    try {
      const password = (await waitFor(output, /Password \(mostrata solo ora, annotarla\): (\S+)/))[1];
      expect(output()).toContain(`curl -s http://localhost:${port}/graphql`);
      const login = await post(url, `mutation { login(username: "admin", password: "${password}") { token user { role } } }`);
      expect(login.data.login.user).toEqual({ role: 'ADMIN' });
      expect((await post(url, '{ planningViews { code } }', login.data.login.token)).data).toEqual({ planningViews: [] });
    } finally {
      expect(await stopMain(child)).toBe(0);
    }
  });

  it('refuses data without a token and takes the first admin password from ADMIN_PASSWORD, printing no password', async () => {
    const port = await freePort();
    const { child, url, output } = await startMain({ DATABASE_URL: `sqlite:${path.join(tmp, 'env-admin.sqlite')}`, LOAD_SAMPLE_DATA: 'false', ADMIN_PASSWORD: 'una-password-lunga' }, port);
    try {
      await waitFor(output, /Password: il valore di ADMIN_PASSWORD/);
      expect((await post(url, '{ planningViews { code } }')).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const login = await post(url, 'mutation { login(username: "admin", password: "una-password-lunga") { token } }');
      expect(login.data.login.token).toMatch(/^pgs_/);
      expect(output()).not.toContain('una-password-lunga');
    } finally {
      expect(await stopMain(child)).toBe(0);
    }
  });

  it('ends with one line naming DATABASE_URL when it cannot be parsed', async () => {
    const r = await runMain({ DATABASE_URL: 'postgres://nope/x' });
    expect(r.code).toBe(1);
    expectOneCleanLine(r.stderr, 'DATABASE_URL');
  });

  it('ends with one line naming DATABASE_URL when MySQL is unreachable', async () => {
    const port = await freePort();
    const r = await runMain({ DATABASE_URL: `mysql://root:pw@127.0.0.1:${port}/pegaso` });
    expect(r.code).toBe(1);
    expectOneCleanLine(r.stderr, 'DATABASE_URL');
    expect(r.stderr).toMatch(/connection refused/);
    expect(r.stderr).not.toContain(':pw@');
  });

  it('ends with one line naming PORT when the port is in use', async () => {
    const blocker = net.createServer().listen(0, '0.0.0.0');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const r = await runMain({ DATABASE_URL: `sqlite:${path.join(tmp, 'busy.sqlite')}`, PORT: String(port), LOAD_SAMPLE_DATA: 'false' });
    blocker.close();
    expect(r.code).toBe(1);
    expectOneCleanLine(r.stderr, 'PORT');
    expect(r.stderr).toMatch(/already in use/);
  });
});
