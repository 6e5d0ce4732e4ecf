import { Page } from 'playwright-core';
import { ADMIN, AddinServer } from '../../support/addin-server';
import { useAddinE2E } from '../../support/addin-e2e';
import { TestBrowser } from '../../support/browser';

let server: AddinServer;
let browser: TestBrowser;
useAddinE2E((s, b) => ([server, browser] = [s, b]));

/** Opens the login page from a page of the server, as the task pane does outside Office. */
async function openLoginPopup(): Promise<{ opener: Page; popup: Page }> {
  const opener = await browser.newPage();
  await opener.goto(`${server.url}/addin/taskpane.html`);
  await opener.evaluate(() => {
    const w = window as unknown as { received: Array<{ origin: string; data: unknown }> };
    w.received = [];
    window.addEventListener('message', (e) => w.received.push({ origin: e.origin, data: e.data }));
  });
  const [popup] = await Promise.all([browser.context.waitForEvent('page'), opener.evaluate((url) => void window.open(url, 'pegaso-login'), `${server.url}/addin/login.html`)]);
  await popup.waitForSelector('body[data-state="ready"]');
  return { opener, popup };
}

test('signing in on the login page hands a working token to the page that opened it', async () => {
  const { opener, popup } = await openLoginPopup();
  await popup.fill('#username', ADMIN.username);
  await popup.fill('#password', ADMIN.password);
  await popup.click('#submit');
  await opener.waitForFunction(() => (window as unknown as { received: unknown[] }).received.length > 0, undefined, { timeout: 20_000 });
  const [msg] = await opener.evaluate(() => (window as unknown as { received: Array<{ origin: string; data: string }> }).received);
  expect(msg.origin).toBe(server.url);
  const session = JSON.parse(msg.data);
  expect(session).toMatchObject({ type: 'pegaso-login', user: { username: 'admin', role: 'ADMIN' } });
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ query: '{ planningViews { code } }' }),
  });
  expect((await res.json()).data.planningViews.length).toBeGreaterThan(0);
});

test('a wrong password is explained in Italian on the form and nothing is sent', async () => {
  const { opener, popup } = await openLoginPopup();
  await popup.fill('#username', ADMIN.username);
  await popup.fill('#password', 'sbagliata-davvero');
  await popup.click('#submit');
  await popup.waitForSelector('#error:not([hidden])');
  expect(await popup.textContent('#error')).toBe('Nome utente o password non corretti.');
  expect(await opener.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
});
