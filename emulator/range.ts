// Range: a fixed block of cells (it does not follow later insertions, like a Range object in Apps Script).
// Every method counts as one Spreadsheet service call, accessors included: the fake does not guess which
// calls Apps Script answers locally.
import { toA1 } from './a1';
import {
  checkInside,
  checkShape,
  clearContents,
  clearFormats,
  clearNotes,
  clearValidations,
  readDisplayValues,
  readLayer,
  readValues,
  writeInputs,
  writeLayer,
} from './cells';
import { normalizeColor } from './colors';
import { FakeDataValidation } from './dataValidation';
import type { Execution } from './execution';
import { FakeDeveloperMetadata, FakeDeveloperMetadataFinder, addMetadata, inScope, lineLocation } from './metadata';
import { DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR, type SheetModel } from './model';
import { asSheet } from './sheet';
import { type GridRect, copyRect } from './spans';

type R = GoogleAppsScript.Spreadsheet.Range;
type Alignment = 'left' | 'center' | 'normal' | 'right' | null;

type RangeApi = Pick<
  R,
  | 'activate'
  | 'addDeveloperMetadata'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'createDeveloperMetadataFinder'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDeveloperMetadata'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColor'
  | 'getFontColors'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWidth'
  | 'getWrap'
  | 'getWraps'
  | 'isBlank'
  | 'offset'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setWrap'
  | 'setWraps'
>;

export function asRange(range: FakeRange): R {
  return range as unknown as R;
}

/** Range objects for stored blocks (rule or chart ranges), in an array of the script's realm. */
export function rangesOf(exec: Execution, rects: GridRect[]): R[] {
  const out = exec.scriptArray<R>();
  for (const r of rects) out.push(asRange(new FakeRange(exec, r.sheet, r.row, r.col, r.numRows, r.numCols)));
  return out;
}

function fontWeight(weight: string | null): string {
  if (weight === null || weight === 'normal') return 'normal';
  if (weight === 'bold') return 'bold';
  throw new Error(`Invalid argument: fontWeight ${weight}`);
}

function alignment(value: Alignment): string {
  if (value === null || value === 'normal') return 'general';
  if (value === 'left' || value === 'center' || value === 'right') return value;
  throw new Error(`Invalid argument: alignment ${String(value)}`);
}

export class FakeRange implements RangeApi {
  private readonly rect: GridRect;

  constructor(
    private readonly exec: Execution,
    sheet: SheetModel,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
    private readonly shape: { wholeColumns?: boolean; wholeRows?: boolean } = {},
  ) {
    this.rect = { sheet, row, col, numRows, numCols };
  }

  /** The block a fake Range covers; throws for anything else, as Apps Script rejects foreign objects. */
  static rectOf(range: unknown): GridRect {
    if (!(range instanceof FakeRange))
      throw new Error(`The parameters (${typeof range}) don't match the method signature: expected a Range.`);
    return copyRect(range.rect);
  }

  /** Whether a fake Range was written as whole columns ('C:C') or whole rows ('2:2'). */
  static shapeOf(range: unknown): { wholeColumns?: boolean; wholeRows?: boolean } {
    if (!(range instanceof FakeRange))
      throw new Error(`The parameters (${typeof range}) don't match the method signature: expected a Range.`);
    return { wholeColumns: range.shape.wholeColumns, wholeRows: range.shape.wholeRows };
  }

  private call(method: string): GridRect {
    this.exec.hit('service', `Range.${method}`);
    return this.rect;
  }

  private written(method: string): GridRect {
    const rect = this.call(method);
    checkInside(rect);
    return rect;
  }

  private self(): R {
    return asRange(this);
  }

  private cell(r: GridRect): [number, number] {
    return [r.row - 1, r.col - 1];
  }

  // --- values -------------------------------------------------------------

  getValues(): unknown[][] {
    return readValues(this.exec, this.call('getValues'));
  }

  getValue(): unknown {
    const r = this.call('getValue');
    return readValues(this.exec, { ...r, numRows: 1, numCols: 1 })[0][0];
  }

  getDisplayValues(): string[][] {
    return readDisplayValues(this.exec, this.call('getDisplayValues'));
  }

  getDisplayValue(): string {
    return readDisplayValues(this.exec, { ...this.call('getDisplayValue'), numRows: 1, numCols: 1 })[0][0];
  }

  setValues(values: unknown[][]): R {
    const r = this.written('setValues');
    checkShape(values, r, 'setValues');
    writeInputs(r, (i, j) => values[i][j]);
    return this.self();
  }

  /** Like Apps Script, writes the value into every cell of the range. */
  setValue(value: unknown): R {
    writeInputs(this.written('setValue'), () => value);
    return this.self();
  }

  getFormulas(): string[][] {
    return readLayer(this.exec, this.rect.sheet.formulas, this.call('getFormulas'));
  }

  getFormula(): string {
    return this.rect.sheet.formulas.get(...this.cell(this.call('getFormula')));
  }

  /** A formula is written as typed; '' clears the cell. */
  setFormulas(formulas: string[][]): R {
    const r = this.written('setFormulas');
    checkShape(formulas, r, 'setFormulas');
    writeInputs(r, (i, j) => formulas[i][j]);
    return this.self();
  }

  setFormula(formula: string): R {
    writeInputs(this.written('setFormula'), () => formula);
    return this.self();
  }

  isBlank(): boolean {
    const r = this.call('isBlank');
    for (let i = 0; i < r.numRows; i++) {
      for (let j = 0; j < r.numCols; j++) {
        if (r.sheet.values.get(r.row - 1 + i, r.col - 1 + j) !== '' || r.sheet.formulas.get(r.row - 1 + i, r.col - 1 + j) !== '')
          return false;
      }
    }
    return true;
  }

  /**
   * clear() clears contents and formats. With options, each flag adds what it names (contents, formats, data
   * validation, notes); options with no flag clear all four ("By default all data is cleared",
   * https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object)).
   */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): R {
    const r = this.written('clear');
    const flags = options
      ? [options.contentsOnly, options.formatOnly, options.validationsOnly, options.commentsOnly]
      : [true, true, false, false];
    const all = !flags.some(Boolean);
    const [contents, formats, validations, notes] = flags.map((f) => all || Boolean(f));
    if (contents) clearContents(r);
    if (formats) clearFormats(r);
    if (validations) clearValidations(r);
    if (notes) clearNotes(r);
    return this.self();
  }

  clearDataValidations(): R {
    clearValidations(this.written('clearDataValidations'));
    return this.self();
  }

  /** null removes the rule. */
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): R {
    const data = rule === null ? null : FakeDataValidation.dataOf(rule);
    writeLayer(this.rect.sheet.validations, this.written('setDataValidation'), () => data);
    return this.self();
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): R {
    const r = this.written('setDataValidations');
    checkShape(rules, r, 'setDataValidations');
    const data = rules.map((row) => row.map((rule) => (rule === null ? null : FakeDataValidation.dataOf(rule))));
    writeLayer(r.sheet.validations, r, (i, j) => data[i][j]);
    return this.self();
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const r = this.call('getDataValidation');
    const data = r.sheet.validations.get(r.row - 1, r.col - 1);
    return data === null ? null : FakeDataValidation.create(this.exec, data);
  }

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    const r = this.call('getDataValidations');
    const rows = readLayer(this.exec, r.sheet.validations, r);
    return rows.map((row) => row.map((data) => (data === null ? null : FakeDataValidation.create(this.exec, data)))) as never;
  }

  clearContent(): R {
    clearContents(this.written('clearContent'));
    return this.self();
  }

  clearFormat(): R {
    clearFormats(this.written('clearFormat'));
    return this.self();
  }

  clearNote(): R {
    clearNotes(this.written('clearNote'));
    return this.self();
  }

  // --- geometry -----------------------------------------------------------

  getRow(): number {
    return this.call('getRow').row;
  }

  getRowIndex(): number {
    return this.call('getRowIndex').row;
  }

  getColumn(): number {
    return this.call('getColumn').col;
  }

  getNumRows(): number {
    return this.call('getNumRows').numRows;
  }

  getNumColumns(): number {
    return this.call('getNumColumns').numCols;
  }

  getHeight(): number {
    return this.call('getHeight').numRows;
  }

  getWidth(): number {
    return this.call('getWidth').numCols;
  }

  getLastRow(): number {
    const r = this.call('getLastRow');
    return r.row + r.numRows - 1;
  }

  getLastColumn(): number {
    const r = this.call('getLastColumn');
    return r.col + r.numCols - 1;
  }

  getA1Notation(): string {
    return toA1({ ...this.call('getA1Notation'), ...this.shape });
  }

  getGridId(): number {
    return this.call('getGridId').sheet.sheetId;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return asSheet(this.exec, this.call('getSheet').sheet);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): R {
    const r = this.call('offset');
    return this.sub(r.row + rowOffset, r.col + columnOffset, numRows ?? r.numRows, numColumns ?? r.numCols);
  }

  /** 1-based within this range. */
  getCell(row: number, column: number): R {
    const r = this.call('getCell');
    if (row < 1 || column < 1 || row > r.numRows || column > r.numCols) throw new Error('Cell reference out of range');
    return this.sub(r.row + row - 1, r.col + column - 1, 1, 1);
  }

  private sub(row: number, col: number, numRows: number, numCols: number): R {
    const { sheet } = this.rect;
    if (row < 1 || col < 1) throw new Error('The starting row or column of the range is too small.');
    if (numRows < 1 || numCols < 1) throw new Error('The number of rows or columns in the range must be at least 1.');
    if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return asRange(new FakeRange(this.exec, sheet, row, col, numRows, numCols));
  }

  activate(): R {
    const r = this.call('activate');
    r.sheet.spreadsheet.active = r.sheet;
    r.sheet.spreadsheet.activeRange = copyRect(r);
    return this.self();
  }

  // --- formats ------------------------------------------------------------

  getBackgrounds(): string[][] {
    return readLayer(this.exec, this.rect.sheet.formats.backgrounds, this.call('getBackgrounds'));
  }

  getBackground(): string {
    return this.rect.sheet.formats.backgrounds.get(...this.cell(this.call('getBackground')));
  }

  setBackground(color: string | null): R {
    const value = normalizeColor(color, DEFAULT_BACKGROUND);
    writeLayer(this.rect.sheet.formats.backgrounds, this.written('setBackground'), () => value);
    return this.self();
  }

  setBackgrounds(colors: Array<Array<string | null>>): R {
    const r = this.written('setBackgrounds');
    checkShape(colors, r, 'setBackgrounds');
    const normalized = colors.map((row) => row.map((c) => normalizeColor(c, DEFAULT_BACKGROUND)));
    writeLayer(r.sheet.formats.backgrounds, r, (i, j) => normalized[i][j]);
    return this.self();
  }

  getFontColors(): string[][] {
    return readLayer(this.exec, this.rect.sheet.formats.fontColors, this.call('getFontColors'));
  }

  getFontColor(): string {
    return this.rect.sheet.formats.fontColors.get(...this.cell(this.call('getFontColor')));
  }

  setFontColor(color: string | null): R {
    const value = normalizeColor(color, DEFAULT_FONT_COLOR);
    writeLayer(this.rect.sheet.formats.fontColors, this.written('setFontColor'), () => value);
    return this.self();
  }

  setFontColors(colors: unknown[][]): R {
    const r = this.written('setFontColors');
    checkShape(colors, r, 'setFontColors');
    const normalized = colors.map((row) => row.map((c) => normalizeColor(c as string | null, DEFAULT_FONT_COLOR)));
    writeLayer(r.sheet.formats.fontColors, r, (i, j) => normalized[i][j]);
    return this.self();
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return readLayer(
      this.exec,
      this.rect.sheet.formats.fontWeights,
      this.call('getFontWeights'),
    ) as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.rect.sheet.formats.fontWeights.get(...this.cell(this.call('getFontWeight'))) as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight | null): R {
    const value = fontWeight(weight);
    writeLayer(this.rect.sheet.formats.fontWeights, this.written('setFontWeight'), () => value);
    return this.self();
  }

  setFontWeights(weights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): R {
    const r = this.written('setFontWeights');
    checkShape(weights, r, 'setFontWeights');
    writeLayer(r.sheet.formats.fontWeights, r, (i, j) => fontWeight(weights[i][j]));
    return this.self();
  }

  getNumberFormats(): string[][] {
    return readLayer(this.exec, this.rect.sheet.formats.numberFormats, this.call('getNumberFormats'));
  }

  getNumberFormat(): string {
    return this.rect.sheet.formats.numberFormats.get(...this.cell(this.call('getNumberFormat')));
  }

  setNumberFormat(numberFormat: string): R {
    writeLayer(this.rect.sheet.formats.numberFormats, this.written('setNumberFormat'), () => String(numberFormat));
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): R {
    const r = this.written('setNumberFormats');
    checkShape(numberFormats, r, 'setNumberFormats');
    writeLayer(r.sheet.formats.numberFormats, r, (i, j) => String(numberFormats[i][j]));
    return this.self();
  }

  getWraps(): boolean[][] {
    return readLayer(this.exec, this.rect.sheet.formats.wraps, this.call('getWraps'));
  }

  getWrap(): boolean {
    return this.rect.sheet.formats.wraps.get(...this.cell(this.call('getWrap')));
  }

  setWrap(isWrapEnabled: boolean): R {
    writeLayer(this.rect.sheet.formats.wraps, this.written('setWrap'), () => Boolean(isWrapEnabled));
    return this.self();
  }

  setWraps(isWrapEnabled: boolean[][]): R {
    const r = this.written('setWraps');
    checkShape(isWrapEnabled, r, 'setWraps');
    writeLayer(r.sheet.formats.wraps, r, (i, j) => Boolean(isWrapEnabled[i][j]));
    return this.self();
  }

  getHorizontalAlignments(): string[][] {
    return readLayer(this.exec, this.rect.sheet.formats.horizontalAlignments, this.call('getHorizontalAlignments'));
  }

  getHorizontalAlignment(): string {
    return this.rect.sheet.formats.horizontalAlignments.get(...this.cell(this.call('getHorizontalAlignment')));
  }

  setHorizontalAlignment(value: Alignment): R {
    const stored = alignment(value);
    writeLayer(this.rect.sheet.formats.horizontalAlignments, this.written('setHorizontalAlignment'), () => stored);
    return this.self();
  }

  setHorizontalAlignments(values: Alignment[][]): R {
    const r = this.written('setHorizontalAlignments');
    checkShape(values, r, 'setHorizontalAlignments');
    writeLayer(r.sheet.formats.horizontalAlignments, r, (i, j) => alignment(values[i][j]));
    return this.self();
  }

  getNotes(): string[][] {
    return readLayer(this.exec, this.rect.sheet.notes, this.call('getNotes'));
  }

  getNote(): string {
    return this.rect.sheet.notes.get(...this.cell(this.call('getNote')));
  }

  setNote(note: string | null): R {
    writeLayer(this.rect.sheet.notes, this.written('setNote'), () => (note === null ? '' : String(note)));
    return this.self();
  }

  setNotes(notes: Array<Array<string | null>>): R {
    const r = this.written('setNotes');
    checkShape(notes, r, 'setNotes');
    writeLayer(r.sheet.notes, r, (i, j) => (notes[i][j] === null ? '' : String(notes[i][j])));
    return this.self();
  }

  // --- developer metadata -------------------------------------------------

  /** Only one whole column ('C:C') or one whole row ('2:2'), as in Sheets (metadata.ts lineLocation). */
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): R {
    const r = this.written('addDeveloperMetadata');
    addMetadata(r.sheet.spreadsheet, key, valueOrVisibility, visibility, lineLocation(r, this.shape));
    return this.self();
  }

  /** Metadata on the rows/columns this range wholly covers. */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const r = this.call('getDeveloperMetadata');
    const out = this.exec.scriptArray<GoogleAppsScript.Spreadsheet.DeveloperMetadata>();
    for (const m of r.sheet.spreadsheet.metadata) {
      if (!inScope(m.location, { kind: 'range', rect: r }, false)) continue;
      out.push(
        new FakeDeveloperMetadata(this.exec, r.sheet.spreadsheet, m.id) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata,
      );
    }
    return out;
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const r = this.call('createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.exec, r.sheet.spreadsheet, {
      kind: 'range',
      rect: copyRect(r),
    }) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }
}
