// A1 notation: 'B2', 'A1:C10', 'C:C', 'A2:C' (open-ended), '3:5', with an optional "'Sheet name'!" prefix.
import { columnLetter } from '../src/shared/a1';

export { columnLetter };

export interface A1Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** 'C:C' and '3:5' reach the sheet's edge: getA1Notation gives them back without row (or column) numbers. */
  wholeColumns: boolean;
  wholeRows: boolean;
}

const CELL = /^(\$?[A-Za-z]{1,3})?(\$?\d+)?$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.replace(/\$/g, '').toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (quotes undone) and the reference. */
export function splitSheetName(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

interface Corner {
  col: number | null;
  row: number | null;
}

function corner(text: string): Corner | null {
  const m = CELL.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2].replace('$', '')) : null };
}

/** Parses a reference on a sheet of the given size; null when it is not A1 notation. */
export function parseA1(ref: string, maxRows: number, maxCols: number): A1Rect | null {
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  if (!a || !b) return null;
  if (parts.length === 1 && (a.col === null || a.row === null)) return null;
  // 'C:C' has no rows, '3:5' has no columns; 'A2:C' runs to the last row.
  const wholeColumns = a.row === null && b.row === null;
  const wholeRows = a.col === null && b.col === null;
  if (wholeColumns && wholeRows) return null;
  const r1 = a.row ?? 1;
  const r2 = b.row ?? maxRows;
  const c1 = a.col ?? 1;
  const c2 = b.col ?? maxCols;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return {
    row,
    col,
    numRows: Math.max(r1, r2) - row + 1,
    numCols: Math.max(c1, c2) - col + 1,
    wholeColumns,
    wholeRows,
  };
}

export function toA1(rect: Omit<A1Rect, 'wholeColumns' | 'wholeRows'> & Partial<A1Rect>): string {
  const lastCol = rect.col + rect.numCols - 1;
  const lastRow = rect.row + rect.numRows - 1;
  if (rect.wholeColumns) return `${columnLetter(rect.col)}:${columnLetter(lastCol)}`;
  if (rect.wholeRows) return `${rect.row}:${lastRow}`;
  const first = `${columnLetter(rect.col)}${rect.row}`;
  if (rect.numRows === 1 && rect.numCols === 1) return first;
  return `${first}:${columnLetter(lastCol)}${lastRow}`;
}
