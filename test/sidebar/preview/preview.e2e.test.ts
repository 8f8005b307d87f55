// The local preview in a real browser: what a person sees in the grid and the sidebar when they open a file,
// apply, look at the summary, clear, type a formula, and use the add-on in Spanish or Chinese.
// Screenshots of each state go to test-artifacts/e2e/.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { PALETTE } from '../../../src/engine/palette';
import { snapshotSpreadsheet } from '../../../emulator';
import { ARTIFACTS, describeInBrowser, openPreview, ROOT, screenshot, until, type PreviewSession, settled } from '../../support/browser';

const FIXTURES = path.join(ROOT, 'test/fixtures');
const FIELDS = ['customer', 'first_purchase', 'last_purchase', 'orders', 'revenue', 'profit', 'status', 'lead_score'] as const;
const TIERS = { A: PALETTE.A, B: PALETTE.B, C: PALETTE.C } as Record<string, string>;

interface GridPicture {
  texts: string[][];
  backgrounds: string[][];
}

/** The shown text and background of every drawn cell up to `rows` × `cols` (backgrounds as #rrggbb, '' for none). */
function readGrid(page: Page, rows: number, cols: number): Promise<GridPicture> {
  return page.evaluate(
    ([rows, cols]) => {
      const hex = (css: string) => {
        const m = /rgba?\((\d+), (\d+), (\d+)/.exec(css);
        return m ? `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}` : '';
      };
      const body = document.querySelector('[data-testid="grid"] tbody') as HTMLTableSectionElement;
      const texts: string[][] = [];
      const backgrounds: string[][] = [];
      for (let r = 0; r < rows; r++) {
        const row = body.rows[r];
        const line: string[] = [];
        const colours: string[] = [];
        for (let c = 1; c <= cols; c++) {
          const td = row?.cells[c] as HTMLTableCellElement | undefined;
          line.push(td?.textContent ?? '');
          colours.push(td ? hex(td.style.backgroundColor) : '');
        }
        texts.push(line);
        backgrounds.push(colours);
      }
      return { texts, backgrounds };
    },
    [rows, cols] as const,
  );
}

const cellText = (page: Page, a1: string) => page.locator(`[data-testid="grid"] td[data-cell="${a1}"]`).textContent();
const tabNames = (page: Page) => page.locator('[data-testid="sheet-tab"]').allTextContents();

/** Waits until the sidebar is idle: analysis done, no Apply or Clear running. */
/** Opens a fixture through the page's file picker, in the given spreadsheet locale. */
async function openFixture(session: PreviewSession, file: string, locale = 'en_US'): Promise<void> {
  const { page, sidebar } = session;
  if ((await page.locator('[data-testid="locale"]').inputValue()) !== locale) {
    await page.locator('[data-testid="locale"]').selectOption(locale);
  }
  await page.locator('[data-testid="file-input"]').setInputFiles(path.join(FIXTURES, file));
  await page.locator('[data-testid="doc-name"]', { hasText: file }).waitFor();
  await sidebar.locator('[data-testid="sheet-name"]', { hasText: path.basename(file, '.csv') }).waitFor();
  await settled(session);
}

async function press(session: PreviewSession, button: 'apply' | 'clear'): Promise<void> {
  await session.sidebar.locator(`[data-testid="${button}"]`).click();
  await settled(session);
  await session.sidebar.locator('[data-testid="result-message"][data-kind="success"]').waitFor();
}

function expectNoScriptFromCells(session: PreviewSession): void {
  expect(session.dialogs).toEqual([]);
  expect(session.errors).toEqual([]);
}

describeInBrowser('the local preview in Chromium', (suite) => {
  let session: PreviewSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  // One test per file: each stands alone (a fresh page), so a slow machine never has to fit five into one limit.
  test.each([
    { file: 'customers-en.csv', locale: 'en_US', columns: [0, 1, 2, 3, 4, 5, 6, 7], customers: '500', layout: /one row per customer/i },
    { file: 'clientes-es.csv', locale: 'es_ES', columns: [0, 1, 2, 3, 4, 5, 6, null], customers: '300', layout: /one row per customer/i },
    { file: 'kehu-zh.csv', locale: 'zh_CN', columns: [0, 1, 2, 3, 4, 5, 6, null], customers: '300', layout: /one row per customer/i },
    {
      file: 'orders-log.csv',
      locale: 'en_US',
      columns: [2, null, null, null, 3, null, null, null],
      customers: '200',
      layout: /order log/i,
    },
    { file: 'messy.csv', locale: 'en_US', columns: [0, 1, 2, 3, 4, null, 5, null], customers: '18', layout: /one row per customer/i },
  ])('shows the columns it detects in $file, opened with the file picker', async (c) => {
    session = await openPreview(suite.browser());
    await openFixture(session, c.file, c.locale);
    const { sidebar, page } = session;
    const chosen: (number | null)[] = [];
    for (const field of FIELDS) {
      const value = await sidebar.locator(`[data-testid="column-${field}"]`).inputValue();
      chosen.push(value === '' ? null : Number(value));
    }
    expect(chosen).toEqual(c.columns);
    expect(await sidebar.locator('[data-testid="customer-count"]').textContent()).toBe(c.customers);
    expect(await sidebar.locator('[data-testid="table-shape"]').evaluate((el: HTMLSelectElement) => el.selectedOptions[0].text)).toMatch(
      c.layout,
    );
    if (/order log/i.test(String(c.layout))) {
      // An order log shows its own columns: the order date, customer, amount and order id it found.
      const log: (number | null)[] = [];
      for (const field of ['order_date', 'customer', 'amount', 'order_id']) {
        const value = await sidebar.locator(`[data-testid="log-column-${field}"]`).inputValue();
        log.push(value === '' ? null : Number(value));
      }
      expect(log).toEqual([1, 2, 3, 0]);
      expect(await sidebar.locator('[data-testid="order-count"]').textContent()).toBe('1,237');
    }
    // The grid shows the file's own header row and one tab named after the file.
    const header = fs.readFileSync(path.join(FIXTURES, c.file), 'utf8').split(/\r?\n/)[0].split(',');
    expect((await readGrid(page, 1, header.length)).texts[0]).toEqual(header);
    expect(await tabNames(page)).toEqual([path.basename(c.file, '.csv')]);
    await screenshot(page, `columns-${path.basename(c.file, '.csv')}`);
    expectNoScriptFromCells(session);
  });

  test('Apply writes the output columns, colours every row by its tier, freezes the header; the download keeps the colours', async () => {
    session = await openPreview(suite.browser());
    const { page, sidebar } = session;
    const before = await readGrid(page, 41, 8);
    await press(session, 'apply');
    const message = (await sidebar.locator('[data-testid="result-message"]').textContent()) ?? '';
    expect(message).toMatch(/40 customers classified in \d+ new columns/);
    const width = Number(/(\d+) new columns/.exec(message)?.[1]);
    const after = await readGrid(page, 41, 8 + width + 1);
    // The data is untouched; the output starts right after it, with the tier first.
    expect(after.texts.map((row) => row.slice(0, 8))).toEqual(before.texts);
    expect(after.texts[0].slice(8, 10)).toEqual(['Tier', 'Tier: why']);
    expect(after.texts[0].map((t) => t !== '')).toEqual([...new Array<boolean>(8 + width).fill(true), false]);
    for (let r = 1; r <= 40; r++) {
      const tier = after.texts[r][8];
      expect(Object.keys(TIERS)).toContain(tier);
      // The customer's own cells and the tier cell show the tier's colour (from the conditional-format rules).
      expect([r + 1, after.backgrounds[r][0], after.backgrounds[r][8]]).toEqual([r + 1, TIERS[tier], TIERS[tier]]);
    }
    expect(new Set(after.texts.slice(1).map((row) => row[8]))).toEqual(new Set(['A', 'B', 'C']));
    expect(await page.locator('[data-testid="grid"] tbody tr').first().getAttribute('class')).toMatch(/frozen/);
    await screenshot(page, 'applied');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download"]').click()]);
    const file = path.join(ARTIFACTS, 'applied.xlsx');
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['sample-customers', 'Segments', 'Segment history']);
    const sheet = book.getWorksheet('sample-customers')!;
    for (const r of [2, 3, 4, 5]) {
      const tier = String(sheet.getCell(r, 9).value);
      const fill = sheet.getCell(r, 1).fill as ExcelJS.FillPattern;
      expect(fill.fgColor?.argb).toBe(`FF${TIERS[tier].slice(1).toUpperCase()}`);
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expectNoScriptFromCells(session);
  });

  test('the Segments tab shows the summary tables and the Pareto curve', async () => {
    session = await openPreview(suite.browser());
    const { page } = session;
    await press(session, 'apply');
    expect(await tabNames(page)).toEqual(['sample-customers', 'Segments', 'Segment history']);
    await page.locator('[data-testid="sheet-tab"][data-name="Segments"]').click();
    await page.locator('[data-testid="sheet-tab"].active', { hasText: 'Segments' }).waitFor();
    expect(await cellText(page, 'A1')).toBe('Customer segments: summary');
    // The tier table: the first rows whose group (on its colour) is A, B or C.
    const grid = await readGrid(page, 80, 7);
    const tierRows = grid.texts.filter((row) => ['A', 'B', 'C'].includes(row[0])).slice(0, 3);
    expect(tierRows.map((row) => row[0])).toEqual(['A', 'B', 'C']);
    // Customers per tier add up to the 40 of the sample; shares are percentages with one decimal.
    expect(tierRows.reduce((n, row) => n + Number(row[2]), 0)).toBe(40);
    expect(tierRows.every((row) => /^(\d+\.\d|<0\.1)%$/.test(row[1]))).toBe(true);
    const chart = page.locator('[data-testid="chart"]');
    await chart.waitFor();
    expect(await chart.locator('[data-testid="chart-title"]').textContent()).toBe(
      'Pareto curve: share of revenue held by the top customers',
    );
    // The curve and the 80% line, and tier A's end as a point on the curve.
    expect(await chart.locator('[data-testid="chart-line"]').count()).toBe(2);
    expect(await chart.locator('[data-testid="chart-point"]').count()).toBe(1);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'segments');
    expectNoScriptFromCells(session);
  });

  test('Clear restores the original grid exactly', async () => {
    session = await openPreview(suite.browser());
    const { page, server } = session;
    const before = await readGrid(page, 60, 26);
    const model = snapshotSpreadsheet(server.workbook.spreadsheet);
    await press(session, 'apply');
    expect((await readGrid(page, 60, 26)).texts).not.toEqual(before.texts);
    // Clear keeps the run history unless told not to: untick it, and the spreadsheet is exactly as it was.
    await session.sidebar.locator('[data-testid="keep-history"]').uncheck();
    await press(session, 'clear');
    expect(await readGrid(page, 60, 26)).toEqual(before);
    expect(await tabNames(page)).toEqual(['sample-customers']);
    expect(await page.locator('[data-testid="grid"] tr.frozen').count()).toBe(0);
    expect(snapshotSpreadsheet(server.workbook.spreadsheet)).toEqual(model);
    await screenshot(page, 'cleared');
  });

  test('a second Apply replaces its columns and summary instead of adding copies', async () => {
    session = await openPreview(suite.browser());
    const { page, sidebar } = session;
    await press(session, 'apply');
    const first = await readGrid(page, 41, 40);
    await sidebar.locator('[data-testid="has-output"]').waitFor();
    await press(session, 'apply');
    const second = await readGrid(page, 41, 40);
    expect(second).toEqual(first);
    expect(first.texts[0].filter((t) => t === 'Tier')).toHaveLength(1);
    expect(await tabNames(page)).toEqual(['sample-customers', 'Segments', 'Segment history']);
    await screenshot(page, 'reapplied');
  });

  test('names that are HTML or a formula show as text, and selecting a problem selects its cell', async () => {
    session = await openPreview(suite.browser(), { file: path.join(FIXTURES, 'messy.csv') });
    const { page, sidebar } = session;
    expect(await cellText(page, 'A14')).toBe('=HYPERLINK("http://example.com","click")');
    expect(await cellText(page, 'A15')).toBe('<img src=x onerror=alert(1)>');
    // Clicking a problem in the sidebar moves the grid's selection to its cell.
    const problem = sidebar.locator('[data-testid="problem-row"]').first();
    const [row, column] = await Promise.all([problem.getAttribute('data-row'), problem.getAttribute('data-column')]);
    await problem.click();
    const a1 = `${String.fromCharCode(64 + Number(column))}${row}`;
    await page.locator(`[data-testid="grid"] td.selected[data-cell="${a1}"]`).waitFor();
    expect(await page.locator('[data-testid="name-box"]').textContent()).toBe(a1);
    await screenshot(page, 'messy');

    await press(session, 'apply');
    await page.locator('[data-testid="sheet-tab"][data-name="Segments"]').click();
    await page.locator('[data-testid="sheet-tab"].active', { hasText: 'Segments' }).waitFor();
    const summary = await readGrid(page, 120, 7);
    const names = summary.texts.flat();
    // The summary's top customers repeat the names exactly, as text.
    expect(names).toContain('=HYPERLINK("http://example.com","click")');
    expect(names).toContain('<img src=x onerror=alert(1)>');
    await screenshot(page, 'messy-segments');
    expect(await page.locator('[data-testid="grid"] img, [data-testid="grid"] a').count()).toBe(0);
    expect(await sidebar.locator('img').count()).toBe(0);
    expectNoScriptFromCells(session);
  });

  test('the sidebar, the menu and the output speak Spanish', async () => {
    session = await openPreview(suite.browser(), { file: path.join(FIXTURES, 'clientes-es.csv'), locale: 'es_ES' });
    const { page, sidebar } = session;
    await page.locator('[data-testid="user-locale"]').selectOption('es');
    await sidebar.locator('[data-testid="section-data"] .section-title', { hasText: 'Datos' }).waitFor();
    await settled(session);
    expect(await sidebar.locator('[data-testid="apply"]').textContent()).toBe('Aplicar');
    expect(await page.locator('[data-testid="sidebar-title"]').textContent()).toBe('Segmentos de clientes');
    await page.locator('[data-testid="extensions"]').click();
    expect(await page.locator('[data-testid="extensions-menu"] .menu-item').allTextContents()).toEqual([
      'Abrir el panel',
      'Repetir la última clasificación',
      'Borrar la clasificación',
    ]);
    await page.locator('[data-testid="doc-name"]').click();
    await page.locator('[data-testid="extensions-menu"]').waitFor({ state: 'hidden' });
    await press(session, 'apply');
    expect(await cellText(page, 'H1')).toBe('Nivel');
    expect(await tabNames(page)).toEqual(['clientes-es', 'Segmentos', 'Historial de segmentos']);
    await screenshot(page, 'spanish');

    // The menu's "clear" runs through the bundle too: its toast, and the sheet back as it was.
    await page.locator('[data-testid="extensions"]').click();
    await page.locator('[data-testid="extensions-menu"] [data-function="menuClear"]').click();
    await page.locator('[data-testid="toast"]', { hasText: 'Borrado: se han quitado las columnas' }).waitFor();
    // The menu's Clear keeps the run history (the user's data once written).
    expect(await tabNames(page)).toEqual(['clientes-es', 'Historial de segmentos']);
    expect(await cellText(page, 'H1')).toBe('');
    await screenshot(page, 'spanish-menu-clear');
    await sidebar.locator('[data-testid="section-data"] .section-title', { hasText: 'Datos' }).waitFor();
  });

  test('the sidebar and the output speak Chinese', async () => {
    session = await openPreview(suite.browser(), { file: path.join(FIXTURES, 'kehu-zh.csv'), locale: 'zh_CN' });
    const { page, sidebar } = session;
    await page.locator('[data-testid="user-locale"]').selectOption('zh_CN');
    await sidebar.locator('[data-testid="section-data"] .section-title', { hasText: '数据' }).waitFor();
    await settled(session);
    expect(await sidebar.locator('[data-testid="apply"]').textContent()).toBe('应用');
    await press(session, 'apply');
    expect(await cellText(page, 'H1')).toBe('客户等级');
    expect(await tabNames(page)).toEqual(['kehu-zh', '客户分群', '分组历史']);
    await screenshot(page, 'chinese');
    await page.locator('[data-testid="sheet-tab"][data-name="客户分群"]').click();
    await page.locator('[data-testid="chart"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'chinese-segments');
  });

  test('a CUSTOMER_* formula typed into a cell spills its answers down the column', async () => {
    session = await openPreview(suite.browser());
    const { page } = session;
    await page.locator('[data-testid="grid"] td[data-cell="I2"]').click();
    await page.keyboard.type('=CUSTOMER_TIER(E2:E)');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="grid"] td[data-cell="I41"]', { hasText: /^[ABC]$/ }).waitFor();
    const grid = await readGrid(page, 45, 9);
    const tiers = grid.texts.slice(1, 41).map((row) => row[8]);
    expect(tiers.every((t) => ['A', 'B', 'C'].includes(t))).toBe(true);
    expect(new Set(tiers)).toEqual(new Set(['A', 'B', 'C']));
    expect(grid.texts.slice(41).map((row) => row[8])).toEqual(['', '', '', '']);
    // The formula bar shows the formula of the anchor cell.
    await page.locator('[data-testid="grid"] td[data-cell="I2"]').click();
    expect(await page.locator('[data-testid="formula-input"]').inputValue()).toBe('=CUSTOMER_TIER(E2:E)');
    await screenshot(page, 'formula');

    // A value in the way stops the spill with #REF!, as in Sheets; removing it lets the answers flow again.
    await page.locator('[data-testid="grid"] td[data-cell="I5"]').click();
    await page.keyboard.type('in the way');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="grid"] td[data-cell="I2"]', { hasText: '#REF!' }).waitFor();
    expect(await page.locator('[data-testid="grid"] td[data-cell="I2"]').getAttribute('title')).toMatch(/overwrite data in I5/);
    await page.locator('[data-testid="grid"] td[data-cell="I5"]').click();
    await page.keyboard.press('Delete');
    await page.locator('[data-testid="grid"] td[data-cell="I2"]', { hasText: /^[ABC]$/ }).waitFor();
    expect(await cellText(page, 'I3')).toBe(tiers[1]);

    // Other functions are not evaluated here, and the cell says why.
    await page.locator('[data-testid="grid"] td[data-cell="K2"]').click();
    await page.keyboard.type('=SUM(E2:E41)');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="grid"] td[data-cell="K2"]', { hasText: '#NAME?' }).waitFor();
    expect(await page.locator('[data-testid="grid"] td[data-cell="K2"]').getAttribute('title')).toMatch(
      /only the add-on's CUSTOMER_\* functions/,
    );
    await screenshot(page, 'formula-errors');
  });

  /** The page's top bar, formula hint and sidebar in a language: what the "Your language" choice changes. */
  const LANGUAGES = [
    { language: 'en', locale: 'en_US', userLocale: 'en', openFile: 'Open file…', dataHeading: 'Data' },
    { language: 'es', locale: 'es_ES', userLocale: 'es', openFile: 'Abrir archivo…', dataHeading: 'Datos' },
    { language: 'zh', locale: 'zh_CN', userLocale: 'zh_CN', openFile: '打开文件…', dataHeading: '数据' },
  ] as const;

  /** Chooses the spreadsheet's locale and the user's language in the top bar, and waits for the page to speak it. */
  async function speak(session: PreviewSession, l: (typeof LANGUAGES)[number]): Promise<void> {
    const { page, sidebar } = session;
    if ((await page.locator('[data-testid="locale"]').inputValue()) !== l.locale) {
      await page.locator('[data-testid="locale"]').selectOption(l.locale);
      await until(() => session.server.workbook.spreadsheet.locale === l.locale, `the locale is ${l.locale}`);
    }
    if ((await page.locator('[data-testid="user-locale"]').inputValue()) !== l.userLocale) {
      await page.locator('[data-testid="user-locale"]').selectOption(l.userLocale);
    }
    await page.locator('[data-testid="open-file"]', { hasText: l.openFile }).waitFor();
    await sidebar.locator('[data-testid="section-data"] .section-title', { hasText: l.dataHeading }).waitFor();
    await settled(session);
  }

  /** Where a cell of the grid is on the page. */
  const box = async (page: Page, a1: string) => {
    const found = await page.locator(`[data-testid="grid"] td[data-cell="${a1}"]`).boundingBox();
    if (!found) throw new Error(`${a1} is not drawn.`);
    return found;
  };

  /** A person's click: at the middle of where the cell is seen, whatever element is drawn on top there. */
  async function clickWhere(page: Page, a1: string): Promise<void> {
    const b = await box(page, a1);
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  /**
   * The text of a cell that runs on into its neighbours: where it may be drawn up to (`right`, where it is cut), where
   * the text itself ends (`textRight`), and how wide the text is against the width it is shown in.
   */
  const runOf = (page: Page, a1: string) =>
    page.locator(`[data-testid="grid"] td[data-cell="${a1}"]`).evaluate((td) => {
      const span = td.querySelector('.runs-on') as HTMLElement | null;
      if (!span) return null;
      const range = document.createRange();
      range.selectNodeContents(span);
      const text = range.getBoundingClientRect();
      return { right: span.getBoundingClientRect().right, textRight: text.right, textWidth: text.width, shownWidth: span.clientWidth };
    });

  test.each(LANGUAGES)(
    '$language: a click on an empty cell under spilled text selects that cell, and text stops at the next cell with content',
    async (l) => {
      session = await openPreview(suite.browser());
      const { page, server } = session;
      await speak(session, l);
      // Tiers, then what to do with each: long sentences spilled down column J, running on over K, L… to the right.
      await page.locator('[data-testid="grid"] td[data-cell="I2"]').click();
      await page.keyboard.type('=CUSTOMER_TIER(E2:E41)');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="grid"] td[data-cell="I41"]', { hasText: /^[ABC]$/ }).waitFor();
      await page.locator('[data-testid="grid"] td[data-cell="J2"]').click();
      await page.keyboard.type('=CUSTOMER_ACTION(I2:I41)');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="grid"] td[data-cell="J41"] .runs-on').waitFor();
      await page.locator('[data-testid="grid-scroll"]').evaluate((el) => {
        el.scrollLeft = 500;
      });
      const sheet = server.workbook.spreadsheet.activeSheet();
      const actions = Array.from({ length: 40 }, (_, i) => String(sheet.values.get(i + 1, 9)));
      expect(actions.every((a) => a.length > 20)).toBe(true);

      // Row 3: the sentence in J3 covers K3. Clicking there selects K3, and typing goes into K3.
      const k3 = await box(page, 'K3');
      expect((await runOf(page, 'J3'))?.textRight).toBeGreaterThan(k3.x + k3.width / 2);
      await clickWhere(page, 'K3');
      await page.locator('[data-testid="grid"] td.selected[data-cell="K3"]').waitFor();
      expect(await page.locator('[data-testid="name-box"]').textContent()).toBe('K3');
      await until(() => sheet.spreadsheet.activeRange?.row === 3 && sheet.spreadsheet.activeRange?.col === 11, 'the server selected K3');
      await page.keyboard.type('ok');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="grid"] td[data-cell="K3"]', { hasText: 'ok' }).waitFor();
      // J3 still holds its answer and the spill is whole: nothing was typed over it.
      expect(sheet.values.get(2, 9)).toBe(actions[1]);
      expect(await cellText(page, 'J2')).toBe(actions[0]);
      // Now K3 has content, J3's sentence stops at J3's edge, as in Sheets.
      expect(await runOf(page, 'J3')).toBeNull();
      const j3 = await page.locator('[data-testid="grid"] td[data-cell="J3"]').evaluate((td) => [td.scrollWidth, td.clientWidth]);
      expect(j3[0]).toBeGreaterThan(j3[1]);

      // A row whose sentence is wider than J and K: a value in L cuts it at L's edge instead of drawing over it.
      const widths = await Promise.all(Array.from({ length: 36 }, (_, i) => runOf(page, `J${i + 5}`)));
      const j = await box(page, 'J5');
      const row = 5 + widths.findIndex((w) => w !== null && w.textWidth > 2 * j.width);
      expect(row).toBeGreaterThanOrEqual(5);
      await clickWhere(page, `L${row}`);
      await page.locator(`[data-testid="grid"] td.selected[data-cell="L${row}"]`).waitFor();
      await page.keyboard.type('stop');
      await page.keyboard.press('Enter');
      await page.locator(`[data-testid="grid"] td[data-cell="L${row}"]`, { hasText: 'stop' }).waitFor();
      const l5 = await box(page, `L${row}`);
      const cut = await runOf(page, `J${row}`);
      expect(cut).not.toBeNull();
      expect(cut?.right).toBeLessThanOrEqual(l5.x + 0.5);
      expect(cut?.textWidth).toBeGreaterThan(cut?.shownWidth ?? Number.POSITIVE_INFINITY);
      expect(await cellText(page, `L${row}`)).toBe('stop');
      // The grid lines the text passes over are not drawn; the one where it is cut is.
      const lineAfter = (a1: string) =>
        page.locator(`[data-testid="grid"] td[data-cell="${a1}"]`).evaluate((td) => getComputedStyle(td).borderRightColor);
      expect(await lineAfter(`J${row}`)).toBe('rgba(0, 0, 0, 0)');
      expect(await lineAfter(`K${row}`)).not.toBe('rgba(0, 0, 0, 0)');
      expect(await lineAfter('J3')).not.toBe('rgba(0, 0, 0, 0)');
      expect(String(sheet.values.get(row - 1, 9))).toBe(actions[row - 2]);
      // The top bar speaks the user's language.
      expect(await page.locator('[data-testid="open-file"]').textContent()).toBe(l.openFile);
      await clickWhere(page, 'K3');
      await page.locator('[data-testid="grid"] td.selected[data-cell="K3"]').waitFor();
      await screenshot(page, `spill-click-${l.language}`);
      expectNoScriptFromCells(session);
    },
  );

  test('a language chosen while a call runs sticks: the call’s answer does not put the old one back', async () => {
    session = await openPreview(suite.browser());
    const { page, sidebar, server } = session;
    // Hold the sidebar's Apply on its way to the server until the language has been chosen.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived = false;
    await page.route('**/api/run', async (route) => {
      if ((route.request().postDataJSON() as { name?: string }).name === 'sidebarApply') {
        arrived = true;
        await held;
      }
      await route.continue();
    });
    // And the language change, to look at the dropdown after Apply's answer was drawn and before the change is answered.
    let releaseSettings = () => {};
    const settingsHeld = new Promise<void>((resolve) => {
      releaseSettings = resolve;
    });
    const posted: unknown[] = [];
    await page.route('**/api/settings', async (route) => {
      posted.push(route.request().postDataJSON());
      await settingsHeld;
      await route.continue();
    });
    await sidebar.locator('[data-testid="apply"]').click();
    await until(() => arrived, 'Apply reached the server');
    await page.locator('[data-testid="user-locale"]').selectOption('es');
    release();
    // Apply's answer is drawn (the grid has its columns), then the language change goes out.
    await until(() => posted.length === 1, 'the language change was sent');
    expect(posted).toEqual([{ userLocale: 'es' }]);
    await page.locator('[data-testid="grid"] td[data-cell="I1"]', { hasText: 'Tier' }).waitFor();
    expect(await page.locator('[data-testid="user-locale"]').inputValue()).toBe('es');
    releaseSettings();
    await page.locator('[data-testid="open-file"]', { hasText: 'Abrir archivo…' }).waitFor();
    await sidebar.locator('[data-testid="section-data"] .section-title', { hasText: 'Datos' }).waitFor();
    expect(server.workbook.userLocale).toBe('es');
    expect(await page.locator('[data-testid="user-locale"]').inputValue()).toBe('es');
    expectNoScriptFromCells(session);
  });

  test('es_ES: the README’s =CUSTOMER_TIER(E2:E41; 0,7; 0,9) answers; the en_US way shows #ERROR! with the reason', async () => {
    session = await openPreview(suite.browser(), { file: path.join(FIXTURES, 'clientes-es.csv'), locale: 'es_ES', userLocale: 'es' });
    const { page, server } = session;
    await settled(session);
    // The file's dates and euro amounts are dates and numbers, shown as typed and aligned right as Sheets does.
    expect(await cellText(page, 'B2')).toBe('08/04/2024');
    expect(await cellText(page, 'E3')).toBe('59,90 €');
    for (const a1 of ['B2', 'E3']) {
      expect(await page.locator(`[data-testid="grid"] td[data-cell="${a1}"]`).evaluate((td) => getComputedStyle(td).textAlign)).toBe(
        'right',
      );
    }
    const sheet = server.workbook.spreadsheet.activeSheet();
    expect([sheet.values.get(1, 1) instanceof Date, sheet.values.get(2, 4)]).toEqual([true, 59.9]);
    expect(await page.locator('[data-testid="formula-hint"]').textContent()).toMatch(/=CUSTOMER_TIER\(E2:E; 0,8; 0,95\)/);

    await page.locator('[data-testid="grid"] td[data-cell="H2"]').click();
    await page.keyboard.type('=CUSTOMER_TIER(E2:E41; 0,7; 0,9)');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="grid"] td[data-cell="H41"]', { hasText: /^[ABC]$/ }).waitFor();
    const tiers = (await readGrid(page, 41, 8)).texts.slice(1).map((row) => row[7]);
    expect(new Set(tiers)).toEqual(new Set(['A', 'B', 'C']));
    await page.locator('[data-testid="grid"] td[data-cell="H2"]').click();
    expect(await page.locator('[data-testid="formula-input"]').inputValue()).toBe('=CUSTOMER_TIER(E2:E41; 0,7; 0,9)');
    await screenshot(page, 'formula-es-semicolon');

    await page.locator('[data-testid="grid"] td[data-cell="I2"]').click();
    await page.keyboard.type('=CUSTOMER_TIER(E2:E41, 0.7, 0.9)');
    await page.keyboard.press('Enter');
    const refused = page.locator('[data-testid="grid"] td[data-cell="I2"]', { hasText: '#ERROR!' });
    await refused.waitFor();
    expect(await refused.getAttribute('title')).toMatch(
      /^Error al analizar la fórmula cerca de E2:E41, 0\.7, 0\.9\. .*\(es_ES\).*«;».*«,».*=CUSTOMER_TIER\(E2:E; 0,8; 0,95\)/,
    );
    expect(await cellText(page, 'I3')).toBe('');
    await page.locator('[data-testid="grid"] td[data-cell="I2"]').click();
    expect(await page.locator('[data-testid="formula-input"]').inputValue()).toBe('=CUSTOMER_TIER(E2:E41, 0.7, 0.9)');
    await screenshot(page, 'formula-es-comma-refused');
    expectNoScriptFromCells(session);
  });

  test('a page load asks for nothing that is missing; a broken .xlsx is refused with a plain sentence in the user’s language', async () => {
    session = await openPreview(suite.browser(), { userLocale: 'es' });
    const { page, responses, consoleErrors } = session;
    await until(() => responses.some((r) => / \/favicon\.(svg|ico)$/.test(r)), 'the browser fetched the icon');
    expect(responses.filter((r) => !r.startsWith('200 '))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.title()).toBe('Segmentos de clientes · vista previa local');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('[data-testid="time-zone"]').textContent()).toBe('Zona horaria: UTC');

    await page.locator('[data-testid="file-input"]').setInputFiles({
      name: 'roto.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('PK\u0003\u0004 not really a zip'),
    });
    const toast = page.locator('[data-testid="toast"]');
    await toast.waitFor();
    expect(await toast.textContent()).toBe('No se ha podido leer roto.xlsx como hoja de cálculo.');
    expect(await page.locator('[data-testid="doc-name"]').textContent()).toBe('sample-customers.csv');
  });
});
