// The state of a spreadsheet, shared by every execution that opens it. The classes scripts see
// (FakeSpreadsheet, FakeSheet, FakeRange…) are thin views over it that count calls.
// Inserting or deleting rows/columns moves everything that Sheets moves: cells of every layer, column widths,
// frozen lines, formula references, conditional-format rule ranges and formulas, chart ranges and anchors,
// row/column developer metadata.
import type { ChartData } from './charts';
import { moveFormulaRefs } from './formulaRefs';
import type { RuleData } from './conditionalFormat';
import type { ValidationData } from './dataValidation';
import { Layer } from './grid';
import { LockState } from './lock';
import type { MetadataData } from './metadata';
import { PropertyStore } from './properties';
import { type Axis, type GridRect, deleteFromRect, insertIntoRect, spanAfterDelete, spanAfterInsert } from './spans';
import { DEFAULT_NUMBER_FORMAT } from './userEntered';

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_COLOR = '#000000';

/** Where a formula stands, for the formula evaluator. */
export interface FormulaSite {
  sheet: SheetModel;
  row: number;
  col: number;
}

/** Gives a formula's value; the default gives '' (the fake has no formula engine). */
export type FormulaEvaluator = (formula: string, site: FormulaSite) => unknown;

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export class FormatLayers {
  readonly backgrounds = new Layer<string>(DEFAULT_BACKGROUND);
  readonly fontColors = new Layer<string>(DEFAULT_FONT_COLOR);
  readonly fontWeights = new Layer<string>('normal');
  readonly numberFormats = new Layer<string>(DEFAULT_NUMBER_FORMAT);
  readonly wraps = new Layer<boolean>(false);
  readonly horizontalAlignments = new Layer<string>('general');

  all(): Layer<unknown>[] {
    return [
      this.backgrounds,
      this.fontColors,
      this.fontWeights,
      this.numberFormats,
      this.wraps,
      this.horizontalAlignments,
    ] as Layer<unknown>[];
  }
}

/**
 * Google Sheets' size limits: "Up to 10 million cells or 18,278 columns (column ZZZ)"
 * (https://support.google.com/drive/answer/37603). Blank cells of the grid count. The cell limit's message is the one
 * Apps Script users report; no message is documented for the column limit, so ours says the same in its terms.
 */
export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;

export class SheetModel {
  readonly values = new Layer<unknown>('');
  readonly formulas = new Layer<string>('');
  readonly notes = new Layer<string>('');
  readonly formats = new FormatLayers();
  /** Data validation per cell (dataValidation.ts); not a format, but copied with formats into inserted lines. */
  readonly validations = new Layer<ValidationData | null>(null);
  /** 0-based; a missing entry is the default width. */
  columnWidths: Array<number | undefined> = [];
  /** 0-based. */
  hiddenColumns: boolean[] = [];
  rules: RuleData[] = [];
  charts: ChartData[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;

  constructor(
    readonly spreadsheet: SpreadsheetModel,
    public name: string,
    readonly sheetId: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  get exists(): boolean {
    return this.spreadsheet.sheets.includes(this);
  }

  private layers(): Layer<unknown>[] {
    return [this.values, this.formulas, this.notes, this.validations, ...this.formats.all()];
  }

  /** What Sheets copies from a neighbouring line into inserted ones: formats and data validation, not values or notes. */
  private inherited(): Layer<unknown>[] {
    return [this.validations, ...this.formats.all()] as Layer<unknown>[];
  }

  /** 1-based last row holding a value or formula; 0 on an empty sheet. */
  lastRow(): number {
    return Math.max(this.values.lastRow(), this.formulas.lastRow()) + 1;
  }

  lastColumn(): number {
    return Math.max(this.values.lastColumn(), this.formulas.lastColumn()) + 1;
  }

  /**
   * Inserts `n` columns so that the first new one is column `at` (1-based). `inheritFrom` is the neighbour (1-based,
   * counted before the insertion) whose formats and data validation the new columns take. The Apps Script pages are
   * silent; the Sheets API's InsertDimensionRequest inherits "from the dimensions before or after", and users see
   * Sheets carry a column's formats and validation into columns inserted beside it, so we take that stricter reading.
   */
  insertColumns(at: number, n: number, inheritFrom?: number): void {
    if (this.maxColumns + n > MAX_COLUMNS) {
      throw new Error(`This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS} columns.`);
    }
    this.spreadsheet.checkCellLimit(n * this.maxRows);
    for (const layer of this.layers()) layer.insertColumns(at - 1, n);
    if (inheritFrom !== undefined && inheritFrom >= 1 && inheritFrom <= this.maxColumns) {
      const source = inheritFrom >= at ? inheritFrom + n : inheritFrom;
      for (const layer of this.inherited()) layer.copyColumn(source - 1, at - 1, n);
    }
    if (this.columnWidths.length >= at) this.columnWidths.splice(at - 1, 0, ...new Array<undefined>(n));
    if (this.hiddenColumns.length >= at) this.hiddenColumns.splice(at - 1, 0, ...new Array<boolean>(n).fill(false));
    if (at <= this.frozenColumns) this.frozenColumns += n;
    this.maxColumns += n;
    this.spreadsheet.moveForInsert(this, 'columns', at, n);
  }

  deleteColumns(at: number, n: number): void {
    if (at < 1 || n < 1 || at + n - 1 > this.maxColumns) throw new Error('Those columns are out of bounds.');
    if (n >= this.maxColumns) throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    for (const layer of this.layers()) layer.deleteColumns(at - 1, n);
    this.columnWidths.splice(at - 1, n);
    this.hiddenColumns.splice(at - 1, n);
    this.frozenColumns = shrinkFrozen(this.frozenColumns, at, n);
    this.maxColumns -= n;
    this.spreadsheet.moveForDelete(this, 'columns', at, n);
  }

  /** Inserts `n` rows so that the first new one is row `at`; they inherit as insertColumns' columns do. */
  insertRows(at: number, n: number, inheritFrom?: number): void {
    this.spreadsheet.checkCellLimit(n * this.maxColumns);
    for (const layer of this.layers()) layer.insertRows(at - 1, n);
    if (inheritFrom !== undefined && inheritFrom >= 1 && inheritFrom <= this.maxRows) {
      const source = inheritFrom >= at ? inheritFrom + n : inheritFrom;
      for (const layer of this.inherited()) layer.copyRow(source - 1, at - 1, n);
    }
    if (at <= this.frozenRows) this.frozenRows += n;
    this.maxRows += n;
    this.spreadsheet.moveForInsert(this, 'rows', at, n);
  }

  deleteRows(at: number, n: number): void {
    if (at < 1 || n < 1 || at + n - 1 > this.maxRows) throw new Error('Those rows are out of bounds.');
    if (n >= this.maxRows) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    for (const layer of this.layers()) layer.deleteRows(at - 1, n);
    this.frozenRows = shrinkFrozen(this.frozenRows, at, n);
    this.maxRows -= n;
    this.spreadsheet.moveForDelete(this, 'rows', at, n);
  }
}

function shrinkFrozen(frozen: number, at: number, n: number): number {
  if (frozen === 0) return 0;
  const span = spanAfterDelete(1, frozen, at, n);
  return span ? span[1] : 0;
}

export interface SpreadsheetOptions {
  id?: string;
  name?: string;
  /** e.g. 'en_US', 'es_ES', 'zh_CN'. */
  locale?: string;
  /** IANA name, e.g. 'America/New_York'. */
  timeZone?: string;
  evaluateFormula?: FormulaEvaluator;
}

export class SpreadsheetModel {
  readonly id: string;
  name: string;
  locale: string;
  timeZone: string;
  evaluateFormula: FormulaEvaluator;
  readonly sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  activeRange: GridRect | null = null;
  metadata: MetadataData[] = [];
  readonly documentProperties = new PropertyStore();
  readonly documentLock = new LockState();
  // The fake has one user and one script: their stores and locks live here too, shared by every execution.
  readonly userProperties = new PropertyStore();
  readonly scriptProperties = new PropertyStore();
  readonly scriptLock = new LockState();
  readonly userLock = new LockState();
  readonly toasts: Toast[] = [];
  private nextSheetId = 0;
  private nextChartId = 1;
  private nextMetadataId = 1;

  constructor(options: SpreadsheetOptions = {}) {
    this.id = options.id ?? 'fake-spreadsheet-id';
    this.name = options.name ?? 'Untitled spreadsheet';
    this.locale = options.locale ?? 'en_US';
    this.timeZone = options.timeZone ?? 'America/New_York';
    this.evaluateFormula = options.evaluateFormula ?? (() => '');
  }

  /** The active sheet; a spreadsheet always has one, so an empty model gets 'Sheet1' when first asked. */
  activeSheet(): SheetModel {
    return this.active ?? this.sheets[0] ?? this.addSheet('Sheet1');
  }

  /** Sheet names are unique regardless of case, as in Sheets. */
  sheetByName(name: string): SheetModel | null {
    const wanted = String(name).toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted) ?? null;
  }

  /** Sheets refuses any change that would take the spreadsheet past MAX_CELLS cells. */
  checkCellLimit(added: number): void {
    const cells = this.sheets.reduce((total, s) => total + s.maxRows * s.maxColumns, 0);
    if (cells + added > MAX_CELLS) {
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }

  addSheet(name: string, index = this.sheets.length, maxRows = 1000, maxColumns = 26): SheetModel {
    if (this.sheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (maxColumns > MAX_COLUMNS)
      throw new Error(`This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS} columns.`);
    this.checkCellLimit(maxRows * maxColumns);
    const sheet = new SheetModel(this, name, this.nextSheetId, maxRows, maxColumns);
    this.nextSheetId = this.nextSheetId === 0 ? 1000001 : this.nextSheetId + 1;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new Error('Sheet not found.');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(index, 1);
    this.metadata = this.metadata.filter((m) => !('sheet' in m.location) || m.location.sheet !== sheet);
    for (const other of this.sheets) {
      for (const chart of other.charts) chart.ranges = chart.ranges.filter((r) => r.sheet !== sheet);
    }
    if (this.active === sheet) this.active = this.sheets[Math.max(0, index - 1)];
    if (this.activeRange?.sheet === sheet) this.activeRange = null;
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  newMetadataId(): number {
    return this.nextMetadataId++;
  }

  /** Formulas, rules, charts and metadata follow an insertion on `sheet`. */
  moveForInsert(sheet: SheetModel, axis: Axis, at: number, n: number): void {
    moveFormulas(sheet, axis, 'insert', at, n);
    for (const rule of sheet.rules) for (const r of rule.ranges) insertIntoRect(r, axis, at, n);
    for (const chart of this.allCharts()) {
      for (const r of chart.ranges) if (r.sheet === sheet) insertIntoRect(r, axis, at, n);
      if (chart.sheet === sheet) moveAnchor(chart, axis, (line) => spanAfterInsert(line, line, at, n)[0]);
    }
    for (const m of this.metadata) {
      const loc = m.location;
      if ((loc.type === 'COLUMN' && axis === 'columns') || (loc.type === 'ROW' && axis === 'rows')) {
        if (loc.sheet === sheet) [loc.start, loc.end] = spanAfterInsert(loc.start, loc.end, at, n);
      }
    }
    if (this.activeRange?.sheet === sheet) insertIntoRect(this.activeRange, axis, at, n);
  }

  /** Formulas, rules, charts and metadata follow a deletion on `sheet`; what lay wholly in the deleted lines goes. */
  moveForDelete(sheet: SheetModel, axis: Axis, at: number, n: number): void {
    moveFormulas(sheet, axis, 'delete', at, n);
    sheet.rules = sheet.rules.filter((rule) => {
      rule.ranges = rule.ranges.filter((r) => deleteFromRect(r, axis, at, n));
      return rule.ranges.length > 0;
    });
    for (const chart of this.allCharts()) {
      chart.ranges = chart.ranges.filter((r) => r.sheet !== sheet || deleteFromRect(r, axis, at, n));
      if (chart.sheet === sheet) moveAnchor(chart, axis, (line) => spanAfterDelete(line, line, at, n)?.[0] ?? Math.max(1, at - 1));
    }
    this.metadata = this.metadata.filter((m) => {
      const loc = m.location;
      if (loc.type === 'SPREADSHEET' || loc.type === 'SHEET' || loc.sheet !== sheet) return true;
      if ((loc.type === 'COLUMN') !== (axis === 'columns')) return true;
      const span = spanAfterDelete(loc.start, loc.end, at, n);
      if (span) [loc.start, loc.end] = span;
      return span !== null;
    });
    if (this.activeRange?.sheet === sheet && !deleteFromRect(this.activeRange, axis, at, n)) this.activeRange = null;
  }

  private allCharts(): ChartData[] {
    return this.sheets.flatMap((s) => s.charts);
  }
}

/** Cell formulas and conditional-format formulas of the sheet refer to the moved cells (formulaRefs.ts). */
function moveFormulas(sheet: SheetModel, axis: Axis, op: 'insert' | 'delete', at: number, n: number): void {
  sheet.formulas.update((f) => moveFormulaRefs(f, axis, op, at, n));
  for (const rule of sheet.rules) {
    if (rule.criteria === 'CUSTOM_FORMULA')
      rule.criteriaValues = rule.criteriaValues.map((f) => moveFormulaRefs(String(f), axis, op, at, n));
  }
}

function moveAnchor(chart: ChartData, axis: Axis, move: (line: number) => number): void {
  if (axis === 'columns') chart.anchorColumn = move(chart.anchorColumn);
  else chart.anchorRow = move(chart.anchorRow);
}
