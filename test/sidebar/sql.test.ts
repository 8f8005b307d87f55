/** @jest-environment jsdom */
// Export as SQL in the sidebar page (a DOM with a fake google.script.run): the query for the detected columns and the
// settings as they are, the dialect and table name, the checks of that name in the user's language, Copy (clipboard
// or its fallback) and Download, what the query leaves out, and header texts that stay text.
import { SERVER_CALLS } from '../../src/shared/contract';
import { generateSegmentsSql, type SqlExportInput } from '../../src/sql';
import { HOSTILE, SAMPLE_COLUMNS } from './answers';
import { allByTestId, byTestId, choose, server, start, type, visible } from './dom';

/** Opens the section as a click on its summary would (jsdom fires the toggle event as a browser does). */
async function openSql(): Promise<void> {
  const details = byTestId<HTMLDetailsElement>('section-sql');
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await new Promise((r) => setTimeout(r, 0));
}

const query = () => byTestId<HTMLTextAreaElement>('sql-query');
const tableError = () => (visible(byTestId('error-sql-table')) ? byTestId('error-sql-table').textContent : '');

function expectedSql(input: Omit<SqlExportInput, 'layout' | 'columns'> & Partial<SqlExportInput>): string {
  const exported = generateSegmentsSql({ layout: 'customers', columns: SAMPLE_COLUMNS, ...input } as SqlExportInput);
  if (!exported.ok) throw new Error(JSON.stringify(exported.errors));
  return exported.sql;
}

describe('Export as SQL', () => {
  test('a render landing between the click on the heading and its toggle event does not shut the section', async () => {
    const fake = server();
    const page = start(fake);
    await page.settled();
    const details = byTestId<HTMLDetailsElement>('section-sql');
    // A click on <summary> opens <details> at once; the browser fires its toggle event later. Meanwhile the page
    // re-renders for another reason (here a column chosen).
    details.open = true;
    choose(byTestId('column-profit'), '');
    expect(details.open).toBe(true);
    details.dispatchEvent(new Event('toggle'));
    await page.settled();
    expect(page.state().sql.open).toBe(true);
    expect(details.open).toBe(true);
  });

  test('folded at first; opened, it asks for a table and lists what the query leaves out', async () => {
    const fake = server();
    const page = start(fake);
    await page.settled();
    const section = byTestId<HTMLDetailsElement>('section-sql');
    expect(section.open).toBe(false);
    expect(byTestId('sql-toggle').textContent).toBe('Export as SQL');
    await openSql();
    expect(page.state().sql.open).toBe(true);
    expect(byTestId<HTMLSelectElement>('sql-dialect').value).toBe('bigquery');
    expect([...byTestId<HTMLSelectElement>('sql-dialect').options].map((o) => o.text)).toEqual(['BigQuery', 'DuckDB']);
    expect(byTestId<HTMLInputElement>('sql-table').placeholder).toBe('project.dataset.orders');
    expect(byTestId('sql-status').textContent).toBe('Type the name of the table that holds this data to see its query.');
    expect(visible(query())).toBe(false);
    expect(tableError()).toBe('');
    const gaps = allByTestId('sql-gap');
    expect(gaps.map((g) => g.dataset.code)).toEqual([
      'intent_free_text',
      'reason_sentences',
      'next_step',
      'unreadable_values',
      'duplicate_customers',
    ]);
    expect(gaps[0].textContent).toMatch(/^Free-text notes: the status column counts only where it holds an intent label/);
    // The section asks nothing of the server.
    expect(fake.names().filter((n) => n !== SERVER_CALLS.analyze && n !== SERVER_CALLS.preview)).toEqual([]);
  });

  test('a table name gives the generator’s query for the detected columns and the settings as they are', async () => {
    const page = start(server());
    await page.settled();
    await openSql();
    type(byTestId('sql-table'), '  my-project.sales.customers ');
    expect(visible(query())).toBe(true);
    expect(query().readOnly).toBe(true);
    expect(query().value).toBe(expectedSql({ dialect: 'bigquery', table: 'my-project.sales.customers' }));
    expect(query().value).toContain('FROM `my-project.sales.customers`');
    expect(byTestId('sql-parameter').textContent).toBe(
      'One parameter, @as_of: the analysis date, a DATE (2026-11-02 above). Every “days since” counts from it.',
    );

    // The settings follow the form: the 8 RFM classes, count tiers, a 200-day lapse window.
    choose(byTestId('setting-rfmPreset'), 'class8');
    choose(byTestId('setting-tierPreset'), 'count 20/30/50');
    type(byTestId('setting-lapseDays'), '200');
    expect(query().value).toBe(
      expectedSql({
        dialect: 'bigquery',
        table: 'my-project.sales.customers',
        settings: { rfmPreset: 'class8', tierPreset: 'count 20/30/50', lapseDays: 200 },
      }),
    );
    // Only the chosen classifications: without Intent and RFM the query has neither.
    byTestId<HTMLInputElement>('classification-rfm').click();
    byTestId<HTMLInputElement>('classification-intent').click();
    expect(query().value).toBe(
      expectedSql({
        dialect: 'bigquery',
        table: 'my-project.sales.customers',
        settings: {
          classifications: ['tier', 'profit', 'quadrant', 'lifecycle', 'nextContact'],
          rfmPreset: 'class8',
          tierPreset: 'count 20/30/50',
          lapseDays: 200,
        },
      }),
    );
    const output = query().value.slice(query().value.lastIndexOf('\nSELECT\n'));
    expect(output).toContain('lifecycle_reason');
    expect(output).not.toMatch(/intent|rfm/);

    // DuckDB: its own quoting and parameter, the same logical query.
    choose(byTestId('sql-dialect'), 'duckdb');
    expect(byTestId<HTMLInputElement>('sql-table').placeholder).toBe('main.orders');
    expect(query().value).toContain('FROM "my-project"."sales"."customers"');
    expect(query().value).toContain('$as_of');
    expect(byTestId('sql-parameter').textContent).toContain('$as_of');

    // An invalid setting: no query until it is fixed.
    type(byTestId('setting-tenureDays'), '12.5');
    expect(visible(query())).toBe(false);
    expect(byTestId('sql-status').textContent).toBe('Fix the settings above to see the query.');
    type(byTestId('setting-tenureDays'), '365');
    expect(visible(query())).toBe(true);
  });

  test('the table name is checked for the dialect, with the reason in the user’s words', async () => {
    const page = start(server());
    await page.settled();
    await openSql();
    const table = byTestId<HTMLInputElement>('sql-table');
    const cases: [string, string][] = [
      ['`project.dataset.orders`', 'Type the name without backticks or quotes: the query adds them.'],
      ['orders', 'Name the dataset too, and the project unless it is the default one: dataset.table or project.dataset.table.'],
      ['project..orders', 'A part of the name is empty: check the dots.'],
      ['a.b.c.d', 'Name the dataset too, and the project unless it is the default one: dataset.table or project.dataset.table.'],
      [
        'My Project.sales.orders',
        '“My Project” is not a BigQuery project ID: 6 to 30 lowercase letters, digits and hyphens, starting with a letter, e.g. my-project-123.',
      ],
      [
        'my-project.sales-2026.orders',
        '“sales-2026” is not a BigQuery dataset name: letters, digits and underscores only, e.g. sales_2026.',
      ],
      ['sales.orders;', '“orders;” is not a BigQuery table name: letters, digits, spaces, underscores and dashes, at most 1,024 bytes.'],
    ];
    for (const [name, message] of cases) {
      type(table, name);
      expect({ name, message: tableError() }).toEqual({ name, message });
      expect(table.getAttribute('aria-invalid')).toBe('true');
      expect(visible(query())).toBe(false);
      expect(byTestId<HTMLButtonElement>('sql-copy').disabled).toBe(true);
    }
    // Valid in BigQuery: a dataset and table, a domain-scoped project, a table name with spaces, a wildcard table.
    for (const name of [
      'sales.orders',
      'example.com:my-project.sales.orders',
      'my-project.sales.order lines 2026',
      'p-123456.d.events_*',
    ]) {
      type(table, name);
      expect({ name, message: tableError() }).toEqual({ name, message: '' });
      expect(visible(query())).toBe(true);
    }
    // A bare table is fine in DuckDB, four parts are not.
    choose(byTestId('sql-dialect'), 'duckdb');
    type(table, 'orders');
    expect(tableError()).toBe('');
    type(table, 'a.b.c.d');
    expect(tableError()).toBe('At most three parts: table, schema.table or database.schema.table.');
  });

  test('in Spanish and Chinese: the section, the name check and the gaps in the user’s language', async () => {
    for (const [language, heading, error, gap] of [
      [
        'es',
        'Exportar como SQL',
        'Escriba el nombre sin acentos graves ni comillas: la consulta ya los pone.',
        /^Las notas de texto libre/,
      ],
      ['zh', '导出为 SQL', '请不要输入反引号或引号，查询会自动加上。', /^自由填写的备注/],
    ] as const) {
      const page = start(server({ uiLanguage: language }));
      await page.settled();
      expect(byTestId('sql-toggle').textContent).toBe(heading);
      await openSql();
      type(byTestId('sql-table'), '"main"."orders"');
      expect(tableError()).toBe(error);
      expect(allByTestId('sql-gap')[0].textContent).toMatch(gap);
      type(byTestId('sql-table'), 'sales.orders');
      // The query itself is the same in every language: English labels, as the issue asks.
      expect(query().value).toBe(expectedSql({ dialect: 'bigquery', table: 'sales.orders' }));
    }
  });

  test('header texts from cells reach the query quoted and the page as text, never as markup', async () => {
    const header = ['Customer', 'First `order`', 'Last order', 'Orders', 'Total "spent"', 'Profit', 'Status', 'Lead score', HOSTILE];
    const page = start(server({ header }));
    await page.settled();
    choose(byTestId('column-status'), '8');
    await page.settled();
    await openSql();
    type(byTestId('sql-table'), 'sales.orders');
    const mapping = { ...SAMPLE_COLUMNS, first_purchase: 'First `order`', revenue: 'Total "spent"', status: HOSTILE };
    const bigquery = query().value;
    expect(bigquery).toBe(expectedSql({ dialect: 'bigquery', table: 'sales.orders', columns: mapping }));
    expect(bigquery).toContain('`First \\`order\\``');
    expect(bigquery).toContain('`<img src=x onerror=alert(1)>`');
    choose(byTestId('sql-dialect'), 'duckdb');
    expect(query().value).toContain('"Total ""spent"""');
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  test('a chosen column without a header, or two with one header, is said instead of a query that reads the wrong column', async () => {
    const page = start(server({ header: ['Customer', '', 'Last order', 'Orders', 'Total spent', 'total spent ', 'Status', 'Lead score'] }));
    await page.settled();
    await openSql();
    type(byTestId('sql-table'), 'sales.orders');
    expect(byTestId('sql-status').textContent).toBe(
      'The column chosen for First purchase (column B) has no header: type the name it has in your warehouse into its header cell.',
    );
    expect(visible(query())).toBe(false);
    choose(byTestId('column-first_purchase'), '');
    expect(byTestId('sql-status').textContent).toBe(
      'Two of the chosen columns are both headed “total spent”, and a table cannot have two columns of one name: rename one.',
    );
    choose(byTestId('column-profit'), '');
    expect(visible(query())).toBe(true);
  });

  test('an order log: the query reads the log’s own columns', async () => {
    const page = start(
      server({
        shape: 'orders',
        header: ['Order ID', 'Date', 'Customer', 'Amount'],
        columns: [
          { field: 'customer', column: 2 },
          { field: 'revenue', column: 3 },
        ],
        logColumns: [
          { field: 'order_date', column: 1 },
          { field: 'customer', column: 2 },
          { field: 'amount', column: 3 },
          { field: 'profit', column: null },
          { field: 'status', column: null },
          { field: 'order_id', column: 0 },
        ],
        available: ['tier', 'quadrant', 'lifecycle', 'rfm', 'nextContact'],
      }),
    );
    await page.settled();
    await openSql();
    type(byTestId('sql-table'), 'shop.orders');
    const exported = generateSegmentsSql({
      dialect: 'bigquery',
      table: 'shop.orders',
      layout: 'orders',
      columns: { order_date: 'Date', customer: 'Customer', amount: 'Amount', order_id: 'Order ID' },
      settings: { classifications: ['tier', 'quadrant', 'lifecycle', 'rfm', 'nextContact'] },
    });
    expect(exported.ok && query().value).toBe(exported.ok && exported.sql);
    expect(allByTestId('sql-gap').map((g) => g.dataset.code)).toContain('log_customer_name');
  });

  test('Copy uses the clipboard, falls back to the selection, and says so when neither works', async () => {
    const page = start(server());
    await page.settled();
    await openSql();
    type(byTestId('sql-table'), 'sales.orders');
    const sql = query().value;
    const written: string[] = [];
    const clipboard = { writeText: jest.fn(async (text: string) => void written.push(text)) };
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    byTestId('sql-copy').click();
    await new Promise((r) => setTimeout(r, 0));
    expect(written).toEqual([sql]);
    expect(byTestId('sql-copy-status').textContent).toBe('Copied.');

    // Refused (an iframe without clipboard permission): the copy command on the selected text.
    clipboard.writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    const execCommand = jest.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    byTestId('sql-copy').click();
    await new Promise((r) => setTimeout(r, 0));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(document.activeElement).toBe(query());
    expect([query().selectionStart, query().selectionEnd]).toEqual([0, sql.length]);
    expect(byTestId('sql-copy-status').textContent).toBe('Copied.');

    // No clipboard API and the command refused: the query stays selected, with what to press.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    execCommand.mockReturnValueOnce(false);
    byTestId('sql-copy').click();
    await new Promise((r) => setTimeout(r, 0));
    expect(byTestId('sql-copy-status').textContent).toBe(
      'This browser did not let the page copy: the query is selected, press Ctrl+C (⌘C on a Mac).',
    );
    // A new query clears the message.
    choose(byTestId('sql-dialect'), 'duckdb');
    expect(byTestId('sql-copy-status').textContent).toBe('');
  });

  test('Download saves the query as a .sql file named for the dialect', async () => {
    const page = start(server());
    await page.settled();
    await openSql();
    choose(byTestId('sql-dialect'), 'duckdb');
    type(byTestId('sql-table'), 'main.orders');
    const blobs: Blob[] = [];
    const clicked: { href: string; download: string; target: string }[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      value: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:null/1';
      },
      configurable: true,
    });
    Object.defineProperty(URL, 'revokeObjectURL', { value: () => undefined, configurable: true });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, target: this.target });
    });
    byTestId('sql-download').click();
    click.mockRestore();
    expect(clicked).toEqual([{ href: 'blob:null/1', download: 'customer-segments-duckdb.sql', target: '_self' }]);
    expect(blobs[0].type).toBe('application/sql;charset=utf-8');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(text).toBe(query().value);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  test('the dialect, the table and the open section survive Apply’s refresh', async () => {
    const page = start(server());
    await page.settled();
    await openSql();
    choose(byTestId('sql-dialect'), 'duckdb');
    type(byTestId('sql-table'), 'main.orders');
    byTestId('apply').click();
    await page.settled();
    expect(byTestId('result-message').textContent).toBe('Classified 500 customers; see the Segments sheet.');
    expect(byTestId<HTMLDetailsElement>('section-sql').open).toBe(true);
    expect(byTestId<HTMLInputElement>('sql-table').value).toBe('main.orders');
    expect(query().value).toBe(expectedSql({ dialect: 'duckdb', table: 'main.orders' }));
  });
});
