// DOMAIN.md's order-log rules, one at a time: purchases vs refunds, orders as order ids or purchase days, the problems
// of blank customers and refund-only customers, rows after as_of left out and counted.
import { aggregateOrderLog } from '../../src/engine/orderLog';
import { DEFAULT_SETTINGS, segmentValues, type Cell, type OrderLogColumns } from '../../src/engine';
import { dayNumberOfYmd } from '../../src/engine/parse/dates';

const AS_OF = dayNumberOfYmd(2026, 11, 1);
const day = (iso: string) => dayNumberOfYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
const OPTIONS = { hints: { locale: 'en_US', timeZone: 'UTC' }, asOf: AS_OF, firstRowNumber: 2 };
const WITH_ID: OrderLogColumns = { order_id: 0, order_date: 1, customer: 2, amount: 3 };
const NO_ID: OrderLogColumns = { order_date: 0, customer: 1, amount: 2 };

function customer(rows: Cell[][], columns: OrderLogColumns, name: string) {
  const { table } = aggregateOrderLog(rows, columns, OPTIONS);
  const k = table.customer.indexOf(name);
  return {
    first: table.firstPurchase[k],
    last: table.lastPurchase[k],
    orders: table.orders[k],
    revenue: table.revenue[k],
    status: table.status[k],
    problems: table.problems.filter((p) => p.row >= 0),
  };
}

describe('purchases and refunds', () => {
  test('a small refund a week after a big order does not make the customer recent', () => {
    const ada = customer(
      [
        ['A1', '2026-03-01', 'Ada', 294],
        ['A1', '2026-03-08', 'Ada', -1.25],
      ],
      WITH_ID,
      'Ada',
    );
    expect([ada.first, ada.last, ada.orders]).toEqual([day('2026-03-01'), day('2026-03-01'), 1]);
    expect(ada.revenue).toBeCloseTo(292.75, 9);
  });

  test('a zero row is neither a purchase nor a refund', () => {
    const bo = customer(
      [
        ['2026-01-10', 'Bo', 100],
        ['2026-05-10', 'Bo', 0],
      ],
      NO_ID,
      'Bo',
    );
    expect([bo.last, bo.orders, bo.revenue]).toEqual([day('2026-01-10'), 1, 100]);
  });

  test('a customer with refunds only is a problem on its first row: no dates, no orders, its revenue kept', () => {
    const rows: Cell[][] = [
      ['2026-02-01', 'Cy', -58.66],
      ['2026-02-03', 'Cy', 0],
    ];
    const cy = customer(rows, NO_ID, 'Cy');
    expect([cy.first, cy.last, cy.orders]).toEqual([NaN, NaN, NaN]);
    expect(cy.revenue).toBeCloseTo(-58.66, 9);
    expect(cy.problems).toEqual([{ row: 2, field: 'customer', value: 'Cy', code: 'no_purchase_in_log', severity: 'error' }]);
  });

  test('refunds larger than the purchases: a warning on the refund that went below zero; still classified', () => {
    const rows: Cell[][] = [
      ['2026-02-01', 'Di', 50],
      ['2026-02-05', 'Di', -20],
      ['2026-02-09', 'Di', -80],
    ];
    const di = customer(rows, NO_ID, 'Di');
    expect(di.orders).toBe(1);
    expect(di.problems).toEqual([{ row: 4, field: 'amount', value: '-80', code: 'refunds_exceed_purchases', severity: 'warning' }]);
  });
});

describe('orders', () => {
  test('with an order-id column: distinct ids among the purchases (line items of one invoice are one order)', () => {
    const rows: Cell[][] = [
      ['INV-1', '2026-01-05', 'Eve', 10],
      ['INV-1', '2026-01-05', 'Eve', 20],
      ['INV-1', '2026-01-05', 'Eve', 5],
      ['INV-2', '2026-01-05', 'Eve', 40],
      ['INV-3', '2026-02-01', 'Eve', -40],
    ];
    expect(customer(rows, WITH_ID, 'Eve').orders).toBe(2);
  });

  test('without one: distinct purchase days (two orders on one day are one purchase occasion)', () => {
    const rows: Cell[][] = [
      ['2026-01-05', 'Fay', 10],
      ['2026-01-05', 'Fay', 20],
      ['2026-01-09', 'Fay', 5],
    ];
    expect(customer(rows, NO_ID, 'Fay').orders).toBe(2);
  });

  test('customers are matched on their trimmed name, ignoring case', () => {
    const rows: Cell[][] = [
      ['2026-01-05', 'Gus ', 10],
      ['2026-01-09', 'gus', 5],
    ];
    const { table } = aggregateOrderLog(rows, NO_ID, OPTIONS);
    expect([table.n, table.orders[0]]).toEqual([1, 2]);
  });

  test('status is the latest non-blank one by date', () => {
    const rows: Cell[][] = [
      ['2026-03-01', 'Hal', 10, 'ready to buy'],
      ['2026-01-01', 'Hal', 10, 'not now'],
      ['2026-04-01', 'Hal', 10, ''],
    ];
    expect(customer(rows, { ...NO_ID, status: 3 }, 'Hal').status).toBe('ready to buy');
  });
});

describe('rows that join no customer, and rows left out', () => {
  const rows: Cell[][] = [
    ['2026-01-05', 'Ivy', 10],
    ['2026-01-06', '', 99],
    ['', '', ''],
    ['2026-12-24', 'Ivy', 500],
    ['2027-01-02', 'Jo', 5],
  ];
  const result = aggregateOrderLog(rows, NO_ID, OPTIONS);

  test('a blank customer is a problem on its own row, never a silently blank answer; an all-blank row stays blank', () => {
    expect([...result.rowProblems.entries()]).toEqual([
      [1, { row: 3, field: 'customer', value: '', code: 'order_without_customer', severity: 'error' }],
    ]);
    expect(result.table.problems.map((p) => p.code)).toEqual(['order_without_customer']);
    expect([...result.rowCustomer]).toEqual([0, -1, -1, -1, -1]);
  });

  test('rows dated after as_of are left out and counted: a customer with only those is not in the run', () => {
    expect(result.excludedAfterAsOf).toBe(2);
    expect(result.table.customer).toEqual(['Ivy']);
    expect(result.table.revenue[0]).toBe(10);
  });

  test('an unreadable date or amount is a problem naming the order row and the log column', () => {
    const bad = aggregateOrderLog(
      [
        ['soon', 'Kay', 10],
        ['2026-01-05', 'Kay', 'lots'],
      ],
      NO_ID,
      OPTIONS,
    );
    expect(bad.table.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [2, 'order_date', 'unparseable_date'],
      [3, 'amount', 'unparseable_money'],
    ]);
    // The customer's totals would be silently wrong: the derived fields are unusable, not guessed.
    expect([bad.table.orders[0], bad.table.revenue[0]]).toEqual([NaN, NaN]);
  });
});

describe('the whole pipeline on a log', () => {
  test('counts are customers; every classification is computed from what the log gives', () => {
    const values: Cell[][] = [
      ['Order', 'Date', 'Customer', 'Amount'],
      ['1', '2026-01-05', 'Ada', 900],
      ['2', '2026-06-05', 'Ada', 300],
      ['3', '2026-10-20', 'Bo', 120],
      ['4', '2026-10-25', 'Bo', -1.25],
      ['5', '2025-01-01', 'Cy', -10],
    ];
    const result = segmentValues(values, { settings: { ...DEFAULT_SETTINGS }, asOf: AS_OF, hints: OPTIONS.hints });
    if (!result.ok) throw new Error(result.reason);
    expect(result.shape).toBe('orders');
    expect(result.classified.computed).toEqual(['tier', 'quadrant', 'lifecycle', 'rfm', 'nextContact']);
    const tiers = result.summary.find((s) => s.classification === 'tier')!;
    expect(tiers.groups.reduce((n, g) => n + g.customers, 0) + tiers.problems).toBe(3);
    // The refund-only customer: tier C by revenue, ⚠ (not a Prospect) in the date-based classifications.
    const lifecycle = result.summary.find((s) => s.classification === 'lifecycle')!;
    expect(lifecycle.groups.find((g) => g.group === 'prospect')?.customers ?? 0).toBe(0);
    expect(lifecycle.problems).toBe(1);
    expect(result.log).toEqual({ rowProblems: new Map(), excludedAfterAsOf: 0, orderRows: 5 });
  });
});
