// The SQL export in DuckDB (`npm run bench`): sql_duckdb_1m_ms, the exported query over 1,000,000 customers, beside the
// engine's time on the same customers (sql_engine_1m_ms); and sql_duckdb_10m_ms over 10,000,000 (opt-in: --sql-10m).
// Also the inputs of the parity tests (test/sql): customer tables with heavy ties, and DuckDB helpers to load them.
import { DuckDBDateValue, DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { performance } from 'node:perf_hooks';
import { classifyCustomers, DEFAULT_SETTINGS, readCustomerTable, type Cell } from '../src/engine';
import { EN } from '../src/i18n/en';
import { generateSegmentsSql, type CustomerTableInput } from '../src/sql';
import { randomSource } from './data';
import { median, settle } from './timing';

export type ColumnType = 'text' | 'number' | 'date';
/** A typed column: text, a number, or a day number (days since 1970-01-01); null or NaN is NULL. */
export interface TypedColumn {
  name: string;
  type: ColumnType;
  values: ArrayLike<string | number | null>;
}

const SQL_TYPE: Record<ColumnType, string> = { text: 'VARCHAR', number: 'DOUBLE', date: 'DATE' };

export async function openDuck(): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates `table` and appends the columns' values row by row. */
export async function loadTable(connection: DuckDBConnection, table: string, columns: readonly TypedColumn[]): Promise<void> {
  await connection.run(`DROP TABLE IF EXISTS ${quote(table)}`);
  await connection.run(`CREATE TABLE ${quote(table)} (${columns.map((c) => `${quote(c.name)} ${SQL_TYPE[c.type]}`).join(', ')})`);
  const rows = columns.length ? columns[0].values.length : 0;
  const appender = await connection.createAppender(table);
  for (let i = 0; i < rows; i++) {
    for (const column of columns) {
      const value = column.values[i];
      if (value === null || (typeof value === 'number' && Number.isNaN(value))) appender.appendNull();
      else if (column.type === 'text') appender.appendVarchar(String(value));
      else if (column.type === 'number') appender.appendDouble(value as number);
      else appender.appendDate(new DuckDBDateValue(value as number));
    }
    appender.endRow();
  }
  appender.closeSync();
}

/** The analysis date of the SQL figures and tests: 2026-11-01. */
export const SQL_AS_OF = Date.UTC(2026, 10, 1) / 86_400_000;

export const TIE_HEADER = ['Customer', 'First order', 'Last order', 'Orders', 'Revenue', 'Profit', 'Status', 'Lead score'] as const;
export const TIE_MAPPING: CustomerTableInput['columns'] = {
  customer: 'Customer',
  first_purchase: 'First order',
  last_purchase: 'Last order',
  orders: 'Orders',
  revenue: 'Revenue',
  profit: 'Profit',
  status: 'Status',
  lead_score: 'Lead score',
};

/**
 * Revenues in blocks of 2,350 customers whose shares are exact: the customers above 50 hold exactly 80% of the
 * positive revenue, those above 10 exactly 95%. So the value 50 sits on the A/B boundary (B: not below 80%) and 10 on
 * the B/C one (C), in every multiple of the block.
 */
const REVENUE_BLOCK: readonly [number, number][] = [
  [100, 800],
  [50, 200],
  [20, 250],
  [10, 300],
  [5, 300],
  [1, 500],
];
/** Days since the last purchase: both sides of every boundary (thank-you 2, follow-up 7, months, lapse 365, cycles). */
const DAYS_SINCE_LAST = [0, 1, 2, 3, 6, 7, 8, 29, 30, 31, 59, 60, 61, 89, 90, 91, 120, 364, 365, 366, 400, 730, 1000];
/** Days from the first to the last purchase: tenure then straddles 365, and 3 × cycle meets the days since last. */
const SPAN = [0, 10, 30, 60, 90, 100, 300, 364, 365, 366, 700];
const ORDERS = [1, 1, 1, 2, 2, 3, 3, 3, 4, 5, 6, 8, 12];
const LEAD_SCORES = [null, null, 0, 39, 40, 59, 60, 69, 70, 100];
/** Profits by position: each value a tenth of the customers, so g and s land exactly on 20% of n. */
const PROFIT_TENTHS = [500, 300, 200, 200, 100, 50, 0, 0, -10, -50];

export interface TieTable {
  /** The sheet as Sheets hands it over: header, then numbers, Dates (UTC midnight), '' for blanks. */
  cells: Cell[][];
  /** The same rows as typed columns, named as the header, plus `_row` (the data row index). */
  typed: TypedColumn[];
}

/**
 * n customers with heavy ties: a few distinct revenues, order counts, last dates, profits and lead scores, each
 * straddling its boundaries, and about 1% of rows with a contradiction or a blank where a value is needed.
 * `cents`: revenues with cents and long-tailed (sums no longer exact), still tied in groups.
 */
export function tieTable(n: number, seed: number, options: { cents?: boolean } = {}): TieTable {
  const random = randomSource(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const revenueBag: number[] = [];
  for (const [value, count] of REVENUE_BLOCK) for (let k = 0; k < count; k++) revenueBag.push(value);
  const names: string[] = new Array(n);
  const first = new Float64Array(n);
  const last = new Float64Array(n);
  const orders = new Float64Array(n);
  const revenue = new Float64Array(n);
  const profit = new Float64Array(n);
  const status: string[] = new Array(n);
  const lead = new Float64Array(n);
  const statuses = [
    '',
    '',
    EN.labels.ready,
    EN.labels.considering.toUpperCase(),
    EN.labels.not_now,
    EN.labels.not_interested,
    'Listo para comprar',
    '考虑中',
    'call me next week',
  ];
  for (let i = 0; i < n; i++) {
    names[i] = `Customer ${i % 997 === 0 ? 'Twin' : i}`;
    const r = random();
    const prospect = r < 0.08;
    const refund = !prospect && r < 0.1;
    if (prospect) {
      orders[i] = 0;
      first[i] = NaN;
      last[i] = NaN;
      revenue[i] = random() < 0.5 ? 0 : NaN;
    } else {
      orders[i] = pick(ORDERS);
      last[i] = SQL_AS_OF - pick(DAYS_SINCE_LAST);
      first[i] = orders[i] === 1 ? last[i] : last[i] - pick(SPAN);
      revenue[i] = refund
        ? pick([0, -5, -20])
        : options.cents
          ? Math.round(Math.exp(3 + 1.2 * Math.floor(random() * 8)) * 10) / 100
          : revenueBag[i % revenueBag.length];
    }
    profit[i] = PROFIT_TENTHS[i % 10];
    status[i] = pick(statuses);
    const score = pick(LEAD_SCORES);
    lead[i] = score === null ? NaN : score;
    // About 1%: the contradictions and blanks the query must flag as the engine does.
    if (random() < 0.01) {
      const kind = Math.floor(random() * 8);
      if (kind === 0) orders[i] = -1;
      else if (kind === 1) orders[i] = 2.5;
      else if (kind === 2) orders[i] = 0;
      else if (kind === 3) first[i] = SQL_AS_OF + 5;
      else if (kind === 4) last[i] = first[i] - 3;
      else if (kind === 5) revenue[i] = NaN;
      else if (kind === 6) lead[i] = 120;
      else last[i] = NaN;
    }
  }
  // Whole blocks of positive revenues, so that the 80% and 95% boundaries are met exactly; the rest spend nothing.
  if (!options.cents) {
    const positive: number[] = [];
    for (let i = 0; i < n; i++) if (revenue[i] > 0) positive.push(i);
    const whole = positive.length - (positive.length % revenueBag.length);
    positive.forEach((i, j) => (revenue[i] = j < whole ? revenueBag[j % revenueBag.length] : 0));
  }
  // A random order, so that no engine or database meets the blocks sorted.
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const at = <T>(values: ArrayLike<T>) => order.map((k) => values[k]);
  const columns = {
    customer: at(names),
    first: at(first),
    last: at(last),
    orders: at(orders),
    revenue: at(revenue),
    profit: at(profit),
    status: at(status),
    lead: at(lead),
  };
  const dateCell = (day: number): Cell => (Number.isNaN(day) ? '' : new Date(day * 86_400_000));
  const numberCell = (x: number): Cell => (Number.isNaN(x) ? '' : x);
  const cells: Cell[][] = [[...TIE_HEADER]];
  for (let i = 0; i < n; i++) {
    cells.push([
      columns.customer[i],
      dateCell(columns.first[i]),
      dateCell(columns.last[i]),
      numberCell(columns.orders[i]),
      numberCell(columns.revenue[i]),
      numberCell(columns.profit[i]),
      columns.status[i],
      numberCell(columns.lead[i]),
    ]);
  }
  const typed: TypedColumn[] = [
    { name: 'Customer', type: 'text', values: columns.customer },
    { name: 'First order', type: 'date', values: columns.first },
    { name: 'Last order', type: 'date', values: columns.last },
    { name: 'Orders', type: 'number', values: columns.orders },
    { name: 'Revenue', type: 'number', values: columns.revenue },
    { name: 'Profit', type: 'number', values: columns.profit },
    { name: 'Status', type: 'text', values: columns.status.map((s) => (s === '' ? null : s)) },
    { name: 'Lead score', type: 'number', values: columns.lead },
    { name: '_row', type: 'number', values: order.map((_, i) => i) },
  ];
  return { cells, typed };
}

// -- the benchmark ---------------------------------------------------------------------------------------------------

/**
 * n customers generated inside DuckDB (loading 10M rows through the appender would take longer than the query):
 * the same heavy-tie shapes as tieTable, drawn with hash() of the row number, so the table is the same on every run.
 */
function generateInDuckDb(table: string, n: number): string {
  const h = (salt: number) => `hash(i * 7919 + ${salt})`;
  const pickFrom = (list: readonly number[], salt: number) => `[${list.join(', ')}][1 + (${h(salt)} % ${list.length})::INTEGER]`;
  const block = REVENUE_BLOCK.flatMap(([value, count]) => Array.from({ length: count / 50 }, () => value));
  return `CREATE OR REPLACE TABLE ${table} AS
WITH base AS (
  SELECT i, ${h(1)} % 100 < 8 AS prospect, ${pickFrom(ORDERS, 2)} AS o, ${pickFrom(DAYS_SINCE_LAST, 3)} AS dsl, ${pickFrom(SPAN, 4)} AS span
  FROM range(${n}) t(i)
)
SELECT
  'Customer ' || i AS "Customer",
  CASE WHEN prospect THEN NULL ELSE DATE '2026-11-01' - dsl - CASE WHEN o = 1 THEN 0 ELSE span END END AS "First order",
  CASE WHEN prospect THEN NULL ELSE DATE '2026-11-01' - dsl END AS "Last order",
  CASE WHEN prospect THEN 0 ELSE o END::DOUBLE AS "Orders",
  CASE WHEN prospect THEN 0 ELSE ${pickFrom(block, 5)} END::DOUBLE AS "Revenue",
  ${pickFrom(PROFIT_TENTHS, 6)}::DOUBLE AS "Profit",
  CASE ${h(7)} % 4 WHEN 0 THEN 'Ready to buy' WHEN 1 THEN 'Not now' ELSE NULL END AS "Status",
  CASE WHEN ${h(8)} % 3 = 0 THEN NULL ELSE (${h(8)} % 101)::DOUBLE END AS "Lead score"
FROM base`;
}

export interface SqlFigures {
  /** Median ms of the exported query (DuckDB rendering, default settings, result materialised) per size. */
  duckdbMs: Record<number, number>;
  /** Median ms of readCustomerTable + classifyCustomers on the first size's customers, in this run. */
  engineMs: number;
  engineRows: number;
  runs: number;
}

async function timeQuery(connection: DuckDBConnection, sql: string): Promise<number> {
  const start = performance.now();
  // The rows stay in DuckDB (a CREATE … AS): the figure is the query's, not node's reading of a million rows.
  await connection.run(`CREATE OR REPLACE TEMP TABLE segments AS\n${sql}`, { as_of: new DuckDBDateValue(SQL_AS_OF) });
  return performance.now() - start;
}

/** Median of `runs` timings of the exported query at each size, and the engine on the first size's same rows. */
export async function measureSql(sizes: readonly number[], runs: number, progress: (line: string) => void = () => {}): Promise<SqlFigures> {
  const duck = await openDuck();
  const exported = generateSegmentsSql({ dialect: 'duckdb', layout: 'customers', table: 'customers', columns: TIE_MAPPING });
  if (!exported.ok) throw new Error('the default export failed');
  const sql = exported.sql;
  const duckdbMs: Record<number, number> = {};
  let engineMs = NaN;
  try {
    for (const [k, n] of sizes.entries()) {
      progress(`SQL export in DuckDB, ${n} customers`);
      await duck.connection.run(generateInDuckDb('customers', n));
      const times: number[] = [];
      for (let r = 0; r < runs; r++) times.push(await timeQuery(duck.connection, sql));
      duckdbMs[n] = median(times);
      if (k === 0) {
        progress(`engine on the same ${n} customers`);
        const rows = await sheetRows(duck.connection);
        const engineTimes: number[] = [];
        for (let r = 0; r < runs; r++) {
          settle();
          const start = performance.now();
          const table = readCustomerTable(rows, COLUMN_INDEX, {
            hints: { locale: 'en_US', timeZone: 'UTC' },
            asOf: SQL_AS_OF,
            firstRowNumber: 2,
          });
          classifyCustomers(table, DEFAULT_SETTINGS, SQL_AS_OF);
          engineTimes.push(performance.now() - start);
        }
        engineMs = median(engineTimes);
      }
      await duck.connection.run('DROP TABLE customers');
    }
  } finally {
    duck.close();
  }
  return { duckdbMs, engineMs, engineRows: sizes[0], runs };
}

const COLUMN_INDEX = { customer: 0, first_purchase: 1, last_purchase: 2, orders: 3, revenue: 4, profit: 5, status: 6, lead_score: 7 };

/** The DuckDB table as a sheet's rows (Dates at UTC midnight, '' for NULL): the engine's input for the same customers. */
async function sheetRows(connection: DuckDBConnection): Promise<Cell[][]> {
  const reader = await connection.runAndReadAll(`SELECT ${TIE_HEADER.map(quote).join(', ')} FROM customers`);
  const columns = reader.getColumns();
  const n = reader.currentRowCount;
  const rows: Cell[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    rows[i] = columns.map((column) => {
      const value = column[i];
      if (value === null) return '';
      if (value instanceof DuckDBDateValue) return new Date(value.days * 86_400_000);
      return value as Cell;
    });
  }
  return rows;
}

const sizeName = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1_000}k`);

/** The SQL figures by name: sql_duckdb_1m_ms, sql_engine_1m_ms, sql_duckdb_10m_ms. */
export function sqlFigureValues(f: SqlFigures): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [n, ms] of Object.entries(f.duckdbMs)) out[`sql_duckdb_${sizeName(Number(n))}_ms`] = Math.round(ms);
  out[`sql_engine_${sizeName(f.engineRows)}_ms`] = Math.round(f.engineMs);
  return out;
}

/** `npm run bench`'s report with the SQL figures: their table before the JSON line, and their values in it. */
export function withSqlFigures(report: string, f: SqlFigures): string {
  const lines = report.split('\n');
  const json = JSON.parse(lines.pop() as string) as Record<string, unknown>;
  const values = sqlFigureValues(f);
  const width = Math.max(...Object.keys(values).map((k) => k.length));
  const notes: Record<string, string> = {};
  for (const n of Object.keys(f.duckdbMs)) {
    notes[`sql_duckdb_${sizeName(Number(n))}_ms`] =
      `the exported query (DuckDB, defaults, 2 threads) over ${Number(n).toLocaleString('en')} customers, median of ${f.runs}`;
  }
  notes[`sql_engine_${sizeName(f.engineRows)}_ms`] =
    `readCustomerTable + classifyCustomers on the same ${f.engineRows.toLocaleString('en')} customers`;
  const table = Object.entries(values).map(([k, v]) => `${k.padEnd(width)}  ${String(v).padStart(7)}  ${notes[k]}`);
  return [...lines, `${'sql figure'.padEnd(width)}  ${'ms'.padStart(7)}  how`, ...table, '', JSON.stringify({ ...json, ...values })].join(
    '\n',
  );
}
