// Churn risk in a real browser over the real bundle: chosen in the sidebar, its settings shown, the fitted model said
// in plain words in the preview, Apply writes the columns and colours the rows by churn risk, and the summary sheet
// has the model's section. Screenshots go to test-artifacts/e2e/ (screen-churn-*.png).
import path from 'node:path';
import { CATALOGUES } from '../../../src/i18n/text';
import { PALETTE } from '../../../src/engine/palette';
import { describeInBrowser, openPreview, ROOT, screenshot, sidebarFrame, type PreviewSession, settled } from '../../support/browser';

const FIXTURES = path.join(ROOT, 'test/fixtures');
const c = CATALOGUES.en;

/** 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

describeInBrowser('churn risk in the sidebar', (suite) => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('choose it, read the fit, apply: columns, colours and the summary section', async () => {
    session = await openPreview(suite.browser(), { file: path.join(FIXTURES, 'customers-en.csv'), locale: 'en_US', userLocale: 'en' });
    const { page, sidebar } = session;
    await settled(session);
    // Not chosen by default; its settings appear once it is.
    const settings = sidebar.locator('[data-testid="churn-settings"]');
    expect(await settings.isHidden()).toBe(true);
    await sidebar.locator('[data-testid="classification-churn"]').check();
    await settings.waitFor();
    expect(await sidebar.locator('[data-testid="setting-churnActive"]').inputValue()).toBe('0.7');
    await sidebar.locator('[data-testid="main-grouping"]').selectOption('churn');
    const model = sidebar.locator('[data-testid="preview-churn"]');
    await model.waitFor();
    await sidebarFrame(page).waitForFunction(() =>
      (document.querySelector('[data-testid="preview-churn"]')?.textContent ?? '').includes('weeks'),
    );
    const said = (await model.textContent()) ?? '';
    expect(said).toContain(c.churnModel.heading);
    expect(said).toMatch(/Modified BG\/NBD fitted on 500 customers: r = /);
    expect(said).toMatch(/A typical customer buys every [\d.]+ weeks while active; [\d.]+% of customers are likely lost\./);
    expect(said).toMatch(/Expected revenue in the next 12 months: [\d,.]+/);
    // The preview's first block is the main grouping: churn risk's three groups on their colours.
    const preview = (await sidebar.locator('[data-testid="preview"]').textContent()) ?? '';
    for (const group of ['active', 'slipping', 'likely_lost'] as const) expect(preview).toContain(c.labels[group]);
    await model.scrollIntoViewIfNeeded();
    await screenshot(page, 'screen-churn-preview-en');

    await sidebar.locator('[data-testid="apply"]').click();
    await settled(session);
    await sidebar.locator('[data-testid="result-message"][data-kind="success"]').waitFor();
    const header = await page.evaluate(() => {
      const row = (document.querySelector('[data-testid="grid"] tbody') as HTMLTableSectionElement).rows[0];
      return Array.from(row.cells, (cell) => cell.textContent ?? '');
    });
    const risk = header.indexOf(c.headers.churn.group);
    expect(risk).toBeGreaterThan(0);
    expect(header).toContain('Chance active');
    expect(header).toContain('Value (next 12 months)');
    // Row 2 is coloured by its churn-risk group.
    const row2 = await page.evaluate((col) => {
      const row = (document.querySelector('[data-testid="grid"] tbody') as HTMLTableSectionElement).rows[1];
      // cells[0] is the row number: the header's index is the grid column's.
      const cell = row.cells[col];
      return { text: cell.textContent ?? '', background: getComputedStyle(row.cells[1]).backgroundColor };
    }, risk);
    const group = (Object.keys(c.labels) as (keyof typeof c.labels)[]).find(
      (k) => ['active', 'slipping', 'likely_lost'].includes(k) && c.labels[k] === row2.text,
    )!;
    expect(group).toBeDefined();
    const hex = PALETTE[group];
    const rgb = `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
    expect(row2.background).toBe(rgb);
    await page.locator(`[data-testid="grid"] td[data-cell="${columnLetter(risk)}1"]`).scrollIntoViewIfNeeded();
    await screenshot(page, 'screen-churn-columns-en');

    await page.locator(`[data-testid="sheet-tab"][data-name="${c.summary.sheetName}"]`).click();
    await page.locator('[data-testid="sheet-tab"].active', { hasText: c.summary.sheetName }).waitFor();
    const cellA = await page.evaluate(() =>
      Array.from(
        (document.querySelector('[data-testid="grid"] tbody') as HTMLTableSectionElement).rows,
        (r) => r.cells[1]?.textContent ?? '',
      ),
    );
    const at = cellA.indexOf(c.churnModel.heading);
    expect(at).toBeGreaterThan(0);
    expect(cellA[at + 4]).toMatch(/^Expected revenue in the next 12 months: /);
    await page.locator(`[data-testid="grid"] td[data-cell="A${at + 1}"]`).scrollIntoViewIfNeeded();
    await screenshot(page, 'screen-churn-summary-en');
  });

  test('in Spanish: the fit and the groups in the user’s words, numbers as the spreadsheet writes them', async () => {
    const es = CATALOGUES.es;
    session = await openPreview(suite.browser(), { file: path.join(FIXTURES, 'clientes-es.csv'), locale: 'es_ES', userLocale: 'es' });
    const { page, sidebar } = session;
    await settled(session);
    await sidebar.locator('[data-testid="classification-churn"]').check();
    await sidebar.locator('[data-testid="main-grouping"]').selectOption('churn');
    const model = sidebar.locator('[data-testid="preview-churn"]');
    await model.waitFor();
    await sidebarFrame(page).waitForFunction(() =>
      (document.querySelector('[data-testid="preview-churn"]')?.textContent ?? '').includes('semanas'),
    );
    const said = (await model.textContent()) ?? '';
    expect(said).toContain(es.churnModel.heading);
    expect(said).toMatch(/BG\/NBD modificado ajustado con 300 clientes: r = \d/);
    expect(said).toMatch(
      /Un cliente típico compra cada [\d,]+ semanas mientras sigue activo; el [\d,]+% de los clientes probablemente se ha perdido\./,
    );
    const preview = (await sidebar.locator('[data-testid="preview"]').textContent()) ?? '';
    for (const group of ['active', 'slipping', 'likely_lost'] as const) expect(preview).toContain(es.labels[group]);
    await model.scrollIntoViewIfNeeded();
    await screenshot(page, 'screen-churn-preview-es');
  });
});
