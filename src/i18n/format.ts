// Numbers and dates as the spreadsheet's locale writes them, one way everywhere: in the cells' number formats, in the
// reasons' sentences and in the sidebar. The words around them follow the language of the place (src/i18n/text.ts);
// the decimal mark, the grouping and the order of a date follow the spreadsheet's locale, as Sheets' own cells do.
import { dateOrderOfLocale } from '../engine/parse/dates';
import { decimalMarkOfLocale, localeParts } from '../engine/parse/numbers';
import { ymdOfDayNumber } from '../engine/parse/dates';
import type { Language } from '../engine/types';

/** The spreadsheet locale assumed when none is known (a test, a page outside Sheets): the language's main one. */
export const DEFAULT_LOCALE: Record<Language, string> = { en: 'en_US', es: 'es_ES', zh: 'zh_CN' };

interface NumberMarks {
  decimal: string;
  group: string;
}

function marksOf(locale: string): NumberMarks {
  return decimalMarkOfLocale(locale) === ',' ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

function withMarks(text: string, marks: NumberMarks): string {
  const [whole, fraction] = text.split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group);
  return (negative ? '-' : '') + grouped + (fraction !== undefined ? marks.decimal + fraction : '');
}

/** A count: 1,237 / 1.237. */
export function formatCount(n: number, locale: string): string {
  return withMarks(String(Math.round(n)), marksOf(locale));
}

/** Below this a share rounds to 0.0%, yet is not nothing. */
const SLIVER = 0.0005;

/**
 * A 0–1 share as the summary's `0.0%` cells show it: one decimal always, no space before the sign (41.2% / 41,2%).
 * A sliver is `<0.1%` rather than a `0.0%` that reads as no revenue at all; the summary writes the same text.
 */
export function formatPercent(share: number, locale: string): string {
  const marks = marksOf(locale);
  if (share > 0 && share < SLIVER) return `<${withMarks('0.1', marks)}%`;
  if (share < 0 && share > -SLIVER) return `>${withMarks('-0.1', marks)}%`;
  return `${withMarks((Math.round(share * 1000) / 10).toFixed(1), marks)}%`;
}

/** True when formatPercent writes the share as `<0.1%` text rather than a number a `0.0%` cell can show. */
export function isSliver(share: number): boolean {
  return share !== 0 && Math.abs(share) < SLIVER;
}

/** A threshold as the user set it: 0.8 → 80%, 0.333 → 33.3% (no trailing ,0). */
export function formatThreshold(share: number, locale: string): string {
  return `${withMarks(String(Math.round(share * 1000) / 10), marksOf(locale))}%`;
}

/** An amount of money: 12,500.5 / 12.500,5; at most two decimals, grouped for reading. */
export function formatAmount(value: number, locale: string): string {
  const rounded = Math.round(value * 100) / 100;
  return withMarks(rounded.toFixed(2).replace(/\.?0+$/, ''), marksOf(locale));
}

/** How a date is ordered and separated in the locale's short dates. */
function datePattern(locale: string): { order: 'mdy' | 'dmy' | 'ymd'; separator: string; padded: boolean } {
  const [language, region] = localeParts(locale);
  if (language === 'zh' || language === 'ja' || language === 'ko') return { order: 'ymd', separator: '/', padded: false };
  if (language === 'de') return { order: 'dmy', separator: '.', padded: false };
  if (dateOrderOfLocale(locale) === 'mdy') return { order: 'mdy', separator: '/', padded: false };
  // British-style English pads day and month (01/12/2026); the Romance languages do not.
  return { order: 'dmy', separator: '/', padded: language === 'en' && region !== 'en' };
}

/** The number format of a date cell in the locale: m/d/yyyy, d/m/yyyy, yyyy/m/d… (Sheets' own short date). */
export function dateNumberFormat(locale: string): string {
  const { order, separator, padded } = datePattern(locale);
  const d = padded ? 'dd' : 'd';
  const m = padded ? 'mm' : 'm';
  const parts = order === 'ymd' ? ['yyyy', m, d] : order === 'mdy' ? [m, d, 'yyyy'] : [d, m, 'yyyy'];
  return parts.join(separator);
}

/** A day number as a date cell with dateNumberFormat shows it: 12/1/2026, 1/12/2026, 2026/12/1. */
export function formatDate(day: number, locale: string): string {
  const [year, month, date] = ymdOfDayNumber(day);
  const { order, separator, padded } = datePattern(locale);
  const two = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
  const parts =
    order === 'ymd'
      ? [String(year), two(month), two(date)]
      : order === 'mdy'
        ? [two(month), two(date), String(year)]
        : [two(date), two(month), String(year)];
  return parts.join(separator);
}
