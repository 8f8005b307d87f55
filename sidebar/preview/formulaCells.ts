// Formula cells of the preview and their spills. A formula's answer fills the cells below and to the right of it,
// as in Sheets: the anchor holds the first value, the others hold the rest as plain values, and the preview
// remembers each spill's size so it can take it back when the formula is recalculated or overwritten.
import { columnLetter } from '../../emulator/a1';
import type { SheetModel, SpreadsheetModel } from '../../emulator/model';
import { FormulaError } from './formulaSyntax';
import type { FormulaProblem } from './text';

interface Spill {
  numRows: number;
  numCols: number;
}

interface Position {
  row: number;
  col: number;
}

/** Formula cells per sheet in row order, taken before a script runs to follow them if it moves them. */
export type FormulaPositions = Map<SheetModel, Position[]>;

/** Evaluates one formula where it stands: a 2-D block of values, or throws FormulaError. */
export type Evaluate = (formula: string, sheet: SheetModel, row: number, col: number) => unknown[][];

const key = (row: number, col: number) => `${row},${col}`;

function formulaPositions(sheet: SheetModel): Position[] {
  const out: Position[] = [];
  sheet.formulas.trimmed().forEach((line, r) => line.forEach((f, c) => f && out.push({ row: r + 1, col: c + 1 })));
  return out;
}

export class FormulaCells {
  private readonly spills = new Map<SheetModel, Map<string, Spill>>();
  private readonly errors = new Map<SheetModel, Map<string, FormulaProblem>>();

  /** Why the formula at (row, col) shows an error, if it does. */
  errorAt(sheet: SheetModel, row: number, col: number): FormulaProblem | undefined {
    return this.errors.get(sheet)?.get(key(row, col));
  }

  positions(spreadsheet: SpreadsheetModel): FormulaPositions {
    return new Map(spreadsheet.sheets.map((s) => [s, formulaPositions(s)]));
  }

  /**
   * After a script ran: inserting or deleting rows and columns keeps formulas in the same row-major order, so the
   * n-th formula before is the n-th after. If the count changed the spills of that sheet are forgotten.
   */
  follow(before: FormulaPositions): void {
    for (const [sheet, spills] of [...this.spills]) {
      const old = before.get(sheet);
      const now = sheet.exists ? formulaPositions(sheet) : null;
      this.spills.delete(sheet);
      this.errors.delete(sheet);
      if (!old || !now || old.length !== now.length) continue;
      const moved = new Map<string, Spill>();
      old.forEach((p, i) => {
        const spill = spills.get(key(p.row, p.col));
        if (spill) moved.set(key(now[i].row, now[i].col), spill);
      });
      this.spills.set(sheet, moved);
    }
  }

  /** The user is about to type into (row, col): a spill over it, or its own, is taken back first. */
  beforeEdit(sheet: SheetModel, row: number, col: number): void {
    const spills = this.spills.get(sheet);
    if (!spills) return;
    for (const [at, spill] of [...spills]) {
      const [r, c] = at.split(',').map(Number);
      if (row >= r && row < r + spill.numRows && col >= c && col < c + spill.numCols) {
        this.takeBack(sheet, r, c, spill);
        spills.delete(at);
      }
    }
  }

  /** Evaluates every formula of the spreadsheet, sheet by sheet in row order, and spills the answers. */
  recalculate(spreadsheet: SpreadsheetModel, evaluate: Evaluate): void {
    for (const sheet of spreadsheet.sheets) {
      const positions = formulaPositions(sheet);
      const spills = this.spills.get(sheet) ?? new Map<string, Spill>();
      const errors = new Map<string, FormulaProblem>();
      // Answers may have changed shape: take every old spill back before writing any new one.
      for (const p of positions) {
        const old = spills.get(key(p.row, p.col));
        if (old) this.takeBack(sheet, p.row, p.col, old);
      }
      spills.clear();
      for (const { row, col } of positions) {
        const formula = sheet.formulas.get(row - 1, col - 1);
        try {
          const block = evaluate(formula, sheet, row, col);
          this.checkRoom(sheet, row, col, block);
          block.forEach((line, i) => line.forEach((value, j) => sheet.values.set(row - 1 + i, col - 1 + j, value)));
          if (block.length > 1 || block[0].length > 1) spills.set(key(row, col), { numRows: block.length, numCols: block[0].length });
        } catch (error) {
          const failure =
            error instanceof FormulaError
              ? error
              : new FormulaError('#ERROR!', { key: 'message', text: (error as { message?: string }).message ?? String(error) });
          sheet.values.set(row - 1, col - 1, failure.code);
          errors.set(key(row, col), failure.problem);
        }
      }
      this.spills.set(sheet, spills);
      this.errors.set(sheet, errors);
    }
  }

  /** Sheets shows #REF! rather than overwrite a cell that holds something, or grow the sheet for an answer. */
  private checkRoom(sheet: SheetModel, row: number, col: number, block: unknown[][]): void {
    const lastRow = row + block.length - 1;
    const lastCol = col + block[0].length - 1;
    if (lastRow > sheet.maxRows || lastCol > sheet.maxColumns) {
      throw new FormulaError('#REF!', { key: 'noRoom', facts: { rows: block.length, cols: block[0].length } });
    }
    for (let r = row; r <= lastRow; r++) {
      for (let c = col; c <= lastCol; c++) {
        if (r === row && c === col) continue;
        if (sheet.values.get(r - 1, c - 1) !== '' || sheet.formulas.get(r - 1, c - 1) !== '') {
          throw new FormulaError('#REF!', { key: 'spillBlocked', facts: { cell: `${columnLetter(c)}${r}` } });
        }
      }
    }
  }

  /** Blanks a spill's cells except the anchor (and any cell that has since got a formula of its own). */
  private takeBack(sheet: SheetModel, row: number, col: number, spill: Spill): void {
    for (let r = row; r < row + spill.numRows; r++) {
      for (let c = col; c < col + spill.numCols; c++) {
        if ((r === row && c === col) || sheet.formulas.get(r - 1, c - 1) !== '') continue;
        sheet.values.set(r - 1, c - 1, '');
      }
    }
  }
}
