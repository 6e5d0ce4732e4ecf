import fs from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { ADMIN, AddinServer } from '../../support/addin-server';
import { SCREENSHOT_DIR, useAddinE2E } from '../../support/addin-e2e';
import { TestBrowser } from '../../support/browser';

const FAKE_OFFICE = fs.readFileSync(path.join(__dirname, 'fake-excel/fake-office.js'), 'utf8');
const SHOTS = SCREENSHOT_DIR;
const SHEET = '2020_A02_00';

let server: AddinServer;
let browser: TestBrowser;
let pane: Page;
useAddinE2E((s, b) => ([server, browser] = [s, b]));

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const secondClient = async () => (await gql('mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', { u: ADMIN.username, p: ADMIN.password })).login.token as string;
const serverAchieved = async (token: string, id: string) => (await gql('query($id:ID!){ node(id:$id){ ... on IndicatorValue { raw version } } }', { id }, token)).node as { raw: string; version: number };

/** The snapshot cells of a sheet, read from the simulated workbook's custom XML parts. */
async function snapshotCells(sheet: string): Promise<{ address: string; id: string; field: string; kind: string; version: number }[]> {
  return pane.evaluate((name) => {
    const book = (window as any).__fakeExcel.book;
    for (const p of book.parts) {
      const json = JSON.parse(p.xml.replace(/^<snapshot[^>]*>|<\/snapshot>$/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
      if (json.sheet === name) return json.cells.map((c: any[]) => ({ address: c[0], id: c[1], field: c[2], version: c[3], kind: c[4] }));
    }
    return [];
  }, sheet);
}
const typeInto = (sheet: string, address: string, value: string) => pane.evaluate(([s, a, v]) => (window as any).__fakeExcel.type(s, a, v), [sheet, address, value]);
const cellValue = (sheet: string, address: string) => pane.evaluate(([s, a]) => (window as any).__fakeExcel.value(s, a), [sheet, address]);
const notice = async () => (await pane.textContent('[data-testid=message]'))?.trim();
async function click(testid: string) {
  await pane.click(`[data-testid=${testid}]`);
  await pane.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.disabled), undefined, { timeout: 30_000 });
}
async function shootSheet(sheet: string, file: string, rows = 45) {
  const html = await pane.evaluate(([s, n]) => (window as any).__fakeExcel.render(s, n), [sheet, rows] as [string, number]);
  const p = await browser.newPage();
  await p.setViewportSize({ width: 1400, height: 900 });
  await p.setContent(html);
  await p.screenshot({ path: path.join(SHOTS, file), fullPage: true });
  await p.close();
}
const valueFor = (kind: string) => (kind === 'BOOLEAN' ? '0' : kind === 'RATIO' ? '1/2' : kind === 'NUMBER' ? '170' : 'parziale');

test('pull a scheda in both modes, edit, push, resolve a conflict from another client, undo', async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  pane = await browser.newPage();
  await pane.setViewportSize({ width: 380, height: 1100 });
  await pane.route('**/office-js/office.js', (r) => r.fulfill({ contentType: 'application/javascript', body: FAKE_OFFICE }));
  await pane.goto(`${server.url}/addin/taskpane.html`);

  // log in through the login page (a popup outside Office)
  const [popup] = await Promise.all([browser.context.waitForEvent('page'), pane.click('[data-testid=login]')]);
  await popup.waitForSelector('body[data-state="ready"]');
  await popup.fill('#username', ADMIN.username);
  await popup.fill('#password', ADMIN.password);
  await popup.click('#submit');
  await pane.waitForSelector('[data-testid=who]');
  expect(await pane.textContent('[data-testid=who]')).toContain('(ADMIN)');

  // pull the seed scheda: Scheda mode, then Elenco mode
  await pane.selectOption('[data-testid=view]', 'DUP_2020_2022');
  await pane.fill('[data-testid=search]', SHEET);
  await click('search-btn');
  await click('pull');
  expect(await notice()).toBe(`Scaricati 1 fogli: ${SHEET}.`);
  await click('mode-elenco');
  await click('pull');
  expect(await notice()).toBe('Scaricati 2 fogli: Elenco fasi, Elenco indicatori.');
  expect(await pane.evaluate(() => (window as any).__fakeExcel.sheetNames())).toEqual([SHEET, 'Elenco fasi', 'Elenco indicatori']);
  expect(await pane.evaluate(() => (window as any).__fakeExcel.cell('Elenco indicatori', 'A1').v)).toMatch(/^ELENCO INDICATORI/);
  // the Elenco rows are the scheda's indicators and phases in printed order, keyed by their ordinal,
  // with the achieved value of the chosen period
  const period = await pane.inputValue('[data-testid=period]');
  const printed = (await gql(
    'query($v:String!,$c:String!,$p:String!){ objective(planningView:$v,code:$c){ indicators { description achievedFor(period:$p){ raw } } phases { description } } }',
    { v: 'DUP_2020_2022', c: SHEET, p: period },
    await secondClient(),
  )).objective as { indicators: { description: string; achievedFor: { raw: string | null } | null }[]; phases: { description: string }[] };
  expect(printed.indicators.length).toBeGreaterThan(1);
  const rowsOf = (sheet: string, cols: string[], n: number) => Promise.all(Array.from({ length: n }, (_, i) => Promise.all(cols.map((c) => cellValue(sheet, `${c}${4 + i}`)))));
  expect(await rowsOf('Elenco indicatori', ['A', 'E', 'H'], printed.indicators.length + 1)).toEqual([
    ...printed.indicators.map((ind, i) => [`${SHEET}/I${i + 1}`, ind.description, ind.achievedFor?.raw ?? '']),
    ['', '', ''],
  ]);
  expect(await rowsOf('Elenco fasi', ['A', 'D'], printed.phases.length + 1)).toEqual([...printed.phases.map((p, i) => [`${SHEET}/F${i + 1}`, p.description]), ['', '']]);

  // edit two achieved values and a note; a locked cell refuses typing
  const cells = await snapshotCells(SHEET);
  const achieved = cells.filter((c) => c.field === 'achieved').slice(0, 2);
  const note = cells.find((c) => c.field === 'note' && c.id.length > 0 && !achieved.some((a) => a.address === c.address))!;
  for (const a of achieved) await typeInto(SHEET, a.address, valueFor(a.kind));
  await typeInto(SHEET, note.address, 'Verificato con il protocollo');
  await expect(typeInto(SHEET, 'A1', 'x')).rejects.toThrow(/protetto/);
  await click('check');
  expect(await pane.textContent('[data-testid=dirty-count]')).toBe('3');
  await shootSheet(SHEET, 'sheet-scheda-modified.png');

  // push: the database changes
  await click('push');
  expect(await notice()).toBe('Inviate 3 celle: salvate su pegaso.');
  const other = await secondClient();
  const first = await serverAchieved(other, achieved[0].id);
  expect(first.raw).toBe(valueFor(achieved[0].kind));
  await pane.screenshot({ path: path.join(SHOTS, 'taskpane-after-push.png'), fullPage: true });

  // a second client changes the same value with the version it pulled
  const pushed = await gql('mutation($i:PushChangesInput!){ pushChanges(input:$i){ status } }', { i: { clientBatchId: `other-${Date.now()}`, changes: [{ id: achieved[0].id, expectedVersion: first.version, achieved: achieved[0].kind === 'BOOLEAN' ? '1' : '99' }] } }, other);
  expect(pushed.pushChanges.status).toBe('APPLIED');
  const mine = achieved[0].kind === 'BOOLEAN' ? 'si' : '180';
  await typeInto(SHEET, achieved[0].address, mine);
  await click('push');
  expect(await notice()).toMatch(/^Niente salvato: 1 celle sono state modificate da altri/);
  expect(await pane.textContent('[data-testid=server-value]')).toBe(achieved[0].kind === 'BOOLEAN' ? '1' : '99');
  await pane.screenshot({ path: path.join(SHOTS, 'taskpane-conflict.png'), fullPage: true });
  await shootSheet(SHEET, 'sheet-scheda-conflict.png');

  // "Tieni il mio": re-sent against the server's version
  await click('keep-mine');
  expect(await notice()).toBe('Inviate 1 celle: salvate su pegaso.');
  expect((await serverAchieved(other, achieved[0].id)).raw).toBe(achieved[0].kind === 'BOOLEAN' ? '1' : '180');

  // history of the selected cell
  await pane.evaluate(([s, a]) => (window as any).__fakeExcel.select(s, a), [SHEET, achieved[0].address]);
  await click('history-btn');
  expect(await pane.textContent('[data-testid=history]')).toContain(`${SHEET}!${achieved[0].address}`);

  // undo the last push: the other client's value is back, on the server and in the sheet
  await click('undo');
  expect(await notice()).toMatch(/^Invio annullato/);
  const after = await serverAchieved(other, achieved[0].id);
  expect(after.raw).toBe(achieved[0].kind === 'BOOLEAN' ? '1' : '99');
  expect(await cellValue(SHEET, achieved[0].address)).toBe(after.raw);
  await shootSheet('Elenco indicatori', 'sheet-elenco-indicatori.png', 30);
  await shootSheet(SHEET, 'sheet-scheda.png');
});
