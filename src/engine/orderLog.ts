// An order log (one row per order: date, customer, amount, optionally profit) aggregated per customer (DOMAIN.md, Input):
// first/last purchase = min/max date, orders = rows with amount > 0, revenue = sum of amounts (refunds reduce it), profit = sum.
import type { CustomerTable, ReadOptions } from './customerTable';
import { FIELD_BIT, markBad, markUnknownTimeZone } from './customerTable';
import { readDateColumn, readMoneyColumn, readTextColumn } from './parse/columns';
import { cellToText } from './text';
import type { Cell, ColumnMap, Field, Problem, ProblemCode } from './types';

export interface OrderLogColumnsIn {
  date: number;
  customer: number;
  amount: number;
  profit?: number;
}

export interface AggregatedOrderLog {
  table: CustomerTable;
  /** For each data row of the log, the customer it belongs to (-1: blank row or no customer name). */
  rowCustomer: Int32Array;
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
export function aggregateOrderLog(rows: readonly (readonly Cell[])[], log: OrderLogColumnsIn, options: ReadOptions): AggregatedOrderLog {
  const { hints, asOf, firstRowNumber } = options;
  const names = readTextColumn(columnOf(rows, log.customer));
  const dateCells = columnOf(rows, log.date);
  const amountCells = columnOf(rows, log.amount);
  const profitCells = log.profit !== undefined ? columnOf(rows, log.profit) : null;
  const dates = readDateColumn(dateCells, hints);
  const amounts = readMoneyColumn(amountCells, hints);
  const profits = profitCells ? readMoneyColumn(profitCells, hints) : null;

  const index = new Map<string, number>();
  const rowCustomer = new Int32Array(rows.length).fill(-1);
  const customer: string[] = [];
  const firstRow: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const orders: number[] = [];
  const revenue: number[] = [];
  const profit: number[] = [];
  const bad: number[] = [];
  const problems: Problem[] = [];
  const problemAt = new Map<number, Map<Field, Problem>>();

  const report = (row: number, field: Field, cell: Cell, code: ProblemCode, customerIndex: number) => {
    const value = cellToText(cell);
    const problem: Problem = {
      row: firstRowNumber + row,
      field,
      value,
      code,
      severity: 'error',
    };
    problems.push(problem);
    if (customerIndex < 0) return;
    // The customer-level field this order feeds.
    markBad({ problemAt, bad }, customerIndex, field, problem);
    if (field === 'first_purchase') markBad({ problemAt, bad }, customerIndex, 'last_purchase', problem);
  };

  for (let i = 0; i < rows.length; i++) {
    const name = names[i];
    const amount = amounts.values[i];
    const date = dates.values[i];
    const amountError = amounts.errors.get(i);
    const dateError = dates.errors.get(i);
    if (!name) {
      const rowHasData = amount === amount || date === date || amountError !== undefined || dateError !== undefined;
      if (rowHasData) report(i, 'customer', rows[i][log.customer], 'missing_value', -1);
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
      orders.push(0);
      revenue.push(0);
      profit.push(0);
      bad.push(0);
    }
    rowCustomer[i] = k;
    if (dateError !== undefined) report(i, 'first_purchase', dateCells[i], dateError, k);
    else if (date !== date) report(i, 'first_purchase', dateCells[i], 'missing_value', k);
    else if (date > asOf) report(i, 'first_purchase', dateCells[i], 'first_after_as_of', k);
    else {
      if (!(first[k] <= date)) first[k] = date;
      if (!(last[k] >= date)) last[k] = date;
    }
    if (amountError !== undefined) report(i, 'revenue', amountCells[i], amountError, k);
    else if (amount !== amount) report(i, 'revenue', amountCells[i], 'missing_value', k);
    else {
      revenue[k] += amount;
      if (amount > 0) orders[k]++;
    }
    if (profits && profitCells) {
      const p = profits.values[i];
      const e = profits.errors.get(i);
      if (e !== undefined) report(i, 'profit', profitCells[i], e, k);
      else if (p === p) profit[k] += p;
    }
  }

  const n = customer.length;
  markUnknownTimeZone({ first_purchase: log.date, last_purchase: log.date }, hints, firstRowNumber, new Uint8Array(n), {
    problems,
    problemAt,
    bad,
  });
  const toArray = (values: number[], field: Field) => {
    const out = Float64Array.from(values);
    for (let k = 0; k < n; k++) if (bad[k] & FIELD_BIT[field]) out[k] = NaN;
    return out;
  };
  const columns: ColumnMap = {
    customer: log.customer,
    first_purchase: log.date,
    last_purchase: log.date,
    orders: log.amount,
    revenue: log.amount,
    ...(log.profit !== undefined ? { profit: log.profit } : {}),
  };
  problems.sort((a, b) => a.row - b.row);
  const table: CustomerTable = {
    n,
    rowNumbers: Int32Array.from(firstRow, (r) => firstRowNumber + r),
    columns,
    customer,
    status: new Array<string>(n).fill(''),
    firstPurchase: toArray(first, 'first_purchase'),
    lastPurchase: toArray(last, 'last_purchase'),
    orders: toArray(orders, 'orders'),
    revenue: toArray(revenue, 'revenue'),
    profit: log.profit !== undefined ? toArray(profit, 'profit') : new Float64Array(n).fill(NaN),
    leadScore: new Float64Array(n).fill(NaN),
    blank: new Uint8Array(n),
    bad: Uint16Array.from(bad),
    problems,
    problemAt,
  };
  return { table, rowCustomer };
}
