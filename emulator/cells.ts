// Reading and writing blocks of cells for FakeRange: Sheets' argument checks, values as typed by a user,
// copies on the way out (the script can never hold a reference into the sheet).
import { displayValue } from './display';
import { type Execution, isDate } from './execution';
import type { Layer } from './grid';
import type { GridRect } from './spans';
import { DEFAULT_NUMBER_FORMAT, interpretInput } from './userEntered';

function describeArgument(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) {
    const first = data.find((x) => x !== undefined);
    if (Array.isArray(first)) return 'Object[][]';
    const t = typeof first;
    return `${t === 'string' ? 'String' : t === 'number' ? 'number' : t === 'boolean' ? 'Boolean' : 'Object'}[]`;
  }
  if (typeof data === 'string') return 'String';
  if (typeof data === 'number') return 'number';
  return typeof data === 'object' ? 'Object' : typeof data;
}

/** Throws as Sheets does when a 2-D argument does not have exactly the range's shape. */
export function checkShape(data: unknown, rect: GridRect, method: string): asserts data is unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw new Error(`The parameters (${describeArgument(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (data.length !== rect.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== rect.numCols) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numCols}.`,
      );
    }
  }
}

/** Writes inputs as Sheets parses them (see userEntered.ts); formulas are evaluated where they land. */
export function writeInputs(rect: GridRect, inputAt: (i: number, j: number) => unknown): void {
  const { sheet } = rect;
  const ctx = { locale: sheet.spreadsheet.locale, timeZone: sheet.spreadsheet.timeZone };
  const formats = sheet.formats.numberFormats;
  for (let i = 0; i < rect.numRows; i++) {
    const r = rect.row - 1 + i;
    for (let j = 0; j < rect.numCols; j++) {
      const c = rect.col - 1 + j;
      const format = formats.get(r, c);
      const stored = interpretInput(inputAt(i, j), format, ctx);
      let value = stored.value;
      if (stored.formula) value = sheet.spreadsheet.evaluateFormula(stored.formula, { sheet, row: r + 1, col: c + 1 });
      sheet.values.set(r, c, value);
      sheet.formulas.set(r, c, stored.formula);
      if (stored.autoFormat && format === DEFAULT_NUMBER_FORMAT) formats.set(r, c, stored.autoFormat);
    }
  }
}

/** Values as getValues returns them: Dates of the script's realm (copies), blanks as ''. */
export function readValues(exec: Execution, rect: GridRect): unknown[][] {
  const rows = rect.sheet.values.read(
    rect.row - 1,
    rect.col - 1,
    rect.numRows,
    rect.numCols,
    () => exec.scriptArray<unknown>(),
    (v: unknown) => (isDate(v) ? exec.scriptDate(v.getTime()) : v),
  );
  return toScriptArray(exec, rows);
}

export function readDisplayValues(exec: Execution, rect: GridRect): string[][] {
  const { sheet } = rect;
  const { locale, timeZone } = sheet.spreadsheet;
  const out = exec.scriptArray<string[]>();
  for (let i = 0; i < rect.numRows; i++) {
    const line = exec.scriptArray<string>();
    for (let j = 0; j < rect.numCols; j++) {
      const r = rect.row - 1 + i;
      const c = rect.col - 1 + j;
      line.push(displayValue(sheet.values.get(r, c), sheet.formats.numberFormats.get(r, c), locale, timeZone));
    }
    out.push(line);
  }
  return out;
}

/** A copy of one property of the block (backgrounds, notes…). */
export function readLayer<T>(exec: Execution, layer: Layer<T>, rect: GridRect): T[][] {
  return toScriptArray(
    exec,
    layer.read(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, () => exec.scriptArray<T>()),
  );
}

export function writeLayer<T>(layer: Layer<T>, rect: GridRect, valueAt: (i: number, j: number) => T): void {
  layer.writeBlock(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, valueAt);
}

function toScriptArray<T>(exec: Execution, rows: T[][]): T[][] {
  const out = exec.scriptArray<T[]>();
  for (const row of rows) out.push(row);
  return out;
}

export function clearContents(rect: GridRect): void {
  rect.sheet.values.fill(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, '');
  rect.sheet.formulas.fill(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, '');
}

export function clearFormats(rect: GridRect): void {
  for (const layer of rect.sheet.formats.all()) layer.fill(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, layer.fallback);
}

export function clearValidations(rect: GridRect): void {
  rect.sheet.validations.fill(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, null);
}

export function clearNotes(rect: GridRect): void {
  rect.sheet.notes.fill(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, '');
}

/** Sheets refuses to touch cells beyond the grid (a stale range after columns were deleted). */
export function checkInside(rect: GridRect): void {
  if (!rect.sheet.exists) throw new Error('The sheet of this range has been deleted.');
  if (rect.row + rect.numRows - 1 > rect.sheet.maxRows || rect.col + rect.numCols - 1 > rect.sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
}
