// The preview's spreadsheet: one in-memory SpreadsheetModel that every call of the built dist/Code.js works on.
// Each call is a fresh execution, as each google.script.run call is in Apps Script: new service fakes over the same
// document, the bundle loaded into a new realm, locks released at the end.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { SERVER_CALLS } from '../../src/shared/contract';
import { acrossScriptRun, createFakeApps, SpreadsheetModel, UiRecorder, type AuthMode, type FakeApps } from '../../emulator';
import { addSheetFromRows } from '../../emulator/load';
import type { SheetModel } from '../../emulator/model';
import { DEFAULT_NUMBER_FORMAT, interpretInput } from '../../emulator/userEntered';
import { writeInputs } from '../../emulator/cells';
import { fromContext, loadBundle, toContext } from '../../emulator/loadBundle';
import { FormulaCells } from './formulaCells';
import { convertFormula, FormulaError, parseFormula, resolveReference, type FormulaArgument } from './formulaSyntax';
import { formulaProblemText, previewLanguage } from './text';
import type { LoadedSheet } from './files';

export interface WorkbookOptions {
  /** Repository root: the bundle is read from dist/ there, fresh at every call (a rebuild is picked up). */
  root: string;
  locale?: string;
  userLocale?: string;
  timeZone?: string;
}

export type CallOutcome = { ok: true; value: unknown } | { ok: false; message: string };

const SCRIPT_RUN_CALLS = new Set<string>(Object.values(SERVER_CALLS));

// Custom functions are the globals Sheets offers as formulas; only these are evaluated in the grid.
const FORMULA_PREFIX = 'CUSTOMER_';

export class PreviewWorkbook {
  spreadsheet: SpreadsheetModel;
  userLocale: string;
  readonly ui = new UiRecorder();
  /** How many toasts the page has already been given. */
  toastsSeen = 0;
  /** Grows with every change to what the grid shows, so an unchanged sheet is not drawn again. */
  revision = 0;
  private formulas = new FormulaCells();
  private readonly codeFile: string;
  private readonly distDir: string;

  constructor(private readonly options: WorkbookOptions) {
    this.distDir = path.join(options.root, 'dist');
    this.codeFile = path.join(this.distDir, 'Code.js');
    this.userLocale = options.userLocale ?? 'en';
    this.spreadsheet = this.emptySpreadsheet('Untitled spreadsheet');
  }

  private emptySpreadsheet(name: string, previous?: SpreadsheetModel): SpreadsheetModel {
    return new SpreadsheetModel({
      name,
      locale: previous?.locale ?? this.options.locale ?? 'en_US',
      timeZone: previous?.timeZone ?? this.options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC',
    });
  }

  /** Replaces the document with the sheets of an opened file: a new spreadsheet, as opening a file in Sheets is. */
  open(name: string, sheets: LoadedSheet[]): void {
    const spreadsheet = this.emptySpreadsheet(name, this.spreadsheet);
    const ctx = { locale: spreadsheet.locale, timeZone: spreadsheet.timeZone };
    for (const loaded of sheets.length ? sheets : [{ name: 'Sheet1', rows: [], typed: false }]) {
      // A file's cells are data: text that would be read as a formula stays text (the quote prefix does that).
      const rows = loaded.typed
        ? loaded.rows.map((row) =>
            row.map((v) => (typeof v === 'string' && interpretInput(v, DEFAULT_NUMBER_FORMAT, ctx).formula ? `'${v}` : v)),
          )
        : loaded.rows;
      const sheet = addSheetFromRows(spreadsheet, uniqueName(spreadsheet, loaded.name), rows, {
        interpret: loaded.typed ? 'typed' : 'raw',
      });
      sheet.frozenRows = Math.min(loaded.frozenRows ?? 0, sheet.maxRows - 1);
      loaded.backgrounds?.forEach((line, r) => line.forEach((colour, c) => colour && sheet.formats.backgrounds.set(r, c, colour)));
    }
    this.spreadsheet = spreadsheet;
    this.formulas = new FormulaCells();
    this.toastsSeen = 0;
    this.revision++;
    this.ui.menus.length = 0;
    this.buildMenu();
  }

  /**
   * The preview's clock: the date the bundle takes as today ('YYYY-MM-DD', noon UTC, the same civil day in almost
   * every zone), so a session can move forward between Applies; null for the real date.
   */
  today: string | null = null;

  setToday(iso: string | null): void {
    this.today = iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
  }

  /** One execution of the bundle over the document; formulas run as custom functions do, without authorization. */
  private execute<T>(work: (ctx: vm.Context, apps: FakeApps) => T, authMode: AuthMode = 'FULL'): T {
    const apps = createFakeApps({
      authMode,
      spreadsheet: this.spreadsheet,
      userLocale: this.userLocale,
      ui: this.ui,
      htmlFiles: (name) => {
        const file = path.join(this.distDir, `${name}.html`);
        return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      },
    });
    const ctx = loadBundle(apps.globals(), { file: this.codeFile, console: { ...console, log() {}, info() {}, debug() {} } });
    apps.setRealm(vm.runInContext('({ Date: Date, Array: Array, Object: Object })', ctx));
    if (this.today) setClock(ctx, this.today);
    try {
      return work(ctx, apps);
    } finally {
      apps.endExecution();
    }
  }

  /** onOpen, as Sheets runs it when the document opens: builds the add-on menu. */
  buildMenu(): void {
    this.run('onOpen', []);
  }

  /**
   * A top-level function of the bundle, as google.script.run or a menu item calls it. Names ending in `_` are
   * private in Apps Script and cannot be called. Formulas are recalculated afterwards: the call may have changed
   * their inputs or moved them.
   */
  run(name: string, args: unknown[]): CallOutcome {
    const before = this.formulas.positions(this.spreadsheet);
    let outcome: CallOutcome;
    let changed = true;
    try {
      outcome = this.execute((ctx, apps) => {
        try {
          const fn = ctx[name] as unknown;
          if (name.endsWith('_') || typeof fn !== 'function') return { ok: false, message: `Script function not found: ${name}` };
          const value = (fn as (...a: unknown[]) => unknown)(
            ...args.map((a) => toContext(ctx, a)),
            ...(name === 'onOpen' ? [apps.openEvent()] : []),
          );
          // The sidebar's calls answer through google.script.run, which fails on a Date or a function.
          return { ok: true, value: SCRIPT_RUN_CALLS.has(name) ? acrossScriptRun(value, 'answer') : fromContext(value) };
        } finally {
          changed = apps.calls.sequence().some(changesDocument);
        }
      });
    } catch (error) {
      outcome = { ok: false, message: messageOf(error) };
    }
    if (changed) {
      this.revision++;
      this.formulas.follow(before);
      this.recalculate();
    }
    return outcome;
  }

  /** The HTML the add-on's showSidebar() hands to HtmlService, with its title and width. */
  sidebar(): { title: string; width: number; content: string } {
    const shown = this.ui.shown.length;
    const outcome = this.run('showSidebar', []);
    const sidebar = this.ui.shown.length > shown ? this.ui.sidebar : null;
    if (!outcome.ok || !sidebar) throw new Error(outcome.ok ? 'showSidebar showed no sidebar.' : outcome.message);
    // Only the last one matters (its title and width); the page is shown many times over a session.
    this.ui.shown.splice(0, this.ui.shown.length - 1);
    return sidebar;
  }

  /** What a user typing `input` into a cell of the active sheet gets (a formula is evaluated and spills). */
  type(row: number, col: number, input: string): void {
    const sheet = this.spreadsheet.activeSheet();
    if (row < 1 || col < 1 || row > sheet.maxRows || col > sheet.maxColumns)
      throw new Error(`There is no cell at row ${row}, column ${col}.`);
    this.formulas.beforeEdit(sheet, row, col);
    writeInputs({ sheet, row, col, numRows: 1, numCols: 1 }, () => input);
    this.spreadsheet.active = sheet;
    this.spreadsheet.activeRange = { sheet, row, col, numRows: 1, numCols: 1 };
    this.revision++;
    this.recalculate();
  }

  activate(index: number): void {
    const sheet = this.spreadsheet.sheets[index];
    if (!sheet) throw new Error(`There is no sheet number ${index + 1}.`);
    this.spreadsheet.active = sheet;
    this.spreadsheet.activeRange = null;
  }

  select(row: number, col: number): void {
    const sheet = this.spreadsheet.activeSheet();
    if (row < 1 || col < 1 || row > sheet.maxRows || col > sheet.maxColumns)
      throw new Error(`There is no cell at row ${row}, column ${col}.`);
    this.spreadsheet.activeRange = { sheet, row, col, numRows: 1, numCols: 1 };
  }

  /**
   * File › Settings: values stay as they are and show in the new locale's way; formulas are written the new locale's
   * way (separators, decimal marks), as Sheets shows them, and recalculate.
   */
  setLocale(locale: string): void {
    const previous = this.spreadsheet.locale;
    for (const sheet of this.spreadsheet.sheets) {
      sheet.formulas
        .trimmed()
        .forEach((line, r) => line.forEach((formula, c) => formula && sheet.formulas.set(r, c, convertFormula(formula, previous, locale))));
    }
    this.spreadsheet.locale = locale;
    this.revision++;
    this.recalculate();
  }

  setUserLocale(locale: string): void {
    this.userLocale = locale;
    this.ui.menus.length = 0;
    this.buildMenu();
  }

  /** Why the formula at (row, col) of a sheet shows an error, if it does, in the user's language or another. */
  formulaError(sheet: SheetModel, row: number, col: number, language = previewLanguage(this.userLocale)): string | undefined {
    const problem = this.formulas.errorAt(sheet, row, col);
    return problem && formulaProblemText(problem, language);
  }

  private recalculate(): void {
    if (!this.spreadsheet.sheets.some((s) => s.formulas.lastRow() >= 0)) return;
    this.execute(
      (ctx) => this.formulas.recalculate(this.spreadsheet, (formula, sheet, row, col) => this.evaluate(ctx, formula, sheet, row, col)),
      'CUSTOM_FUNCTION',
    );
  }

  /** A custom function called as Sheets calls it: a range as a 2-D array of its values, a single cell as its value. */
  private evaluate(ctx: vm.Context, formula: string, sheet: SheetModel, row: number, col: number): unknown[][] {
    const call = parseFormula(formula, this.spreadsheet.locale);
    const fn = ctx[call.name] as unknown;
    if (!call.name.startsWith(FORMULA_PREFIX) || typeof fn !== 'function') {
      throw new FormulaError('#NAME?', { key: 'unknownFunction', facts: { name: call.name } });
    }
    const args = call.args.map((arg) => this.argumentValue(arg, sheet, row, col));
    let answer: unknown;
    try {
      answer = fromContext((fn as (...a: unknown[]) => unknown)(...args.map((a) => toContext(ctx, a))));
    } catch (error) {
      throw new FormulaError('#ERROR!', { key: 'message', text: messageOf(error) });
    }
    return asBlock(answer);
  }

  private argumentValue(arg: FormulaArgument, site: SheetModel, row: number, col: number): unknown {
    if (arg.kind === 'value') return arg.value;
    const sheet = arg.sheetName === null ? site : this.spreadsheet.sheetByName(arg.sheetName);
    if (!sheet) throw new FormulaError('#REF!', { key: 'unknownSheet', facts: { name: String(arg.sheetName) } });
    const rect = resolveReference(arg.ref, sheet.maxRows, sheet.maxColumns);
    if (sheet === site && row >= rect.row && row < rect.row + rect.numRows && col >= rect.col && col < rect.col + rect.numCols) {
      throw new FormulaError('#REF!', { key: 'circular' });
    }
    if (arg.single) return sheet.values.get(rect.row - 1, rect.col - 1);
    return sheet.values.read(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, () => [] as unknown[]);
  }
}

// Reads, builders, locks and selecting leave the cells as they were (the drawing is kept per sheet, the selection is
// sent apart); any other call (set…, insert…, delete…, toast…) may have changed what the grid shows.
const READ = /^(get|is|has|find|create|new|with|on|build|try|release|wait|activate|setActive)/;

const NOT_CELLS = new Set([
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'Ui',
  'Menu',
  'Session',
  'Utilities',
  'Logger',
  'PropertiesService',
  'Properties',
  'LockService',
  'Lock',
]);

function changesDocument(call: string): boolean {
  const [object, method = ''] = call.split('.');
  return !object.endsWith('Builder') && !NOT_CELLS.has(object) && !READ.test(method);
}

/** A formula's answer as a block of cells: a scalar is 1 × 1, a flat array a column, ragged rows padded. */
function asBlock(answer: unknown): unknown[][] {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : v);
  if (!Array.isArray(answer)) return [[cell(answer)]];
  if (answer.length === 0) throw new FormulaError('#ERROR!', { key: 'emptyArray' });
  const rows = answer.map((line) => (Array.isArray(line) ? line.map(cell) : [cell(line)]));
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length < width ? [...r, ...new Array<unknown>(width - r.length).fill('')] : r));
}

function uniqueName(spreadsheet: SpreadsheetModel, wanted: string): string {
  const base = wanted.trim().slice(0, 100) || 'Sheet1';
  let name = base;
  for (let n = 2; spreadsheet.sheetByName(name); n++) name = `${base} ${n}`;
  return name;
}

// Errors from the bundle's realm are not `instanceof Error` here: read the message.
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/**
 * Sets the bundle realm's clock: `new Date()` and `Date.now()` give noon UTC of `iso`; every other use of Date (with
 * arguments, instanceof, Date.UTC) is the realm's own.
 */
function setClock(ctx: vm.Context, iso: string): void {
  const [y, m, d] = iso.split('-').map(Number);
  const fixed = Date.UTC(y, m - 1, d, 12);
  vm.runInContext(
    `(function (fixed) {
      var Real = Date;
      function Clock() {
        if (!(this instanceof Clock)) return new Real(fixed).toString();
        return arguments.length ? new (Function.prototype.bind.apply(Real, [null].concat(Array.prototype.slice.call(arguments))))() : new Real(fixed);
      }
      Clock.prototype = Real.prototype;
      Clock.now = function () { return fixed; };
      Clock.UTC = Real.UTC;
      Clock.parse = Real.parse;
      Date = Clock;
    })(${fixed})`,
    ctx,
  );
}
