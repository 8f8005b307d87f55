// Spreadsheet: a view over one SpreadsheetModel. Every method counts as a Spreadsheet service call.
import { splitSheetName } from './a1';
import type { Execution } from './execution';
import { FakeDeveloperMetadata, FakeDeveloperMetadataFinder, addMetadata } from './metadata';
import type { SpreadsheetModel } from './model';
import { FakeRange, asRange } from './range';
import { FakeSheet, asSheet, rangeFromA1 } from './sheet';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;
type S = GoogleAppsScript.Spreadsheet.Sheet;

type SpreadsheetApi = Pick<
  SS,
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'deleteSheet'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getDeveloperMetadata'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'rename'
  | 'setActiveRange'
  | 'setActiveSheet'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast'
>;

export function asSpreadsheet(exec: Execution, model: SpreadsheetModel): SS {
  return new FakeSpreadsheet(exec, model) as unknown as SS;
}

export class FakeSpreadsheet implements SpreadsheetApi {
  constructor(
    private readonly exec: Execution,
    private readonly model: SpreadsheetModel,
  ) {}

  /** The model behind a fake Spreadsheet; throws for anything else. */
  static modelOf(spreadsheet: unknown): SpreadsheetModel {
    if (!(spreadsheet instanceof FakeSpreadsheet)) throw new Error('Expected a fake Spreadsheet.');
    return spreadsheet.model;
  }

  private call(method: string): SpreadsheetModel {
    this.exec.hit('service', `Spreadsheet.${method}`);
    return this.model;
  }

  private self(): SS {
    return this as unknown as SS;
  }

  getId(): string {
    return this.call('getId').id;
  }

  getName(): string {
    return this.call('getName').name;
  }

  rename(newName: string): void {
    this.call('rename').name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.call('getUrl').id}/edit`;
  }

  getSpreadsheetLocale(): string {
    return this.call('getSpreadsheetLocale').locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.call('setSpreadsheetLocale').locale = String(locale);
  }

  getSpreadsheetTimeZone(): string {
    return this.call('getSpreadsheetTimeZone').timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.call('setSpreadsheetTimeZone').timeZone = String(timezone);
  }

  getActiveSheet(): S {
    this.call('getActiveSheet');
    return asSheet(this.exec, this.model.activeSheet());
  }

  setActiveSheet(sheet: S): S {
    const m = this.call('setActiveSheet');
    const target = FakeSheet.modelOf(sheet);
    if (!m.sheets.includes(target)) throw new Error('The sheet is not in this spreadsheet.');
    m.active = target;
    m.activeRange = null;
    return asSheet(this.exec, target);
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
    const a = this.call('getActiveRange').activeRange;
    return a ? asRange(new FakeRange(this.exec, a.sheet, a.row, a.col, a.numRows, a.numCols)) : null;
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    const m = this.call('setActiveRange');
    const rect = FakeRange.rectOf(range);
    m.active = rect.sheet;
    m.activeRange = rect;
    return range;
  }

  getSheetByName(name: string): S | null {
    const found = this.call('getSheetByName').sheetByName(name);
    return found ? asSheet(this.exec, found) : null;
  }

  getSheetById(id: number): S | null {
    const found = this.call('getSheetById').sheets.find((s) => s.sheetId === id);
    return found ? asSheet(this.exec, found) : null;
  }

  getSheets(): S[] {
    const out = this.exec.scriptArray<S>();
    for (const sheet of this.call('getSheets').sheets) out.push(asSheet(this.exec, sheet));
    return out;
  }

  getNumSheets(): number {
    return this.call('getNumSheets').sheets.length;
  }

  /** insertSheet(), (index), (name), (name, index); `index` is 0-based. The new sheet becomes active. */
  insertSheet(nameOrIndex?: unknown, index?: unknown, options?: unknown): S {
    const m = this.call('insertSheet');
    if (
      options !== undefined ||
      (typeof index === 'object' && index !== null) ||
      (typeof nameOrIndex === 'object' && nameOrIndex !== null)
    ) {
      throw new Error('The fake insertSheet does not support templates.');
    }
    let name: string | null = null;
    let at = m.sheets.length;
    if (typeof nameOrIndex === 'string') name = nameOrIndex;
    else if (typeof nameOrIndex === 'number') at = nameOrIndex;
    if (typeof index === 'number') at = index;
    if (at < 0 || at > m.sheets.length) throw new Error('Invalid argument: sheetIndex');
    if (name === null) {
      let n = m.sheets.length + 1;
      while (m.sheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = m.addSheet(name, at);
    m.active = sheet;
    m.activeRange = null;
    return asSheet(this.exec, sheet);
  }

  deleteSheet(sheet: S): void {
    this.call('deleteSheet').removeSheet(FakeSheet.modelOf(sheet));
  }

  /** 'Sheet1!A1:B2', or a range of the active sheet without a sheet name. */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const m = this.call('getRange');
    const { sheetName } = splitSheetName(a1Notation);
    const sheet = sheetName === null ? m.activeSheet() : m.sheetByName(sheetName);
    if (!sheet) throw new Error('Range not found');
    return rangeFromA1(this.exec, sheet, a1Notation);
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): SS {
    addMetadata(this.call('addDeveloperMetadata'), key, valueOrVisibility, visibility, { type: 'SPREADSHEET' });
    return this.self();
  }

  /** Metadata on the spreadsheet itself (not on its sheets, rows or columns). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const m = this.call('getDeveloperMetadata');
    const out = this.exec.scriptArray<GoogleAppsScript.Spreadsheet.DeveloperMetadata>();
    for (const d of m.metadata) {
      if (d.location.type === 'SPREADSHEET')
        out.push(new FakeDeveloperMetadata(this.exec, m, d.id) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata);
    }
    return out;
  }

  /** Finds metadata anywhere in the spreadsheet. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const m = this.call('createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.exec, m, {
      kind: 'spreadsheet',
    }) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }

  toast(msg: string, title = '', timeoutSeconds: number | null = 5): void {
    this.call('toast').toasts.push({ message: String(msg), title: String(title), timeoutSeconds });
  }
}
