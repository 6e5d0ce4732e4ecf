import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, runMain, startMain, stopMain } from '../support/spawn-server';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-main-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function expectOneCleanLine(stderr: string, setting: string) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^pegaso: ${setting}: `));
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('npm start', () => {
  it('answers a GraphQL query on the embedded database and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const { child, url } = await startMain({ DATABASE_URL: `sqlite:${path.join(tmp, 'start.sqlite')}`, LOAD_SAMPLE_DATA: 'false' }, port);
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ planningViews { code } }' }) });
    expect(await res.json()).toEqual({ data: { planningViews: [] } });
    expect(await stopMain(child)).toBe(0);
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
