// Spreadsheets from rows of cells, for tests and the local preview.
import { writeInputs } from './cells';
import { isDate } from './execution';
import { type SheetModel, SpreadsheetModel, type SpreadsheetOptions } from './model';

export interface SheetLoadOptions {
  /** Grid size; by default at least 1000 × 26 like a new Sheets tab, and large enough for the rows. */
  maxRows?: number;
  maxColumns?: number;
  /**
   * 'raw' (default): cells are stored as given (text stays text, numbers and Dates as they are, null → '').
   * 'typed': text is read as if a user typed it (numbers, percents, ISO dates, booleans, formulas; see userEntered.ts).
   */
  interpret?: 'raw' | 'typed';
}

export interface LoadOptions extends SpreadsheetOptions, SheetLoadOptions {
  sheetName?: string;
}

function rawCell(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return new Date(value.getTime());
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** Adds a sheet holding `rows` (from A1) to `spreadsheet`. */
export function addSheetFromRows(
  spreadsheet: SpreadsheetModel,
  name: string,
  rows: unknown[][],
  options: SheetLoadOptions = {},
): SheetModel {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const sheet = spreadsheet.addSheet(
    name,
    spreadsheet.sheets.length,
    options.maxRows ?? Math.max(1000, rows.length),
    options.maxColumns ?? Math.max(26, width),
  );
  if (rows.length > sheet.maxRows || width > sheet.maxColumns)
    throw new Error(`The rows do not fit in a ${sheet.maxRows} × ${sheet.maxColumns} sheet.`);
  if (options.interpret === 'typed') {
    if (rows.length && width) writeInputs({ sheet, row: 1, col: 1, numRows: rows.length, numCols: width }, (i, j) => rows[i][j]);
  } else {
    rows.forEach((row, r) => row.forEach((value, c) => sheet.values.set(r, c, rawCell(value))));
  }
  return sheet;
}

/** A one-sheet spreadsheet holding `rows` from A1. */
export function fakeSpreadsheetFromRows(rows: unknown[][], options: LoadOptions = {}): SpreadsheetModel {
  const spreadsheet = new SpreadsheetModel(options);
  addSheetFromRows(spreadsheet, options.sheetName ?? 'Sheet1', rows, options);
  return spreadsheet;
}
