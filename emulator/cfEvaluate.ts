// What a cell looks like once conditional formatting applies, and the text it shows (for tests and the
// local preview; not service calls, nothing is counted). The first rule in list order whose ranges hold the cell and whose
// condition holds wins, over the cell's own format; a format the rule leaves unset keeps the cell's own.
//
// Conditions evaluated:
//   CUSTOM_FORMULA of the form  =<ref> <op> <literal>, or =AND(…) of such terms, LEFT(<ref>,n) <op> <literal>
//   and N("text")=0 (cfCompound.ts)
//     <ref>     B2, $B2, B$2, $B$2: relative parts move with the cell, measured from the top-left cell of
//               the rule's first range (as Sheets does)
//     <op>      = <> < > <= >=   (text compares case-insensitively, like Sheets)
//     <literal> "text" (with "" for a quote), a number, TRUE or FALSE
//   TEXT_EQUAL_TO / TEXT_CONTAINS / TEXT_DOES_NOT_CONTAIN / TEXT_STARTS_WITH / TEXT_ENDS_WITH (on the shown
//   text, case-insensitive), CELL_EMPTY / CELL_NOT_EMPTY, NUMBER_* (numbers only).
// Anything else (AND/OR, functions, dates, gradients) is unsupported: it never matches, or throws with `strict`.
import type { BooleanCriteriaName } from './enums';
import { parseCompoundFormula, type CompoundTerm } from './cfCompound';
import { displayValue } from './display';
import { isDate } from './execution';
import type { RuleData } from './conditionalFormat';
import { SheetModel } from './model';
import { FakeSheet } from './sheet';
import { zonedParts } from './timeZone';

export interface CellFormat {
  background: string;
  fontColor: string;
  bold: boolean;
  /** Index in the sheet's rule list of the rule that applies, or null. */
  ruleIndex: number | null;
}

export interface EvaluateOptions {
  /** Throw on a condition the fake cannot evaluate instead of treating it as false. */
  strict?: boolean;
}

export interface ParsedFormula {
  rowAbsolute: boolean;
  colAbsolute: boolean;
  refRow: number;
  refCol: number;
  op: '=' | '<>' | '<' | '>' | '<=' | '>=';
  literal: string | number | boolean;
}

const FORMULA = /^=\s*(\$?)([A-Za-z]{1,3})(\$?)(\d+)\s*(<>|<=|>=|=|<|>)\s*(.+?)\s*$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The supported `=<ref> <op> <literal>` form, or null. */
export function parseRuleFormula(formula: string): ParsedFormula | null {
  const m = FORMULA.exec(formula.trim());
  if (!m) return null;
  const raw = m[6];
  let literal: string | number | boolean;
  if (/^"(?:[^"]|"")*"$/.test(raw)) literal = raw.slice(1, -1).replace(/""/g, '"');
  else if (NUMBER.test(raw)) literal = Number(raw);
  else if (/^(TRUE|FALSE)$/i.test(raw)) literal = raw.toUpperCase() === 'TRUE';
  else return null;
  let refCol = 0;
  for (const ch of m[2].toUpperCase()) refCol = refCol * 26 + ch.charCodeAt(0) - 64;
  return { colAbsolute: m[1] === '$', refCol, rowAbsolute: m[3] === '$', refRow: Number(m[4]), op: m[5] as ParsedFormula['op'], literal };
}

function compare(a: number | string, b: number | string, op: ParsedFormula['op']): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '<>':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    default:
      return a >= b;
  }
}

// Sheets orders numbers before text before booleans when types differ.
function typeRank(v: unknown): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

/** The formula's truth for the cell value it points at. */
export function formulaHolds(value: unknown, f: ParsedFormula, timeZone = 'UTC'): boolean {
  let v = value;
  if (isDate(v)) {
    const p = zonedParts(v.getTime(), timeZone);
    v = (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - SERIAL_EPOCH) / 86400000;
  }
  if (v === '' && typeof f.literal === 'number') v = 0;
  if (v === '' && typeof f.literal === 'boolean') v = false;
  const lit = f.literal;
  if (typeRank(v) !== typeRank(lit)) {
    if (f.op === '=' || f.op === '<>') return f.op === '<>';
    return compare(typeRank(v), typeRank(lit), f.op);
  }
  if (typeof lit === 'string') return compare(String(v).toLowerCase(), lit.toLowerCase(), f.op);
  return compare(Number(v), Number(lit), f.op);
}

class Unsupported extends Error {}

function textHolds(shown: string, criteria: BooleanCriteriaName, arg: string): boolean | undefined {
  const text = shown.toLowerCase();
  const needle = arg.toLowerCase();
  switch (criteria) {
    case 'TEXT_EQUAL_TO':
      return text === needle;
    case 'TEXT_CONTAINS':
      return text.includes(needle);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(needle);
    case 'TEXT_STARTS_WITH':
      return text.startsWith(needle);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(needle);
    default:
      return undefined;
  }
}

function numberHolds(v: unknown, criteria: BooleanCriteriaName, args: unknown[]): boolean | undefined {
  if (!criteria.startsWith('NUMBER_')) return undefined;
  if (typeof v !== 'number') return false;
  const [a, b] = args.map(Number);
  switch (criteria) {
    case 'NUMBER_BETWEEN':
      return v >= Math.min(a, b) && v <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      return v < Math.min(a, b) || v > Math.max(a, b);
    case 'NUMBER_EQUAL_TO':
      return v === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return v !== a;
    case 'NUMBER_GREATER_THAN':
      return v > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return v >= a;
    case 'NUMBER_LESS_THAN':
      return v < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return v <= a;
    default:
      return undefined;
  }
}

/**
 * One term of a compound formula at cell (r, c). Relative parts of a reference move with the cell, measured from the
 * rule's first range (anchorRow, anchorCol), as in Sheets; ROW() and COLUMN() are the cell's own.
 */
export function termHolds(sheet: SheetModel, term: CompoundTerm, anchorRow: number, anchorCol: number, r: number, c: number): boolean {
  if (term.kind === 'true') return true;
  if (term.kind === 'position') return compare(term.axis === 'row' ? r : c, term.value, term.op);
  const f = term.formula;
  const row = f.rowAbsolute ? f.refRow : f.refRow + (r - anchorRow);
  const col = f.colAbsolute ? f.refCol : f.refCol + (c - anchorCol);
  if (row < 1 || col < 1 || row > sheet.maxRows || col > sheet.maxColumns) return false;
  const value = sheet.values.get(row - 1, col - 1);
  return formulaHolds(term.left === null ? value : String(value).slice(0, term.left), f, sheet.spreadsheet.timeZone);
}

function conditionHolds(sheet: SheetModel, rule: RuleData, r: number, c: number): boolean {
  const criteria = rule.criteria;
  if (criteria === null) return false;
  const value = sheet.values.get(r - 1, c - 1);
  if (criteria === 'CUSTOM_FORMULA') {
    const terms = parseCompoundFormula(String(rule.criteriaValues[0] ?? ''));
    if (!terms) throw new Unsupported(`Unsupported conditional-format formula: ${String(rule.criteriaValues[0])}`);
    const anchor = rule.ranges[0];
    return terms.every((term) => termHolds(sheet, term, anchor.row, anchor.col, r, c));
  }
  if (criteria === 'CELL_EMPTY' || criteria === 'CELL_NOT_EMPTY') {
    const empty = value === '' && sheet.formulas.get(r - 1, c - 1) === '';
    return criteria === 'CELL_EMPTY' ? empty : !empty;
  }
  const { locale, timeZone } = sheet.spreadsheet;
  const shown = displayValue(value, sheet.formats.numberFormats.get(r - 1, c - 1), locale, timeZone);
  const byText = textHolds(shown, criteria, String(rule.criteriaValues[0] ?? ''));
  if (byText !== undefined) return byText;
  const byNumber = numberHolds(value, criteria, rule.criteriaValues);
  if (byNumber !== undefined) return byNumber;
  throw new Unsupported(`Unsupported conditional-format condition: ${criteria}`);
}

function inRule(rule: RuleData, r: number, c: number): boolean {
  return rule.ranges.some((x) => r >= x.row && r < x.row + x.numRows && c >= x.col && c < x.col + x.numCols);
}

function modelOf(sheet: SheetModel | GoogleAppsScript.Spreadsheet.Sheet): SheetModel {
  return sheet instanceof SheetModel ? sheet : FakeSheet.modelOf(sheet);
}

/** The format cell (row, col) (1-based) shows, conditional formatting included. */
export function effectiveFormat(
  sheet: SheetModel | GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  col: number,
  options: EvaluateOptions = {},
): CellFormat {
  const m = modelOf(sheet);
  const own: CellFormat = {
    background: m.formats.backgrounds.get(row - 1, col - 1),
    fontColor: m.formats.fontColors.get(row - 1, col - 1),
    bold: m.formats.fontWeights.get(row - 1, col - 1) === 'bold',
    ruleIndex: null,
  };
  for (let i = 0; i < m.rules.length; i++) {
    const rule = m.rules[i];
    if (!inRule(rule, row, col)) continue;
    let holds = false;
    try {
      holds = conditionHolds(m, rule, row, col);
    } catch (e) {
      if (options.strict || !(e instanceof Unsupported)) throw e;
    }
    if (!holds) continue;
    return {
      background: rule.format.background ?? own.background,
      fontColor: rule.format.fontColor ?? own.fontColor,
      bold: rule.format.bold ?? own.bold,
      ruleIndex: i,
    };
  }
  return own;
}

/** Backgrounds shown over a block (default: the data range), conditional formatting included. */
export function effectiveBackgrounds(
  sheet: SheetModel | GoogleAppsScript.Spreadsheet.Sheet,
  block?: { row: number; col: number; numRows: number; numCols: number },
  options: EvaluateOptions = {},
): string[][] {
  const m = modelOf(sheet);
  const b = block ?? { row: 1, col: 1, numRows: Math.max(1, m.lastRow()), numCols: Math.max(1, m.lastColumn()) };
  const out: string[][] = [];
  for (let i = 0; i < b.numRows; i++) {
    const line: string[] = [];
    for (let j = 0; j < b.numCols; j++) line.push(effectiveFormat(m, b.row + i, b.col + j, options).background);
    out.push(line);
  }
  return out;
}

/** The text every cell of a block shows (default: the data range), for the preview's grid. Not counted. */
export function shownValues(
  sheet: SheetModel | GoogleAppsScript.Spreadsheet.Sheet,
  block?: { row: number; col: number; numRows: number; numCols: number },
): string[][] {
  const m = modelOf(sheet);
  const { locale, timeZone } = m.spreadsheet;
  const b = block ?? { row: 1, col: 1, numRows: Math.max(1, m.lastRow()), numCols: Math.max(1, m.lastColumn()) };
  const out: string[][] = [];
  for (let i = 0; i < b.numRows; i++) {
    const line: string[] = [];
    for (let j = 0; j < b.numCols; j++) {
      const r = b.row - 1 + i;
      const c = b.col - 1 + j;
      line.push(displayValue(m.values.get(r, c), m.formats.numberFormats.get(r, c), locale, timeZone));
    }
    out.push(line);
  }
  return out;
}
