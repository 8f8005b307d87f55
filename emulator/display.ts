// getDisplayValues: a cell as Sheets shows it. Supported number formats: the default ('0.###############'),
// '@', fixed decimals ('0', '0.00'), grouping ('#,##0.00'), percent ('0%', '0.0%'), literal prefixes and
// suffixes ('"$"#,##0.00', '0.0 "kg"'), a negative section ('#,##0.00;(#,##0.00)'), and date/time patterns
// built from yyyy yy mmmm mmm mm m dd d hh h ss, with quoted literals ('yyyy"年"m"月"d"日"').
// Dates without a date format show as the locale's short date (M/d/yyyy in en_US), plus H:mm:ss if not midnight.
import { isDate } from './execution';
import { zonedParts } from './timeZone';
import { DEFAULT_NUMBER_FORMAT, PLAIN_TEXT_FORMAT, usesDecimalComma } from './userEntered';

// A quoted literal or an escaped character, kept as written, or a date token.
const DATE_TOKENS = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|am\/pm/gi;
const IS_DATE_FORMAT = /[yd]|h{1,2}:|:s/i;
const NUMBER_CORE = /[#0,]*0[#0,]*(?:\.[0#]+)?|#[#,]*(?:\.[0#]+)?/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function localeDatePattern(locale: string): string {
  const lang = locale.slice(0, 2).toLowerCase();
  if (lang === 'zh' || lang === 'ja' || lang === 'ko') return 'yyyy/m/d';
  if (lang === 'de') return 'd.m.yyyy';
  if (['es', 'fr', 'it', 'pt', 'nl'].includes(lang)) return 'd/m/yyyy';
  if (lang === 'en' && locale !== 'en' && locale !== 'en_US') return 'dd/mm/yyyy';
  return 'm/d/yyyy';
}

/** Formats an instant with a Sheets date pattern; 'm' after h or before s means minutes, as in Sheets. */
export function formatDatePattern(time: number, pattern: string, timeZone: string): string {
  const p = zonedParts(time, timeZone);
  const isLiteral = (token: string) => token.startsWith('"') || token.startsWith('\\');
  const tokens = (pattern.match(DATE_TOKENS) ?? []).filter((token) => !isLiteral(token));
  let index = 0;
  return pattern.replace(DATE_TOKENS, (token) => {
    if (token.startsWith('"')) return token.slice(1, -1);
    if (token.startsWith('\\')) return token.slice(1);
    const prev = tokens[index - 1]?.toLowerCase() ?? '';
    const next = tokens[index + 1]?.toLowerCase() ?? '';
    index++;
    const t = token.toLowerCase();
    const minutes = (t === 'm' || t === 'mm') && (prev.startsWith('h') || next.startsWith('s'));
    switch (t) {
      case 'yyyy':
        return String(p.year);
      case 'yy':
        return pad(p.year % 100);
      case 'mmmm':
        return MONTHS[p.month - 1];
      case 'mmm':
        return MONTHS[p.month - 1].slice(0, 3);
      case 'mm':
        return pad(minutes ? p.minute : p.month);
      case 'm':
        return String(minutes ? p.minute : p.month);
      case 'dd':
        return pad(p.day);
      case 'd':
        return String(p.day);
      case 'hh':
        return pad(p.hour);
      case 'h':
        return String(p.hour);
      case 'ss':
        return pad(p.second);
      case 's':
        return String(p.second);
      default:
        return p.hour < 12 ? 'AM' : 'PM';
    }
  });
}

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function formatNumber(n: number, format: string, locale: string): string {
  const comma = usesDecimalComma(locale);
  const decimalMark = comma ? ',' : '.';
  const groupMark = comma ? '.' : ',';
  if (format === DEFAULT_NUMBER_FORMAT || format === '' || format === PLAIN_TEXT_FORMAT || format.toLowerCase() === 'general') {
    const text = String(Number(n.toPrecision(15)));
    return text.replace('.', decimalMark);
  }
  // 'positive;negative' sections: the negative one shows the absolute value, e.g. (1,200.50).
  const sections = format.split(';');
  if (sections.length > 1 && n < 0) return formatNumber(-n, sections[1], locale).replace(/^-/, '');
  format = sections[0];
  // Digits inside quotes are literal text, never the number's placeholders ('"<0.1%"').
  const core = NUMBER_CORE.exec(format.replace(/"[^"]*"/g, (quoted) => ' '.repeat(quoted.length)));
  // A format of literal text only ('"<0.1%"') shows that text for any number, as in Sheets.
  if (!core) return /"[^"]*"/.test(format) ? format.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1') : String(n);
  const [prefix, suffix] = [format.slice(0, core.index), format.slice(core.index + core[0].length)].map((s) =>
    s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1'),
  );
  const value = format.includes('%') ? n * 100 : n;
  const [intPart, fracPart = ''] = core[0].split('.');
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const maxDecimals = fracPart.length;
  let text = Math.abs(value).toFixed(maxDecimals);
  if (maxDecimals > minDecimals) text = text.replace(new RegExp(`0{1,${maxDecimals - minDecimals}}$`), '').replace(/\.$/, '');
  let [whole, frac] = text.split('.');
  if (intPart.includes(',')) whole = groupDigits(whole, groupMark);
  const body = frac ? `${whole}${decimalMark}${frac}` : whole;
  return `${value < 0 ? '-' : ''}${prefix}${body}${suffix}`;
}

/** The text Sheets shows for a stored value under a number format. */
export function displayValue(value: unknown, format: string, locale: string, timeZone: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDate(value)) {
    if (IS_DATE_FORMAT.test(format) && format !== DEFAULT_NUMBER_FORMAT) return formatDatePattern(value.getTime(), format, timeZone);
    const p = zonedParts(value.getTime(), timeZone);
    const date = formatDatePattern(value.getTime(), localeDatePattern(locale), timeZone);
    return p.hour || p.minute || p.second ? `${date} ${p.hour}:${pad(p.minute)}:${pad(p.second)}` : date;
  }
  if (typeof value === 'number') return formatNumber(value, format, locale);
  return String(value);
}
