// Sheet: a view over one SheetModel. Every method counts as a Spreadsheet service call.
import { parseA1, splitSheetName } from './a1';
import { clearContents, clearFormats, clearNotes, writeInputs } from './cells';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import { normalizeColor } from './colors';
import { FakeConditionalFormatRule } from './conditionalFormat';
import type { Execution } from './execution';
import { FakeDeveloperMetadata, FakeDeveloperMetadataFinder, addMetadata } from './metadata';
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from './model';
import { FakeRange, asRange } from './range';
import { asSpreadsheet } from './spreadsheet';

type S = GoogleAppsScript.Spreadsheet.Sheet;
type R = GoogleAppsScript.Spreadsheet.Range;

type SheetApi = Pick<
  S,
  | 'activate'
  | 'addDeveloperMetadata'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'createDeveloperMetadataFinder'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getTabColor'
  | 'hideColumns'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isSheetHidden'
  | 'newChart'
  | 'removeChart'
  | 'setActiveRange'
  | 'setActiveSelection'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor'
  | 'showColumns'
  | 'showSheet'
  | 'updateChart'
>;

export function asSheet(exec: Execution, model: SheetModel): S {
  return new FakeSheet(exec, model) as unknown as S;
}

/** A range from A1 notation on `sheet`; a "Name!" prefix must name that sheet. */
export function rangeFromA1(exec: Execution, sheet: SheetModel, a1: string): R {
  const { sheetName, ref } = splitSheetName(a1);
  const rect = parseA1(ref, sheet.maxRows, sheet.maxColumns);
  if (!rect || (sheetName !== null && sheet.spreadsheet.sheetByName(sheetName) !== sheet)) throw new Error('Range not found');
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return asRange(new FakeRange(exec, sheet, rect.row, rect.col, rect.numRows, rect.numCols, rect));
}

export class FakeSheet implements SheetApi {
  constructor(
    private readonly exec: Execution,
    private readonly model: SheetModel,
  ) {}

  /** The model behind a fake Sheet; throws for anything else. */
  static modelOf(sheet: unknown): SheetModel {
    if (!(sheet instanceof FakeSheet))
      throw new Error(`The parameters (${typeof sheet}) don't match the method signature: expected a Sheet.`);
    return sheet.model;
  }

  private call(method: string): SheetModel {
    this.exec.hit('service', `Sheet.${method}`);
    if (!this.model.exists) throw new Error(`The sheet ${this.model.name} has been deleted.`);
    return this.model;
  }

  private self(): S {
    return this as unknown as S;
  }

  private range(row: number, col: number, numRows: number, numCols: number, shape?: { wholeColumns?: boolean; wholeRows?: boolean }): R {
    return asRange(new FakeRange(this.exec, this.model, row, col, numRows, numCols, shape));
  }

  getName(): string {
    return this.call('getName').name;
  }

  getSheetName(): string {
    return this.call('getSheetName').name;
  }

  setName(name: string): S {
    const m = this.call('setName');
    const other = m.spreadsheet.sheetByName(name);
    if (other && other !== m) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    m.name = String(name);
    return this.self();
  }

  getSheetId(): number {
    return this.call('getSheetId').sheetId;
  }

  /** 1-based position among the sheets. */
  getIndex(): number {
    const m = this.call('getIndex');
    return m.spreadsheet.sheets.indexOf(m) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asSpreadsheet(this.exec, this.call('getParent').spreadsheet);
  }

  activate(): S {
    const m = this.call('activate');
    m.spreadsheet.active = m;
    m.spreadsheet.activeRange = null;
    return this.self();
  }

  hideSheet(): S {
    this.call('hideSheet').hidden = true;
    return this.self();
  }

  showSheet(): S {
    this.call('showSheet').hidden = false;
    return this.self();
  }

  isSheetHidden(): boolean {
    return this.call('isSheetHidden').hidden;
  }

  // --- ranges -------------------------------------------------------------

  /** getRange(row, column, numRows?, numColumns?) or getRange('B2:D10' | 'C:C' | '2:2'). */
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): R {
    this.call('getRange');
    return this.rangeAt(rowOrA1, column, numRows, numColumns);
  }

  private rangeAt(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): R {
    const m = this.model;
    if (typeof rowOrA1 === 'string') return rangeFromA1(this.exec, m, rowOrA1);
    const row = rowOrA1;
    const col = column as number;
    if (!Number.isInteger(row) || row < 1) throw new Error('The starting row of the range is too small.');
    if (!Number.isInteger(col) || col < 1) throw new Error('The starting column of the range is too small.');
    if (!Number.isInteger(numRows) || numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (!Number.isInteger(numColumns) || numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > m.maxRows || col + numColumns - 1 > m.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.range(row, col, numRows, numColumns);
  }

  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): R {
    const m = this.call('getDataRange');
    return this.range(1, 1, Math.max(1, m.lastRow()), Math.max(1, m.lastColumn()));
  }

  getLastRow(): number {
    return this.call('getLastRow').lastRow();
  }

  getLastColumn(): number {
    return this.call('getLastColumn').lastColumn();
  }

  getMaxRows(): number {
    return this.call('getMaxRows').maxRows;
  }

  getMaxColumns(): number {
    return this.call('getMaxColumns').maxColumns;
  }

  appendRow(rowContents: unknown[]): S {
    const m = this.call('appendRow');
    const row = m.lastRow() + 1;
    if (row > m.maxRows) m.insertRows(m.maxRows + 1, 1);
    if (rowContents.length > m.maxColumns) m.insertColumns(m.maxColumns + 1, rowContents.length - m.maxColumns);
    writeInputs({ sheet: m, row, col: 1, numRows: 1, numCols: rowContents.length }, (_i, j) => rowContents[j]);
    return this.self();
  }

  getActiveRange(): R | null {
    const m = this.call('getActiveRange');
    const active = m.spreadsheet.activeRange;
    return active && active.sheet === m ? this.range(active.row, active.col, active.numRows, active.numCols) : null;
  }

  getActiveCell(): R {
    const m = this.call('getActiveCell');
    const active = m.spreadsheet.activeRange;
    return active && active.sheet === m ? this.range(active.row, active.col, 1, 1) : this.range(1, 1, 1, 1);
  }

  setActiveRange(range: R): R {
    const m = this.call('setActiveRange');
    const rect = FakeRange.rectOf(range);
    if (rect.sheet !== m) throw new Error('The range must be on this sheet.');
    m.spreadsheet.active = m;
    m.spreadsheet.activeRange = rect;
    return range;
  }

  setActiveSelection(rangeOrA1: R | string): R {
    const m = this.call('setActiveSelection');
    const range = typeof rangeOrA1 === 'string' ? this.rangeAt(rangeOrA1) : rangeOrA1;
    const rect = FakeRange.rectOf(range);
    if (rect.sheet !== m) throw new Error('The range must be on this sheet.');
    m.spreadsheet.active = m;
    m.spreadsheet.activeRange = rect;
    return range;
  }

  // --- rows and columns ---------------------------------------------------

  // Inserted lines take the formats and data validation of the line they are inserted beside (model.ts insertColumns):
  // after `afterPosition` from that line, before `beforePosition` from that line.
  insertColumnsAfter(afterPosition: number, howMany: number): S {
    return this.insertLines('insertColumnsAfter', 'columns', afterPosition + 1, howMany, afterPosition);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): S {
    return this.insertLines('insertColumnsBefore', 'columns', beforePosition, howMany, beforePosition);
  }

  insertColumnAfter(afterPosition: number): S {
    return this.insertLines('insertColumnAfter', 'columns', afterPosition + 1, 1, afterPosition);
  }

  insertColumnBefore(beforePosition: number): S {
    return this.insertLines('insertColumnBefore', 'columns', beforePosition, 1, beforePosition);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertLines('insertColumns', 'columns', columnIndex, numColumns, columnIndex);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.call('deleteColumns').deleteColumns(columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): S {
    this.call('deleteColumn').deleteColumns(columnPosition, 1);
    return this.self();
  }

  insertRowsAfter(afterPosition: number, howMany: number): S {
    return this.insertLines('insertRowsAfter', 'rows', afterPosition + 1, howMany, afterPosition);
  }

  insertRowsBefore(beforePosition: number, howMany: number): S {
    return this.insertLines('insertRowsBefore', 'rows', beforePosition, howMany, beforePosition);
  }

  insertRowAfter(afterPosition: number): S {
    return this.insertLines('insertRowAfter', 'rows', afterPosition + 1, 1, afterPosition);
  }

  insertRowBefore(beforePosition: number): S {
    return this.insertLines('insertRowBefore', 'rows', beforePosition, 1, beforePosition);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertLines('insertRows', 'rows', rowIndex, numRows, rowIndex);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.call('deleteRows').deleteRows(rowPosition, howMany);
  }

  deleteRow(rowPosition: number): S {
    this.call('deleteRow').deleteRows(rowPosition, 1);
    return this.self();
  }

  /** `at` is where the first new line goes: after the last line at most; `from` the line whose formats they take. */
  private insertLines(method: string, axis: 'rows' | 'columns', at: number, howMany: number, from: number): S {
    const m = this.call(method);
    const max = axis === 'rows' ? m.maxRows : m.maxColumns;
    if (!Number.isInteger(howMany) || howMany < 1) throw new Error(`The number of ${axis} to insert must be at least 1.`);
    if (!Number.isInteger(at) || at < 1 || at > max + 1) throw new Error(`Those ${axis} are out of bounds.`);
    if (axis === 'rows') m.insertRows(at, howMany, from);
    else m.insertColumns(at, howMany, from);
    return this.self();
  }

  getFrozenRows(): number {
    return this.call('getFrozenRows').frozenRows;
  }

  setFrozenRows(rows: number): void {
    const m = this.call('setFrozenRows');
    if (!Number.isInteger(rows) || rows < 0 || rows >= m.maxRows) throw new Error('Invalid argument: rows');
    m.frozenRows = rows;
  }

  getFrozenColumns(): number {
    return this.call('getFrozenColumns').frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    const m = this.call('setFrozenColumns');
    if (!Number.isInteger(columns) || columns < 0 || columns >= m.maxColumns) throw new Error('Invalid argument: columns');
    m.frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number {
    return this.call('getColumnWidth').columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): S {
    this.call('setColumnWidth').columnWidths[columnPosition - 1] = width;
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): S {
    const m = this.call('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) m.columnWidths[c - 1] = width;
    return this.self();
  }

  /** Width from the longest text in the column (about 7 px a character), as a stand-in for font metrics. */
  autoResizeColumns(startColumn: number, numColumns: number): S {
    const m = this.call('autoResizeColumns');
    const last = m.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 0; r < last; r++) longest = Math.max(longest, String(m.values.get(r, c - 1)).length);
      m.columnWidths[c - 1] = Math.max(30, longest * 7 + 10);
    }
    return this.self();
  }

  autoResizeColumn(columnPosition: number): S {
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    const m = this.call('hideColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) m.hiddenColumns[c - 1] = true;
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    const m = this.call('showColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) m.hiddenColumns[c - 1] = false;
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.call('isColumnHiddenByUser').hiddenColumns[columnPosition - 1] === true;
  }

  setTabColor(color: string | null): S {
    this.call('setTabColor').tabColor = color === null ? null : normalizeColor(color, '');
    return this.self();
  }

  getTabColor(): string | null {
    return this.call('getTabColor').tabColor;
  }

  // --- clearing -----------------------------------------------------------

  /** Contents and formats of every cell; notes, rules, charts and metadata stay (as far as the fake models it). */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): S {
    const m = this.call('clear');
    const all = { sheet: m, row: 1, col: 1, numRows: m.maxRows, numCols: m.maxColumns };
    const only = options && (options.contentsOnly || options.formatOnly);
    if (!only || options?.contentsOnly) clearContents(all);
    if (!only || options?.formatOnly) clearFormats(all);
    return this.self();
  }

  clearContents(): S {
    const m = this.call('clearContents');
    clearContents({ sheet: m, row: 1, col: 1, numRows: m.maxRows, numCols: m.maxColumns });
    return this.self();
  }

  clearFormats(): S {
    const m = this.call('clearFormats');
    clearFormats({ sheet: m, row: 1, col: 1, numRows: m.maxRows, numCols: m.maxColumns });
    return this.self();
  }

  clearNotes(): S {
    const m = this.call('clearNotes');
    clearNotes({ sheet: m, row: 1, col: 1, numRows: m.maxRows, numCols: m.maxColumns });
    return this.self();
  }

  // --- conditional formatting ---------------------------------------------

  /** Fresh rule objects each time; their ranges are where the rules stand now. */
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    const m = this.call('getConditionalFormatRules');
    const out = this.exec.scriptArray<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>();
    for (const rule of m.rules) out.push(FakeConditionalFormatRule.create(this.exec, rule));
    return out;
  }

  /** Replaces the whole list, as the real method does: rules left out are gone. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const m = this.call('setConditionalFormatRules');
    if (!Array.isArray(rules))
      throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.");
    const data = rules.map((rule) => FakeConditionalFormatRule.dataOf(rule));
    for (const rule of data) {
      if (rule.ranges.length === 0) throw new Error('A conditional format rule must have at least one range.');
      if (rule.ranges.some((r) => r.sheet !== m)) throw new Error("A conditional format rule's ranges must be on the sheet it is set on.");
    }
    m.rules = data;
  }

  clearConditionalFormatRules(): void {
    this.call('clearConditionalFormatRules').rules = [];
  }

  // --- developer metadata -------------------------------------------------

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): S {
    const m = this.call('addDeveloperMetadata');
    addMetadata(m.spreadsheet, key, valueOrVisibility, visibility, { type: 'SHEET', sheet: m });
    return this.self();
  }

  /** Metadata on the sheet itself (not on its rows or columns). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const m = this.call('getDeveloperMetadata');
    const out = this.exec.scriptArray<GoogleAppsScript.Spreadsheet.DeveloperMetadata>();
    for (const d of m.spreadsheet.metadata) {
      if (d.location.type === 'SHEET' && d.location.sheet === m) {
        out.push(new FakeDeveloperMetadata(this.exec, m.spreadsheet, d.id) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata);
      }
    }
    return out;
  }

  /** Finds metadata on the sheet and on its rows and columns. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const m = this.call('createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.exec, m.spreadsheet, {
      kind: 'sheet',
      sheet: m,
    }) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }

  // --- charts -------------------------------------------------------------

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    const m = this.call('newChart');
    return FakeEmbeddedChartBuilder.create(this.exec, m);
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const m = this.call('insertChart');
    const data = FakeEmbeddedChart.dataOf(chart);
    data.chartId = m.spreadsheet.newChartId();
    data.sheet = m;
    m.charts.push(data);
    FakeEmbeddedChart.assignId(chart, data.chartId);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    const m = this.call('getCharts');
    const out = this.exec.scriptArray<GoogleAppsScript.Spreadsheet.EmbeddedChart>();
    for (const chart of m.charts) out.push(FakeEmbeddedChart.create(this.exec, chart));
    return out;
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const m = this.call('removeChart');
    const id = FakeEmbeddedChart.dataOf(chart).chartId;
    const index = m.charts.findIndex((c) => c.chartId === id);
    if (index < 0) throw new Error('The chart does not exist on this sheet.');
    m.charts.splice(index, 1);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const m = this.call('updateChart');
    const data = FakeEmbeddedChart.dataOf(chart);
    const index = m.charts.findIndex((c) => c.chartId === data.chartId);
    if (data.chartId === null || index < 0) throw new Error('The chart does not exist on this sheet.');
    data.sheet = m;
    m.charts[index] = data;
  }
}
