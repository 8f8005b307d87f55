// The colours of a block of cells once the conditional-format rules apply, for drawing the grid. effectiveFormat
// reads each rule's formula again for every cell; a classified sheet has dozens of rules over thousands of cells, so
// here each formula is parsed once (with the fakes' own parser) and its terms evaluated with the fakes' formulaHolds,
// in the same order and with the same reference arithmetic. A rule of any other kind sends every cell through
// effectiveFormat. test/sidebar/preview/server.test.ts checks that both give the same colours.
import { effectiveFormat, type CellFormat } from '../../emulator';
import { formulaHolds } from '../../emulator/cfEvaluate';
import { parseCompoundFormula, type CompoundTerm } from '../../emulator/cfCompound';
import type { SheetModel } from '../../emulator/model';

export interface Block {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function blockFormats(sheet: SheetModel, block: Block): CellFormat[][] {
  const parsed: CompoundTerm[][] = [];
  for (const rule of sheet.rules) {
    const terms = rule.criteria === 'CUSTOM_FORMULA' ? parseCompoundFormula(String(rule.criteriaValues[0] ?? '')) : null;
    if (!terms) return eachCell(block, (r, c) => effectiveFormat(sheet, r, c));
    parsed.push(terms);
  }
  const { backgrounds, fontColors, fontWeights } = sheet.formats;
  const timeZone = sheet.spreadsheet.timeZone;
  const holds = (terms: CompoundTerm[], anchorRow: number, anchorCol: number, r: number, c: number) =>
    terms.every((term) => {
      if (term.kind === 'true') return true;
      // Relative parts of a reference move with the cell, measured from the rule's first range (as in Sheets).
      const f = term.formula;
      const row = f.rowAbsolute ? f.refRow : f.refRow + (r - anchorRow);
      const col = f.colAbsolute ? f.refCol : f.refCol + (c - anchorCol);
      if (row < 1 || col < 1 || row > sheet.maxRows || col > sheet.maxColumns) return false;
      const value = sheet.values.get(row - 1, col - 1);
      return formulaHolds(term.left === null ? value : String(value).slice(0, term.left), f, timeZone);
    });
  return eachCell(block, (r, c) => {
    const own: CellFormat = {
      background: backgrounds.get(r - 1, c - 1),
      fontColor: fontColors.get(r - 1, c - 1),
      bold: fontWeights.get(r - 1, c - 1) === 'bold',
      ruleIndex: null,
    };
    for (let i = 0; i < sheet.rules.length; i++) {
      const rule = sheet.rules[i];
      if (!rule.ranges.some((x) => r >= x.row && r < x.row + x.numRows && c >= x.col && c < x.col + x.numCols)) continue;
      if (!holds(parsed[i], rule.ranges[0].row, rule.ranges[0].col, r, c)) continue;
      return {
        background: rule.format.background ?? own.background,
        fontColor: rule.format.fontColor ?? own.fontColor,
        bold: rule.format.bold ?? own.bold,
        ruleIndex: i,
      };
    }
    return own;
  });
}

function eachCell(block: Block, format: (row: number, col: number) => CellFormat): CellFormat[][] {
  const out: CellFormat[][] = [];
  for (let i = 0; i < block.numRows; i++) {
    const line: CellFormat[] = [];
    for (let j = 0; j < block.numCols; j++) line.push(format(block.row + i, block.col + j));
    out.push(line);
  }
  return out;
}
