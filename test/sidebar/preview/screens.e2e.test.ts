// The screens an owner reads, in each language, in a real browser over the real bundle: an order log applied, a
// Champion who lapsed, the settings errors, and the summary with its Pareto curve. Screenshots go to
// test-artifacts/e2e/ (screen-<name>-<language>.png).
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CATALOGUES, noteText, textKit } from '../../../src/i18n/text';
import type { Language } from '../../../src/engine/types';
import { describeInBrowser, openPreview, ROOT, screenshot, type PreviewSession, settled } from '../../support/browser';

const FIXTURES = path.join(ROOT, 'test/fixtures');

/** Each language with its sample sheet, the spreadsheet's locale and the user's. */
const LANGUAGES: { language: Language; file: string; locale: string; user: string }[] = [
  { language: 'en', file: 'customers-en.csv', locale: 'en_US', user: 'en' },
  { language: 'es', file: 'clientes-es.csv', locale: 'es_ES', user: 'es' },
  { language: 'zh', file: 'kehu-zh.csv', locale: 'zh_CN', user: 'zh_CN' },
];

async function apply(session: PreviewSession): Promise<string> {
  await session.sidebar.locator('[data-testid="apply"]').click();
  await settled(session);
  const message = session.sidebar.locator('[data-testid="result-message"][data-kind="success"]');
  await message.waitFor();
  return (await message.textContent()) ?? '';
}

const tabNames = (page: Page) => page.locator('[data-testid="sheet-tab"]').allTextContents();

async function openTab(page: Page, name: string): Promise<void> {
  await page.locator(`[data-testid="sheet-tab"][data-name="${name}"]`).click();
  await page.locator('[data-testid="sheet-tab"].active', { hasText: name }).waitFor();
}

/** The shown text of the grid's first `rows` rows and `cols` columns. */
function texts(page: Page, rows: number, cols: number): Promise<string[][]> {
  return page.evaluate(
    ([rows, cols]) => {
      const body = document.querySelector('[data-testid="grid"] tbody') as HTMLTableSectionElement;
      return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => body.rows[r]?.cells[c + 1]?.textContent ?? ''));
    },
    [rows, cols] as const,
  );
}

const letter = (column: number) => String.fromCharCode(64 + column);

describeInBrowser('the owner’s screens in each language', (suite) => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  describe.each(LANGUAGES)('$language', ({ language, file, locale, user }) => {
    const c = CATALOGUES[language];

    test('an order log applied: the customer list of ours, the group on each order, counts in customers', async () => {
      session = await openPreview(suite.browser(), { file: path.join(FIXTURES, 'orders-log.csv'), locale: 'en_US', userLocale: user });
      const { page, sidebar } = session;
      await settled(session);
      await sidebar.locator('[data-testid="setting-language"]').selectOption(language);
      expect(await sidebar.locator('[data-testid="customer-count"]').textContent()).toBe('200');
      const message = await apply(session);
      expect(message).toContain('200');
      expect(await tabNames(page)).toEqual(['orders-log', c.summary.sheetName, c.customerSheet, c.history.sheetName]);
      // The log: its own four columns, then each order's customer's tier.
      const log = await texts(page, 3, 5);
      expect(log[0]).toEqual(['Order ID', 'Date', 'Customer', 'Amount', c.headers.tier.group]);
      expect(Object.values(c.labels).slice(0, 3)).toContain(log[1][4]);
      await screenshot(page, `screen-order-log-${language}`);
      await openTab(page, c.customerSheet);
      const list = await texts(page, 2, 6);
      expect(list[0].slice(0, 5)).toEqual(
        ['customer', 'first_purchase', 'last_purchase', 'orders', 'revenue'].map((f) => {
          const name = c.fields[f as keyof typeof c.fields];
          return name.charAt(0).toUpperCase() + name.slice(1);
        }),
      );
      expect(list[1][5]).toBe(c.labels.A);
      await screenshot(page, `screen-order-log-customers-${language}`);
    });

    test('a Champion who lapsed: the reason says why both hold, the next step says call first', async () => {
      session = await openPreview(suite.browser(), { file: path.join(FIXTURES, file), locale, userLocale: user });
      const { page } = session;
      await settled(session);
      await apply(session);
      const grid = await texts(page, 600, 30);
      const header = grid[0];
      const lifecycle = header.indexOf(c.headers.lifecycle.group);
      const rfm = header.indexOf(c.headers.rfm.group);
      const step = header.indexOf(c.headers.nextStep);
      const row = grid.findIndex((r) => r[lifecycle] === c.labels.lapsed && r[rfm] === c.labels.champions);
      expect(row).toBeGreaterThan(0);
      // The reason cell: selected, its whole text is in the formula bar.
      const reason = `${letter(lifecycle + 2)}${row + 1}`;
      await page.locator(`[data-testid="grid"] td[data-cell="${reason}"]`).scrollIntoViewIfNeeded();
      await page.locator(`[data-testid="grid"] td[data-cell="${reason}"]`).click();
      const note = noteText({ code: 'key_customer', segment: 'champions' }, language, locale);
      expect(await page.locator('[data-testid="formula-input"]').inputValue()).toContain(note);
      expect(grid[row][step].startsWith(c.nextStep.keyCustomerLapsed)).toBe(true);
      await screenshot(page, `screen-lapsed-champion-${language}`);
    });

    test('the settings errors: named as the sidebar names them, with ranges a person types', async () => {
      session = await openPreview(suite.browser(), { userLocale: user });
      const { page, sidebar } = session;
      await settled(session);
      await sidebar.locator('[data-testid="setting-tierPreset"]').selectOption('custom');
      await sidebar.locator('[data-testid="setting-tierA"]').fill('90%');
      await sidebar.locator('[data-testid="setting-tierB"]').fill('0,5');
      await sidebar.locator('[data-testid="setting-lapseDays"]').fill('0');
      const tierB = sidebar.locator('[data-testid="error-tierB"]');
      await tierB.waitFor();
      const words = c.settingWords;
      expect(await tierB.textContent()).toContain(words.tierB);
      expect(await tierB.textContent()).toContain(textKit(language, 'en_US').threshold(0.95));
      expect(await sidebar.locator('[data-testid="error-lapseDays"]').textContent()).toContain(words.lapseDays);
      const all = await sidebar.locator('.field-error').allTextContents();
      expect(all.join(' ')).not.toMatch(/tierA|tierB|lapseDays|9007199254740991/);
      expect(await sidebar.locator('[data-testid="apply"]').isDisabled()).toBe(true);
      await sidebar.locator('[data-testid="setting-lapseDays"]').scrollIntoViewIfNeeded();
      await screenshot(page, `screen-settings-errors-${language}`);
    });

    test('the summary with its Pareto curve: the 80% line and where tier A ends', async () => {
      session = await openPreview(suite.browser(), { file: path.join(FIXTURES, file), locale, userLocale: user });
      const { page } = session;
      await settled(session);
      await apply(session);
      await openTab(page, c.summary.sheetName);
      const chart = page.locator('[data-testid="chart"]');
      await chart.waitFor();
      expect(await chart.getAttribute('data-type')).toBe('LINE');
      expect(await chart.locator('[data-testid="chart-title"]').textContent()).toBe(c.summary.chart);
      expect(await chart.locator('[data-testid="chart-line"]').count()).toBe(2);
      expect(await chart.locator('[data-testid="chart-point"]').count()).toBe(1);
      expect(await chart.locator('[data-testid="chart-legend"]').allTextContents()).toEqual([
        c.summary.paretoRevenue,
        c.summary.paretoLine,
        c.summary.paretoA,
      ]);
      await screenshot(page, `screen-summary-${language}`);
      // The tables under it: short headers that fit their columns.
      const grid = await texts(page, 40, 7);
      expect(grid.some((r) => r[1] === c.summary.share)).toBe(true);
      await page.locator('[data-testid="grid"] td[data-cell="A60"]').scrollIntoViewIfNeeded();
      await screenshot(page, `screen-summary-tables-${language}`);
    });
  });
});
