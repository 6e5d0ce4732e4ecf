import fs from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { ADMIN, AddinServer } from '../../support/addin-server';
import { SCREENSHOT_DIR, useAddinE2E } from '../../support/addin-e2e';
import { TestBrowser } from '../../support/browser';

const FAKE_OFFICE = fs.readFileSync(path.join(__dirname, 'fake-excel/fake-office.js'), 'utf8');
const SHOTS = SCREENSHOT_DIR;
const SHEET = 'Riconciliazione DUP_2017_2019';

let server: AddinServer;
let browser: TestBrowser;
let pane: Page;
useAddinE2E((s, b) => ([server, browser] = [s, b]));

const fake = <T>(fn: string, ...args: unknown[]) => pane.evaluate(([f, a]) => (window as any).__fakeExcel[f as string](...(a as unknown[])), [fn, args] as const) as Promise<T>;
const notice = async () => (await pane.textContent('[data-testid=message]'))?.trim();
async function click(testid: string) {
  await pane.click(`[data-testid=${testid}]`);
  await pane.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.disabled), undefined, { timeout: 30_000 });
}
/** The text of column `col` on the row where `label` is, as an Italian Excel shows it. */
async function onRowOf(label: string, col: string): Promise<string> {
  const at = await fake<string | null>('find', SHEET, label);
  if (!at) throw new Error(`${label} not in ${SHEET}`);
  return fake<string>('text', SHEET, `${col}${at.replace(/^[A-Z]+/, '')}`);
}

test('pull the reconciliation of DUP_2017_2019 into a sheet, then the schede of a capitolo row', async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  pane = await browser.newPage();
  await pane.setViewportSize({ width: 380, height: 1100 });
  await pane.route('**/office-js/office.js', (r) => r.fulfill({ contentType: 'application/javascript', body: FAKE_OFFICE }));
  await pane.goto(`${server.url}/addin/taskpane.html`);
  const [popup] = await Promise.all([browser.context.waitForEvent('page'), pane.click('[data-testid=login]')]);
  await popup.waitForSelector('body[data-state="ready"]');
  await popup.fill('#username', ADMIN.username);
  await popup.fill('#password', ADMIN.password);
  await popup.click('#submit');
  await pane.waitForSelector('[data-testid=who]');

  // the reconciliation sheet: totals, saldo, the under-assigned capitolo highlighted, read-only
  await pane.selectOption('[data-testid=view]', 'DUP_2017_2019');
  await click('reconciliation-btn');
  expect(await notice()).toBe(`Riconciliazione scaricata nel foglio ${SHEET}.`);
  expect(await fake<string[]>('sheetNames')).toEqual([SHEET]);
  expect(await fake<string>('text', SHEET, 'A2')).toMatch(/^aggiornato al \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
  expect(await onRowOf('Totale spese CP', 'J')).toBe('159.800,00');
  expect(await onRowOf('Totale entrate CP', 'J')).toBe('10.000,00');
  expect((await onRowOf('Saldo entrate − spese CP', 'J')).replace('-', '−')).toBe('−149.800,00');
  const chapter = (await fake<string>('find', SHEET, '1040080'))!;
  const row = chapter.replace(/^[A-Z]+/, '');
  expect(await fake<string>('text', SHEET, `N${row}`)).toBe('Sotto-assegnato');
  expect((await fake<{ fill: string }>('cell', SHEET, `J${row}`)).fill).toBe('#FFD8A8');
  const total = (await fake<string>('find', SHEET, 'Totale spese CP'))!.replace(/^[A-Z]+/, '');
  expect((await fake<{ fill?: string | null }>('cell', SHEET, `J${total}`)).fill ?? null).toBeNull();
  await expect(fake('type', SHEET, `J${row}`, '1')).rejects.toThrow(/protetto/);
  expect(await pane.textContent('[data-testid=reconciliation-summary]')).toContain('159.800,00');
  const html = await fake<string>('render', SHEET, 48);
  const shot = await browser.newPage();
  await shot.setViewportSize({ width: 1400, height: 900 });
  await shot.setContent(html);
  await shot.screenshot({ path: path.join(SHOTS, 'sheet-riconciliazione.png'), fullPage: true });
  await shot.close();

  // from a capitolo row without objectives: a clear message; from 1040080: its scheda
  const unassigned = (await fake<string>('find', SHEET, '3010460'))!;
  await fake('select', SHEET, unassigned);
  await click('chapter-schede');
  expect(await notice()).toMatch(/^La riga \d+ non ha obiettivi/);
  await fake('select', SHEET, chapter);
  await click('chapter-schede');
  expect(await notice()).toBe('Scaricati 1 fogli: 2017_P03_01.');
  expect(await fake<string[]>('sheetNames')).toEqual([SHEET, '2017_P03_01']);
  expect(await fake<string>('text', '2017_P03_01', 'A1')).toBe('SCHEDA OBIETTIVO 2017_P03_01');
});
