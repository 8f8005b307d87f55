// The run history in the local preview, in a real browser: Apply, change the data, move the preview's clock forward,
// Apply again; the summary's "Who moved" section, its matrix and its movers list appear, and the sidebar compares
// the two runs. Screenshots of each go to test-artifacts/e2e/.
import type { Page } from 'playwright-core';
import { describeInBrowser, openPreview, screenshot, type PreviewSession, settled } from '../../support/browser';

async function press(session: PreviewSession, button: 'apply' | 'clear'): Promise<void> {
  await session.sidebar.locator(`[data-testid="${button}"]`).click();
  await settled(session);
  await session.sidebar.locator('[data-testid="result-message"][data-kind="success"]').waitFor();
}

async function setToday(session: PreviewSession, iso: string): Promise<void> {
  await session.page.locator('[data-testid="today"]').fill(iso);
  await session.page.locator('[data-testid="today"]').dispatchEvent('change');
  await session.page.waitForFunction((d) => (document.querySelector('[data-testid="today"]') as HTMLInputElement).value === d, iso);
  await settled(session);
}

const cell = (page: Page, a1: string) => page.locator(`[data-testid="grid"] td[data-cell="${a1}"]`);
const tabNames = (page: Page) => page.locator('[data-testid="sheet-tab"]').allTextContents();

/** Every shown row of the active sheet as its non-blank texts joined by " | ". */
function lines(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="grid"] tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td'))
        .map((td) => (td.textContent ?? '').trim())
        .filter(Boolean)
        .join(' | '),
    ),
  );
}

describeInBrowser('the run history in the local preview', (suite) => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('Apply, change the data, advance the clock, Apply again: who moved, the matrix, the movers, and the comparison', async () => {
    session = await openPreview(suite.browser());
    const { page, sidebar } = session;
    await settled(session);
    await setToday(session, '2026-10-01');
    await press(session, 'apply');
    expect(await tabNames(page)).toEqual(['sample-customers', 'Segments', 'Segment history']);
    const header = await page.locator('[data-testid="grid"] tbody tr').first().locator('td').allTextContents();
    const tierColumn = header.indexOf('Tier');
    expect(tierColumn).toBeGreaterThan(0);
    // The first tier-A customer of the table loses most of its revenue.
    const rows = await lines(page);
    const tierA = rows.findIndex((line, r) => r > 0 && line.split(' | ').includes('A'));
    const row = tierA + 1;
    const name = (await cell(page, `A${row}`).textContent()) ?? '';
    await cell(page, `E${row}`).click();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (a1) => document.querySelector(`[data-testid="grid"] td[data-cell="${a1}"]`)?.textContent === '1',
      `E${row}`,
    );

    // A month later.
    await setToday(session, '2026-11-01');
    await press(session, 'apply');
    const afterHeader = await page.locator('[data-testid="grid"] tbody tr').first().locator('td').allTextContents();
    const previous = afterHeader.indexOf('Previous');
    expect(previous).toBeGreaterThan(0);
    const rowCells = await page
      .locator('[data-testid="grid"] tbody tr')
      .nth(row - 1)
      .locator('td')
      .allTextContents();
    expect(rowCells[previous]).toBe('A');
    expect(rowCells[previous + 1]).toBe('11/1/2026');
    expect(rowCells[afterHeader.indexOf('Tier: why')]).toMatch(/\(was A on 11\/1\/2026\)/);
    await cell(page, `A${row}`).scrollIntoViewIfNeeded();
    await screenshot(page, 'history-previous-column');

    // The summary: the movement section, the matrix, the movers list.
    await page.locator('[data-testid="sheet-tab"][data-name="Segments"]').click();
    const summary = await lines(page);
    const at = summary.indexOf('Who moved');
    expect(at).toBeGreaterThan(0);
    expect(summary[at + 1]).toContain('From the run of 10/1/2026 to this run of 11/1/2026');
    const matrix = summary.indexOf('From \\ to | A | B | C | Gone | Total');
    expect(matrix).toBeGreaterThan(at);
    const who = page.locator('[data-testid="grid"] td', { hasText: 'Who moved' }).first();
    await who.scrollIntoViewIfNeeded();
    await screenshot(page, 'history-who-moved');
    const movers = summary.indexOf('Moved down from the two best groups');
    expect(movers).toBeGreaterThan(matrix);
    expect(summary[movers + 1]).toBe('# | Customer | Revenue then | Revenue | Moved | Next step');
    // The most revenue at stake first: the biggest customer to drop out of A heads the list.
    const mover = summary.slice(movers + 2).find((line) => line.includes(` | ${name} | `)) ?? '';
    expect(mover).toMatch(new RegExp(`^\\d+ \\| ${name} \\| [\\d,.]+ \\| 1 \\| Tier: A → `));
    expect(mover).toContain('Call them personally now');
    await page.locator('[data-testid="grid"] td', { hasText: 'Moved down from the two best groups' }).first().scrollIntoViewIfNeeded();
    await screenshot(page, 'history-movers');

    // The sidebar compares the two runs; Clear offers to keep the history.
    await page.locator('[data-testid="sheet-tab"][data-name="sample-customers"]').click();
    await settled(session);
    await sidebar.locator('[data-testid="section-history"]').waitFor();
    expect(await sidebar.locator('[data-testid="history-runs"]').textContent()).toBe('2 runs in the history sheet, one per run date.');
    expect(await sidebar.locator('[data-testid="history-from"]').inputValue()).toBe('2026-10-01');
    expect(await sidebar.locator('[data-testid="history-to"]').inputValue()).toBe('2026-11-01');
    await sidebar.locator('[data-testid="history-compare"]').click();
    const tier = sidebar.locator('[data-testid="history-tier"]');
    await tier.waitFor();
    const head = await tier.locator('thead th').allTextContents();
    expect(head).toEqual(['From \\ to', 'A', 'B', 'C', 'Gone']);
    const aRow = await tier.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(aRow[0]).toBe('A');
    expect(aRow.slice(1, 4).some((n, j) => j > 0 && n === '1')).toBe(true);
    expect(await sidebar.locator('[data-testid="keep-history"]').isChecked()).toBe(true);
    await tier.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'history-sidebar-compare');

    // Clear, keeping the history: only the history sheet stays.
    await press(session, 'clear');
    expect(await tabNames(page)).toEqual(['sample-customers', 'Segment history']);
    expect(session.errors).toEqual([]);
  });
});
