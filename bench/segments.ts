// segments_10k_ms: what one CUSTOMER_SEGMENTS recalculation costs in Sheets when nothing is warm: a fresh V8 realm,
// dist/Code.js compiled and run in it, then the formula answered on a table passed as a range (header row first).
import fs from 'node:fs';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import { createFakeApps, SpreadsheetModel } from '../emulator';
import { toContext } from '../emulator/loadBundle';
import { AS_OF, customerRows, HEADER, LOCALE, TIME_ZONE } from './data';
import { median, settle } from './timing';

const SILENT_CONSOLE = { log() {}, info() {}, warn() {}, error() {}, debug() {} };

export interface SegmentsFigure {
  /** Median of load + call. */
  totalMs: number;
  loadMs: number;
  callMs: number;
  runs: number;
  /** The answer's size (header included), to show that it answered every row. */
  outputRows: number;
  outputColumns: number;
  header: string[];
}

/** The first row of the answer and how many ⚠ cells it holds (the synthetic table has none). */
function check(answer: unknown, rows: number): { header: string[]; columns: number; warnings: number } {
  if (!Array.isArray(answer) || answer.length !== rows)
    throw new Error(`CUSTOMER_SEGMENTS answered ${Array.isArray(answer) ? answer.length : typeof answer} rows for ${rows}`);
  const header = (answer[0] as unknown[]).map(String);
  let warnings = 0;
  for (let r = 1; r < answer.length; r++)
    for (const cell of answer[r] as unknown[]) if (typeof cell === 'string' && cell.startsWith('⚠')) warnings++;
  return { header, columns: header.length, warnings };
}

export function measureSegments(bundleFile: string, n: number, runs: number): SegmentsFigure {
  const source = fs.readFileSync(bundleFile, 'utf8');
  const table = [HEADER, ...customerRows(n)];
  const loads: number[] = [];
  const calls: number[] = [];
  const totals: number[] = [];
  let shape = { header: [] as string[], columns: 0, warnings: 0 };
  for (let run = 0; run < runs; run++) {
    const apps = createFakeApps({
      spreadsheet: new SpreadsheetModel({ locale: LOCALE, timeZone: TIME_ZONE }),
      authMode: 'CUSTOM_FUNCTION',
    });
    // A distinct source per run defeats V8's in-process compilation cache: every run compiles from scratch.
    const script = `${source}\n// bench run ${run}\n`;
    settle();
    const start = performance.now();
    const ctx = vm.createContext({ console: SILENT_CONSOLE, ...apps.globals() });
    new vm.Script(script, { filename: 'Code.js' }).runInContext(ctx);
    const loaded = performance.now();
    apps.setRealm(vm.runInContext('({ Date: Date, Array: Array, Object: Object })', ctx));
    // Sheets builds the argument before calling: the copy into the realm is not billed.
    const argument = toContext(ctx, table);
    const callStart = performance.now();
    const answer = (ctx.CUSTOMER_SEGMENTS as (t: unknown, asOf: string) => unknown)(argument, AS_OF);
    const end = performance.now();
    shape = check(answer, table.length);
    if (shape.warnings > 0) throw new Error(`CUSTOMER_SEGMENTS flagged ${shape.warnings} cells of a clean table`);
    loads.push(loaded - start);
    calls.push(end - callStart);
    totals.push(loaded - start + (end - callStart));
  }
  return {
    totalMs: median(totals),
    loadMs: median(loads),
    callMs: median(calls),
    runs,
    outputRows: table.length,
    outputColumns: shape.columns,
    header: shape.header,
  };
}
