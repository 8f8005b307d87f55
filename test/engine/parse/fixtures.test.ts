// Every money, number and date column of the sample files reads without problems,
// except the rows of messy.csv that are there to fail.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import {
  dateOrderOf,
  decimalMarkOf,
  readDateColumn,
  readMoneyColumn,
  readNumberColumn,
  type NumberColumn,
} from '../../../src/engine/parse/columns';
import { formatDayNumber } from '../../../src/engine/parse/dates';
import type { LocaleHints } from '../../../src/engine/types';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

function columnsOf(file: string): Map<string, string[]> {
  const parsed = Papa.parse<string[]>(readFileSync(path.join(FIXTURES, file), 'utf8'), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  return new Map(header.map((name, c) => [name, rows.map((row) => row[c])]));
}

function column(columns: Map<string, string[]>, name: string): string[] {
  const cells = columns.get(name);
  if (cells === undefined) throw new Error(`no column ${name}`);
  return cells;
}

function expectClean(read: NumberColumn, cells: readonly string[]): void {
  expect(Object.fromEntries(read.errors)).toEqual({});
  read.values.forEach((value, i) => expect(Number.isNaN(value)).toBe(cells[i].trim() === ''));
}

interface Sample {
  file: string;
  hints: LocaleHints;
  dates: string[];
  money: string[];
  numbers: string[];
}

const SAMPLES: Sample[] = [
  {
    file: 'customers-en.csv',
    hints: { locale: 'en_US', timeZone: 'America/New_York' },
    dates: ['First order', 'Last order'],
    money: ['Total spent', 'Profit'],
    numbers: ['Orders', 'Lead score'],
  },
  {
    file: 'clientes-es.csv',
    hints: { locale: 'es_ES', timeZone: 'Europe/Madrid' },
    dates: ['Primera compra', 'Última compra'],
    money: ['Ventas', 'Beneficio'],
    numbers: ['Pedidos'],
  },
  {
    file: 'kehu-zh.csv',
    hints: { locale: 'zh_CN', timeZone: 'Asia/Shanghai' },
    dates: ['首次购买', '最近购买'],
    money: ['销售额', '利润'],
    numbers: ['订单数'],
  },
  {
    file: 'orders-log.csv',
    hints: { locale: 'en_US' },
    dates: ['Date'],
    money: ['Amount'],
    numbers: [],
  },
];

const READERS = { date: readDateColumn, money: readMoneyColumn, number: readNumberColumn };
const CASES = SAMPLES.flatMap(({ file, hints, dates, money, numbers }) => [
  ...dates.map((name) => ({ file, hints, kind: 'date' as const, name })),
  ...money.map((name) => ({ file, hints, kind: 'money' as const, name })),
  ...numbers.map((name) => ({ file, hints, kind: 'number' as const, name })),
]);

it.each(CASES)('$file: $kind column $name reads without problems', ({ file, hints, kind, name }) => {
  const cells = column(columnsOf(file), name);
  expectClean(READERS[kind](cells, hints), cells);
});

describe('the sample values read as a person would read them', () => {
  it('clientes-es: decimal comma and day-first, decided by the columns even under an en_US locale', () => {
    const columns = columnsOf('clientes-es.csv');
    for (const hints of [{ locale: 'es_ES' }, { locale: 'en_US' }]) {
      expect(decimalMarkOf(column(columns, 'Ventas'), hints)).toBe(',');
      expect(dateOrderOf(column(columns, 'Primera compra'), hints)).toBe('dmy');
      const sales = readMoneyColumn(column(columns, 'Ventas'), hints);
      const profit = readMoneyColumn(column(columns, 'Beneficio'), hints);
      const first = readDateColumn(column(columns, 'Primera compra'), hints);
      expect(sales.values[1]).toBe(59.9); // "59,90 €"
      expect(sales.values[5]).toBe(1179.34); // "1.179,34 €"
      expect(profit.values[4]).toBe(-36.5); // "-36,50 €"
      expect(formatDayNumber(first.values[0])).toBe('2024-04-08'); // "08/04/2024"
    }
  });

  it('kehu-zh: yen with grouping and negative amounts after the symbol, 年月日 dates', () => {
    const columns = columnsOf('kehu-zh.csv');
    const hints = { locale: 'zh_CN' };
    expect(readMoneyColumn(column(columns, '销售额'), hints).values[0]).toBe(1226.86); // "¥1,226.86"
    expect(readMoneyColumn(column(columns, '利润'), hints).values[6]).toBe(-0.19); // "¥-0.19"
    expect(formatDayNumber(readDateColumn(column(columns, '首次购买'), hints).values[0])).toBe('2024-11-10');
  });
});

describe('messy.csv', () => {
  const columns = columnsOf('messy.csv');
  const what = column(columns, 'What this row tries');
  const hints = { locale: 'en_US', timeZone: 'America/New_York' };
  const rowOf = (description: string): number => what.indexOf(description);

  it('revenue: the rows meant to fail fail with the right problem, every other row reads', () => {
    const revenue = readMoneyColumn(column(columns, 'Revenue'), hints);
    expect(Object.fromEntries(revenue.errors)).toEqual({
      [rowOf('unparseable number')]: 'unparseable_money',
      [rowOf('spreadsheet error value')]: 'sheet_error',
      [rowOf('a percent is not money')]: 'percent_not_money',
    });
    expect(revenue.values[rowOf('clean row')]).toBe(15000);
    expect(revenue.values[rowOf('dollar sign, thousands comma')]).toBe(12500);
    expect(revenue.values[rowOf('accounting negative')]).toBe(-1200.5);
    expect(revenue.values[rowOf('missing revenue')]).toBeNaN();
    expect(revenue.values[rowOf('very large number in scientific notation')]).toBe(1e9);
    expect(revenue.values[rowOf('padding, NBSP-free spaces')]).toBe(1234.5);
    expect(revenue.values[rowOf('fully blank row in the middle')]).toBeNaN();
  });

  it('first order: only the impossible date fails; padded ISO dates read', () => {
    const first = readDateColumn(column(columns, 'First order'), hints);
    expect(Object.fromEntries(first.errors)).toEqual({ [rowOf('impossible date')]: 'impossible_date' });
    expect(formatDayNumber(first.values[rowOf('padding, NBSP-free spaces')])).toBe('2021-01-01');
    expect(formatDayNumber(first.values[rowOf('first order after the as-of date')])).toBe('2027-06-01');
  });

  it('last order and orders read without problems', () => {
    expectClean(readDateColumn(column(columns, 'Last order'), hints), column(columns, 'Last order'));
    expectClean(readNumberColumn(column(columns, 'Orders'), hints), column(columns, 'Orders'));
  });
});
