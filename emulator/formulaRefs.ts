// Sheets rewrites the cell references of formulas (cell formulas and conditional-format formulas) when rows or
// columns are inserted or deleted, so `=$C2="A"` becomes `=$E2="A"` after two columns are inserted before C.
// Modelled: single-cell references without a sheet name (B2, $B2, B$2, $B$2), outside string literals.
// A reference to a deleted line becomes #REF!. Not modelled: ranges spanning a deletion, whole-column refs (C:C).
import { columnLetter, columnNumber } from './a1';
import type { Axis } from './spans';

const STRING_LITERAL = /("(?:[^"]|"")*")/;
const CELL_REF = /(^|[^A-Za-z0-9_.!$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function moveLine(line: number, op: 'insert' | 'delete', at: number, n: number): number | null {
  if (op === 'insert') return line >= at ? line + n : line;
  if (line < at) return line;
  return line >= at + n ? line - n : null;
}

/** The formula after inserting (or deleting) `n` lines at `at` on the formula's own sheet. */
export function moveFormulaRefs(formula: string, axis: Axis, op: 'insert' | 'delete', at: number, n: number): string {
  return formula
    .split(STRING_LITERAL)
    .map((part, i) => {
      if (i % 2 === 1) return part; // inside "…"
      return part.replace(CELL_REF, (_all: string, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
        const col = columnNumber(letters);
        const row = Number(digits);
        const moved = axis === 'columns' ? moveLine(col, op, at, n) : moveLine(row, op, at, n);
        if (moved === null) return `${before}#REF!`;
        if (axis === 'columns') return `${before}${colAbs}${columnLetter(moved)}${rowAbs}${row}`;
        return `${before}${colAbs}${letters.toUpperCase()}${rowAbs}${moved}`;
      });
    })
    .join('');
}
