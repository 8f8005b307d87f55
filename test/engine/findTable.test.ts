import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { findTable, TABLE_ENDING_BLANK_ROWS } from '../../src/engine/findTable';
import { detectColumns } from '../../src/engine/headers';
import type { Cell } from '../../src/engine/types';

const FIXTURES = join(__dirname, '..', 'fixtures');

function fixture(file: string): string[][] {
  return Papa.parse<string[]>(readFileSync(join(FIXTURES, file), 'utf8')).data;
}

/** Index of the last row with any text: papaparse keeps the empty line after the final newline. */
function lastFilledRow(rows: readonly (readonly Cell[])[]): number {
  for (let r = rows.length - 1; r >= 0; r--) if (rows[r].some((c) => typeof c === 'string' && c.trim() !== '')) return r;
  return -1;
}

const HEADER = ['Customer', 'First order', 'Last order', 'Orders', 'Total spent'];
const row = (name: string): Cell[] => [name, '2024-01-15', '2026-10-01', 3, 1200];
const blank = (width = HEADER.length): Cell[] => new Array<Cell>(width).fill('');

describe('fixtures', () => {
  test.each(['customers-en.csv', 'clientes-es.csv', 'kehu-zh.csv', 'orders-log.csv', 'messy.csv'])('%s', (file) => {
    const rows = fixture(file);
    expect(findTable(rows)).toEqual({
      headerRow: 0,
      firstCol: 0,
      lastCol: rows[0].length - 1,
      firstDataRow: 1,
      lastDataRow: lastFilledRow(rows),
    });
  });
});

describe('where the header is', () => {
  test('two title rows and a blank row above the header', () => {
    const grid: Cell[][] = [
      ['Customer list', '', '', '', ''],
      ['Exported from the CRM on 2026-10-31', '', '', '', ''],
      blank(),
      HEADER,
      row('Acme'),
      row('Globex'),
    ];
    expect(findTable(grid)).toEqual({ headerRow: 3, firstCol: 0, lastCol: 4, firstDataRow: 4, lastDataRow: 5 });
  });

  test('a header in row 5 with a blank first column', () => {
    const grid: Cell[][] = [
      ['', 'Clientes 2026'],
      [],
      ['', 'Fuente: ERP'],
      ['', ''],
      ['', 'Cliente', 'Primera compra', 'Última compra', 'Pedidos', 'Ventas', 'Beneficio', 'Estado'],
      ['', 'Farmacia Álvarez', '08/07/2020', '19/03/2026', 3, '59,90 €', '2,98 €', 'Sin presupuesto'],
      ['', 'Librería Díaz', '31/07/2019', '01/10/2026', 6, '67,98 €', '22,13 €', 'Listo para comprar'],
    ];
    const table = findTable(grid);
    expect(table).toEqual({ headerRow: 4, firstCol: 1, lastCol: 7, firstDataRow: 5, lastDataRow: 6 });
    const header = grid[4].slice(table!.firstCol, table!.lastCol + 1);
    expect(detectColumns(header).columns).toEqual({
      customer: 0,
      first_purchase: 1,
      last_purchase: 2,
      orders: 3,
      revenue: 4,
      profit: 5,
      status: 6,
    });
  });

  test('a one-cell title loses to a header row that matches only one field', () => {
    const grid: Cell[][] = [['Customers'], [], ['Name', 'Email', 'Phone'], ['Acme', 'a@acme.test', '555']];
    expect(findTable(grid)).toMatchObject({ headerRow: 2, firstCol: 0, lastCol: 2 });
  });

  test('a one-column table is still found', () => {
    expect(findTable([['Customer'], ['Acme'], ['Globex']])).toEqual({
      headerRow: 0,
      firstCol: 0,
      lastCol: 0,
      firstDataRow: 1,
      lastDataRow: 2,
    });
  });

  test('Chinese and order-log headers below a title', () => {
    const zh: Cell[][] = [
      ['客户分析'],
      [],
      ['客户名称', '首次购买', '最近购买', '订单数', '销售额'],
      ['重庆食品1号', '2024年11月10日', '2026年10月10日', 11, '¥1,226.86'],
    ];
    expect(findTable(zh)).toMatchObject({ headerRow: 2, firstDataRow: 3, lastDataRow: 3 });
    const log: Cell[][] = [['Sales ledger'], ['Invoice date', 'Client', 'Total'], [new Date(Date.UTC(2026, 0, 2)), 'Acme', 120]];
    expect(findTable(log)).toMatchObject({ headerRow: 1, firstDataRow: 2, lastDataRow: 2 });
  });

  test('a header below the first 20 non-blank rows is not looked for', () => {
    const grid: Cell[][] = [];
    for (let i = 0; i < 20; i++) grid.push([`intro line ${i}`]);
    grid.push(HEADER, row('Acme'));
    expect(findTable(grid)).toBeNull();
    // Blank rows do not count towards the 20.
    const spaced: Cell[][] = [];
    for (let i = 0; i < 19; i++) spaced.push([`intro line ${i}`], []);
    spaced.push(HEADER, row('Acme'));
    expect(findTable(spaced)).toMatchObject({ headerRow: 38 });
  });

  test('nothing that looks like a header → null', () => {
    expect(findTable([])).toBeNull();
    expect(findTable([[], ['', ''], ['  ']])).toBeNull();
    expect(
      findTable([
        ['foo', 'bar'],
        [1, 2],
        [3, 4],
      ]),
    ).toBeNull();
  });
});

describe('where the data ends', () => {
  test('a single fully blank row inside the data does not end the table', () => {
    const rows: Cell[][] = fixture('messy.csv');
    const blanked = rows.map((r) => (r[0] === '' && r[6] === 'fully blank row in the middle' ? blank(r.length) : r));
    expect(blanked.filter((r) => r.every((c) => c === ''))).toHaveLength(2); // the blanked row and the final newline
    expect(findTable(blanked)).toMatchObject({ firstDataRow: 1, lastDataRow: lastFilledRow(rows) });
  });

  test(`${TABLE_ENDING_BLANK_ROWS} blank rows followed by notes end the table`, () => {
    const grid: Cell[][] = [
      HEADER,
      row('Acme'),
      blank(),
      row('Globex'),
      row('Initech'),
      blank(),
      blank(),
      ['Notes: revenue in EUR'],
      ['Source: CRM'],
    ];
    expect(findTable(grid)).toMatchObject({ firstDataRow: 1, lastDataRow: 4 });
  });

  test('a second table further down is not part of the first', () => {
    const grid: Cell[][] = [HEADER, row('Acme'), row('Globex'), blank(), blank(), blank(), ['Summary', 'Count'], ['A', 2]];
    expect(findTable(grid)).toMatchObject({ lastDataRow: 2 });
  });

  test('trailing blank rows, ragged rows and blank cells are excluded or tolerated', () => {
    const grid: Cell[][] = [HEADER, row('Acme'), ['Globex'], [], blank(), [null, undefined, '  ', '\u00a0'], blank(8)];
    expect(findTable(grid)).toMatchObject({ firstDataRow: 1, lastDataRow: 2 });
  });

  test('text outside the table columns does not extend the table', () => {
    const grid: Cell[][] = [['', ...HEADER], ['', ...row('Acme')], [], [], ['a note in column A']];
    expect(findTable(grid)).toMatchObject({ firstCol: 1, lastDataRow: 1 });
  });

  test('blank rows under the header are skipped; a header alone has no data rows', () => {
    expect(findTable([HEADER, blank(), row('Acme')])).toMatchObject({ firstDataRow: 2, lastDataRow: 2 });
    expect(findTable([HEADER, blank(), blank()])).toEqual({ headerRow: 0, firstCol: 0, lastCol: 4, firstDataRow: 1, lastDataRow: -1 });
    expect(findTable([HEADER])).toMatchObject({ firstDataRow: 1, lastDataRow: -1 });
  });

  test('50,000 rows with notes below (its speed is measured by npm run bench, not here)', () => {
    const grid: Cell[][] = [['Customer report'], [], HEADER];
    for (let i = 0; i < 50_000; i++) grid.push(i % 1000 === 500 ? blank() : row(`Customer ${i}`));
    grid.push(blank(), blank(), blank(), ['Totals are in EUR'], blank(), blank());
    expect(findTable(grid)).toEqual({ headerRow: 2, firstCol: 0, lastCol: 4, firstDataRow: 3, lastDataRow: 50_002 });
  });
});

describe('findTable: a blank column ends the table', () => {
  it('keeps notes beside the table (after an empty column) out of it', () => {
    const values = [
      ['Customer', 'Revenue', 'Orders', '', 'My notes'],
      ['Ann', 100, 2, '', 'call back'],
      ['Bob', 50, 1, '', ''],
    ];
    expect(findTable(values)).toMatchObject({ headerRow: 0, firstCol: 0, lastCol: 2, firstDataRow: 1, lastDataRow: 2 });
  });
  it('picks the customer table of two side by side', () => {
    const values = [
      ['Month', 'Visits', '', 'Cliente', 'Ventas', 'Pedidos'],
      ['Jan', 10, '', 'Ana', '10,50 €', 2],
    ];
    expect(findTable(values)).toMatchObject({ firstCol: 3, lastCol: 5 });
  });
});
