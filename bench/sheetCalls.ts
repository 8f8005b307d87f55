// sheet_calls_N: Spreadsheet service calls one Apply makes (sidebarApply through dist/Code.js against the fakes,
// which count every call). Each server call is its own execution, as each google.script.run call is in Apps Script.
import fs from 'node:fs';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import { createFakeApps, fakeSpreadsheetFromRows, type SpreadsheetModel } from '../emulator';
import { fromContext, toContext } from '../emulator/loadBundle';
import { customerRows, HEADER, LOCALE, TIME_ZONE } from './data';

const SILENT_CONSOLE = { log() {}, info() {}, warn() {}, error() {}, debug() {} };

interface Call {
  answer: Record<string, unknown>;
  serviceCalls: number;
  ms: number;
}

function runCall(script: vm.Script, spreadsheet: SpreadsheetModel, name: string, args: unknown[]): Call {
  const apps = createFakeApps({ spreadsheet, userLocale: 'en' });
  const ctx = vm.createContext({ console: SILENT_CONSOLE, ...apps.globals() });
  script.runInContext(ctx);
  apps.setRealm(vm.runInContext('({ Date: Date, Array: Array, Object: Object })', ctx));
  const start = performance.now();
  try {
    const answer = fromContext((ctx[name] as (...a: unknown[]) => unknown)(...args.map((a) => toContext(ctx, a))));
    return { answer: answer as Record<string, unknown>, serviceCalls: apps.calls.total, ms: performance.now() - start };
  } finally {
    apps.endExecution();
  }
}

export interface SheetCallsFigure {
  rows: number;
  serviceCalls: number;
  /** Time of the Apply call against the in-memory fakes (no network): the engine plus the add-on's own work. */
  ms: number;
  outputColumns: number;
}

/**
 * Analyze (to learn the columns the sidebar would send), then Apply with the default settings; counts Apply's calls.
 * With `earlierRuns`, that many Applies on earlier dates (a month apart) go first, so the Apply counted adds a run to
 * a history that already holds them (sheet_calls_history_N).
 */
export function measureSheetCalls(bundleFile: string, n: number, earlierRuns = 0): SheetCallsFigure {
  const script = new vm.Script(fs.readFileSync(bundleFile, 'utf8'), { filename: 'Code.js' });
  const spreadsheet = fakeSpreadsheetFromRows([HEADER, ...customerRows(n)], {
    sheetName: 'Customers',
    locale: LOCALE,
    timeZone: TIME_ZONE,
  });
  const analyzed = runCall(script, spreadsheet, 'sidebarAnalyze', []).answer;
  if (analyzed.ok !== true) throw new Error(`sidebarAnalyze failed: ${String(analyzed.message)}`);
  const columns: Record<string, number | null> = {};
  for (const { field, column } of analyzed.columns as { field: string; column: number | null }[]) columns[field] = column;
  const monthly = (k: number) => `${2025 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`;
  for (let k = 0; k < earlierRuns; k++) {
    const earlier = runCall(script, spreadsheet, 'sidebarApply', [{ columns, settings: {}, asOf: monthly(k) }]).answer;
    if (earlier.ok !== true) throw new Error(`sidebarApply (earlier run ${k + 1}) failed: ${String(earlier.message)}`);
  }
  const request = earlierRuns > 0 ? { columns, settings: {}, asOf: monthly(earlierRuns) } : { columns, settings: {} };
  const applied = runCall(script, spreadsheet, 'sidebarApply', [request]);
  if (applied.answer.ok !== true) throw new Error(`sidebarApply failed: ${String(applied.answer.message)}`);
  if (applied.answer.rows !== n) throw new Error(`sidebarApply classified ${String(applied.answer.rows)} rows of ${n}`);
  return { rows: n, serviceCalls: applied.serviceCalls, ms: applied.ms, outputColumns: applied.answer.outputColumns as number };
}
