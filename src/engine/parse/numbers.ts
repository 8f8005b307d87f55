// Reading amounts typed as text: `1.234,56`, `1 234,50`, `(1,200.50)`, `$12,500.00`, `1e9`.
// One hand-written scanner serves money and plain numbers; it is called once per distinct text,
// so it avoids regular expressions and string building on the common paths.

import type { ProblemCode } from '../types';

export type DecimalMark = '.' | ',';

/** What one text tells about the column's decimal mark (see `lastSeparatorProof`). */
export type SeparatorProof = 0 | 1 | 2 | 3;
export const NO_PROOF = 0;
/** `12.5`, `1,234.56`, `1,234,567`: the decimal mark is a point. */
export const POINT_PROOF = 1;
/** `59,90`, `1.234,56`, `1.234.567`, `1 234,50`: the decimal mark is a comma. */
export const COMMA_PROOF = 2;
/** `1,234` or `1.234`: either a thousand or a decimal; the column or the locale decides. */
export const AMBIGUOUS_SEPARATOR = 3;

/**
 * The proof left by the last successful scan. A module variable, not a returned object,
 * so that scanning a million cells allocates nothing.
 */
export const lastSeparatorProof: { value: SeparatorProof } = { value: NO_PROOF };

export type AmountKind = 'money' | 'number';

// Every error value Google Sheets or Excel can show in a cell.
const SHEET_ERROR =
  /^#(?:N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA|BLOCKED!|CONNECT!|FIELD!|UNKNOWN!|BUSY!|EXTERNAL!)$/i;

/** `#N/A`, `#REF!`, … (the text is already trimmed). */
export function isSheetError(trimmed: string): boolean {
  return trimmed.charCodeAt(0) === 35 && SHEET_ERROR.test(trimmed);
}

// Written before or after an amount. Compared upper-cased; pure symbol runs ($, €, ¥, R$…) are accepted separately.
const CURRENCY_WORDS = new Set([
  'US$',
  'U$S',
  'C$',
  'CA$',
  'A$',
  'AU$',
  'NZ$',
  'HK$',
  'S$',
  'SG$',
  'MX$',
  'R$',
  'NT$',
  'CN¥',
  'JP¥',
  'RMB',
  '元',
  '人民币',
  '块',
  '圆',
  '円',
  'RS',
  'KR',
  'ZŁ',
  'KČ',
  'FT',
  'LEI',
  'CHF',
  'S/',
  'BS',
  'Q',
  'R',
  'РУБ',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'MXN',
  'BRL',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'UYU',
  'VES',
  'BOB',
  'PYG',
  'DOP',
  'GTQ',
  'CRC',
  'HNL',
  'NIO',
  'PAB',
  'CAD',
  'AUD',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'RUB',
  'UAH',
  'TRY',
  'INR',
  'KRW',
  'HKD',
  'SGD',
  'TWD',
  'THB',
  'IDR',
  'MYR',
  'PHP',
  'VND',
  'ZAR',
  'ILS',
  'AED',
  'SAR',
  'EGP',
  'NGN',
  'KES',
  'MAD',
]);
const CURRENCY_SYMBOLS = /^\p{Sc}{1,2}$/u;

/** Whether `s[start, end)` names a currency; `$ € £ ¥` alone skip the string work. */
function isCurrencyAt(s: string, start: number, end: number): boolean {
  if (end - start === 1) {
    const c = s.charCodeAt(start);
    if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) return true;
  }
  const token = s.slice(start, end);
  return CURRENCY_SYMBOLS.test(token) || CURRENCY_WORDS.has(token.toUpperCase());
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
// Up to 15 digits the integer mantissa is exact, so mantissa / 10^k is the correctly rounded value, as Number() gives.
const MAX_EXACT_DIGITS = 15;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Spaces around signs and currencies: ASCII, tab, NBSP, thin, narrow NBSP, ideographic. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000;
}

/** Thousands separators other than `.` and `,`: spaces (incl. NBSP, narrow NBSP) and the Swiss apostrophe. */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39 || c === 0x2019;
}

function isMinus(c: number): boolean {
  return c === 45 || c === 0x2212;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters and currency symbols: `$`, `/` (Peru's `S/`), ASCII letters and anything non-ASCII that is not a space or sign. */
function isTokenChar(c: number): boolean {
  if (isAsciiLetter(c) || c === 36 || c === 47) return true;
  return c >= 0x80 && !isSpace(c) && c !== 0x2212 && c !== 0x2030 && c !== 0xff05;
}

function isPercent(c: number): boolean {
  return c === 37 || c === 0x2030 || c === 0xff05;
}

/** Full-width digits and signs (common in Chinese input) and the ideographic space need NFKC first. */
export function needsNormalizing(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || (c >= 0xffe0 && c <= 0xffe6) || c === 0x3000) return true;
  }
  return false;
}

/**
 * Reads `text` as an amount. `decimalMark` decides only the ambiguous shapes (`1,234`, `1.234`);
 * every other text shows its own decimal mark. Blank text gives `missing_value`.
 * On success `lastSeparatorProof.value` says what the text proved about the decimal mark.
 */
export function scanAmount(text: string, decimalMark: DecimalMark, kind: AmountKind): number | ProblemCode {
  let s = text.trim();
  if (s.length === 0) return 'missing_value';
  if (needsNormalizing(s)) s = s.normalize('NFKC').trim();
  const unreadable: ProblemCode = kind === 'money' ? 'unparseable_money' : 'unparseable_number';
  if (s.charCodeAt(0) === 35) return isSheetError(s) ? 'sheet_error' : unreadable;
  const n = s.length;

  // Prefix: spaces, one sign, an opening parenthesis, one currency.
  let i = 0;
  let negative = false;
  let signed = false;
  let paren = false;
  let currency = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) break;
    if ((c === 46 || c === 44) && i + 1 < n && isDigit(s.charCodeAt(i + 1))) break;
    if (isSpace(c)) {
      i++;
    } else if (isMinus(c) || c === 43) {
      if (signed || paren) return unreadable;
      signed = true;
      negative = c !== 43;
      i++;
    } else if (c === 40) {
      if (paren || signed) return unreadable;
      paren = true;
      i++;
    } else {
      let end = i;
      while (end < n && isTokenChar(s.charCodeAt(end))) end++;
      if (end === i || currency || kind !== 'money' || !isCurrencyAt(s, i, end)) return unreadable;
      currency = true;
      // The abbreviation dot of `Rs.100` is not a decimal point.
      if (end < n && s.charCodeAt(end) === 46 && isAsciiLetter(s.charCodeAt(end - 1))) end++;
      i = end;
    }
  }
  if (i === n) return unreadable;

  // Core: digits, `.`, `,` and group spaces between digits.
  const start = i;
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  let lastDot = -1;
  let lastComma = -1;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      i++;
    } else if (c === 46) {
      dots++;
      lastDot = i++;
    } else if (c === 44) {
      commas++;
      lastComma = i++;
    } else if (isGroupSpace(c) && i > start && isDigit(s.charCodeAt(i - 1)) && i + 1 < n && isDigit(s.charCodeAt(i + 1))) {
      spaces++;
      i++;
    } else {
      break;
    }
  }
  const end = i;
  if (!isDigit(s.charCodeAt(end - 1))) return unreadable;

  // Scientific notation, `1e9`, `2.5E-3`.
  // Without digits after it the `E` starts a suffix instead (`5EUR`).
  let exponentEnd = end;
  if (end < n && (s.charCodeAt(end) === 101 || s.charCodeAt(end) === 69)) {
    let j = end + 1;
    if (j < n && (s.charCodeAt(j) === 43 || s.charCodeAt(j) === 45)) j++;
    const digitsAt = j;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    if (j > digitsAt) exponentEnd = j;
  }
  const hasExponent = exponentEnd !== end;

  // Which separator is the decimal mark, which one groups thousands.
  let decimalAt = -1;
  let groupChar = 0; // 0: none, 44 / 46: that character, 32: any group space
  let proof: SeparatorProof = NO_PROOF;
  if (dots > 0 && commas > 0) {
    if (spaces > 0) return unreadable;
    if (lastDot > lastComma) {
      if (dots !== 1) return unreadable;
      decimalAt = lastDot;
      groupChar = 44;
      proof = POINT_PROOF;
    } else {
      if (commas !== 1) return unreadable;
      decimalAt = lastComma;
      groupChar = 46;
      proof = COMMA_PROOF;
    }
  } else if (dots + commas >= 2) {
    if (spaces > 0) return unreadable;
    groupChar = dots > 0 ? 46 : 44;
    proof = dots > 0 ? COMMA_PROOF : POINT_PROOF;
  } else if (dots + commas === 1) {
    const at = dots > 0 ? lastDot : lastComma;
    const mark = s.charCodeAt(at);
    const before = at - start;
    const after = end - at - 1;
    // Only `d{1,3}<sep>ddd` could be grouping; anything else shows a decimal mark.
    if (spaces > 0 || hasExponent || after !== 3 || before === 0 || before > 3 || s.charCodeAt(start) === 48) {
      decimalAt = at;
      proof = mark === 46 ? POINT_PROOF : COMMA_PROOF;
    } else {
      proof = AMBIGUOUS_SEPARATOR;
      if (mark === decimalMark.charCodeAt(0)) decimalAt = at;
      else groupChar = mark;
    }
  }
  if (spaces > 0) groupChar = 32;
  if (hasExponent && groupChar !== 0) return unreadable;

  // Validate the grouping (first group 1–3 digits not starting with 0, then groups of exactly 3) and read the digits.
  const integerEnd = decimalAt >= 0 ? decimalAt : end;
  let mantissa = 0;
  let digitCount = 0;
  let groups = 0;
  let groupLength = 0;
  for (let k = start; k < integerEnd; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) {
      mantissa = mantissa * 10 + (c - 48);
      digitCount++;
      groupLength++;
      continue;
    }
    const isExpectedGroup = groupChar === 32 ? isGroupSpace(c) : c === groupChar;
    if (!isExpectedGroup) return unreadable;
    if (groups === 0 ? groupLength === 0 || groupLength > 3 || s.charCodeAt(start) === 48 : groupLength !== 3) {
      return unreadable;
    }
    groups++;
    groupLength = 0;
  }
  if (groups > 0 && groupLength !== 3) return unreadable;
  let fractionDigits = 0;
  for (let k = decimalAt + 1; decimalAt >= 0 && k < end; k++) {
    const c = s.charCodeAt(k);
    if (!isDigit(c)) return unreadable;
    mantissa = mantissa * 10 + (c - 48);
    digitCount++;
    fractionDigits++;
  }

  let value: number;
  if (digitCount <= MAX_EXACT_DIGITS && !hasExponent) {
    value = fractionDigits > 0 ? mantissa / POW10[fractionDigits] : mantissa;
  } else {
    value = Number(canonicalDigits(s, start, end, decimalAt) + s.slice(end, exponentEnd));
  }

  // Suffix: spaces, the closing parenthesis, a trailing minus (`1.200,50-`), a percent sign, one currency.
  i = exponentEnd;
  let closed = false;
  let percent = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (c === 41) {
      if (!paren || closed) return unreadable;
      closed = true;
      i++;
    } else if (isMinus(c)) {
      if (signed || paren) return unreadable;
      signed = true;
      negative = true;
      i++;
    } else if (isPercent(c)) {
      if (percent) return unreadable;
      percent = true;
      i++;
    } else {
      let tokenEnd = i;
      while (tokenEnd < n && isTokenChar(s.charCodeAt(tokenEnd))) tokenEnd++;
      if (tokenEnd === i || currency || kind !== 'money' || !isCurrencyAt(s, i, tokenEnd)) return unreadable;
      currency = true;
      i = tokenEnd;
    }
  }
  if (paren && !closed) return unreadable;
  if (percent) return kind === 'money' ? 'percent_not_money' : unreadable;
  if (!Number.isFinite(value)) return unreadable;

  lastSeparatorProof.value = proof;
  if (value === 0) return 0; // never -0
  return negative || paren ? -value : value;
}

/** The core's digits with `.` as the only separator, for Number(); used for long or scientific values only. */
function canonicalDigits(s: string, start: number, end: number, decimalAt: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) out += s[k];
    else if (k === decimalAt) out += '.';
  }
  return out;
}

/**
 * A plain number typed as text (orders, lead score): the same separator rules as money.
 * Currency symbols and percent signs are refused: in a count or a score they mean the wrong column or a typo.
 */
export function parseNumberText(text: string, decimalMark: DecimalMark): number | ProblemCode {
  return scanAmount(text, decimalMark, 'number');
}

// Languages whose decimal mark is a comma (CLDR), and the regions of those languages that use a point.
const COMMA_LANGUAGES = new Set([
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'ru',
  'uk',
  'be',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'bs',
  'bg',
  'ro',
  'hu',
  'tr',
  'az',
  'kk',
  'el',
  'fi',
  'sv',
  'da',
  'nb',
  'nn',
  'no',
  'is',
  'et',
  'lv',
  'lt',
  'ca',
  'eu',
  'gl',
  'id',
  'vi',
  'ka',
  'hy',
  'sq',
  'mk',
  'af',
]);
const POINT_REGIONS_OF_COMMA_LANGUAGES = new Set([
  'es_MX',
  'es_US',
  'es_PR',
  'es_DO',
  'es_GT',
  'es_HN',
  'es_NI',
  'es_PA',
  'es_SV',
  'es_419',
  'de_CH',
  'de_LI',
  'it_CH',
]);

/** `es_ES` → ['es', 'es_ES']; also accepts `es-ES`. */
export function localeParts(locale: string): [language: string, languageRegion: string] {
  const normal = locale.replace('-', '_');
  const cut = normal.indexOf('_');
  const language = (cut < 0 ? normal : normal.slice(0, cut)).toLowerCase();
  return [language, cut < 0 ? language : language + normal.slice(cut)];
}

/** The decimal mark a spreadsheet locale uses when a column does not show its own. */
export function decimalMarkOfLocale(locale: string): DecimalMark {
  const [language, languageRegion] = localeParts(locale);
  return COMMA_LANGUAGES.has(language) && !POINT_REGIONS_OF_COMMA_LANGUAGES.has(languageRegion) ? ',' : '.';
}

/** The column's decimal mark: the mark more of its texts prove, else the locale's. */
export function decideDecimalMark(pointProofs: number, commaProofs: number, localeMark: DecimalMark): DecimalMark {
  if (pointProofs > commaProofs) return '.';
  if (commaProofs > pointProofs) return ',';
  return localeMark;
}
