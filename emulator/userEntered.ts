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
//   a date written the locale's way → a Date, with a format of the same shape if default:
//                               es_ES, fr_FR, it_IT, pt_BR… '15/01/2024' (day first) → 'dd/mm/yyyy';
//                               de_DE… '15.01.2024'; zh_CN, ja_JP '2024/1/15' and '2024年1月15日'
//   an amount in the locale's currency → a number with a currency format if default:
//                               es_ES '1.234,56 €' → '#,##0.00 "€"'; zh_CN '¥1,226.86' → '"¥"#,##0.00'; pt_BR 'R$ 12,50'
//   anything else             → the text, unchanged
// A cell formatted '@' (plain text) keeps any string exactly as written, apostrophe and '=' included.
// en_US reads only the ISO dates and plain numbers above.
// Not modelled: en_US dates ('1/15/2024') and currencies ('$12.50'), times, formula normalisation (=sum → =SUM).
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

/** How a locale writes a date by hand: the order of its parts and the marks between them. */
interface DateShape {
  pattern: RegExp;
  order: 'dmy' | 'ymd';
  /** The format the cell gets: `d`/`m` are 'dd'/'mm' when the day or month was typed with a leading zero. */
  format: (d: string, m: string, yyyy: string) => string;
}

const DAY_FIRST_SLASH: DateShape = {
  pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/,
  order: 'dmy',
  format: (d, m, y) => `${d}/${m}/${y}`,
};
const DAY_FIRST_DOT: DateShape = {
  pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/,
  order: 'dmy',
  format: (d, m, y) => `${d}.${m}.${y}`,
};
const YEAR_FIRST_SLASH: DateShape = {
  pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  order: 'ymd',
  format: (d, m, y) => `${y}/${m}/${d}`,
};
const YEAR_FIRST_CJK: DateShape = {
  pattern: /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/,
  order: 'ymd',
  format: (d, m, y) => `${y}"年"${m}"月"${d}"日"`,
};
const DATE_SHAPES: Record<string, DateShape[]> = {
  es: [DAY_FIRST_SLASH],
  fr: [DAY_FIRST_SLASH],
  it: [DAY_FIRST_SLASH],
  pt: [DAY_FIRST_SLASH],
  nl: [DAY_FIRST_SLASH],
  de: [DAY_FIRST_DOT],
  ru: [DAY_FIRST_DOT],
  pl: [DAY_FIRST_DOT],
  tr: [DAY_FIRST_DOT],
  fi: [DAY_FIRST_DOT],
  cs: [DAY_FIRST_DOT],
  da: [DAY_FIRST_DOT],
  nb: [DAY_FIRST_DOT],
  zh: [YEAR_FIRST_SLASH, YEAR_FIRST_CJK],
  ja: [YEAR_FIRST_SLASH, YEAR_FIRST_CJK],
};

/** A locale's currency as typed in a cell: its symbols, where they go, and the format Sheets gives the cell. */
interface Currency {
  symbols: string[];
  format: string;
}

const EURO_AFTER: Currency = { symbols: ['€'], format: '#,##0.00 "€"' };
const CURRENCIES: Record<string, Currency> = {
  es_ES: EURO_AFTER,
  de_DE: EURO_AFTER,
  de_AT: EURO_AFTER,
  fr_FR: EURO_AFTER,
  it_IT: EURO_AFTER,
  pt_PT: EURO_AFTER,
  fi_FI: EURO_AFTER,
  nl_NL: { symbols: ['€'], format: '"€" #,##0.00' },
  pt_BR: { symbols: ['R$'], format: '"R$" #,##0.00' },
  zh_CN: { symbols: ['¥', '￥'], format: '"¥"#,##0.00' },
  ja_JP: { symbols: ['¥', '￥'], format: '"¥"#,##0' },
};
const SPACES = /[\s\u00a0\u202f]/g;

function parseLocaleDate(text: string, ctx: WriteContext): StoredCell | null {
  const shapes = DATE_SHAPES[ctx.locale.slice(0, 2).toLowerCase()];
  if (!shapes) return null;
  for (const shape of shapes) {
    const m = shape.pattern.exec(text);
    if (!m) continue;
    const [day, month, typedYear] = shape.order === 'dmy' ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
    // Two-digit years as Sheets reads them: 00–29 in this century, 30–99 in the last.
    const year = typedYear.length === 2 ? Number(typedYear) + (Number(typedYear) < 30 ? 2000 : 1900) : Number(typedYear);
    const time = calendarDate(year, Number(month), Number(day), ctx.timeZone);
    if (time === null) return null;
    const padded = day.startsWith('0') || month.startsWith('0');
    const format = shape.format(padded ? 'dd' : 'd', padded ? 'mm' : 'm', typedYear.length === 4 ? 'yyyy' : 'yy');
    return { value: new Date(time), formula: '', autoFormat: format };
  }
  return null;
}

function parseCurrency(text: string, ctx: WriteContext): StoredCell | null {
  const currency = CURRENCIES[ctx.locale];
  const symbol = currency?.symbols.find((s) => text.includes(s));
  if (!currency || !symbol) return null;
  // The sign may come before the symbol or before the digits: -12,50 €, -€12,50, €-12,50.
  const compact = text.replace(SPACES, '');
  const at = compact.indexOf(symbol);
  const rest = compact.slice(0, at) + compact.slice(at + symbol.length);
  const before = compact.slice(0, at);
  if (before !== '' && before !== '-' && before !== '+' && at + symbol.length !== compact.length) return null;
  if (!/^[+-]?[\d.,]+$/.test(rest)) return null;
  const n = parseTypedNumber(rest, ctx.locale);
  return n === null ? null : { value: n, formula: '', autoFormat: currency.format };
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

/** Midnight of a calendar day in the zone, or null for a day that does not exist (31/02). */
function calendarDate(year: number, month: number, day: number, timeZone: string): number | null {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return zonedTime(year, month, day, timeZone);
}

function parseIsoDate(text: string, timeZone: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]), timeZone);
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
    const localeDate = parseLocaleDate(trimmed, ctx);
    if (localeDate) return localeDate;
  }
  const money = parseCurrency(trimmed, ctx);
  if (money) return money;
  if (mayBeNumber && (first === 43 || first === 45) && text.length > 1) {
    return { value: '', formula: `=${text}` };
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
