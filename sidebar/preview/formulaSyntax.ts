// Reads a formula typed into the preview's grid: one function call whose arguments are ranges, cell references,
// numbers, text or TRUE/FALSE, e.g. =CUSTOMER_TIER(E2:E501, 0.8, 0.95) or =CUSTOMER_RFM('My sheet'!C2:C, D2:D, E2:E).
// Nesting and operators are out of scope: the preview has no formula engine, it only hands ranges to the bundle.
import { parseA1, type A1Rect } from '../../emulator/a1';

export type FormulaArgument =
  | { kind: 'value'; value: string | number | boolean | undefined }
  /** A1 reference on the named sheet (the formula's own when null); resolved against that sheet's size later. */
  | { kind: 'range'; sheetName: string | null; ref: string; single: boolean };

export interface FormulaCall {
  name: string;
  args: FormulaArgument[];
}

/** A formula the preview cannot read; the cell shows `code` (#ERROR! or #NAME?) and the message explains. */
export class FormulaError extends Error {
  constructor(
    readonly code: '#ERROR!' | '#NAME?' | '#REF!' | '#VALUE!',
    message: string,
  ) {
    super(message);
  }
}

const CALL = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const BOOLEAN = /^(?:TRUE|FALSE)$/i;
// A reference: an optional sheet ("Name!" or "'Quoted name'!"), then A1 notation with optional $ signs.
const REFERENCE = /^(?:('(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?[A-Za-z]{0,3}\$?\d*(?::\$?[A-Za-z]{0,3}\$?\d*)?)$/;

export const SUPPORTED_HINT =
  "The local preview evaluates only the add-on's CUSTOMER_* functions, with ranges, numbers, text and TRUE/FALSE as arguments.";

/** Splits the text between the parentheses at top-level commas or semicolons (Sheets' separator in comma-decimal locales). */
function splitArguments(inner: string): string[] {
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
    } else if (ch === ',' || ch === ';') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (quote) throw new FormulaError('#ERROR!', 'Formula parse error: a text argument has no closing quote.');
  parts.push(current);
  return parts;
}

function readArgument(raw: string): FormulaArgument {
  const text = raw.trim();
  if (text === '') return { kind: 'value', value: undefined };
  if (text.startsWith('"')) {
    if (!/^"(?:[^"]|"")*"$/.test(text)) throw new FormulaError('#ERROR!', `Formula parse error near ${text}.`);
    return { kind: 'value', value: text.slice(1, -1).replace(/""/g, '"') };
  }
  if (NUMBER.test(text)) return { kind: 'value', value: Number(text) };
  if (BOOLEAN.test(text)) return { kind: 'value', value: text.toUpperCase() === 'TRUE' };
  const m = REFERENCE.exec(text);
  // Any size works here: the shape (cell or range) is all that is checked now; the sheet's size applies later.
  if (m && parseA1(m[2], 1000, 26)) {
    const sheetName = m[1] ? (m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1]) : null;
    const ref = m[2];
    return { kind: 'range', sheetName, ref, single: !ref.includes(':') };
  }
  if (/[()]/.test(text) || /[-+*/&^<>=]/.test(text))
    throw new FormulaError('#ERROR!', `Nested formulas and operators are not supported here (${text}). ${SUPPORTED_HINT}`);
  throw new FormulaError('#ERROR!', `Formula parse error near ${text}.`);
}

/** The function name (upper case) and its arguments; throws FormulaError for anything else. */
export function parseFormula(formula: string): FormulaCall {
  const m = CALL.exec(formula.trim());
  if (!m) throw new FormulaError('#ERROR!', `Formula parse error. ${SUPPORTED_HINT}`);
  const inner = m[2].trim();
  return { name: m[1].toUpperCase(), args: inner === '' ? [] : splitArguments(inner).map(readArgument) };
}

/** Where a reference lands on a sheet of the given size (open ends such as E2:E run to the sheet's last row). */
export function resolveReference(ref: string, maxRows: number, maxColumns: number): A1Rect {
  const rect = parseA1(ref, maxRows, maxColumns);
  if (!rect) throw new FormulaError('#REF!', `Not a cell reference: ${ref}.`);
  if (rect.row + rect.numRows - 1 > maxRows || rect.col + rect.numCols - 1 > maxColumns) {
    throw new FormulaError('#REF!', `${ref} lies outside the sheet.`);
  }
  return rect;
}
