// Export as SQL in the local preview, in a real browser over the real bundle: open the section on the sample sheet,
// type a table, see the query for the detected columns and settings, switch to DuckDB, Copy and Download; the name
// check and what the query leaves out in each language. Screenshots: test-artifacts/e2e/sql-export-*.png.
import fs from 'node:fs';
import { generateSegmentsSql } from '../../../src/sql';
import { describeInBrowser, openPreview, screenshot, type PreviewSession, settled } from '../../support/browser';
import { SAMPLE_COLUMNS } from '../answers';

function expected(dialect: 'bigquery' | 'duckdb', table: string): string {
  const exported = generateSegmentsSql({ dialect, table, layout: 'customers', columns: SAMPLE_COLUMNS });
  if (!exported.ok) throw new Error(JSON.stringify(exported.errors));
  return exported.sql;
}

async function openSection(session: PreviewSession): Promise<void> {
  const { sidebar } = session;
  await settled(session);
  await sidebar.locator('[data-testid="sql-toggle"]').click();
  await sidebar.locator('[data-testid="section-sql"][open]').waitFor();
  await sidebar.locator('[data-testid="sql-table"]').scrollIntoViewIfNeeded();
}

describeInBrowser('Export as SQL in the preview', (suite) => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('the query for the sample’s columns and settings, in either dialect, copied and downloaded', async () => {
    session = await openPreview(suite.browser());
    const { page, sidebar, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSection(session);
    expect(await sidebar.locator('[data-testid="sql-status"]').textContent()).toBe(
      'Type the name of the table that holds this data to see its query.',
    );
    expect(await sidebar.locator('[data-testid="sql-gap"]').count()).toBeGreaterThanOrEqual(4);

    // BigQuery, the default: a project, dataset and table.
    const table = sidebar.locator('[data-testid="sql-table"]');
    await table.fill('my-project.sales.customers');
    const query = sidebar.locator('[data-testid="sql-query"]');
    await query.waitFor();
    expect(await query.inputValue()).toBe(expected('bigquery', 'my-project.sales.customers'));
    expect(await query.getAttribute('readonly')).not.toBeNull();
    expect(await sidebar.locator('[data-testid="sql-parameter"]').textContent()).toMatch(/^One parameter, @as_of: /);
    await sidebar.locator('[data-testid="sql-toggle"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'sql-export-bigquery');

    // A name BigQuery cannot read: said under the field, and no query.
    await table.fill('`orders`');
    const error = sidebar.locator('[data-testid="error-sql-table"]');
    await error.waitFor();
    expect(await error.textContent()).toBe('Type the name without backticks or quotes: the query adds them.');
    expect(await query.isVisible()).toBe(false);
    await table.fill('orders');
    await sidebar.locator('[data-testid="error-sql-table"]', { hasText: 'Name the dataset too' }).waitFor();
    await screenshot(page, 'sql-export-invalid');

    // DuckDB: a bare table is fine; its quoting and parameter.
    await sidebar.locator('[data-testid="sql-dialect"]').selectOption('duckdb');
    await query.waitFor();
    expect(await error.isVisible()).toBe(false);
    await table.fill('main.orders');
    await sidebar.locator('[data-testid="sql-parameter"]', { hasText: '$as_of' }).waitFor();
    const duckdb = await query.inputValue();
    expect(duckdb).toBe(expected('duckdb', 'main.orders'));
    expect(duckdb).toContain('FROM "main"."orders"');

    // Copy: the clipboard, or the selection where the frame may not use it; either way the query is on it.
    await sidebar.locator('[data-testid="sql-copy"]').click();
    await sidebar.locator('[data-testid="sql-copy-status"]', { hasText: 'Copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(duckdb);

    // Download: a .sql file named for the dialect, holding the query.
    const [download] = await Promise.all([page.waitForEvent('download'), sidebar.locator('[data-testid="sql-download"]').click()]);
    expect(download.suggestedFilename()).toBe('customer-segments-duckdb.sql');
    const file = await download.path();
    expect(fs.readFileSync(file, 'utf8')).toBe(duckdb);
    await query.scrollIntoViewIfNeeded();
    await screenshot(page, 'sql-export-duckdb');
    expect(session.errors).toEqual([]);
    expect(session.dialogs).toEqual([]);
  });

  test.each([
    {
      user: 'es',
      heading: 'Exportar como SQL',
      gaps: 'Lo que no incluye la consulta',
      error: '«My Project» no es un ID de proyecto de BigQuery',
    },
    { user: 'zh_CN', heading: '导出为 SQL', gaps: '查询中没有的内容', error: '“My Project”不是 BigQuery 项目 ID' },
  ])('in $user: the section, the name check and what the query leaves out', async ({ user, heading, gaps, error }) => {
    session = await openPreview(suite.browser(), { userLocale: user });
    const { page, sidebar } = session;
    await openSection(session);
    expect(await sidebar.locator('[data-testid="sql-toggle"]').textContent()).toBe(heading);
    await sidebar.locator('[data-testid="sql-table"]').fill('My Project.sales.customers');
    expect(await sidebar.locator('[data-testid="error-sql-table"]').textContent()).toContain(error);
    await sidebar.locator('[data-testid="sql-table"]').fill('sales.customers');
    await sidebar.locator('[data-testid="sql-query"]').waitFor();
    expect(await sidebar.locator('[data-testid="sql-query"]').inputValue()).toBe(expected('bigquery', 'sales.customers'));
    await sidebar.locator('[data-testid="section-sql"] h3', { hasText: gaps }).scrollIntoViewIfNeeded();
    await screenshot(page, `sql-export-gaps-${user.slice(0, 2)}`);
    expect(session.errors).toEqual([]);
  });
});
