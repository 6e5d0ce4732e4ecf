import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/**
 * Where e2e tests save their screenshots: docs/screenshots when SCREENSHOTS=1 (to refresh the
 * pictures the README shows), a temp folder otherwise, so a test run leaves the tree clean.
 */
export const SCREENSHOT_DIR =
  process.env.SCREENSHOTS === '1' ? path.join(__dirname, '../../docs/screenshots') : fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-shots-'));
