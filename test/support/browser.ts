import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's chromium package (apt-get install -y chromium); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a quiet, reproducible headless run in containers and CI (no network besides the pages). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

/** A headless Chromium with a fresh profile; close() also deletes the profile. */
export interface TestBrowser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** Console lines and page errors of every page, for failure messages. */
  logs: string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  if (!hasChromium()) throw new Error(`chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pegaso-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'it-IT',
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
  });
  // Tests never reach the internet (office.js outside Office tries a Microsoft telemetry frame).
  await context.route(/^https?:\/\/(?!(127\.0\.0\.1|localhost)[:/])/, (route) => route.abort('blockedbyclient'));
  const logs: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => logs.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`[pageerror] ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    logs,
    newPage: () => context.newPage(),
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const LOCK_DIR = path.join(os.tmpdir(), 'pegaso-e2e.lock');

function holderAlive(): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes e2e test files run one at a time even when jest gives them parallel workers (jest has no
 * per-project maxWorkers). Call in beforeAll (with a long timeout); the returned function releases it.
 */
export async function acquireE2eLock(timeoutMs = 600_000): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      return () => fs.rmSync(LOCK_DIR, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A crashed run leaves the lock behind: take it over once its holder is gone (after a grace period for a holder still writing its pid).
      const age = Date.now() - (fs.statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 2000 && !holderAlive()) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another e2e test held ${LOCK_DIR} for over ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
