import { AddinServer, startAddinServer } from './addin-server';
import { acquireE2eLock, launchBrowser, TestBrowser } from './browser';

/**
 * For an e2e test file: takes the browser lock (e2e files run one at a time), starts a real pegaso
 * server with the built add-in and launches Chromium; tears all down after the file.
 */
export function useAddinE2E(onReady: (server: AddinServer, browser: TestBrowser) => void): void {
  let release: (() => void) | undefined;
  let server: AddinServer | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    release = await acquireE2eLock();
    server = await startAddinServer();
    browser = await launchBrowser();
    onReady(server, browser);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    release?.();
  });
}
