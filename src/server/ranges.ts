// How Sheets hands arguments to a custom function, normalised: a single cell arrives as a value, a range as a 2-D
// array. Formulas answer "a column in, a column out", so each range argument must be one column.
import type { Cell } from '../engine';
import type { FormulaErrorFacts } from '../i18n/text';

/**
 * A failure of the whole formula (bad argument, mismatched ranges): Sheets shows #ERROR! with its sentence, written in
 * the spreadsheet's language when the formula fails (customFunctions.ts).
 */
export class FormulaError extends Error {
  constructor(readonly facts: FormulaErrorFacts) {
    super(facts.code);
  }
}

export interface ColumnArgument {
  name: string;
  cells: Cell[];
}

function isBlank(cell: Cell): boolean {
  return cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** True for an argument the user left out (`=F(A2:A9,,3)` passes '' for the gap; a trailing one is undefined). */
export function isOmitted(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** One column of cells from a value or a range. A range of several columns is refused: we cannot guess which one is meant. */
export function columnArgument(name: string, value: unknown): ColumnArgument {
  if (!Array.isArray(value)) return { name, cells: [value as Cell] };
  const rows = value as unknown[];
  if (rows.length === 0) return { name, cells: [] };
  const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 1;
  if (width !== 1) {
    throw new FormulaError({ code: 'single_column', name, width });
  }
  const cells = new Array<Cell>(rows.length);
  for (let i = 0; i < rows.length; i++) cells[i] = (Array.isArray(rows[i]) ? (rows[i] as Cell[])[0] : rows[i]) as Cell;
  return { name, cells };
}

/** A whole table (CUSTOMER_SEGMENTS): a 2-D range, header row first. */
export function tableArgument(name: string, value: unknown): Cell[][] {
  if (!Array.isArray(value)) throw new FormulaError({ code: 'table_needed', name });
  return (value as unknown[]).map((row) => (Array.isArray(row) ? (row as Cell[]) : [row as Cell]));
}

/** All ranges of one call must have the same number of rows; the message names both. */
export function checkSameHeight(columns: readonly ColumnArgument[]): number {
  const first = columns[0];
  for (const other of columns.slice(1)) {
    if (other.cells.length !== first.cells.length) {
      throw new FormulaError({
        code: 'same_height',
        first: first.name,
        firstRows: first.cells.length,
        other: other.name,
        otherRows: other.cells.length,
      });
    }
  }
  return first.cells.length;
}

/** Index after the last row with anything in it: open ranges (E2:E) bring thousands of blank rows, answered blank without work. */
export function usedHeight(columns: readonly ColumnArgument[], height: number): number {
  for (let i = height - 1; i >= 0; i--) {
    for (const column of columns) if (!isBlank(column.cells[i])) return i + 1;
  }
  return 0;
}

/** A scalar argument chosen from a list. */
export function choiceArgument<T extends string>(name: string, value: unknown, options: readonly T[]): T | undefined {
  if (isOmitted(value)) return undefined;
  const text = String(value).trim().toLowerCase();
  const found = options.find((o) => o.toLowerCase() === text);
  if (!found) throw new FormulaError({ code: 'one_of', name, options, got: String(value) });
  return found;
}
