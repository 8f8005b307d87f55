// Turns the cells of a customer table into typed columns, and every unreadable or contradictory cell into a problem.
// One bad cell marks only its own field of its own row: everything else is still classified.
import { readDateColumn, readMoneyColumn, readNumberColumn, readTextColumn } from './parse/columns';
import { civilDayReader, isDate, isKnownTimeZone } from './parse/dates';
import { cellToText } from './text';
import { FIELDS, type Cell, type ColumnMap, type Field, type LocaleHints, type Problem, type ProblemCode } from './types';

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
}

/** Trimmed text of a cell: what readTextColumn gives, without a column copy. */
function textOf(cell: Cell): string {
  if (typeof cell === 'string') return cell.trim();
  return readTextColumn([cell])[0];
}

export function readCustomerTable(rows: readonly (readonly Cell[])[], columns: ColumnMap, options: ReadOptions): CustomerTable {
  const n = rows.length;
  const { hints, asOf, firstRowNumber } = options;
  const problems: Problem[] = [];
  const problemAt = new Map<number, Map<Field, Problem>>();
  const bad = new Uint16Array(n);
  const blank = new Uint8Array(n);
  const rowNumbers = new Int32Array(n);
  const add = (i: number, field: Field, code: ProblemCode, severity: 'error' | 'warning' = 'error') => {
    const index = columns[field];
    const value = index === undefined ? '' : cellToText(rows[i][index]);
    const problem: Problem = {
      row: rowNumbers[i],
      field,
      value,
      code,
      severity,
    };
    problems.push(problem);
    if (severity === 'error') markBad({ problemAt, bad }, i, field, problem);
  };

  // One pass over the rows: numbers and Dates (nearly every cell of a typed sheet) go straight into the typed
  // columns; only other cells are gathered per field, to be read by the column readers, whose per-column votes
  // (decimal mark, date order) come from text alone. No copy of the columns, each row fetched once.
  const NUMERIC: Field[] = ['first_purchase', 'last_purchase', 'orders', 'revenue', 'profit', 'lead_score'];
  const isDateField = [true, true, false, false, false, false];
  const numericIndex = NUMERIC.map((f) => columns[f] ?? -1);
  const values = NUMERIC.map(() => new Float64Array(n).fill(NaN));
  const slowRows: number[][] = NUMERIC.map(() => []);
  const customerIndex = columns.customer ?? -1;
  const statusIndex = columns.status ?? -1;
  const customer = new Array<string>(n);
  const status = new Array<string>(n);
  const dayOfDate = civilDayReader(hints.timeZone);
  for (let i = 0; i < n; i++) {
    rowNumbers[i] = firstRowNumber + i;
    const row = rows[i];
    const name = textOf(customerIndex < 0 ? '' : row[customerIndex]);
    const note = textOf(statusIndex < 0 ? '' : row[statusIndex]);
    customer[i] = name;
    status[i] = note;
    let empty = name === '' && note === '';
    for (let k = 0; k < 6; k++) {
      const index = numericIndex[k];
      if (index < 0) continue;
      const cell = row[index];
      if (cell === '' || cell === null || cell === undefined) continue;
      if (empty && !(typeof cell === 'string' && cell.trim() === '')) empty = false;
      if (isDateField[k]) {
        // instanceof first (Sheets' own Dates); isDate also knows a Date of another realm (a test's vm).
        const day = cell instanceof Date || (typeof cell === 'object' && isDate(cell)) ? dayOfDate(cell as Date) : NaN;
        if (day === day) values[k][i] = day;
        else slowRows[k].push(i);
      } else if (typeof cell === 'number' && cell - cell === 0) {
        values[k][i] = cell;
      } else {
        slowRows[k].push(i);
      }
    }
    blank[i] = empty ? 1 : 0;
  }
  const readers = [readDateColumn, readDateColumn, readNumberColumn, readMoneyColumn, readMoneyColumn, readNumberColumn];
  for (let k = 0; k < 6; k++) {
    const list = slowRows[k];
    if (list.length === 0) continue;
    const index = numericIndex[k];
    const gathered = list.map((i) => rows[i][index]);
    const read = readers[k](gathered, hints);
    for (let j = 0; j < list.length; j++) values[k][list[j]] = read.values[j];
    for (const [j, code] of read.errors) if (!blank[list[j]]) add(list[j], NUMERIC[k], code);
  }
  const [firstPurchase, lastPurchase, orders, revenue, profit, leadScore] = values;

  const hasRevenue = columns.revenue !== undefined;
  const hasProfit = columns.profit !== undefined;
  const hasOrders = columns.orders !== undefined;
  const hasFirst = columns.first_purchase !== undefined;
  const hasLast = columns.last_purchase !== undefined;
  const isBad = (i: number, bit: number) => (bad[i] & bit) !== 0;
  const REVENUE = FIELD_BIT.revenue,
    PROFIT = FIELD_BIT.profit,
    ORDERS = FIELD_BIT.orders,
    FIRST = FIELD_BIT.first_purchase,
    LAST = FIELD_BIT.last_purchase;

  for (let i = 0; i < n; i++) {
    if (blank[i]) continue;
    const o = orders[i];
    const purchased = !(o === 0); // unknown orders count as "may have purchased": dates and revenue are then expected
    // Blank where a value is needed. A customer with no orders has no dates, and blank money means none spent.
    if (hasRevenue && revenue[i] !== revenue[i] && !isBad(i, REVENUE)) {
      if (purchased) add(i, 'revenue', 'missing_value');
      else revenue[i] = 0;
    }
    if (hasProfit && profit[i] !== profit[i] && !isBad(i, PROFIT)) {
      if (purchased) add(i, 'profit', 'missing_value');
      else profit[i] = 0;
    }
    if (hasOrders && o !== o && !isBad(i, ORDERS)) add(i, 'orders', 'missing_value');
    if (o >= 1) {
      if (hasFirst && firstPurchase[i] !== firstPurchase[i] && !isBad(i, FIRST)) add(i, 'first_purchase', 'missing_value');
      if (hasLast && lastPurchase[i] !== lastPurchase[i] && !isBad(i, LAST)) add(i, 'last_purchase', 'missing_value');
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

  markUnknownTimeZone(columns, hints, firstRowNumber, blank, { problems, problemAt, bad });

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

/** Where a reader collects its problems: the list, and per row (customer) and field the first error. */
export interface ProblemLog {
  problems: Problem[];
  problemAt: Map<number, Map<Field, Problem>>;
  /** Per row, a bit per field (FIELD_BIT) whose value is unusable. */
  bad: { [row: number]: number };
}

/** Marks a field of a row unusable because of `problem` (the first one of the field is the one shown). */
export function markBad(log: Pick<ProblemLog, 'problemAt' | 'bad'>, row: number, field: Field, problem: Problem): void {
  log.bad[row] |= FIELD_BIT[field];
  let byField = log.problemAt.get(row);
  if (!byField) {
    byField = new Map();
    log.problemAt.set(row, byField);
  }
  if (!byField.has(field)) byField.set(field, problem);
}

/**
 * A time zone Intl does not know makes every date cell unreadable as a day: one problem for the table (on the header
 * row), attached to the date fields of every row, so date classifications show `⚠` instead of silent UTC days.
 */
export function markUnknownTimeZone(
  columns: ColumnMap,
  hints: LocaleHints,
  firstRowNumber: number,
  blank: Uint8Array,
  log: ProblemLog,
): void {
  if (isKnownTimeZone(hints.timeZone)) return;
  const fields = (['first_purchase', 'last_purchase'] as const).filter((f) => columns[f] !== undefined);
  if (fields.length === 0) return;
  const problem: Problem = {
    row: firstRowNumber - 1,
    field: fields[0],
    value: hints.timeZone ?? '',
    code: 'unknown_time_zone',
    severity: 'error',
  };
  log.problems.push(problem);
  for (let i = 0; i < blank.length; i++) if (!blank[i]) for (const f of fields) markBad(log, i, f, problem);
}

/**
 * Case-insensitive FNV-1a hash of a name, equal for names equal after toLowerCase(). ASCII letters are folded
 * inline; a name with any other character is hashed through toLowerCase() (the only allocation, and rare).
 */
function foldedHash(name: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < name.length; k++) {
    let c = name.charCodeAt(k);
    if (c >= 128) return hashOfLowered(name.toLowerCase());
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

function hashOfLowered(lowered: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < lowered.length; k++) h = Math.imul(h ^ lowered.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/**
 * The same customer twice is a warning on both rows: both are still classified (the user may have two branches).
 * An open-addressing table of row indices keyed by foldedHash: no lower-cased copy of each name and no Map entry
 * per row (with a million names those allocations cost more than the rest of the check).
 */
function markDuplicates(
  customer: string[],
  blank: Uint8Array,
  add: (i: number, field: Field, code: ProblemCode, severity: 'error' | 'warning') => void,
): void {
  const count = customer.length;
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const hashes = new Uint32Array(count);
  const flagged = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (blank[i]) continue;
    const name = customer[i];
    if (!name) continue;
    const h = foldedHash(name);
    hashes[i] = h;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const earlier = slots[slot];
      if (earlier < 0) {
        slots[slot] = i;
        break;
      }
      const other = customer[earlier];
      if (hashes[earlier] === h && (other === name || other.toLowerCase() === name.toLowerCase())) {
        if (!flagged[earlier]) {
          flagged[earlier] = 1;
          add(earlier, 'customer', 'duplicate_customer', 'warning');
        }
        flagged[i] = 1;
        add(i, 'customer', 'duplicate_customer', 'warning');
        break;
      }
    }
  }
}
