/** @jest-environment jsdom */
// The sidebar rendered in a DOM with a fake google.script.run: what a person sees and can do, short of a real browser.
import fs from 'node:fs';
import path from 'node:path';
import { PALETTE } from '../../src/engine/palette';
import { SERVER_CALLS, type RunRequest } from '../../src/shared/contract';
import { columnLetter } from '../../src/shared/a1';
import { analyzeAnswer, HOSTILE } from './answers';
import { allByTestId, byTestId, choose, server, start, type, visible } from './dom';

/** '#6cb5f2' as the DOM reports an inline colour. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('the sidebar page', () => {
  test('cell text is shown as text: a header or value `<img src=x onerror=alert(1)>` makes no element', async () => {
    const fake = server({ sheetName: HOSTILE });
    const page = start(fake);
    await page.settled();
    const select = byTestId<HTMLSelectElement>('column-customer');
    const labels = [...select.options].map((o) => o.text);
    expect(labels).toContain(HOSTILE);
    expect(byTestId('sheet-name').textContent).toBe(HOSTILE);
    const reasons = allByTestId('problem-row').map((b) => b.textContent);
    expect(reasons[0]).toContain(`Revenue "${HOSTILE}" is not an amount of money.`);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.body.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('problems are said in the user’s language, whatever the language of the results', async () => {
    // An English spreadsheet (results in English) opened by a Spanish-speaking user.
    const page = start(server({ uiLanguage: 'es', settings: { ...analyzeAnswer().settings, language: 'en' } }));
    await page.settled();
    const reasons = allByTestId('problem-row').map((b) => b.textContent);
    expect(reasons[1]).toBe('Fila 88 · VentasVentas «n/a» no es un importe de dinero.');
    expect(byTestId('problem-total').textContent).toBe('Problemas encontrados: 3');
  });

  test('shows what analyze found: sheet, header row, customers, shape, detected columns, problems', async () => {
    const page = start(server());
    await page.settled();
    expect(byTestId('sheet-name').textContent).toBe('Customers');
    expect(byTestId('header-row').textContent).toBe('1');
    expect(byTestId('customer-count').textContent).toBe('500');
    expect(byTestId<HTMLSelectElement>('table-shape').selectedOptions[0].text).toBe('One row per customer');
    expect(byTestId('customer-columns').hidden).toBe(false);
    expect(byTestId('log-columns').hidden).toBe(true);
    expect(byTestId<HTMLSelectElement>('column-revenue').selectedOptions[0].text).toBe('Total spent');
    expect(byTestId<HTMLSelectElement>('column-revenue').options[0].text).toBe('— not used —');
    expect(byTestId('problem-total').textContent).toBe('Problems found: 3');
    expect(allByTestId('problem-count').map((li) => li.textContent)).toEqual([
      'Not an amount · Revenue2',
      'Customer listed twice · Customer1',
    ]);
    // The sentence is written by the page from the problem's code, in the user's language.
    expect(allByTestId('problem-row')[2].textContent).toBe(
      'Row 120 · CustomerCustomer "Pine Printing #002" appears more than once; each row is still classified.',
    );
  });

  test('a blank header is offered by its sheet column letter', async () => {
    const page = start(server({ firstColumn: 26, header: ['Customer', '', 'Total spent'] }));
    await page.settled();
    expect([...byTestId<HTMLSelectElement>('column-status').options].map((o) => o.text)).toEqual([
      '— not used —',
      'Customer',
      'Column AA',
      'Total spent',
    ]);
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  test('clicking a problem selects its cell in the sheet', async () => {
    const fake = server();
    const page = start(fake);
    await page.settled();
    allByTestId('problem-row')[1].click();
    await page.settled();
    expect(fake.calls.filter((c) => c.name === SERVER_CALLS.selectCell)).toEqual([{ name: 'sidebarSelectCell', args: [88, 5] }]);
  });

  test('Apply is disabled while a setting is invalid, with the message under that field', async () => {
    const page = start(server());
    await page.settled();
    const apply = byTestId<HTMLButtonElement>('apply');
    expect(apply.disabled).toBe(false);
    type(byTestId<HTMLInputElement>('setting-tenureDays'), '12.5');
    expect(apply.disabled).toBe(true);
    expect(visible(byTestId('error-tenureDays'))).toBe(true);
    expect(byTestId('error-tenureDays').textContent).toBe(
      'Old customer after (days) must be a whole number of days from 1 to 36,500, for example 365.',
    );
    expect(byTestId('setting-tenureDays').getAttribute('aria-invalid')).toBe('true');
    expect(byTestId('preview-status').textContent).toBe('Fix the settings above to see the preview.');
    type(byTestId<HTMLInputElement>('setting-tenureDays'), '400');
    expect(apply.disabled).toBe(false);
    expect(visible(byTestId('error-tenureDays'))).toBe(false);
  });

  test('custom tiers show method and thresholds, and cross-field errors land on the right one', async () => {
    const page = start(server());
    await page.settled();
    expect(visible(byTestId('custom-tier'))).toBe(false);
    choose(byTestId('setting-tierPreset'), 'custom');
    expect(visible(byTestId('custom-tier'))).toBe(true);
    expect(byTestId<HTMLInputElement>('setting-tierA').value).toBe('0.8');
    type(byTestId<HTMLInputElement>('setting-tierB'), '0.5');
    expect(byTestId('error-tierB').textContent).toContain(
      'B threshold must be between A threshold (0.8) and 1, as a fraction or a percentage, for example 0.95 or 95%',
    );
    expect(byTestId<HTMLButtonElement>('apply').disabled).toBe(true);
    choose(byTestId('setting-tierMethod'), 'amount');
    expect(byTestId<HTMLInputElement>('setting-tierA').value).toBe('');
    expect(byTestId('tier-hint').textContent).toBe('Amounts: A from the first, B from the second.');
  });

  test('the preview shows each group with its colour, count and share bar, the main grouping first', async () => {
    const fake = server();
    const page = start(fake);
    await page.settled();
    const blocks = allByTestId('preview-classification');
    expect(blocks.map((b) => b.dataset.classification)).toEqual([
      'tier',
      'profit',
      'quadrant',
      'lifecycle',
      'intent',
      'rfm',
      'nextContact',
    ]);
    expect(blocks[0].closest('details')).toBeNull();
    expect(blocks[1].closest('details')?.dataset.testid).toBe('preview-others');
    const groups = [...blocks[0].querySelectorAll<HTMLElement>('[data-testid="preview-group"]')];
    expect(groups.map((g) => g.dataset.group)).toEqual(['A', 'B', 'C']);
    for (const g of groups) {
      const color = rgb(PALETTE[g.dataset.group as 'A']);
      expect((g.querySelector('[data-testid="preview-swatch"]') as HTMLElement).style.backgroundColor).toBe(color);
      expect((g.querySelector('[data-testid="preview-bar"]') as HTMLElement).style.backgroundColor).toBe(color);
    }
    expect(groups.map((g) => g.querySelector('[data-testid="preview-customers"]')?.textContent)).toEqual(['96', '131', '273']);
    expect(groups.map((g) => g.querySelector('[data-testid="preview-share"]')?.textContent)).toEqual(['19.2%', '26.2%', '54.6%']);
    expect((groups[2].querySelector('[data-testid="preview-bar"]') as HTMLElement).style.width).toBe('54.6%');

    choose(byTestId('main-grouping'), 'lifecycle');
    await page.settled();
    expect(allByTestId('preview-classification')[0].dataset.classification).toBe('lifecycle');
    const last = fake.calls.filter((c) => c.name === SERVER_CALLS.preview).pop();
    expect((last!.args[0] as RunRequest).settings.mainGrouping).toBe('lifecycle');
  });

  test('changing a column re-requests the preview once, with that column', async () => {
    const fake = server();
    const page = start(fake);
    await page.settled();
    const before = fake.names().filter((n) => n === SERVER_CALLS.preview).length;
    choose(byTestId('column-status'), '8');
    choose(byTestId('column-status'), '');
    await page.settled();
    const previews = fake.calls.filter((c) => c.name === SERVER_CALLS.preview);
    expect(previews.length).toBe(before + 1);
    expect((previews[previews.length - 1].args[0] as RunRequest).columns.status).toBeNull();
  });

  test('a classification the columns do not allow is disabled, unchecked, and says what it needs', async () => {
    const page = start(
      server({
        columns: [
          { field: 'customer', column: 0 },
          { field: 'revenue', column: 4 },
        ],
        available: ['tier'],
      }),
    );
    await page.settled();
    expect(byTestId<HTMLInputElement>('classification-tier')).toMatchObject({ checked: true, disabled: false });
    const rfm = byTestId<HTMLInputElement>('classification-rfm');
    expect(rfm).toMatchObject({ checked: false, disabled: true });
    expect(byTestId('classification-hint-rfm').textContent).toBe('Needs a column for Last purchase and Orders');
    expect(byTestId('classification-hint-intent').textContent).toBe('Needs a column for Status or Lead score');
    choose(byTestId('column-profit'), '5');
    expect(byTestId<HTMLInputElement>('classification-profit')).toMatchObject({ checked: true, disabled: false });
  });

  test('Apply shows progress, then the result, then analyzes again', async () => {
    let finishApply: () => void = () => {};
    const fake = server(
      {},
      {
        [SERVER_CALLS.apply]: () =>
          new Promise((resolve) => {
            finishApply = () =>
              resolve({
                ok: true,
                firstOutputColumn: 10,
                outputColumns: 15,
                rows: 500,
                summarySheet: 'Segments',
                insertedColumns: false,
                message: 'Classified 500 customers.',
              });
          }),
      },
    );
    const page = start(fake);
    await page.settled();
    byTestId('apply').click();
    expect(visible(byTestId('progress'))).toBe(true);
    expect(byTestId('progress-step').textContent).toBe('Reading the sheet…');
    expect(byTestId<HTMLButtonElement>('apply').disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>('clear').disabled).toBe(true);
    expect(byTestId<HTMLInputElement>('setting-lapseDays').disabled).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(byTestId('progress-step').textContent).toBe('Writing columns…');
    finishApply();
    await page.settled();
    expect(visible(byTestId('progress'))).toBe(false);
    expect(byTestId('result-message').textContent).toBe('Classified 500 customers.');
    expect(byTestId('result-message').dataset.kind).toBe('success');
    const names = fake.names();
    expect(names.filter((n) => n === SERVER_CALLS.analyze)).toHaveLength(2);
    expect(names.indexOf(SERVER_CALLS.analyze, 1)).toBeGreaterThan(names.indexOf(SERVER_CALLS.apply));
    const request = fake.calls.find((c) => c.name === SERVER_CALLS.apply)?.args[0] as RunRequest;
    expect(request.settings).toMatchObject({ tierPreset: '80/95', mainGrouping: 'tier' });
    expect(request.asOf).toBe('2026-11-02');
    expect(request.columns).toMatchObject({ customer: 0, revenue: 4, lead_score: 7 });
  });

  test('a failed Apply shows the server’s message and its per-setting details', async () => {
    const fake = server(
      { hasOutput: true },
      {
        [SERVER_CALLS.apply]: () => ({
          ok: false,
          message: 'The sheet is being changed by another run.',
          errors: [{ setting: 'lapseDays', message: 'lapseDays is off.' }],
        }),
      },
    );
    const page = start(fake);
    await page.settled();
    byTestId('apply').click();
    await page.settled();
    expect(byTestId('result-message').dataset.kind).toBe('error');
    expect(byTestId('result-message').textContent).toBe('The sheet is being changed by another run.lapseDays is off.');
  });

  test('Clear is enabled when there is output, runs, and shows its message', async () => {
    const fake = server({ hasOutput: true });
    const page = start(fake);
    await page.settled();
    byTestId('clear').click();
    expect(byTestId('progress-step').textContent).toBe('Removing what the add-on added…');
    await page.settled();
    expect(byTestId('result-message').textContent).toBe('Removed the classification.');
    expect(fake.names().filter((n) => n === SERVER_CALLS.analyze)).toHaveLength(2);
  });

  test('a failed analysis shows its message, and "Try again" reads the sheet again', async () => {
    let answer: unknown = { ok: false, message: 'No customer table on this sheet.' };
    const fake = server({}, { [SERVER_CALLS.analyze]: () => answer });
    const page = start(fake);
    await page.settled();
    expect(byTestId('load-error').textContent).toBe('No customer table on this sheet.');
    expect(visible(byTestId('load-error'))).toBe(true);
    expect(visible(byTestId('loading'))).toBe(false);
    expect(byTestId<HTMLButtonElement>('apply').disabled).toBe(true);
    answer = analyzeAnswer();
    byTestId('retry').click();
    await page.settled();
    expect(visible(byTestId('load-error'))).toBe(false);
    expect(byTestId('sheet-name').textContent).toBe('Customers');
    byTestId('refresh').click();
    await page.settled();
    expect(fake.names().filter((n) => n === SERVER_CALLS.analyze)).toHaveLength(3);
  });

  test('speaks the browser’s language while loading, then the user’s language from analyze', async () => {
    const fake = server({ uiLanguage: 'es' });
    const page = start(fake, 'zh-CN');
    expect(byTestId('loading').textContent).toBe('正在读取表格…');
    expect(byTestId('apply').textContent).toBe('应用');
    await page.settled();
    expect(document.documentElement.lang).toBe('es');
    expect(byTestId('apply').textContent).toBe('Aplicar');
    expect(byTestId('section-compute').querySelector('h2')?.textContent).toBe('Qué calcular');
    type(byTestId<HTMLInputElement>('setting-lapseDays'), '0');
    expect(byTestId('error-lapseDays').textContent).toBe(
      'Inactivo como máximo tras (días sin comprar) debe ser un número entero de días entre 1 y 36.500, por ejemplo 365.',
    );
  });

  test('main.ts starts on #app of index.html, reads google.script.run, and adds no globals', async () => {
    const html = fs.readFileSync(path.join(__dirname, '../../sidebar/index.html'), 'utf8');
    const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
    document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/g, '');
    const fake = server();
    const globals = new Set(Object.keys(window));
    (window as unknown as { google: unknown }).google = { script: { run: fake.run } };
    jest.isolateModules(() => {
      require('../../sidebar/main');
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.names()[0]).toBe(SERVER_CALLS.analyze);
    expect(byTestId('sheet-name').textContent).toBe('Customers');
    // Elements with an id show up as window properties in any browser; those are the page's markup, not script globals.
    const added = Object.keys(window).filter((k) => !globals.has(k) && !document.getElementById(k));
    expect(added).toEqual(['google']);
    delete (window as unknown as { google?: unknown }).google;
  });

  test('the built dist/Sidebar.html runs as one page with a fake google.script.run installed before its script', async () => {
    const file = path.join(__dirname, '../../dist/Sidebar.html');
    if (!fs.existsSync(file)) throw new Error('dist/Sidebar.html is missing: run `npm run build` first (npm test does).');
    const html = fs.readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
    document.body.innerHTML = body.replace(/<script>[\s\S]*?<\/script>/g, '');
    const fake = server({ header: ['Customer', HOSTILE, 'Orders', 'Total spent'] });
    const globals = new Set(Object.keys(window));
    (window as unknown as { google: unknown }).google = { script: { run: fake.run } };
    const script = document.createElement('script');
    script.textContent = scripts[0];
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 50));
    expect(byTestId('sheet-name').textContent).toBe('Customers');
    expect([...byTestId<HTMLSelectElement>('column-revenue').options].map((o) => o.text)).toContain(HOSTILE);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(Object.keys(window).filter((k) => !globals.has(k) && !document.getElementById(k))).toEqual(['google']);
    delete (window as unknown as { google?: unknown }).google;
  });
});
