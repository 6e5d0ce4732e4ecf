import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED, seedPath, seedText } from '../../support/seeds';

const CLI = path.join(__dirname, '../../../dist/server/src/cli/import.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-import-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], db = 'cli.sqlite') {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, db)}` }, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run import', () => {
  it('imports what it can read and names every bad file and line, exit code 2', () => {
    fs.writeFileSync(path.join(dir, 'vuoto.txt'), '');
    fs.writeFileSync(path.join(dir, 'scheda.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2, 3]));
    const text = seedText(SEED.pdftotext);
    fs.writeFileSync(path.join(dir, 'troncato.txt'), text.slice(0, Math.floor(text.length * 0.6)));
    const r = run([path.join(dir, 'vuoto.txt'), path.join(dir, 'scheda.pdf'), path.join(dir, 'troncato.txt'), seedPath(SEED.tabular)]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/vuoto\.txt:1: EMPTY_DOCUMENT/);
    expect(r.out).toMatch(/scheda\.pdf:1: BINARY_CONTENT/);
    expect(r.out).toMatch(/troncato\.txt:\d+: TRUNCATED/);
    expect(r.out).toMatch(/Importati 4 file: (\d+) obiettivi creati/);
    expect(Number(/(\d+) obiettivi creati/.exec(r.out)?.[1])).toBeGreaterThanOrEqual(2);
  });

  it('prints the schede JSON with --dry-run --json and creates no database', () => {
    const r = run(['--dry-run', '--json', seedPath(SEED.template)], 'never.sqlite');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).objectives[0].code).toBe('2021_Z203');
    expect(fs.existsSync(path.join(dir, 'never.sqlite'))).toBe(false);
  });

  it('imports the interchange JSON it printed, and a second import changes nothing', () => {
    const json = path.join(dir, 'schede.json');
    fs.writeFileSync(json, run(['--dry-run', '--json', seedPath(SEED.markdown)]).out);
    expect(run(['--json', json], 'json.sqlite').out).toMatch(/Importati 1 file: [1-9]\d* obiettivi creati/);
    expect(run(['--json', json], 'json.sqlite').out).toMatch(/0 obiettivi creati, 0 aggiornati/);
  });
});
