// The failure sweep: for every change an Apply (or a re-Apply that resizes, or a Clear) makes, run it again with that
// one change refused by Google Sheets (execution.failOnMutation), then check what a user would need:
//   - one clear sentence in their language, saying what happened and that Clear removes it;
//   - their own sheet still the active one;
//   - Clear (no fault, dropping the run history) puts back the original cell for cell, with their rules, freeze,
//     sheets, metadata and properties;
//   - Apply again works in place: one block, one summary sheet of ours, no "Segments 2"; then Clear round-trips.
// Everything runs through the built dist/Code.js against the strict fakes.
import { messages } from '../../src/server/sidebar/messages';
import type { ApplyResult, Failure } from '../../src/shared/contract';
import { languageOfLocale } from '../../src/server/sheetContext';
import { snapshotSpreadsheet, type SpreadsheetModel, type SpreadsheetSnapshot } from '../../emulator';
import { createFakeApps } from '../../emulator';
import { csvRows, execution, sheetFromRows } from './sidebarHarness';

type Result<T> = T | Failure;

export interface SweepCase {
  /** A fresh copy of the user's spreadsheet (active sheet: the customer table or order log). */
  model: () => SpreadsheetModel;
  userLocale: string;
  /** Markers one block has (2: its first and last columns; 1: an order log's one column) and sheets of ours. */
  markers: number;
  ownedSheets: number;
}

export const ALL = { columns: {}, settings: {}, asOf: '2026-11-01' };
export const FEW = { columns: {}, settings: { classifications: ['tier', 'lifecycle'] }, asOf: '2026-11-01' };

/** What the user owns: the snapshot plus their document properties (ours start with customerSegments.). */
export function picture(model: SpreadsheetModel): { sheets: SpreadsheetSnapshot; properties: [string, string][]; active: string } {
  const properties = [...model.documentProperties.entries].filter(([k]) => !k.startsWith('customerSegments.')).sort();
  return { sheets: snapshotSpreadsheet(model), properties, active: model.activeSheet().name };
}

/**
 * Decorations a real user's sheet has, each of which a careless Apply or Clear would lose: their own conditional
 * format rule, a number format, a dropdown in the last column (inserted columns would inherit it), metadata on a row,
 * a document property and a second sheet.
 */
export function decorate(model: SpreadsheetModel): void {
  const apps = createFakeApps({ spreadsheet: model });
  const ss = apps.activeSpreadsheet();
  const sheet = ss.getActiveSheet();
  const lastColumn = sheet.getLastColumn();
  const lastRow = sheet.getLastRow();
  const rule = apps.SpreadsheetApp.newConditionalFormatRule()
    .whenCellEmpty()
    .setBackground('#fff2cc')
    .setRanges([sheet.getRange(2, 1, Math.max(1, lastRow - 1), 1)])
    .build();
  sheet.setConditionalFormatRules([rule]);
  sheet.getRange(1, lastColumn, Math.max(1, lastRow), 1).setBackground('#d9ead3').setFontWeight('bold');
  const list = apps.SpreadsheetApp.newDataValidation().requireValueInList(['keep', 'drop']).build();
  sheet.getRange(2, lastColumn, Math.max(1, lastRow - 1), 1).setDataValidation(list);
  sheet.getRange('1:1').addDeveloperMetadata('users.own', 'header row');
  apps.PropertiesService.getDocumentProperties().setProperty('users.own', 'kept');
  ss.insertSheet('Notes').getRange('A1').setValue('my notes');
  sheet.activate();
}

function apply(model: SpreadsheetModel, userLocale: string, request: object, failOn = 0) {
  const run = execution(model, { userLocale, failOnMutation: failOn });
  const result = run.call<Result<ApplyResult>>('sidebarApply', request);
  return { result, mutations: run.apps.execution.mutationCount };
}

function clear(model: SpreadsheetModel, userLocale: string, failOn = 0) {
  const run = execution(model, { userLocale, failOnMutation: failOn });
  // The history dropped too, so that the spreadsheet must come back exactly as it was.
  const result = run.call<Result<{ ok: true; message: string }>>('sidebarClear', { keepHistory: false });
  return { result, mutations: run.apps.execution.mutationCount };
}

function expectOk<T>(result: Result<T>, step: string): T {
  if (!(result as { ok: boolean }).ok) throw new Error(`${step}: expected success, got "${(result as Failure).message}"`);
  return result as T;
}

/** Our markers on the user's sheet and the sheets of ours they name (the summary, an order log's customer list). */
function ours(model: SpreadsheetModel, userSheet: string): { markers: number; sheets: string[] } {
  const markers = model.metadata.filter(
    (m) => m.key === 'customerSegments' && 'sheet' in m.location && m.location.sheet.name === userSheet,
  );
  const ids = new Set<number>();
  for (const m of markers) {
    const record = (JSON.parse(String(m.value)) as { record?: { summarySheetId?: number; customerSheetId?: number } }).record;
    for (const id of [record?.summarySheetId, record?.customerSheetId]) if (typeof id === 'number') ids.add(id);
  }
  return { markers: markers.length, sheets: model.sheets.filter((s) => ids.has(s.sheetId)).map((s) => s.name) };
}

export interface SweepFailure {
  step: string;
  problem: string;
}

/**
 * Runs one sweep: `prepare` brings a fresh model to the state before the faulted call, `faulted` makes the call with
 * the fault at k. Returns the problems found (empty when all is well), so a test shows every failing k at once.
 */
function sweep(
  c: SweepCase,
  name: string,
  prepare: (model: SpreadsheetModel) => void,
  faulted: (model: SpreadsheetModel, k: number) => { result: Result<{ ok: true; message: string }>; mutations: number },
  sentences: readonly string[],
): SweepFailure[] {
  const problems: SweepFailure[] = [];
  const original = (() => {
    const m = c.model();
    return { picture: picture(m), sheet: m.activeSheet().name };
  })();
  const clean = c.model();
  prepare(clean);
  const total = faulted(clean, 0).mutations;
  if (total < 3) problems.push({ step: name, problem: `only ${total} changes: the sweep would prove nothing` });
  const check = (k: number, ok: boolean, problem: string) => {
    if (!ok) problems.push({ step: `${name}, change ${k} of ${total} refused`, problem });
  };
  for (let k = 1; k <= total; k++) {
    for (const next of ['clear', 'apply then clear'] as const) {
      const model = c.model();
      prepare(model);
      const { result } = faulted(model, k);
      if (!result.ok) {
        check(k, sentences.includes(result.message), `the sidebar said "${result.message}"`);
        check(k, typeof (result as Failure).detail === 'string' && (result as Failure).detail !== '', 'no reason given under the sentence');
      }
      check(k, model.activeSheet().name === original.sheet, `the active sheet is "${model.activeSheet().name}", not the user's`);
      if (next === 'apply then clear') {
        const again = apply(model, c.userLocale, ALL).result;
        if (!again.ok) {
          check(k, false, `Apply after the failure failed: ${again.message}`);
          continue;
        }
        const found = ours(model, original.sheet);
        check(k, found.markers === c.markers, `Apply after the failure left ${found.markers} markers (one block has ${c.markers})`);
        check(
          k,
          found.sheets.length === c.ownedSheets && found.sheets.every((name) => !/ 2$/.test(name)),
          `sheets of ours: ${JSON.stringify(found.sheets)}`,
        );
        // Nothing of ours left behind under another name ("Segments 2", "Customers 2").
        check(k, !model.sheets.some((x) => / 2$/.test(x.name)), `a second copy of a sheet: ${model.sheets.map((x) => x.name).join(', ')}`);
      }
      // Clear may itself have been the faulted call: a second Clear must finish the job.
      for (let attempt = 0; attempt < 2; attempt++) {
        const cleared = clear(model, c.userLocale).result;
        check(k, cleared.ok, `Clear failed: ${(cleared as Failure).message}`);
      }
      const after = picture(model);
      check(
        k,
        JSON.stringify(after) === JSON.stringify(original.picture),
        `after ${next}, the spreadsheet is not what it was: ${firstDifference(after, original.picture)}`,
      );
    }
  }
  return problems;
}

/** The first place two pictures differ, for a readable failure. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

export function applySweep(c: SweepCase): SweepFailure[] {
  const t = messages(languageOfLocale(c.userLocale));
  return sweep(
    c,
    'Apply',
    () => undefined,
    (m, k) => apply(m, c.userLocale, ALL, k),
    [t.applyStopped, t.applyNotStarted],
  );
}

export function resizeSweep(c: SweepCase, from: object, to: object, name: string): SweepFailure[] {
  const t = messages(languageOfLocale(c.userLocale));
  return sweep(
    c,
    name,
    (m) => expectOk(apply(m, c.userLocale, from).result, 'the first Apply'),
    (m, k) => apply(m, c.userLocale, to, k),
    [t.applyStopped, t.applyNotStarted],
  );
}

export function clearSweep(c: SweepCase): SweepFailure[] {
  const t = messages(languageOfLocale(c.userLocale));
  return sweep(
    c,
    'Clear',
    (m) => expectOk(apply(m, c.userLocale, ALL).result, 'Apply'),
    (m, k) => clear(m, c.userLocale, k),
    [t.clearStopped],
  );
}

/** The four sweeps on one sample file (one test file per sample, so jest runs them side by side). */
export function defineSweeps(file: string, locale: string, userLocale: string, shape: 'customers' | 'orders' = 'customers'): void {
  const sample: SweepCase = {
    markers: shape === 'orders' ? 1 : 2,
    ownedSheets: shape === 'orders' ? 2 : 1,
    model: () => {
      // Money and dates as the CSV's text: the fakes do not type euro amounts or day-first dates as Sheets would.
      const m = sheetFromRows(csvRows(file), { locale, interpret: 'raw', sheetName: shape === 'orders' ? 'Orders' : 'Customers' });
      decorate(m);
      return m;
    },
    userLocale,
  };
  // Each sweep runs the bundle about a hundred times: limits sized for a loaded 2-core machine.
  const limit = 10 * 60_000;
  describe(`${file}, user in ${userLocale}`, () => {
    test('every refused change of an Apply leaves a state Clear removes', () => expect(applySweep(sample)).toEqual([]), limit);
    test(
      shape === 'orders'
        ? 'every refused change of a re-Apply with fewer classifications'
        : 'every refused change of a re-Apply that shrinks the block',
      () => expect(resizeSweep(sample, ALL, FEW, 'Shrinking re-Apply')).toEqual([]),
      limit,
    );
    test(
      shape === 'orders'
        ? 'every refused change of a re-Apply with more classifications'
        : 'every refused change of a re-Apply that grows the block',
      () => expect(resizeSweep(sample, FEW, ALL, 'Growing re-Apply')).toEqual([]),
      limit,
    );
    test('every refused change of a Clear: a second Clear finishes', () => expect(clearSweep(sample)).toEqual([]), limit);
  });
}
