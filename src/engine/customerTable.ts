// Turns the cells of a customer table into typed columns, and every unreadable or contradictory cell into a problem.
// One bad cell marks only its own field of its own row: everything else is still classified.
import { problemMessage } from './i18n/problemMessages';
import { readDateColumn, readMoneyColumn, readNumberColumn, readTextColumn, type NumberColumn } from './parse/columns';
import { cellToText } from './text';
import { FIELDS, type Cell, type ColumnMap, type Field, type Language, type LocaleHints, type Problem, type ProblemCode } from './types';

export interface CustomerTable {
  /** Data rows, blank ones included (they stay blank in the output). */
  n: number;
  /** Sheet row number of each data row, for problems and "click to select". */
  rowNumbers: Int32Array;
  columns: ColumnMap;
  customer: string[];
  status: string[];
  /** Day numbers / amounts; NaN when blank or unreadable (`bad` tells which). */
  firstPurchase: Float64Array;
  lastPurchase: Float64Array;
  orders: Float64Array;
  revenue: Float64Array;
  profit: Float64Array;
  leadScore: Float64Array;
  /** 1 for a fully blank row. */
  blank: Uint8Array;
  /** Per row, a bit per field (FIELD_BIT) whose value is unusable. */
  bad: Uint16Array;
  problems: Problem[];
  /** The first error of each row and field, to show as `⚠ reason` in the classifications that need it. */
  problemAt: Map<number, Map<Field, Problem>>;
}

export const FIELD_BIT: Record<Field, number> = Object.fromEntries(FIELDS.map((f, i) => [f, 1 << i])) as Record<Field, number>;

export interface ReadOptions {
  hints: LocaleHints;
  /** The analysis date as a day number: dates after it are contradictions. */
  asOf: number;
  /** Sheet row number of dataRows[0]. */
  firstRowNumber: number;
  language: Language;
}

function column(rows: readonly (readonly Cell[])[], index: number | undefined): Cell[] | null {
  if (index === undefined) return null;
  const out = new Array<Cell>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows[i][index];
  return out;
}

function isBlankCell(cell: Cell): boolean {
  return cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function readCustomerTable(rows: readonly (readonly Cell[])[], columns: ColumnMap, options: ReadOptions): CustomerTable {
  const n = rows.length;
  const { hints, asOf, firstRowNumber, language } = options;
  const problems: Problem[] = [];
  const problemAt = new Map<number, Map<Field, Problem>>();
  const bad = new Uint16Array(n);
  const blank = new Uint8Array(n);
  const rowNumbers = new Int32Array(n);
  // A row is blank when every field column is: a note in a column we do not read does not make a customer.
  const fieldColumns = FIELDS.map((f) => columns[f]).filter((c): c is number => c !== undefined);
  for (let i = 0; i < n; i++) {
    rowNumbers[i] = firstRowNumber + i;
    const row = rows[i];
    let empty = true;
    for (let k = 0; k < fieldColumns.length; k++) {
      if (!isBlankCell(row[fieldColumns[k]])) {
        empty = false;
        break;
      }
    }
    blank[i] = empty ? 1 : 0;
  }

  const cells: Partial<Record<Field, Cell[] | null>> = {};
  for (const field of FIELDS) cells[field] = column(rows, columns[field]);

  const add = (i: number, field: Field, code: ProblemCode, severity: 'error' | 'warning' = 'error') => {
    const source = cells[field];
    const value = source ? cellToText(source[i]) : '';
    const problem: Problem = {
      row: rowNumbers[i],
      field,
      value,
      code,
      reason: problemMessage(code, field, value, language),
      severity,
    };
    problems.push(problem);
    if (severity === 'error') {
      bad[i] |= FIELD_BIT[field];
      let byField = problemAt.get(i);
      if (!byField) problemAt.set(i, (byField = new Map()));
      if (!byField.has(field)) byField.set(field, problem);
    }
  };

  const numeric = (field: Field, reader: (c: readonly Cell[], h: LocaleHints) => NumberColumn): Float64Array => {
    const source = cells[field];
    if (!source) return new Float64Array(n).fill(NaN);
    const read = reader(source, hints);
    for (const [i, code] of read.errors) if (!blank[i]) add(i, field, code);
    return read.values;
  };

  const firstPurchase = numeric('first_purchase', readDateColumn);
  const lastPurchase = numeric('last_purchase', readDateColumn);
  const orders = numeric('orders', readNumberColumn);
  const revenue = numeric('revenue', readMoneyColumn);
  const profit = numeric('profit', readMoneyColumn);
  const leadScore = numeric('lead_score', readNumberColumn);
  const customer = cells.customer ? readTextColumn(cells.customer) : new Array<string>(n).fill('');
  const status = cells.status ? readTextColumn(cells.status) : new Array<string>(n).fill('');

  const has = (field: Field) => columns[field] !== undefined;
  const isBad = (i: number, field: Field) => (bad[i] & FIELD_BIT[field]) !== 0;

  for (let i = 0; i < n; i++) {
    if (blank[i]) continue;
    const o = orders[i];
    const purchased = !(o === 0); // unknown orders count as "may have purchased": dates and revenue are then expected
    // Blank where a value is needed. A customer with no orders has no dates, and blank money means none spent.
    if (has('revenue') && revenue[i] !== revenue[i] && !isBad(i, 'revenue')) {
      if (purchased) add(i, 'revenue', 'missing_value');
      else revenue[i] = 0;
    }
    if (has('profit') && profit[i] !== profit[i] && !isBad(i, 'profit')) {
      if (purchased) add(i, 'profit', 'missing_value');
      else profit[i] = 0;
    }
    if (has('orders') && o !== o && !isBad(i, 'orders')) add(i, 'orders', 'missing_value');
    if (o >= 1) {
      if (has('first_purchase') && firstPurchase[i] !== firstPurchase[i] && !isBad(i, 'first_purchase')) add(i, 'first_purchase', 'missing_value');
      if (has('last_purchase') && lastPurchase[i] !== lastPurchase[i] && !isBad(i, 'last_purchase')) add(i, 'last_purchase', 'missing_value');
    }
    // Contradictions.
    if (o === o) {
      if (o < 0) add(i, 'orders', 'orders_negative');
      else if (o !== Math.floor(o)) add(i, 'orders', 'orders_not_whole');
      else if (o === 0 && revenue[i] > 0) add(i, 'orders', 'zero_orders_with_revenue');
    }
    const first = firstPurchase[i];
    const last = lastPurchase[i];
    if (first > asOf) add(i, 'first_purchase', 'first_after_as_of');
    if (last > asOf) add(i, 'last_purchase', 'last_after_as_of');
    else if (last < first && !(first > asOf)) add(i, 'last_purchase', 'last_before_first');
    const score = leadScore[i];
    if (score === score && (score < 0 || score > 100)) add(i, 'lead_score', 'lead_score_out_of_range');
  }

  // Unusable values become NaN so that no classification reads them by accident.
  const clear = (values: Float64Array, field: Field) => {
    const bit = FIELD_BIT[field];
    for (let i = 0; i < n; i++) if (bad[i] & bit) values[i] = NaN;
  };
  clear(firstPurchase, 'first_purchase');
  clear(lastPurchase, 'last_purchase');
  clear(orders, 'orders');
  clear(revenue, 'revenue');
  clear(profit, 'profit');
  clear(leadScore, 'lead_score');

  markDuplicates(customer, blank, add);
  problems.sort((a, b) => a.row - b.row);

  return {
    n,
    rowNumbers,
    columns,
    customer,
    status,
    firstPurchase,
    lastPurchase,
    orders,
    revenue,
    profit,
    leadScore,
    blank,
    bad,
    problems,
    problemAt,
  };
}

/** The same customer twice is a warning on both rows: both are still classified (the user may have two branches). */
function markDuplicates(
  customer: string[],
  blank: Uint8Array,
  add: (i: number, field: Field, code: ProblemCode, severity: 'error' | 'warning') => void,
): void {
  const seen = new Map<string, number>();
  const flagged = new Set<number>();
  for (let i = 0; i < customer.length; i++) {
    if (blank[i]) continue;
    const key = customer[i].toLowerCase();
    if (!key) continue;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, i);
      continue;
    }
    if (!flagged.has(earlier)) {
      flagged.add(earlier);
      add(earlier, 'customer', 'duplicate_customer', 'warning');
    }
    flagged.add(i);
    add(i, 'customer', 'duplicate_customer', 'warning');
  }
}
