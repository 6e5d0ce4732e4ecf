import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { App, createApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { createTestDatabase, TestDatabase } from '../support/test-db';

let tdb: TestDatabase;
let dir: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-tls-'));
  // A throwaway self-signed certificate for localhost, as office-addin-dev-certs makes one.
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout', path.join(dir, 'localhost.key'), '-out', path.join(dir, 'localhost.crt')], { stdio: 'pipe' });
});
afterAll(async () => {
  await tdb?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function get(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https.get(url, { ca }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

test('with TLS_CERT_FILE and TLS_KEY_FILE the server speaks HTTPS with that certificate', async () => {
  const config = loadConfig({ LOG_LEVEL: 'silent', TLS_CERT_FILE: path.join(dir, 'localhost.crt'), TLS_KEY_FILE: path.join(dir, 'localhost.key') });
  const app: App = await createApp(config, tdb.db, pino({ level: 'silent' }));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = app.server.address() as AddressInfo;
    const res = await get(`https://127.0.0.1:${port}/health`, fs.readFileSync(path.join(dir, 'localhost.crt')));
    expect(res).toMatchObject({ status: 200, body: expect.stringContaining('"ok"') });
  } finally {
    await app.close();
  }
});

test('an unreadable certificate file stops the start with the setting named', async () => {
  const config = loadConfig({ LOG_LEVEL: 'silent', TLS_CERT_FILE: path.join(dir, 'missing.crt'), TLS_KEY_FILE: path.join(dir, 'localhost.key') });
  await expect(createApp(config, tdb.db, pino({ level: 'silent' }))).rejects.toThrow(/^TLS_CERT_FILE: cannot read .*missing\.crt/);
});
