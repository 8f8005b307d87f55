// engine_1m_ratio: every classification of an n-customer table, from the cells Sheets hands over to typed results
// (readCustomerTable + classifyCustomers), over the Float64Array sort of the table's revenues.
// The wider path the sidebar runs (segmentValues: find the table, detect columns, copy rows, read, classify,
// summarise) is measured too, as segment_values_1m_ratio (information, no target).
import { classifyCustomers, DEFAULT_SETTINGS, readCustomerTable, segmentValues, type Cell } from '../src/engine';
import { AS_OF_DAY, COLUMNS, customerRows, HEADER, LOCALE, TIME_ZONE, type Row } from './data';
import { fastestOf, pairedRatio, timeOnce, type Paired } from './timing';

const HINTS = { locale: LOCALE, timeZone: TIME_ZONE };

export function classifyTable(rows: readonly Row[]) {
  const table = readCustomerTable(rows, COLUMNS, { hints: HINTS, asOf: AS_OF_DAY, firstRowNumber: 2 });
  return classifyCustomers(table, DEFAULT_SETTINGS, AS_OF_DAY);
}

export function segmentSheet(values: readonly (readonly Cell[])[]) {
  const result = segmentValues(values, { settings: DEFAULT_SETTINGS, asOf: AS_OF_DAY, hints: HINTS, summary: true });
  if (!result.ok) throw new Error(`segmentValues found no table: ${result.reason}`);
  return result;
}

export interface EngineFigures {
  /** readCustomerTable + classifyCustomers over the sort. */
  engine: Paired;
  /** segmentValues with the summary over the sort (only when asked: it holds a second copy of the rows). */
  segmentValues?: Paired;
}

export function measureEngine(n: number, runs: number, options: { warmup?: number; withSegmentValues?: boolean } = {}): EngineFigures {
  const warmup = options.warmup ?? 1;
  const rows = customerRows(n);
  const revenue = new Float64Array(n);
  for (let i = 0; i < n; i++) revenue[i] = rows[i][COLUMNS.revenue] as number;
  const sortOnly = () =>
    timeOnce(
      (copy: Float64Array) => copy.sort(),
      () => revenue.slice(),
    );
  // Enough untimed calls for the optimising compiler to have compiled the engine, whatever n (small n loops little).
  const warmCalls = Math.ceil(300_000 / n);
  for (let i = 0; i < warmCalls; i++) classifyTable(rows);
  // A short run (below 1M rows, tens of ms) is easily disturbed on this VM: each sample is the fastest of three.
  const repeats = n < 1_000_000 ? 3 : 1;
  const engine = pairedRatio(runs, warmup, sortOnly, () => fastestOf(repeats, () => timeOnce(classifyTable, () => rows)));
  if (!options.withSegmentValues) return { engine };
  const sheet: Cell[][] = [HEADER, ...rows];
  for (let i = 0; i < warmCalls; i++) segmentSheet(sheet);
  const whole = pairedRatio(runs, warmup, sortOnly, () => fastestOf(repeats, () => timeOnce(segmentSheet, () => sheet)));
  return { engine, segmentValues: whole };
}
