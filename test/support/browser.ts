// Real-browser tests: Debian's Chromium driven by playwright-core, one browser per test file, a fresh context per
// test. Without Chromium the tests cannot run: under CI that is a failure; locally one test says how to get it.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { startPreviewServer, type PreviewServer, type PreviewServerOptions } from '../../sidebar/preview/server';

// Jest's test realm has no Symbol.dispose / Symbol.asyncDispose, so playwright-core (loaded in that realm) would make
// its own, and `using` on Node's objects (keyed by Node's symbols) fails with "Object not disposable". Give the realm
// Node's symbols before playwright-core loads.
for (const name of ['dispose', 'asyncDispose'] as const) {
  if (!(name in Symbol)) Object.defineProperty(Symbol, name, { value: Symbol.for(`nodejs.${name}`) });
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- must load after the lines above
const { chromium } = require('playwright-core') as typeof import('playwright-core');

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ROOT = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts/e2e');
const HOW_TO_GET = 'Install it with `sudo apt-get install -y chromium fonts-wqy-microhei` (or set CHROMIUM_PATH to a Chromium binary).';
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

// Limits sized for a shared 2-core machine under load, where a page load or an Apply through the bundle can take
// many times longer than on an idle laptop. Tests wait for conditions (a locator, a settled sidebar), never fixed times.
const TEST_TIMEOUT_MS = 5 * 60_000;
const STEP_TIMEOUT_MS = 2 * 60_000;
const LAUNCH_TIMEOUT_MS = 3 * 60_000;

const underCi = () => !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

export interface BrowserSuite {
  /** The browser shared by the file's tests (set in beforeAll). */
  browser(): Browser;
}

/**
 * `describe(title, define)` when Chromium is there. When it is not, one test stands in for the suite: it fails under
 * CI (a missing browser must never pass as green) and otherwise logs how to install it.
 */
export function describeInBrowser(title: string, define: (suite: BrowserSuite) => void): void {
  if (!fs.existsSync(CHROMIUM)) {
    describe(title, () => {
      test('needs Chromium', () => {
        const message = `The real-browser tests need Chromium at ${CHROMIUM}. ${HOW_TO_GET}`;
        if (underCi()) throw new Error(message);
        console.warn(`${message} They did not run.`);
      });
    });
    return;
  }
  jest.setTimeout(TEST_TIMEOUT_MS);
  describe(title, () => {
    let browser: Browser | null = null;
    beforeAll(async () => {
      // launch() gives every browser a fresh temporary profile (user-data dir), removed when it closes.
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, timeout: LAUNCH_TIMEOUT_MS });
      fs.mkdirSync(ARTIFACTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
    });
    define({
      browser: () => {
        if (!browser) throw new Error('The browser did not start.');
        return browser;
      },
    });
  });
}

/** One preview server and one page on it, with every dialog and page error recorded (none is expected). */
export interface PreviewSession {
  server: PreviewServer;
  context: BrowserContext;
  page: Page;
  sidebar: FrameLocator;
  dialogs: string[];
  errors: string[];
  /** Every answer the page and its frames got, '404 /favicon.ico' (status and path), from the first request on. */
  responses: string[];
  /** Messages the page logged as errors (a failed load logs one). */
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openPreview(browser: Browser, options: Omit<PreviewServerOptions, 'root'> = {}): Promise<PreviewSession> {
  const server = await startPreviewServer({ root: ROOT, port: 0, timeZone: 'UTC', ...options });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'en-US' });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  const responses: string[] = [];
  const consoleErrors: string[] = [];
  page.on('response', (response) => responses.push(`${response.status()} ${new URL(response.url()).pathname}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  const sidebar = page.frameLocator('[data-testid="sidebar-frame"]');
  await sidebar.locator('[data-testid="section-data"]').waitFor();
  return {
    server,
    context,
    page,
    sidebar,
    dialogs,
    errors,
    responses,
    consoleErrors,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/** The sidebar's frame (for evaluating inside it). */
export function sidebarFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/sidebar'));
  if (!frame) throw new Error('The sidebar frame is not loaded.');
  return frame;
}

/** Waits until `condition` holds on this side (the server, what the page was answered), checking every 50 ms. */
export async function until(condition: () => boolean, what: string, timeout = STEP_TIMEOUT_MS): Promise<void> {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Until the sidebar has read the sheet and is not busy: its data section shown, no loading or progress line. */
export async function settled(session: PreviewSession): Promise<void> {
  await session.sidebar.locator('[data-testid="section-data"]').waitFor();
  await sidebarFrame(session.page).waitForFunction(() => {
    const hidden = (id: string) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      return !el || el.closest('[hidden]') !== null;
    };
    return hidden('loading') && hidden('progress');
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}
