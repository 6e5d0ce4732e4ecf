import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';
import { startTestApp, TestApp } from '../../../support/test-app';

let tdb: TestDatabase;
let app: TestApp;

beforeAll(async () => {
  if (!fs.existsSync(path.join(__dirname, '../../../../dist/addin/login.html'))) throw new Error('dist/addin is missing: run npm run build');
  tdb = await createTestDatabase();
  app = await startTestApp(tdb.db);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

/** A GET with the path sent exactly as written (fetch would normalise "..", which is what an attacker avoids). */
function rawGet(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string; etag?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${app.url}${pathname}`, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body, etag: res.headers.etag as string | undefined }));
    });
    req.on('error', reject);
  });
}

test('the task pane, the login page, their scripts and the icons are served with their content types', async () => {
  expect(await rawGet('/addin/taskpane.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: expect.stringContaining('<div id="app">') });
  expect(await rawGet('/addin/login.html')).toMatchObject({ status: 200, body: expect.stringContaining('Accedi a pegaso') });
  expect(await rawGet('/addin/login.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
  expect(await rawGet('/addin/assets/icon-80.png')).toMatchObject({ status: 200, type: 'image/png' });
});

test('office.js comes from the installed @microsoft/office-js package, not a CDN', async () => {
  const res = await rawGet('/office-js/office.js');
  expect(res).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
  expect(res.body).toContain('Office');
  expect(await rawGet('/addin/taskpane.html')).toMatchObject({ body: expect.stringContaining('<script src="/office-js/office.js"></script>') });
});

test.each(['/addin/..%2f..%2fpackage.json', '/addin/%2e%2e/%2e%2e/package.json', '/addin/../../package.json', '/office-js/..%2f..%2f..%2f..%2fpackage.json', '/addin/..%5c..%5cpackage.json', '/addin/x%00.html'])(
  'a path leaving the served folder is refused: %s',
  async (p) => {
    const res = await rawGet(p);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('"name"');
  },
);

test('missing files and folders are 404, and an unchanged file answers 304 to its ETag', async () => {
  expect((await rawGet('/addin/nope.js')).status).toBe(404);
  expect((await rawGet('/addin/assets/')).status).toBe(404);
  const first = await rawGet('/addin/login.js');
  expect((await rawGet('/addin/login.js', { 'if-none-match': first.etag ?? '' })).status).toBe(304);
});
