// Reads a formula typed into the preview's grid: one function call whose arguments are ranges, cell references,
// numbers, text or TRUE/FALSE, e.g. =CUSTOMER_TIER(E2:E501, 0.8, 0.95) or =CUSTOMER_RFM('My sheet'!C2:C, D2:D, E2:E).
// As in Sheets, the spreadsheet's locale decides how a formula is written: in a comma-decimal locale (es_ES, de_DE,
// fr_FR, pt_BR…) arguments are separated by ';' and decimals written with ',' (=CUSTOMER_TIER(E2:E501; 0,8; 0,95)),
// and a formula written the other way is a parse error there.
// Nesting and operators are out of scope: the preview has no formula engine, it only hands ranges to the bundle.
import { parseA1, type A1Rect } from '../../emulator/a1';
import { usesDecimalComma } from '../../emulator/userEntered';
import { type FormulaProblem, formulaProblemText } from './text';

export type FormulaArgument =
  | { kind: 'value'; value: string | number | boolean | undefined }
  /** A1 reference on the named sheet (the formula's own when null); resolved against that sheet's size later. */
  | { kind: 'range'; sheetName: string | null; ref: string; single: boolean };

export interface FormulaCall {
  name: string;
  args: FormulaArgument[];
}

/** A formula the preview cannot read; the cell shows `code` (#ERROR! or #NAME?) and the problem says why. */
export class FormulaError extends Error {
  constructor(
    readonly code: '#ERROR!' | '#NAME?' | '#REF!' | '#VALUE!',
    readonly problem: FormulaProblem,
  ) {
    super(formulaProblemText(problem, 'en'));
  }
}

/** How a locale writes a formula: the argument separator and the decimal mark. */
export interface FormulaConventions {
  separator: ',' | ';';
  decimal: '.' | ',';
}

const POINT: FormulaConventions = { separator: ',', decimal: '.' };
const COMMA: FormulaConventions = { separator: ';', decimal: ',' };

export function formulaConventions(locale: string): FormulaConventions {
  return usesDecimalComma(locale) ? COMMA : POINT;
}

/** A formula to show as an example, written the locale's way. */
export function exampleFormula(locale: string): string {
  const { separator: s, decimal: d } = formulaConventions(locale);
  return `=CUSTOMER_TIER(E2:E${s} 0${d}8${s} 0${d}95)`;
}

const CALL = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/;
const NUMBER = { '.': /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/, ',': /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/ };
const BOOLEAN = /^(?:TRUE|FALSE)$/i;
// A reference: an optional sheet ("Name!" or "'Quoted name'!"), then A1 notation with optional $ signs.
const REFERENCE = /^(?:('(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?[A-Za-z]{0,3}\$?\d*(?::\$?[A-Za-z]{0,3}\$?\d*)?)$/;

/** Splits the text between the parentheses at the locale's argument separator, outside quotes. */
function splitArguments(inner: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (quote) {
      current += ch;
      if (ch === quote) {
        if (inner[i + 1] === quote) current += inner[++i];
        else quote = null;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (quote) throw new FormulaError('#ERROR!', { key: 'unclosedQuote' });
  parts.push(current);
  return parts;
}

function readArgument(raw: string, conventions: FormulaConventions): FormulaArgument {
  const text = raw.trim();
  if (text === '') return { kind: 'value', value: undefined };
  if (text.startsWith('"')) {
    if (!/^"(?:[^"]|"")*"$/.test(text)) throw new FormulaError('#ERROR!', { key: 'parseNear', facts: { text } });
    return { kind: 'value', value: text.slice(1, -1).replace(/""/g, '"') };
  }
  if (NUMBER[conventions.decimal].test(text)) return { kind: 'value', value: Number(text.replace(',', '.')) };
  if (BOOLEAN.test(text)) return { kind: 'value', value: text.toUpperCase() === 'TRUE' };
  const m = REFERENCE.exec(text);
  // Any size works here: the shape (cell or range) is all that is checked now; the sheet's size applies later.
  if (m && parseA1(m[2], 1000, 26)) {
    const sheetName = m[1] ? (m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1]) : null;
    const ref = m[2];
    return { kind: 'range', sheetName, ref, single: !ref.includes(':') };
  }
  if (/[()]/.test(text) || /[-+*/&^<>=]/.test(text)) throw new FormulaError('#ERROR!', { key: 'nested', facts: { text } });
  throw new FormulaError('#ERROR!', { key: 'parseNear', facts: { text } });
}

interface Parsed {
  /** The function's name as typed. */
  typedName: string;
  /** The arguments' text as typed, spaces included. */
  raw: string[];
  call: FormulaCall;
}

function parseWith(formula: string, conventions: FormulaConventions): Parsed {
  const m = CALL.exec(formula.trim());
  if (!m) throw new FormulaError('#ERROR!', { key: 'parse' });
  const raw = m[2].trim() === '' ? [] : splitArguments(m[2], conventions.separator);
  return { typedName: m[1], raw, call: { name: m[1].toUpperCase(), args: raw.map((a) => readArgument(a, conventions)) } };
}

/**
 * The function name (upper case) and its arguments, read the way the spreadsheet's locale writes formulas; throws
 * FormulaError for anything else. A formula that only reads with the other locale's separators says so.
 */
export function parseFormula(formula: string, locale = 'en_US'): FormulaCall {
  const conventions = formulaConventions(locale);
  try {
    return parseWith(formula, conventions).call;
  } catch (error) {
    if (!(error instanceof FormulaError) || error.problem.key === 'parse') throw error;
    const other = conventions === POINT ? COMMA : POINT;
    try {
      parseWith(formula, other);
    } catch {
      throw error;
    }
    const near = error.problem.key !== 'message' ? error.problem.facts?.text : undefined;
    throw new FormulaError('#ERROR!', {
      key: 'separators',
      facts: {
        text: near ?? formula,
        locale,
        separator: conventions.separator,
        decimal: conventions.decimal,
        example: exampleFormula(locale),
      },
    });
  }
}

/**
 * The same formula written the way another locale writes it (Sheets shows formulas in the spreadsheet's locale, so
 * changing the locale rewrites them). A formula that does not read in the old locale stays as it was typed.
 */
export function convertFormula(formula: string, fromLocale: string, toLocale: string): string {
  const from = formulaConventions(fromLocale);
  const to = formulaConventions(toLocale);
  if (from === to) return formula;
  let parsed: Parsed;
  try {
    parsed = parseWith(formula, from);
  } catch {
    return formula;
  }
  const args = parsed.raw.map((raw) => (NUMBER[from.decimal].test(raw.trim()) ? raw.replace(from.decimal, to.decimal) : raw));
  return `=${parsed.typedName}(${args.join(to.separator)})`;
}

/** Where a reference lands on a sheet of the given size (open ends such as E2:E run to the sheet's last row). */
export function resolveReference(ref: string, maxRows: number, maxColumns: number): A1Rect {
  const rect = parseA1(ref, maxRows, maxColumns);
  if (!rect) throw new FormulaError('#REF!', { key: 'notReference', facts: { ref } });
  if (rect.row + rect.numRows - 1 > maxRows || rect.col + rect.numCols - 1 > maxColumns) {
    throw new FormulaError('#REF!', { key: 'outsideSheet', facts: { ref } });
  }
  return rect;
}
