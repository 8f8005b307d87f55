// An order log end to end, through the built dist/Code.js against the Apps Script fakes: what the sidebar is told,
// where Apply puts the answers (a customer sheet of ours, the customer's group on each order row), what Clear removes,
// and what it costs in Spreadsheet calls.
import { HISTORY_CALLS } from '../../../src/server/sidebar/historyPlan';
import { effectiveFormat, fakeSpreadsheetFromRows, snapshotSpreadsheet, type SpreadsheetModel } from '../../../emulator';
import { PALETTE, PROBLEM_COLOR } from '../../../src/engine/palette';
import type { AnalyzeResult, ApplyResult, Failure, PreviewResult } from '../../../src/shared/contract';
import { csvRows, execution, sheetFromRows } from '../../support/sidebarHarness';

const AS_OF = '2026-11-01';
const RUN = { columns: {}, settings: {}, asOf: AS_OF };
type Result<T> = T | Failure;

function ok<T>(result: Result<T>): T {
  if (!(result as { ok: boolean }).ok) throw new Error(`expected success, got: ${(result as Failure).message}`);
  return result as T;
}
const call = <T>(model: SpreadsheetModel, name: string, ...args: unknown[]) => {
  const run = execution(model);
  const result = run.call<Result<T>>(name, ...args);
  return { result, calls: run.apps.calls.total, byMethod: run.apps.calls.byMethod() };
};
const sheet = (model: SpreadsheetModel, name: string) => model.sheets.find((s) => s.name === name)!;
const row = (model: SpreadsheetModel, name: string, r: number) => {
  const s = sheet(model, name);
  return Array.from({ length: s.lastColumn() }, (_, c) => s.values.get(r - 1, c));
};

/** The sample log, with the raw lines a real export has: a line without a customer, an order after as_of. */
function log(extra: unknown[][] = []): SpreadsheetModel {
  return sheetFromRows([...csvRows('orders-log.csv'), ...extra], { sheetName: 'Orders', interpret: 'raw' });
}

describe('orders-log.csv in the sidebar', () => {
  test('analyze reads it as an order log: 200 customers from 1,237 orders, its own columns, every date-based classification', () => {
    const a = ok(call<AnalyzeResult>(log(), 'sidebarAnalyze').result);
    expect([a.shape, a.customers, a.orderRows]).toEqual(['orders', 200, 1237]);
    expect(a.logColumns).toEqual([
      { field: 'order_date', column: 1 },
      { field: 'customer', column: 2 },
      { field: 'amount', column: 3 },
      { field: 'profit', column: null },
      { field: 'status', column: null },
      { field: 'order_id', column: 0 },
    ]);
    // Profit split needs a profit column and intent a status column: an order log without them is not offered them.
    expect(a.available).toEqual(['tier', 'quadrant', 'lifecycle', 'rfm', 'nextContact', 'churn']);
  });

  test('a line without a customer is a problem with its row, in Analyze and in the preview alike', () => {
    const m = log([['ORD-99999', '2026-10-01', '', '19.90']]);
    const a = ok(call<AnalyzeResult>(m, 'sidebarAnalyze').result);
    expect(a.firstProblems.find((p) => p.code === 'order_without_customer')).toMatchObject({ row: 1239, column: 3, field: 'customer' });
    const preview = ok(call<PreviewResult>(m, 'sidebarPreview', RUN).result);
    expect(preview.customers).toBe(200);
    // The preview counts customers; the order rows it read, and the one that joined no customer, are said apart.
    expect([preview.orderRows, preview.ordersWithoutCustomer, preview.ordersAfterAsOf]).toEqual([1237, 1, 0]);
  });

  test('the user can read a table as an order log, or a log one row per customer, from the dropdowns', () => {
    const m = log();
    const perRow = ok(
      call<PreviewResult>(m, 'sidebarPreview', { ...RUN, shape: 'customers', columns: { customer: 2, revenue: 3 } }).result,
    );
    expect(perRow.customers).toBe(1237);
    const chosen = ok(
      call<PreviewResult>(m, 'sidebarPreview', { ...RUN, shape: 'orders', logColumns: { order_date: 1, customer: 2, amount: 3 } }).result,
    );
    expect(chosen.customers).toBe(200);
    const incomplete = call<PreviewResult>(m, 'sidebarPreview', { ...RUN, shape: 'orders', logColumns: { customer: 2, amount: 3 } }).result;
    expect((incomplete as Failure).message).toMatch(/order date, customer and amount/);
  });
});

describe('Apply on an order log', () => {
  const m = log([
    ['ORD-99998', '2026-10-02', '', '12.00'],
    ['ORD-99999', '2027-01-15', 'River Kitchens #183', '80.00'],
  ]);
  const before = snapshotSpreadsheet(m);
  const applied = call<ApplyResult>(m, 'sidebarApply', RUN);
  const result = ok(applied.result);

  test('says customers, not rows: 200 customers from 1,237 orders, on the customer sheet', () => {
    expect(result.rows).toBe(200);
    expect(result.message).toBe(
      'Done: 200 customers from 1,237 orders, listed on the "Customers" sheet; each order shows its customer\'s group, with a summary sheet.',
    );
    expect(applied.calls).toBeLessThanOrEqual(30 + HISTORY_CALLS);
  });

  test('the customer sheet: one row per customer, what the log says about them and every answer, coloured', () => {
    const customers = sheet(m, 'Customers');
    expect(customers.lastRow()).toBe(201);
    expect(row(m, 'Customers', 1).slice(0, 10)).toEqual([
      'Customer',
      'First purchase',
      'Last purchase',
      'Orders',
      'Revenue',
      'Tier',
      'Tier: why',
      'Previous',
      'Changed on',
      'Quadrant',
    ]);
    // The most revenue first.
    const revenues = Array.from({ length: 200 }, (_, i) => customers.values.get(i + 1, 4) as number);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    expect(customers.values.get(1, 5)).toBe('A');
    expect(effectiveFormat(customers, 2, 1).background).toBe(PALETTE.A);
    // Names are the user's text: written as plain text, never run as a formula.
    expect(customers.formats.numberFormats.get(1, 0)).toBe('@');
    expect(customers.formats.numberFormats.get(1, 1)).toBe('m/d/yyyy');
  });

  test('a customer with refunds only is not a Prospect: its lifecycle says why', () => {
    const customers = sheet(m, 'Customers');
    const header = row(m, 'Customers', 1);
    const lifecycle = header.indexOf('Lifecycle');
    const cells = Array.from({ length: 200 }, (_, i) => String(customers.values.get(i + 1, lifecycle)));
    expect(cells).not.toContain('Prospect');
    expect(cells.filter((c) => c.startsWith('⚠ Customer') && c.includes('only refunds')).length).toBeGreaterThan(0);
  });

  test('the log: one column with the customer’s group on each order, ⚠ on the line without a customer, the rows coloured', () => {
    const orders = sheet(m, 'Orders');
    expect(row(m, 'Orders', 1)).toEqual(['Order ID', 'Date', 'Customer', 'Amount', 'Tier']);
    const tierOf = new Map<string, string>();
    const customers = sheet(m, 'Customers');
    for (let r = 1; r <= 200; r++) tierOf.set(String(customers.values.get(r, 0)), String(customers.values.get(r, 5)));
    for (let r = 2; r <= 1238; r++) expect(orders.values.get(r - 1, 4)).toBe(tierOf.get(String(orders.values.get(r - 1, 2))));
    expect(orders.values.get(1238, 4)).toBe('⚠ Customer is blank: this order joins no customer. Fill in who bought it.');
    expect(effectiveFormat(orders, 1239, 5).background).toBe(PROBLEM_COLOR);
    // An order dated after the analysis date is left out of the run: no group beside it.
    expect(orders.values.get(1239, 4)).toBe('');
    const a = String(orders.values.get(1, 4));
    expect(effectiveFormat(orders, 2, 1).background).toBe(PALETTE[a as 'A' | 'B' | 'C']);
    expect(effectiveFormat(orders, 1, 1).background).toBe('#ffffff');
  });

  test('the summary counts customers: its tier table adds up to 200', () => {
    const summary = sheet(m, 'Segments');
    const text = Array.from({ length: summary.lastRow() }, (_, r) => String(summary.values.get(r, 0)));
    const tierRows = ['A', 'B', 'C'].map((t) => text.indexOf(t));
    const counts = tierRows.map((r) => summary.values.get(r, 2) as number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(200);
  });

  test('Clear removes all of it: the customer sheet, the summary, the column, the rules', () => {
    const cleared = call<{ ok: true; message: string }>(m, 'sidebarClear', { keepHistory: false });
    ok(cleared.result);
    expect(snapshotSpreadsheet(m)).toEqual(before);
  });
});

describe('calls', () => {
  function bigLog(orders: number, customers: number): SpreadsheetModel {
    const rows: unknown[][] = [['Order ID', 'Date', 'Customer', 'Amount']];
    for (let i = 0; i < orders; i++) {
      rows.push([`O-${i}`, new Date(Date.UTC(2022, 0, 1 + ((i * 13) % 1400))), `Customer ${i % customers}`, 5 + ((i * 7919) % 900)]);
    }
    return fakeSpreadsheetFromRows(rows, { sheetName: 'Orders', locale: 'en_US', timeZone: 'UTC', maxRows: orders + 10 });
  }

  test(
    'Apply on a log of 100 orders and of 50,000 orders of 5,000 customers makes the same calls, at most 30',
    () => {
      const small = call<ApplyResult>(bigLog(100, 40), 'sidebarApply', RUN);
      const large = call<ApplyResult>(bigLog(50_000, 5_000), 'sidebarApply', RUN);
      expect(ok(large.result).rows).toBe(5000);
      ok(small.result);
      // The customer sheet needs rows beyond a new sheet's 1,000 for the large log: the one call that may differ
      // (the other insertRowsAfter is the history's rows for this run).
      expect(large.byMethod['Sheet.insertRowsAfter']).toBe(2);
      expect(large.calls - 1).toBe(small.calls);
      expect(large.calls).toBeLessThanOrEqual(30 + HISTORY_CALLS);
      const again = call<ApplyResult>(bigLog(100, 40), 'sidebarApply', RUN);
      expect(again.calls).toBeLessThanOrEqual(30 + HISTORY_CALLS);
    },
    10 * 60_000,
  );

  test('a re-Apply rewrites both sheets in place, within 30 calls', () => {
    const m = log();
    ok(call<ApplyResult>(m, 'sidebarApply', RUN).result);
    const names = m.sheets.map((s) => s.name);
    const again = call<ApplyResult>(m, 'sidebarApply', { ...RUN, settings: { classifications: ['tier', 'lifecycle'] } });
    ok(again.result);
    expect(again.calls).toBeLessThanOrEqual(30 + HISTORY_CALLS);
    expect(m.sheets.map((s) => s.name)).toEqual(names);
    expect(row(m, 'Customers', 1)).toEqual([
      'Customer',
      'First purchase',
      'Last purchase',
      'Orders',
      'Revenue',
      'Tier',
      'Tier: why',
      'Previous',
      'Changed on',
      'Lifecycle',
      'Lifecycle: why',
      'Next step',
    ]);
  });
});

describe('CUSTOMER_SEGMENTS on a log', () => {
  test('one row per order with its customer’s answers; a line without a customer says so', () => {
    const values = [
      ['Order ID', 'Date', 'Customer', 'Amount'],
      ['1', '2026-01-05', 'Ada', 900],
      ['2', '2026-06-05', '', 30],
      ['3', '2026-10-20', 'Bo', 120],
    ];
    const m = sheetFromRows(values, { sheetName: 'Orders' });
    const answer = execution(m, { authMode: 'CUSTOM_FUNCTION' }).call<unknown[][]>('CUSTOMER_SEGMENTS', values, AS_OF);
    expect(answer[0][0]).toBe('Tier');
    expect(answer[1][0]).toBe('A');
    expect(answer[2][0]).toBe('⚠ Customer is blank: this order joins no customer. Fill in who bought it.');
    expect(answer[3][0]).toMatch(/^[ABC]$/);
  });
});
