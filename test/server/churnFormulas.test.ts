// CUSTOMER_CHURN and CUSTOMER_VALUE through the built dist/Code.js in node:vm, against the engine on the same rows:
// the model is fitted inside the call, the answers are numbers and labels, small data fails with a clear message.
import { classifyCustomers, DEFAULT_SETTINGS, readCustomerTable, type Cell, type Settings } from '../../src/engine';
import { CHURN } from '../../src/engine/groups';
import { dayNumberOfYmd } from '../../src/engine/parse/dates';
import { label } from '../../src/i18n/text';
import { column, FormulaSheet, midnight } from '../support/formulaHarness';

const NY = 'America/New_York';
const AS_OF = '2026-11-01';
const NOW = dayNumberOfYmd(2026, 11, 1);
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A shop of n customers, deterministic: every `repeatEvery`-th a repeat buyer at their own pace. */
function shop(n: number, repeatEvery = 3) {
  const rows: { first: string; last: string; orders: number; revenue: number }[] = [];
  for (let i = 0; i < n; i++) {
    const first = NOW - 400 + ((i * 37) % 300);
    const repeat = i % repeatEvery === 0;
    const orders = repeat ? 2 + (i % 7) : 1;
    const cycle = 10 + ((i * 13) % 50);
    const last = repeat ? Math.max(first, Math.min(NOW - ((i * 29) % 200), first + (orders - 1) * cycle)) : first;
    rows.push({ first: isoOf(first), last: isoOf(last), orders, revenue: 40 * orders + (i % 11) * 3 });
  }
  return rows;
}

function engine(rows: ReturnType<typeof shop>, over: Partial<Settings> = {}) {
  const cells: Cell[][] = rows.map((r) => [r.first, r.last, r.orders, r.revenue]);
  const table = readCustomerTable(
    cells,
    { first_purchase: 0, last_purchase: 1, orders: 2, revenue: 3 },
    {
      hints: { locale: 'en_US', timeZone: NY },
      asOf: NOW,
      firstRowNumber: 1,
    },
  );
  return classifyCustomers(table, { ...DEFAULT_SETTINGS, classifications: ['churn'], ...over }, NOW);
}

const rows = shop(200);
const orders = column(rows.map((r) => r.orders));
const firsts = column(rows.map((r) => midnight(r.first, NY)));
const lasts = column(rows.map((r) => midnight(r.last, NY)));
const revenues = column(rows.map((r) => r.revenue));

describe('CUSTOMER_CHURN', () => {
  const sheet = new FormulaSheet({ timeZone: NY });

  test('answers the chance still active (a number) and the churn-risk group, as the engine does', () => {
    const answer = sheet.call('CUSTOMER_CHURN', orders, firsts, lasts, AS_OF);
    const c = engine(rows);
    expect(answer).toHaveLength(200);
    answer.forEach(([chance, group], i) => {
      expect(chance).toBeCloseTo(c.churn!.chance[i], 9);
      expect(group).toBe(label(CHURN.keys[c.churn!.groups[i]], 'en'));
    });
    expect(new Set(answer.map((r) => r[1]))).toEqual(new Set(['Active', 'Slipping', 'Likely lost']));
  });

  test('with a header row on top, answers its own headers; labels follow the spreadsheet locale', () => {
    const withHeader = (name: string, cells: unknown[][]) => [[name], ...cells];
    const answer = sheet.call(
      'CUSTOMER_CHURN',
      withHeader('Orders', orders),
      withHeader('First order', firsts),
      withHeader('Last order', lasts),
      AS_OF,
    );
    expect(answer[0]).toEqual(['Chance active', 'Churn risk']);
    const es = new FormulaSheet({ timeZone: NY, locale: 'es_ES' });
    const spanish = es.call('CUSTOMER_CHURN', orders, firsts, lasts, AS_OF);
    expect(new Set(spanish.map((r) => r[1]))).toEqual(new Set(['Activo', 'Alejándose', 'Probablemente perdido']));
  });

  test('a bad row never fails the range: it says its problem, the others are answered', () => {
    const bad = orders.map((r, i) => (i === 5 ? ['three'] : r));
    const answer = sheet.call('CUSTOMER_CHURN', bad, firsts, lasts, AS_OF);
    expect(answer[5]).toEqual(['', '⚠ Orders "three" is not a number.']);
    expect(typeof answer[6][0]).toBe('number');
  });

  test('not enough repeat purchases fails the formula with the reason and the minimum, in the user’s language', () => {
    const once = shop(40, 1000).slice(1);
    const args = [
      column(once.map((r) => r.orders)),
      column(once.map((r) => midnight(r.first, NY))),
      column(once.map((r) => midnight(r.last, NY))),
      AS_OF,
    ];
    expect(() => sheet.call('CUSTOMER_CHURN', ...args)).toThrow(
      'Not enough repeat purchases to fit (needs at least 10 customers who bought twice, has none).',
    );
    const es = new FormulaSheet({ timeZone: NY, locale: 'es_MX' });
    expect(() => es.call('CUSTOMER_CHURN', ...args)).toThrow(/No hay suficientes compras repetidas.*al menos 10/);
  });
});

describe('CUSTOMER_VALUE', () => {
  const sheet = new FormulaSheet({ timeZone: NY });

  test('answers expected orders (90 days), expected order value and the 12-month value, as the engine does', () => {
    const answer = sheet.call('CUSTOMER_VALUE', orders, firsts, lasts, revenues, AS_OF);
    const c = engine(rows);
    answer.forEach(([expected, orderValue, value], i) => {
      expect(expected).toBeCloseTo(c.churn!.expected[i], 9);
      expect(orderValue).toBeCloseTo(c.churn!.orderValue[i], 9);
      expect(value).toBeCloseTo(c.churn!.value[i], 9);
      expect(value as number).toBeGreaterThanOrEqual(0);
    });
  });

  test('months and annual_discount change the value as they should', () => {
    const value = (...extra: unknown[]) =>
      sheet.call('CUSTOMER_VALUE', orders, firsts, lasts, revenues, AS_OF, ...extra).reduce((s, r) => s + (r[2] as number), 0);
    const year = value();
    expect(value(24)).toBeGreaterThan(year);
    expect(value(12, 0)).toBeGreaterThan(year);
    expect(value(12, 0.5)).toBeLessThan(year);
    const c = engine(rows, { valueMonths: 24, annualDiscount: 0.05 });
    const answer = sheet.call('CUSTOMER_VALUE', orders, firsts, lasts, revenues, AS_OF, 24, 0.05);
    answer.forEach((r, i) => expect(r[2]).toBeCloseTo(c.churn!.value[i], 9));
  });

  test('refunds and zero revenue are worth 0; a blank revenue leaves the money blank', () => {
    const money = revenues.map((r, i) => (i === 0 ? [-50] : i === 3 ? [0] : i === 6 ? [''] : r));
    const answer = sheet.call('CUSTOMER_VALUE', orders, firsts, lasts, money, AS_OF);
    expect(answer[0].slice(1)).toEqual([0, 0]);
    expect(answer[3].slice(1)).toEqual([0, 0]);
    expect(answer[6].slice(1)).toEqual(['', '']);
    expect(typeof answer[6][0]).toBe('number');
  });

  test.each([
    [[0], /months must be a whole number from 1 to 120, for example 12/],
    [[12, 1.5], /annual_discount must be between 0 and 1/],
    [['soon'], /months must be a number \(got "soon"\)/],
  ])('bad arguments %j fail with what is allowed', (extra, message) => {
    expect(() => sheet.call('CUSTOMER_VALUE', orders, firsts, lasts, revenues, AS_OF, ...extra)).toThrow(message);
  });
});
