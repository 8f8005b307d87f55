// The colours of a block of cells once the conditional-format rules apply, for drawing the grid. effectiveFormat
// reads each rule's formula again for every cell; a classified sheet has dozens of rules over thousands of cells, so
// here each formula is parsed once (with the fakes' own parser) and its terms evaluated with the fakes' termHolds,
// in the same order and with the same reference arithmetic. A rule of any other kind sends every cell through
// effectiveFormat. test/sidebar/preview/server.test.ts checks that both give the same colours.
import { effectiveFormat, type CellFormat } from '../../emulator';
import { termHolds } from '../../emulator/cfEvaluate';
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
  const holds = (terms: CompoundTerm[], anchorRow: number, anchorCol: number, r: number, c: number) =>
    terms.every((term) => termHolds(sheet, term, anchorRow, anchorCol, r, c));
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
