// Test support for the SQL export: a DuckDB in memory, typed tables loaded through the appender, the exported query
// run with its as_of parameter, and the engine's answers read in the same shape as the query's columns.
import { DuckDBDateValue, type DuckDBConnection } from '@duckdb/node-api';
import type { TypedColumn } from '../../bench/sql';
export { loadTable, openDuck, type TypedColumn } from '../../bench/sql';
import {
  descriptorOf,
  outcome,
  readDateColumn,
  readIntent,
  readMoneyColumn,
  readNumberColumn,
  readTextColumn,
  type segmentValues,
  type Cell,
  type ClassificationId,
  type Classified,
  type Field,
  type LocaleHints,
  type LogField,
  type ProblemCode,
} from '../../src/engine';
import { EN } from '../../src/i18n/en';
import { generateSegmentsSql, type SqlExportInput } from '../../src/sql';

export type SqlRow = Record<string, string | number | null>;

/** Runs the exported query (DuckDB rendering) and returns plain rows: dates as day numbers, integers as numbers. */
export async function runExport(connection: DuckDBConnection, input: SqlExportInput, asOf: number): Promise<SqlRow[]> {
  const exported = generateSegmentsSql({ ...input, dialect: 'duckdb' });
  if (!exported.ok) throw new Error(`no query: ${JSON.stringify(exported.errors)}`);
  return runSql(connection, exported.sql, asOf);
}

/** Runs a query's DuckDB text with its as_of parameter (a day number). */
export async function runSql(connection: DuckDBConnection, sql: string, asOf: number): Promise<SqlRow[]> {
  const reader = await connection.runAndReadAll(sql, { as_of: new DuckDBDateValue(asOf) });
  return reader.getRowObjects().map((row) => {
    const out: SqlRow = {};
    for (const [key, value] of Object.entries(row)) {
      if (value === null || typeof value === 'string' || typeof value === 'number') out[key] = value;
      else if (typeof value === 'bigint') out[key] = Number(value);
      else if (typeof value === 'boolean') out[key] = value ? 1 : 0;
      else if (value instanceof DuckDBDateValue) out[key] = value.days;
      else out[key] = String(value);
    }
    return out;
  });
}

/** The classifications the SQL export computes: churn risk fits a model, which one query cannot. */
type SqlClassification = Exclude<ClassificationId, 'churn'>;

/** The query's columns of one classification: the answer, the reason, and the facts that are numbers. */
export const ANSWER_COLUMN: Record<SqlClassification, string> = {
  tier: 'tier',
  profit: 'profit_split',
  quadrant: 'quadrant',
  lifecycle: 'lifecycle',
  intent: 'intent',
  rfm: 'rfm_segment',
  nextContact: 'next_touch',
};
export const REASON_COLUMN: Record<SqlClassification, string> = {
  tier: 'tier_reason',
  profit: 'profit_reason',
  quadrant: 'quadrant_reason',
  lifecycle: 'lifecycle_reason',
  intent: 'intent_reason',
  rfm: 'rfm_reason',
  nextContact: 'next_contact_reason',
};

/** What the query should say for one engine row, in the query's columns (numbers compared with a tolerance). */
export function expectedRow(c: Classified, row: number, ids: readonly ClassificationId[]): SqlRow {
  const out: SqlRow = {};
  for (const id of ids) {
    if (id === 'churn') continue;
    const o = outcome(c, id, row);
    const answer = ANSWER_COLUMN[id];
    const reasonColumn = REASON_COLUMN[id];
    if (o === null) {
      out[answer] = null;
      out[reasonColumn] = null;
      continue;
    }
    if (o.kind === 'problem') {
      out[answer] = null;
      out[reasonColumn] = `⚠ ${o.problem.code}`;
      if (id === 'rfm') out.rfm_score = null;
      if (id === 'nextContact') out.next_contact = null;
      continue;
    }
    out[answer] = o.kind === 'none' ? EN.notApplicable : EN.labels[o.group];
    const reason = o.reason;
    out[reasonColumn] = reason.code;
    switch (reason.code) {
      case 'tier_share':
        out.tier_share = reason.share;
        out.tier_limit = reason.limit;
        break;
      case 'tier_count':
        out.tier_above = reason.above;
        out.tier_share = reason.share;
        out.tier_limit = reason.limit;
        break;
      case 'profit_core':
      case 'profit_drain_bottom':
        out.profit_share = reason.share;
        break;
      case 'quadrant':
        out.tenure_days = reason.tenure;
        break;
      case 'lapsed_window':
        out.days_since_last = reason.since;
        out.lapse_cutoff_days = reason.lapseDays;
        break;
      case 'lapsed_cycle':
        out.days_since_last = reason.since;
        out.lapse_cutoff_days = reason.limit;
        out.cycle_days = reason.cycle;
        break;
      case 'rfm_grid':
        out.rfm_r = reason.r;
        out.rfm_f = reason.f;
        out.rfm_m = reason.m;
        break;
      case 'rfm_class8':
        out.rfm_mean_days = reason.meanDays;
        out.rfm_mean_orders = reason.meanOrders;
        out.rfm_mean_revenue = reason.meanRevenue;
        break;
      case 'contact':
        out.next_contact = reason.due;
        break;
      case 'contact_none':
        out.next_contact = null;
        break;
    }
    if (id === 'rfm') out.rfm_score = descriptorOf('rfm').score!(c, row);
  }
  return out;
}

/** Differences between the expected facts and the query's row: exact for text and integers, 1e-9 for fractions. */
export function differences(expected: SqlRow, actual: SqlRow): string[] {
  const out: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    if (typeof want === 'number' && typeof got === 'number') {
      const close = Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want));
      if (!close) out.push(`${key}: engine ${want}, sql ${got}`);
    } else if (want !== got && !(Number.isNaN(want) && got === null)) {
      out.push(`${key}: engine ${JSON.stringify(want)}, sql ${JSON.stringify(got)}`);
    }
  }
  return out;
}

/** Problems that come from a cell's text: a typed warehouse column cannot hold such a value. */
export const UNREADABLE: ReadonlySet<ProblemCode> = new Set([
  'unparseable_money',
  'percent_not_money',
  'sheet_error',
  'unparseable_date',
  'impossible_date',
  'unparseable_number',
]);

const READER: Record<'date' | 'money' | 'number', (cells: readonly Cell[], hints: LocaleHints) => { values: Float64Array }> = {
  date: readDateColumn,
  money: readMoneyColumn,
  number: readNumberColumn,
};
export const FIELD_KIND: Record<Field, 'date' | 'money' | 'number' | 'text'> = {
  customer: 'text',
  first_purchase: 'date',
  last_purchase: 'date',
  orders: 'number',
  revenue: 'money',
  profit: 'money',
  status: 'text',
  lead_score: 'number',
};
export const LOG_KIND: Record<LogField, 'date' | 'money' | 'text'> = {
  order_date: 'date',
  customer: 'text',
  amount: 'money',
  profit: 'money',
  status: 'text',
  order_id: 'text',
};

/** A typed column from the sheet's cells, read by the engine's own reader of that kind. */
export function typed(
  name: string,
  kind: 'date' | 'money' | 'number' | 'text',
  cells: Cell[],
  hints: LocaleHints,
  field?: string,
): TypedColumn {
  if (kind === 'text') {
    const texts = readTextColumn(cells);
    // A note the engine read by its words is exported as the add-on's label: what the SQL reads.
    const values =
      field === 'status'
        ? texts.map((t) => {
            const reading = readIntent(t, NaN);
            return reading.via === 'text' ? EN.labels[reading.intent] : t;
          })
        : texts;
    return { name, type: 'text', values: values.map((t) => (t === '' ? null : t)) };
  }
  const read = READER[kind](cells, hints);
  return { name, type: kind === 'date' ? 'date' : 'number', values: Array.from(read.values, (v) => (Number.isNaN(v) ? null : v)) };
}

type Segmented = Extract<ReturnType<typeof segmentValues>, { ok: true }>;

/**
 * The query's rows against the engine's, row by row: each engine row that is not blank must find a query row with the
 * same key, and unless it has an unreadable cell (a typed column cannot hold one) exactly its answers, reasons and
 * facts. Keys may repeat (a customer table without an id, the same name twice): a row then takes any untaken row of
 * its key that matches it, and rows with an unreadable cell take what is left.
 */
export function compareWithEngine(
  result: Segmented,
  sqlRows: readonly SqlRow[],
  keys: { engine: (row: number) => string; sql: (row: SqlRow) => string },
): { failures: string[]; compared: number } {
  const c = result.classified;
  const table = c.table;
  const byKey = new Map<string, SqlRow[]>();
  for (const row of sqlRows) byKey.set(keys.sql(row), [...(byKey.get(keys.sql(row)) ?? []), row]);
  const unreadable = new Set(table.problems.filter((p) => UNREADABLE.has(p.code)).map((p) => p.row));
  const failures: string[] = [];
  const later: number[] = [];
  let compared = 0;
  for (let i = 0; i < table.n; i++) {
    if (table.blank[i]) continue;
    if (unreadable.has(table.rowNumbers[i])) {
      later.push(i);
      continue;
    }
    const candidates = byKey.get(keys.engine(i)) ?? [];
    if (candidates.length === 0) {
      failures.push(`row ${table.rowNumbers[i]} (${table.customer[i]}): not in the query's answer`);
      continue;
    }
    const expected = expectedRow(c, i, c.computed);
    const diffs = candidates.map((row) => differences(expected, row));
    const match = diffs.findIndex((d) => d.length === 0);
    if (match < 0) failures.push(`row ${table.rowNumbers[i]} (${table.customer[i]}): ${diffs[0].join('; ')}`);
    else candidates.splice(match, 1);
    compared++;
  }
  for (const i of later) {
    if (!byKey.get(keys.engine(i))?.pop()) failures.push(`row ${table.rowNumbers[i]} (${table.customer[i]}): not in the query's answer`);
  }
  return { failures, compared };
}
