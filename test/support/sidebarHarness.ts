// Runs the sidebar's server calls of the built dist/Code.js against the Apps Script fakes, one execution per call
// (as each google.script.run call is in Apps Script), and reads back what a person would see.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import Papa from 'papaparse';
import { SERVER_CALLS } from '../../src/shared/contract';
import { createFakeApps, fakeSpreadsheetFromRows, type AuthMode, type FakeApps, type SpreadsheetModel } from '../../emulator';
import { acrossScriptRun } from '../../emulator/scriptRun';
import { fromContext, loadBundle, toContext } from '../../emulator/loadBundle';

export interface Execution {
  apps: FakeApps;
  ctx: vm.Context;
  /**
   * Calls a global of the bundle with arguments copied into its realm; the answer copied back. The sidebar's calls
   * (SERVER_CALLS) cross as google.script.run carries them: a Date or a function in the request or the answer fails.
   */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

const SCRIPT_RUN_CALLS = new Set<string>(Object.values(SERVER_CALLS));

export function execution(
  spreadsheet: SpreadsheetModel,
  options: { userLocale?: string; authMode?: AuthMode; failOnMutation?: number; documentLock?: boolean } = {},
): Execution {
  const apps = createFakeApps({
    spreadsheet,
    userLocale: options.userLocale ?? 'en',
    authMode: options.authMode,
    documentLock: options.documentLock,
    htmlFiles: (name) => fs.readFileSync(path.join(__dirname, '../../dist', `${name}.html`), 'utf8'),
  });
  const ctx = loadBundle(apps.globals());
  apps.setRealm(vm.runInContext('({ Date: Date, Array: Array, Object: Object })', ctx));
  if (options.failOnMutation) apps.execution.failOnMutation(options.failOnMutation);
  return {
    apps,
    ctx,
    call<T>(name: string, ...args: unknown[]): T {
      const fn = ctx[name] as (...a: unknown[]) => unknown;
      const viaScriptRun = SCRIPT_RUN_CALLS.has(name);
      try {
        const sent = viaScriptRun ? args.map((a, i) => acrossScriptRun(a, `argument ${i + 1}`)) : args;
        const answer = fn(...sent.map((a) => toContext(ctx, a)));
        return (viaScriptRun ? acrossScriptRun(answer, 'answer') : fromContext(answer)) as T;
      } finally {
        apps.endExecution();
      }
    },
  };
}

export function csvRows(name: string): string[][] {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures', name), 'utf8');
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data.filter((row) => row.length > 1);
}

/** A spreadsheet holding the rows as a user's sheet would after importing the CSV (numbers and dates typed). */
export function sheetFromRows(
  rows: unknown[][],
  options: { locale?: string; timeZone?: string; sheetName?: string; interpret?: 'raw' | 'typed' } = {},
): SpreadsheetModel {
  return fakeSpreadsheetFromRows(rows, {
    sheetName: options.sheetName ?? 'Customers',
    locale: options.locale ?? 'en_US',
    timeZone: options.timeZone ?? 'UTC',
    interpret: options.interpret ?? 'typed',
  });
}
