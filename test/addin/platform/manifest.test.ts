import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const VALIDATE = path.join(ROOT, '../shared/office-manifest-xsd/validate-manifest.sh');
const GENERATE = path.join(ROOT, 'addin/manifest/generate-manifest.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderManifest } = require(GENERATE) as { renderManifest(opts?: { url?: string; id?: string }): string };

/** Runs the offline XSD check; returns null (after a loud SKIPPED line) only outside CI when the tools are missing. */
function validate(file: string): { status: number | null; output: string } | null {
  const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint'], { stdio: 'ignore' }).status === 0;
  if (!fs.existsSync(VALIDATE) || !hasXmllint) {
    if (process.env.CI === 'true') throw new Error(`manifest check needs ${VALIDATE} and xmllint (apt-get install -y libxml2-utils)`);
    console.warn(`SKIPPED: manifest XSD check — ${fs.existsSync(VALIDATE) ? 'xmllint missing' : `${VALIDATE} missing`}`);
    return null;
  }
  const run = spawnSync('bash', [VALIDATE, file], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

test('manifest.xml passes the offline Office schema check', () => {
  const result = validate(path.join(ROOT, 'manifest.xml'));
  if (result) expect(result).toMatchObject({ status: 0 });
});

test('manifest.xml is the template rendered for https://localhost:4000 (run npm run manifest -- --out manifest.xml)', () => {
  expect(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')).toBe(renderManifest());
});

test('npm run manifest -- --url writes a valid manifest pointing every URL at the deployment', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-manifest-')), 'manifest.xml');
  execFileSync(process.execPath, [GENERATE, '--url', 'https://pegaso.comune.example.it/', '--out', out], { stdio: 'pipe' });
  const xml = fs.readFileSync(out, 'utf8');
  expect(xml).toContain('<SourceLocation DefaultValue="https://pegaso.comune.example.it/addin/taskpane.html"/>');
  expect(xml).toContain('<AppDomain>https://pegaso.comune.example.it</AppDomain>');
  expect(xml).not.toContain('localhost');
  const result = validate(out);
  if (result) expect(result).toMatchObject({ status: 0 });
});

test('the manifest refuses a plain http address, which Office would not load', () => {
  const run = spawnSync(process.execPath, [GENERATE, '--url', 'http://pegaso.local'], { encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('solo in HTTPS');
});

test('the manifest declares the Excel host, it-IT, a Home tab button and icons served by pegaso', () => {
  const xml = renderManifest();
  expect(xml).toContain('<Host Name="Workbook"/>');
  expect(xml).toContain('<DefaultLocale>it-IT</DefaultLocale>');
  expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(ROOT, `addin/static/assets/icon-${size}.png`))).toBe(true);
  expect(xml.match(/https:\/\/localhost:4000\/addin\/assets\/icon-\d+\.png/g)?.length).toBeGreaterThanOrEqual(4);
});
