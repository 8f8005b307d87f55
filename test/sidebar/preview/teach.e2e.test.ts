// Teaching intent in the local preview, in a real browser over the real bundle: a note the reader does not know is
// listed, the user sets its meaning with one choice, and it then decides that note in the sheet (Apply) and in a
// formula typed afterwards. Undo brings the reader's answer back. Screenshots: test-artifacts/e2e/teach-*.png.
import type { Page } from 'playwright-core';
import { columnLetter } from '../../../src/shared/a1';
import { describeInBrowser, openPreview, screenshot, sidebarFrame, type PreviewSession } from '../../support/browser';

async function settled(session: PreviewSession): Promise<void> {
  await session.sidebar.locator('[data-testid="section-data"]').waitFor();
  await sidebarFrame(session.page).waitForFunction(() => {
    const hidden = (id: string) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      return !el || el.closest('[hidden]') !== null;
    };
    const teach = document.querySelector('[data-testid="section-teach"]');
    return hidden('loading') && hidden('progress') && !teach?.classList.contains('stale');
  });
}

const cell = (page: Page, a1: string) => page.locator(`[data-testid="grid"] td[data-cell="${a1}"]`);

async function type(page: Page, a1: string, text: string): Promise<void> {
  await cell(page, a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describeInBrowser('teaching intent in the preview', (suite) => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('a taught note decides in the sheet and in a formula; undo gives it back to the reader', async () => {
    session = await openPreview(suite.browser());
    const { page, sidebar } = session;
    await settled(session);
    // Rows 5 and 18 have no note (the lead score decides); give them notes no reader knows, with different dates.
    await type(page, 'G5', 'zorblax pending 5/30');
    await type(page, 'G18', 'Zorblax pending 6/12!');
    await sidebar.locator('[data-testid="refresh"]').click();
    await settled(session);

    const teach = sidebar.locator('[data-testid="section-teach"]');
    await teach.scrollIntoViewIfNeeded();
    const line = teach.locator('[data-testid="teach-line"]', { hasText: 'zorblax pending 5/30' });
    await line.waitFor();
    expect(await line.textContent()).toContain('2 rows');
    await screenshot(page, 'teach-list');

    await line.locator('[data-testid="teach-choice"]').selectOption('ready');
    await sidebar.locator('[data-testid="result-message"][data-kind="success"]', { hasText: 'Taught' }).waitFor();
    await settled(session);
    const taught = teach.locator('[data-testid="taught-line"]');
    await taught.waitFor();
    expect(await taught.textContent()).toMatch(/zorblax pending 5\/30.*Ready to buy.*2 rows/);
    expect(await teach.locator('[data-testid="taught-decided"]').textContent()).toBe('Taught phrases decided 2 rows.');
    await teach.scrollIntoViewIfNeeded();
    await screenshot(page, 'teach-taught');

    // A formula typed after teaching reads the taught phrase too, with yet another date.
    await type(page, 'G6', 'zorblax pending 12/24');
    await type(page, 'I1', '=CUSTOMER_INTENT(G1:G41)');
    await cell(page, 'I6').filter({ hasText: 'Ready to buy' }).waitFor();
    expect(await cell(page, 'I5').textContent()).toBe('Ready to buy');
    expect(await cell(page, 'I3').textContent()).toBe('Considering');
    await screenshot(page, 'teach-formula');

    // Apply: both rows' Intent is Ready to buy, with the reason saying it was taught.
    await sidebar.locator('[data-testid="apply"]').click();
    await sidebar.locator('[data-testid="result-message"][data-kind="success"]', { hasText: 'Done' }).waitFor();
    await settled(session);
    const header = await page.evaluate(() =>
      Array.from((document.querySelector('[data-testid="grid"] tbody') as HTMLTableSectionElement).rows[0].cells).map((c) => c.textContent),
    );
    const intentColumn = columnLetter(header.indexOf('Intent'));
    expect(await cell(page, `${intentColumn}5`).textContent()).toBe('Ready to buy');
    expect(await cell(page, `${intentColumn}18`).textContent()).toBe('Ready to buy');
    const reasonColumn = columnLetter(header.indexOf('Intent: why'));
    expect(await cell(page, `${reasonColumn}5`).textContent()).toBe('Ready to buy: you taught this note');

    // Undo: the phrase is forgotten and the note is listed as unread again.
    await teach.locator('[data-testid="taught-undo"]').click();
    await sidebar.locator('[data-testid="result-message"][data-kind="success"]', { hasText: 'Forgotten' }).waitFor();
    await settled(session);
    expect(await teach.locator('[data-testid="taught-line"]').count()).toBe(0);
    await teach.locator('[data-testid="teach-line"]', { hasText: /zorblax pending/i }).waitFor();
    expect(session.errors).toEqual([]);
  });
});
