// How a block of rows or columns moves when rows or columns are inserted or deleted, as in Sheets:
// inserting inside a span widens it, inserting before it shifts it, deleting all of it removes it.
import type { SheetModel } from './model';

/** A block of cells on a sheet, 1-based, as rules, charts and the active selection remember it. */
export interface GridRect {
  sheet: SheetModel;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Span [start, end] (1-based, inclusive) after inserting `n` lines so that the first new one is at `at`. */
export function spanAfterInsert(start: number, end: number, at: number, n: number): [number, number] {
  if (at <= start) return [start + n, end + n];
  if (at <= end) return [start, end + n];
  return [start, end];
}

/** Span after deleting `n` lines from `at`; null when all of it was deleted. */
export function spanAfterDelete(start: number, end: number, at: number, n: number): [number, number] | null {
  const lastDeleted = at + n - 1;
  const newStart = start < at ? start : start > lastDeleted ? start - n : at;
  const newEnd = end < at ? end : end > lastDeleted ? end - n : at - 1;
  return newEnd < newStart ? null : [newStart, newEnd];
}

export type Axis = 'rows' | 'columns';

/** Moves `rect` for an insertion on its sheet. */
export function insertIntoRect(rect: GridRect, axis: Axis, at: number, n: number): void {
  if (axis === 'columns') {
    const [s, e] = spanAfterInsert(rect.col, rect.col + rect.numCols - 1, at, n);
    rect.col = s;
    rect.numCols = e - s + 1;
  } else {
    const [s, e] = spanAfterInsert(rect.row, rect.row + rect.numRows - 1, at, n);
    rect.row = s;
    rect.numRows = e - s + 1;
  }
}

/** Moves or shrinks `rect` for a deletion on its sheet; false when nothing of it is left. */
export function deleteFromRect(rect: GridRect, axis: Axis, at: number, n: number): boolean {
  const span =
    axis === 'columns'
      ? spanAfterDelete(rect.col, rect.col + rect.numCols - 1, at, n)
      : spanAfterDelete(rect.row, rect.row + rect.numRows - 1, at, n);
  if (!span) return false;
  if (axis === 'columns') {
    rect.col = span[0];
    rect.numCols = span[1] - span[0] + 1;
  } else {
    rect.row = span[0];
    rect.numRows = span[1] - span[0] + 1;
  }
  return true;
}

export function copyRect(rect: GridRect): GridRect {
  return { sheet: rect.sheet, row: rect.row, col: rect.col, numRows: rect.numRows, numCols: rect.numCols };
}

export function rectContains(outer: GridRect, inner: GridRect): boolean {
  return (
    outer.sheet === inner.sheet &&
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

export function rectsIntersect(a: GridRect, b: GridRect): boolean {
  return (
    a.sheet === b.sheet && a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols
  );
}
