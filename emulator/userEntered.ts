// What Sheets stores when a script writes a value (setValue/setValues parse strings as if typed by a user).
// Modelled subset, per cell whose number format is not plain text ('@'):
//   '=…'                      → a formula (getFormulas returns it; getValues returns what the spreadsheet's
//                               formula evaluator gives, '' by default: the fake has no formula engine)
//   '+…' / '-…' not a number  → a formula too, '=' prefixed (Sheets shows #ERROR! for '+34 600 123 456')
//   "'…"                      → the text after the apostrophe (the quote prefix is not part of the value)
//   '12', '-3.5', '1,234.5', '1e3' → a number (decimal mark and grouping of the spreadsheet locale)
//   '12%'                     → 0.12, and the cell's format becomes a percent format if it had the default
//   'TRUE' / 'false'          → a boolean
//   '2024-01-15'              → a Date (midnight in the spreadsheet time zone), format 'yyyy-mm-dd' if default
//   anything else             → the text, unchanged
// A cell formatted '@' (plain text) keeps any string exactly as written, apostrophe and '=' included.
// Not modelled: currencies ('$12.50'), locale dates ('15/01/2024'), times, formula normalisation (=sum → =SUM).
import { isDate } from './execution';
import { zonedTime } from './timeZone';

export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const PLAIN_TEXT_FORMAT = '@';

export interface StoredCell {
  /** For a formula, '' until the caller evaluates it where it stands. */
  value: unknown;
  /** '' when the cell holds no formula. */
  formula: string;
  /** A format Sheets picks by itself for what was typed; applied only over the default format. */
  autoFormat?: string;
}

export interface WriteContext {
  locale: string;
  timeZone: string;
}

// Languages whose spreadsheets write 1.234,5 rather than 1,234.5.
const DECIMAL_COMMA = new Set(['es', 'de', 'fr', 'it', 'pt', 'nl', 'ru', 'pl', 'tr', 'sv', 'da', 'nb', 'fi', 'cs', 'id', 'vi']);
const POINT_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d*)(?:,\d+)?(?:[eE][+-]?\d+)?$/;
const HAS_DIGIT = /\d/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const BOOLEAN = /^(?:true|false)$/i;

export function usesDecimalComma(locale: string): boolean {
  return DECIMAL_COMMA.has(locale.slice(0, 2).toLowerCase());
}

/** The number a user would get by typing `text`, or null. */
export function parseTypedNumber(text: string, locale: string): number | null {
  if (!HAS_DIGIT.test(text)) return null;
  if (usesDecimalComma(locale)) {
    if (!COMMA_NUMBER.test(text)) return null;
    return Number(text.replace(/\./g, '').replace(',', '.'));
  }
  if (!POINT_NUMBER.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}

function parseIsoDate(text: string, timeZone: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return zonedTime(year, month, day, timeZone);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

function interpretText(text: string, ctx: WriteContext): StoredCell {
  const first = text.charCodeAt(0);
  if (first === 61 /* = */ && text.length > 1) return { value: '', formula: text };
  if (first === 39 /* ' */) return { value: text.slice(1), formula: '' };
  // Most cells are plain words: skip trimming and the regexes unless the text could be something else.
  const trimmed = isSpace(first) || isSpace(text.charCodeAt(text.length - 1)) ? text.trim() : text;
  const lead = trimmed.charCodeAt(0);
  const mayBeNumber = (lead >= 48 && lead <= 57) || lead === 43 || lead === 45 || lead === 46 || lead === 44;
  if (mayBeNumber) {
    if (trimmed.endsWith('%')) {
      const n = parseTypedNumber(trimmed.slice(0, -1), ctx.locale);
      if (n !== null) return { value: n / 100, formula: '', autoFormat: /[.,]/.test(trimmed) ? '0.00%' : '0%' };
    }
    const n = parseTypedNumber(trimmed, ctx.locale);
    if (n !== null) return { value: n, formula: '' };
    const date = parseIsoDate(trimmed, ctx.timeZone);
    if (date !== null) return { value: new Date(date), formula: '', autoFormat: 'yyyy-mm-dd' };
    if ((first === 43 || first === 45) && text.length > 1) {
      return { value: '', formula: `=${text}` };
    }
  }
  if ((trimmed.length === 4 || trimmed.length === 5) && BOOLEAN.test(trimmed))
    return { value: trimmed.toLowerCase() === 'true', formula: '' };
  return { value: text, formula: '' };
}

/** What a cell holds after a script writes `input` into it while its number format is `cellFormat`. */
export function interpretInput(input: unknown, cellFormat: string, ctx: WriteContext): StoredCell {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input === 'string') {
    if (input === '') return { value: '', formula: '' };
    if (cellFormat === PLAIN_TEXT_FORMAT) return { value: input, formula: '' };
    return interpretText(input, ctx);
  }
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  if (isDate(input)) return { value: new Date(input.getTime()), formula: '' };
  return { value: String(input), formula: '' };
}
