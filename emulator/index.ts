// In-memory fakes of the Apps Script services the add-on uses, typed against @types/google-apps-script.
// They back the server tests (directly or through the built bundle in node:vm) and the local preview.
//
//   const apps = createFakeApps({ spreadsheet: fakeSpreadsheetFromRows(rows), htmlFiles: { Sidebar: html } });
//   const ctx = loadBundle(apps.globals());
//   apps.setRealm(vm.runInContext('({ Date, Array, Object })', ctx));   // hand Dates/arrays over in the bundle's realm
//   ctx.onOpen(apps.openEvent()); …; expect(apps.calls.total).toBeLessThanOrEqual(30);
//
// One createFakeApps = one script execution: its own call counter, auth mode and realm. Executions opened on the
// same SpreadsheetModel share the document (cells, properties, locks), so two runs can race for the lock.
//
// Behaviours modelled because the add-on depends on them (details, and the reference page of each rule, in each file).
// Where Google's documentation is silent the fakes take the stricter reading and say so:
//   - setValues parses strings like a user typing: '=…' becomes a formula, "'…" and '@'-formatted cells stay
//     text (userEntered.ts); a size mismatch throws Sheets' own message (cells.ts).
//   - getValues returns copies, Dates (of the script's realm) and '' for blanks.
//   - getRange outside the grid throws; inserting/deleting rows/columns moves cells, formats, notes, widths,
//     formula references (cell and rule formulas), rule ranges, chart ranges and row/column metadata (model.ts).
//   - Inserted rows and columns take the formats and data validation of the line beside them (model.ts).
//   - A spreadsheet holds at most 10,000,000 cells and a sheet 18,278 columns (model.ts); sheet names are unique.
//   - setConditionalFormatRules replaces the whole list; effectiveFormat() shows what a cell looks like (cfEvaluate.ts).
//   - Developer metadata goes only on the spreadsheet, a sheet, or one whole row or column (metadata.ts).
//   - Every call is counted: `calls.total` counts Spreadsheet service calls, builder chains are apart (execution.ts).
//   - Auth modes (execution.ts): 'NONE' (onOpen of an add-on not yet used in the document) allows only menu building
//     and the user's locale; 'CUSTOM_FUNCTION' (a formula) only get* of the Spreadsheet service, Properties reads,
//     Lock and Utilities; everything else throws Apps Script's permission error.
//   - Faults: `execution.failOnMutation(k)` makes the k-th call that changes the document throw (execution.ts).
//   - google.script.run carries only JSON-like values: acrossScriptRun (scriptRun.ts) fails on a Date or a function.
//   - LockService.getDocumentLock() returns null outside a document (`documentLock: false`), as documented.
import { AuthModeEnum, ChartType, Position } from './enums';
import { type AuthMode, type CallCounter, Execution, type Realm } from './execution';
import { FakeHtmlService, type HtmlFiles } from './html';
import { FakeLockService } from './lock';
import { fakeSpreadsheetFromRows } from './load';
import type { SpreadsheetModel } from './model';
import { FakePropertiesService } from './properties';
import { FakeLogger, FakeSession, FakeUtilities } from './session';
import { asSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheetApp';
import { UiRecorder } from './ui';

export interface FakeAppsOptions {
  /** The document to open; by default an empty one-sheet spreadsheet. */
  spreadsheet?: SpreadsheetModel;
  /** Project HTML files by name ('Sidebar' for Sidebar.html), or a function that finds them. */
  htmlFiles?: HtmlFiles;
  /** Session.getActiveUserLocale(): 'en' by default. */
  userLocale?: string;
  userEmail?: string;
  authMode?: AuthMode;
  /** Share a recorder between executions (e.g. the preview's many calls) to see everything shown. */
  ui?: UiRecorder;
  /** Session.getScriptTimeZone() (appsscript.json's timeZone); the spreadsheet's time zone by default. */
  scriptTimeZone?: string;
  /**
   * false: LockService.getDocumentLock() returns null, as it does "outside of the context of a containing document"
   * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
   */
  documentLock?: boolean;
}

/** The event object Apps Script passes to onOpen(e) / onInstall(e). */
export interface OpenEvent {
  authMode: GoogleAppsScript.Script.AuthMode;
  /** Only given when the add-on is authorized in the document (not in AuthMode.NONE). */
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export interface FakeApps {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Charts: GoogleAppsScript.Charts.Charts;
  Logger: GoogleAppsScript.Base.Logger;
  /** Only ScriptApp.AuthMode, to compare e.authMode with. */
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  /** The document, for loading data, snapshots and effectiveFormat. */
  spreadsheet: SpreadsheetModel;
  calls: CallCounter;
  ui: UiRecorder;
  execution: Execution;
  /** The active spreadsheet as the script sees it, without counting the SpreadsheetApp call. */
  activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The `e` of onOpen(e) for this execution's auth mode. */
  openEvent(): OpenEvent;
  /** The service globals, to install in a node:vm context or on globalThis. */
  globals(): Record<string, unknown>;
  /** Hand Dates and arrays to the script in its own realm (the bundle's vm context). */
  setRealm(realm: Realm): void;
  /** What Apps Script does when an execution ends: locks it still holds are released. */
  endExecution(): void;
}

export function createFakeApps(options: FakeAppsOptions = {}): FakeApps {
  const spreadsheet = options.spreadsheet ?? fakeSpreadsheetFromRows([]);
  const exec = new Execution(options.authMode ?? 'FULL');
  const ui = options.ui ?? new UiRecorder();
  const locks = { document: spreadsheet.documentLock, script: spreadsheet.scriptLock, user: spreadsheet.userLock };
  const services = {
    SpreadsheetApp: new FakeSpreadsheetApp(exec, spreadsheet, ui) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    PropertiesService: new FakePropertiesService(exec, {
      document: spreadsheet.documentProperties,
      user: spreadsheet.userProperties,
      script: spreadsheet.scriptProperties,
    }) as unknown as GoogleAppsScript.Properties.PropertiesService,
    LockService: new FakeLockService(exec, locks, options.documentLock ?? true) as unknown as GoogleAppsScript.Lock.LockService,
    HtmlService: new FakeHtmlService(exec, options.htmlFiles ?? {}) as unknown as GoogleAppsScript.HTML.HtmlService,
    Session: new FakeSession(
      exec,
      { locale: options.userLocale ?? 'en', email: options.userEmail ?? 'user@example.com' },
      () => options.scriptTimeZone ?? spreadsheet.timeZone,
    ) as unknown as GoogleAppsScript.Base.Session,
    Utilities: new FakeUtilities(exec) as unknown as GoogleAppsScript.Utilities.Utilities,
    Charts: { ChartType, Position } as unknown as GoogleAppsScript.Charts.Charts,
    Logger: new FakeLogger() as unknown as GoogleAppsScript.Base.Logger,
    ScriptApp: { AuthMode: AuthModeEnum } as unknown as GoogleAppsScript.Script.ScriptApp,
  };
  return {
    ...services,
    spreadsheet,
    calls: exec.calls,
    ui,
    execution: exec,
    activeSpreadsheet: () => asSpreadsheet(exec, spreadsheet),
    openEvent() {
      const authMode = AuthModeEnum[exec.authMode] as unknown as GoogleAppsScript.Script.AuthMode;
      return exec.authMode === 'NONE' ? { authMode } : { authMode, source: asSpreadsheet(exec, spreadsheet) };
    },
    globals: () => ({ ...services }),
    setRealm(realm: Realm) {
      exec.realm = realm;
    },
    endExecution() {
      for (const lock of Object.values(locks)) if (lock.holder === exec) lock.holder = null;
    },
  };
}

export { CallCounter, Execution, INJECTED_FAULT_MESSAGE, isMutating } from './execution';
export { acrossScriptRun, ScriptRunTransferError } from './scriptRun';
export { MAX_CELLS, MAX_COLUMNS } from './model';
export type { AuthMode, CallKind, Realm } from './execution';
export { BooleanCriteria, ChartType, DeveloperMetadataLocationType, DeveloperMetadataVisibility, EnumValue } from './enums';
export { fakeSpreadsheetFromRows, addSheetFromRows } from './load';
export type { LoadOptions, SheetLoadOptions } from './load';
export { SpreadsheetModel, SheetModel } from './model';
export type { FormulaEvaluator, FormulaSite, SpreadsheetOptions, Toast } from './model';
export { snapshotSheet, snapshotSpreadsheet } from './snapshot';
export type { SheetSnapshot, SpreadsheetSnapshot, RuleSnapshot, ChartSnapshot, MetadataSnapshot } from './snapshot';
export { effectiveFormat, effectiveBackgrounds, parseRuleFormula, shownValues } from './cfEvaluate';
export type { CellFormat, EvaluateOptions } from './cfEvaluate';
export { displayValue } from './display';
export { LOCK_TIMEOUT_MESSAGE, LockState } from './lock';
export { PropertyStore } from './properties';
export { UiRecorder } from './ui';
export type { MenuRecord, MenuEntry, ShownHtml, AlertRecord } from './ui';
export type { HtmlFiles } from './html';
export { DEFAULT_NUMBER_FORMAT, PLAIN_TEXT_FORMAT } from './userEntered';
