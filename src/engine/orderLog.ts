// An order log (one row per order or order line: date, customer, amount, and optionally an order id, profit and
// status) aggregated per customer, by DOMAIN.md's order-log rules:
// - a purchase is a row with amount > 0, a refund one with amount < 0; a zero row is neither;
// - first/last purchase are the earliest/latest purchase dates: a refund never makes a customer "recent";
// - orders are the distinct order ids among the purchases, or without an id column the distinct purchase days
//   (several lines or orders on one day are one purchase occasion, as in the CDNOW convention);
// - revenue sums every amount (refunds reduce it), profit every profit; status is the latest non-blank one by date;
// - rows dated after as_of are left out of the run and counted, not reported as problems.
import type { CustomerTable, ReadOptions } from './customerTable';
import { FIELD_BIT, markBad, markUnknownTimeZone } from './customerTable';
import { readDateColumn, readMoneyColumn, readTextColumn } from './parse/columns';
import { cellToText } from './text';
import type { Cell, ColumnMap, Field, OrderLogColumns, Problem, ProblemCode, ProblemField } from './types';

export interface AggregatedOrderLog {
  table: CustomerTable;
  /** For each data row of the log, the customer it belongs to (-1: a blank row, a row left out, or no customer). */
  rowCustomer: Int32Array;
  /** Rows that join no customer (no customer name), by data-row index: they show the problem instead of an answer. */
  rowProblems: Map<number, Problem>;
  /** Rows dated after as_of, left out of the run. */
  excludedAfterAsOf: number;
}

function columnOf(rows: readonly (readonly Cell[])[], index: number): Cell[] {
  const out = new Array<Cell>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows[i][index];
  return out;
}

/**
 * Customers are matched on their trimmed name, ignoring case. An unreadable date or amount on any of a customer's
 * orders marks that customer's field as a problem (its total would otherwise be silently wrong), and the problem
 * names the order's own row.
 */
export function aggregateOrderLog(rows: readonly (readonly Cell[])[], log: OrderLogColumns, options: ReadOptions): AggregatedOrderLog {
  const { hints, asOf, firstRowNumber } = options;
  const names = readTextColumn(columnOf(rows, log.customer));
  const dateCells = columnOf(rows, log.order_date);
  const amountCells = columnOf(rows, log.amount);
  const profitCells = log.profit !== undefined ? columnOf(rows, log.profit) : null;
  const statuses = log.status !== undefined ? readTextColumn(columnOf(rows, log.status)) : null;
  const orderIds = log.order_id !== undefined ? readTextColumn(columnOf(rows, log.order_id)) : null;
  const dates = readDateColumn(dateCells, hints);
  const amounts = readMoneyColumn(amountCells, hints);
  const profits = profitCells ? readMoneyColumn(profitCells, hints) : null;

  const index = new Map<string, number>();
  const rowCustomer = new Int32Array(rows.length).fill(-1);
  const rowProblems = new Map<number, Problem>();
  let excludedAfterAsOf = 0;
  const customer: string[] = [];
  const firstRow: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  /** Distinct purchase occasions: order ids, or purchase days. */
  const occasions: Set<string | number>[] = [];
  const revenue: number[] = [];
  const profit: number[] = [];
  const status: string[] = [];
  const statusDay: number[] = [];
  /** Set when a refund first took the customer's running total below zero. */
  const negativeAt: number[] = [];
  const bad: number[] = [];
  const problems: Problem[] = [];
  const problemAt = new Map<number, Map<Field, Problem>>();
  const sink = { problems, problemAt, bad };

  const problemOf = (row: number, field: ProblemField, cell: Cell, code: ProblemCode, severity: Problem['severity'] = 'error'): Problem => {
    const problem: Problem = { row: firstRowNumber + row, field, value: cellToText(cell), code, severity };
    problems.push(problem);
    return problem;
  };
  /** An unusable cell of an order (`field` names it as the log does): the customer-level fields it feeds are unusable. */
  const report = (row: number, field: ProblemField, feeds: readonly Field[], cell: Cell, code: ProblemCode, k: number) => {
    const problem = problemOf(row, field, cell, code);
    for (const f of feeds) markBad(sink, k, f, problem);
  };

  for (let i = 0; i < rows.length; i++) {
    const name = names[i];
    const amount = amounts.values[i];
    const date = dates.values[i];
    const amountError = amounts.errors.get(i);
    const dateError = dates.errors.get(i);
    if (!name) {
      const rowHasData = amount === amount || date === date || amountError !== undefined || dateError !== undefined;
      if (rowHasData) rowProblems.set(i, problemOf(i, 'customer', '', 'order_without_customer'));
      continue;
    }
    if (date > asOf) {
      excludedAfterAsOf++;
      continue;
    }
    const key = name.toLowerCase();
    let k = index.get(key);
    if (k === undefined) {
      k = customer.length;
      index.set(key, k);
      customer.push(name);
      firstRow.push(i);
      first.push(NaN);
      last.push(NaN);
      occasions.push(new Set());
      revenue.push(0);
      profit.push(0);
      status.push('');
      statusDay.push(-Infinity);
      negativeAt.push(-1);
      bad.push(0);
    }
    rowCustomer[i] = k;
    const dateKnown = dateError === undefined && date === date;
    const dated: Field[] = ['first_purchase', 'last_purchase', 'orders'];
    if (dateError !== undefined) report(i, 'order_date', dated, dateCells[i], dateError, k);
    else if (!dateKnown) report(i, 'order_date', dated, dateCells[i], 'missing_value', k);
    if (amountError !== undefined) report(i, 'amount', ['revenue', 'orders'], amountCells[i], amountError, k);
    else if (amount !== amount) report(i, 'amount', ['revenue', 'orders'], amountCells[i], 'missing_value', k);
    else {
      const before = revenue[k];
      revenue[k] += amount;
      if (amount > 0 && dateKnown) {
        if (!(first[k] <= date)) first[k] = date;
        if (!(last[k] >= date)) last[k] = date;
        occasions[k].add(orderIds?.[i] ? `#${orderIds[i]}` : date);
      } else if (amount < 0 && before >= 0 && revenue[k] < 0 && negativeAt[k] < 0) {
        negativeAt[k] = i;
      }
    }
    if (profits && profitCells) {
      const p = profits.values[i];
      const e = profits.errors.get(i);
      if (e !== undefined) report(i, 'profit', ['profit'], profitCells[i], e, k);
      else if (p === p) profit[k] += p;
    }
    // The latest non-blank status by date; a later row of the same day wins.
    if (statuses?.[i] && dateKnown && date >= statusDay[k]) {
      status[k] = statuses[i];
      statusDay[k] = date;
    }
  }

  const n = customer.length;
  for (let k = 0; k < n; k++) {
    // Refunds or zero rows only: the purchase is older than the log. Revenue-based classifications still use the
    // (≤ 0) revenue; the date-based ones cannot place a customer whose purchase is not here, so they show ⚠.
    if (occasions[k].size === 0 && !(bad[k] & (FIELD_BIT.first_purchase | FIELD_BIT.revenue))) {
      const problem = problemOf(firstRow[k], 'customer', customer[k], 'no_purchase_in_log');
      for (const f of ['first_purchase', 'last_purchase', 'orders'] as const) markBad(sink, k, f, problem);
    }
    // Refunds larger than the purchases: said on the refund that took the total below zero; the customer is still
    // classified (a revenue below zero is tier C, "no positive revenue").
    if (negativeAt[k] >= 0 && revenue[k] < 0 && occasions[k].size > 0) {
      problemOf(negativeAt[k], 'amount', amountCells[negativeAt[k]], 'refunds_exceed_purchases', 'warning');
    }
  }
  markUnknownTimeZone({ first_purchase: log.order_date, last_purchase: log.order_date }, hints, firstRowNumber, new Uint8Array(n), sink);
  const toArray = (values: number[], field: Field) => {
    const out = Float64Array.from(values);
    for (let k = 0; k < n; k++) if (bad[k] & FIELD_BIT[field]) out[k] = NaN;
    return out;
  };
  // Where each derived field comes from, so that a problem selects the order's own cell.
  const columns: ColumnMap = {
    customer: log.customer,
    first_purchase: log.order_date,
    last_purchase: log.order_date,
    orders: log.order_id ?? log.order_date,
    revenue: log.amount,
    ...(log.profit !== undefined ? { profit: log.profit } : {}),
    ...(log.status !== undefined ? { status: log.status } : {}),
  };
  problems.sort((a, b) => a.row - b.row);
  const table: CustomerTable = {
    n,
    rowNumbers: Int32Array.from(firstRow, (r) => firstRowNumber + r),
    columns,
    customer,
    status,
    firstPurchase: toArray(first, 'first_purchase'),
    lastPurchase: toArray(last, 'last_purchase'),
    orders: toArray(
      occasions.map((o) => o.size),
      'orders',
    ),
    revenue: toArray(revenue, 'revenue'),
    profit: log.profit !== undefined ? toArray(profit, 'profit') : new Float64Array(n).fill(NaN),
    leadScore: new Float64Array(n).fill(NaN),
    blank: new Uint8Array(n),
    bad: Uint16Array.from(bad),
    problems,
    problemAt,
  };
  return { table, rowCustomer, rowProblems, excludedAfterAsOf };
}
