// Dates as whole civil days (DayNumber: days since 1970-01-01), from Date objects, text and serial numbers.
// Civil-day arithmetic is pure integer maths, so "days between" never depends on daylight saving.

import type { Cell, DayNumber, LocaleHints, ProblemCode } from '../types';
import { isSheetError, localeParts, needsNormalizing } from './numbers';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). Any year, no Date object. */
export function dayNumberOfYmd(y: number, m: number, d: number): DayNumber {
  const yearOfMarchYear = m <= 2 ? y - 1 : y;
  const era = Math.floor(yearOfMarchYear / 400);
  const yearOfEra = yearOfMarchYear - era * 400;
  const monthFromMarch = (m + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The year, month (1–12) and day of a day number (civil_from_days). */
export function ymdOfDayNumber(day: DayNumber): [year: number, month: number, day: number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return [yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function pad(n: number, width: number): string {
  const text = String(n);
  return text.length >= width ? text : '0'.repeat(width - text.length) + text;
}

/** `YYYY-MM-DD`. */
export function formatDayNumber(day: DayNumber): string {
  const [y, m, d] = ymdOfDayNumber(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]);
}

// ---------------------------------------------------------------------------------------------
// Date objects → civil days in a time zone

/** The civil day of an instant in the process's own zone (Apps Script: the script's zone). */
function localDayOf(date: Date): DayNumber {
  return dayNumberOfYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * UTC offsets of one IANA zone, cached per UTC hour. A bucket whose two ends have different offsets holds a
 * transition; instants in it are looked up exactly, so the cache is never wrong, only fast.
 */
class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly hourOffsets = new Map<number, number>();

  constructor(timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Local wall-clock time minus UTC, in ms, exact to the second. */
  private exactOffset(t: number): number {
    let y = 0;
    let mo = 1;
    let d = 1;
    let h = 0;
    let mi = 0;
    let s = 0;
    for (const part of this.format.formatToParts(t)) {
      const value = Number(part.value);
      switch (part.type) {
        case 'year':
          y = value;
          break;
        case 'month':
          mo = value;
          break;
        case 'day':
          d = value;
          break;
        case 'hour':
          h = value === 24 ? 0 : value;
          break;
        case 'minute':
          mi = value;
          break;
        case 'second':
          s = value;
          break;
        default:
          break;
      }
    }
    const wall = dayNumberOfYmd(y, mo, d) * MS_PER_DAY + h * MS_PER_HOUR + mi * 60_000 + s * 1000;
    return wall - Math.floor(t / 1000) * 1000;
  }

  // Sorted or grouped columns repeat the same hour: remember the last one before touching the map.
  private lastHour = NaN;
  private lastOffset = NaN;

  offsetAt(t: number): number {
    const hour = Math.floor(t / MS_PER_HOUR);
    if (hour === this.lastHour) return this.lastOffset === this.lastOffset ? this.lastOffset : this.exactOffset(t);
    let offset = this.hourOffsets.get(hour);
    if (offset === undefined) {
      const atStart = this.exactOffset(hour * MS_PER_HOUR);
      const atEnd = this.exactOffset(hour * MS_PER_HOUR + MS_PER_HOUR - 1);
      offset = atStart === atEnd ? atStart : NaN;
      if (this.hourOffsets.size >= 100_000) this.hourOffsets.clear();
      this.hourOffsets.set(hour, offset);
    }
    this.lastHour = hour;
    this.lastOffset = offset;
    return offset === offset ? offset : this.exactOffset(t);
  }

  dayOf(t: number): DayNumber {
    return Math.floor((t + this.offsetAt(t)) / MS_PER_DAY);
  }
}

// null: the zone is unknown to Intl; the process zone is used instead rather than failing the whole table.
const zoneClocks = new Map<string, ZoneClock | null>();

function zoneClockOf(timeZone: string): ZoneClock | null {
  let clock = zoneClocks.get(timeZone);
  if (clock === undefined) {
    try {
      clock = new ZoneClock(timeZone);
    } catch {
      clock = null;
    }
    zoneClocks.set(timeZone, clock);
  }
  return clock;
}

/**
 * Whether Intl knows the zone (undefined: the process zone, always known). An unknown zone is reported as a problem
 * by the table readers: every "days since" would otherwise be off by the zone's offset without a word.
 */
export function isKnownTimeZone(timeZone: string | undefined): boolean {
  return timeZone === undefined || zoneClockOf(timeZone) !== null;
}

/**
 * A function giving the civil day of a Date in `timeZone` (process zone when undefined or unknown);
 * NaN for an invalid Date. Column readers take it once and call it per cell.
 */
export function civilDayReader(timeZone?: string): (date: Date) => DayNumber {
  const clock = timeZone === undefined ? null : zoneClockOf(timeZone);
  if (clock === null) return (date) => (date.getTime() === date.getTime() ? localDayOf(date) : NaN);
  return (date) => {
    const t = date.getTime();
    return t === t ? clock.dayOf(t) : NaN;
  };
}

/** The civil day of that instant in the zone (process zone when undefined). NaN for an invalid Date. */
export function dayNumberOfDate(date: Date, timeZone?: string): DayNumber {
  return civilDayReader(timeZone)(date);
}

/**
 * The first instant (normally midnight) of that civil day in the zone (process zone when undefined).
 * For a day the zone skipped (Pacific/Kiritimati, 1994-12-31) the first instant of the next day.
 */
export function dateOfDayNumber(day: DayNumber, timeZone?: string): Date {
  const clock = timeZone === undefined ? null : zoneClockOf(timeZone);
  if (clock === null) {
    const [y, m, d] = ymdOfDayNumber(day);
    const date = new Date(2000, 0, 1);
    date.setFullYear(y, m - 1, d); // setFullYear, unlike the constructor, does not read year 24 as 1924
    return date;
  }
  // The day starts within 14 h of midnight UTC (offsets span −12 h … +14 h). Midnight shifted by the offset before
  // and after any transition near it; the earlier of those that is a real local midnight is the start of the day.
  const wall = day * MS_PER_DAY;
  const early = wall - clock.offsetAt(wall - 14 * MS_PER_HOUR);
  const late = wall - clock.offsetAt(wall + 12 * MS_PER_HOUR);
  const earlyIsMidnight = early + clock.offsetAt(early) === wall;
  const lateIsMidnight = late + clock.offsetAt(late) === wall;
  if (earlyIsMidnight || lateIsMidnight) {
    return new Date(earlyIsMidnight && lateIsMidnight ? Math.min(early, late) : earlyIsMidnight ? early : late);
  }
  // No local midnight (the clock jumps over it, or the whole day is skipped): the first instant of the day or later.
  let before = Math.min(early, late);
  let onOrAfter = Math.max(early, late);
  while (onOrAfter - before > 1) {
    const middle = Math.floor((before + onOrAfter) / 2);
    if (clock.dayOf(middle) >= day) onOrAfter = middle;
    else before = middle;
  }
  return new Date(onOrAfter);
}

// ---------------------------------------------------------------------------------------------
// Serial numbers and text

/** Days from the spreadsheet epoch 1899-12-30 to 1970-01-01. */
const SERIAL_OF_UNIX_EPOCH = 25569;
/** 9999-12-31, the last date Sheets and Excel show. */
const LAST_SERIAL = 2958465;

/**
 * A number in a date column: a date serial (days since 1899-12-30, the fraction is the time of day) from 1
 * (1899-12-31) to 2958465 (9999-12-31); or an 8-digit yyyymmdd such as 20240115, which no serial can be.
 */
export function dayNumberOfSerial(serial: number): DayNumber | ProblemCode {
  if (serial >= 1 && serial < LAST_SERIAL + 1) return Math.floor(serial) - SERIAL_OF_UNIX_EPOCH;
  if (serial >= 10_000_000 && serial <= 99_999_999 && Math.floor(serial) === serial) {
    const y = Math.floor(serial / 10_000);
    const m = Math.floor(serial / 100) % 100;
    const d = serial % 100;
    return isCalendarDate(y, m, d) ? dayNumberOfYmd(y, m, d) : 'impossible_date';
  }
  return 'unparseable_date';
}

/** Two-digit years follow Sheets: 00–29 are 2000–2029, 30–99 are 1930–1999. */
export function fullYear(twoDigitYear: number): number {
  return twoDigitYear < 30 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// What may follow a date: a time (`T10:30:00.000Z`, ` 10:30 PM`, ` 23:59:59 +01:00`); only the day counts.
const TIME_AFTER_DATE =
  /^[T\s]?\s*\d{1,2}[:时點点]\d{2}(?:[:分]\d{0,2}(?:[.,]\d+)?秒?)?\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;

function checkedDay(y: number, m: number, d: number, rest: string): DayNumber | ProblemCode {
  if (rest.length > 0 && !TIME_AFTER_DATE.test(rest)) return 'unparseable_date';
  return isCalendarDate(y, m, d) ? dayNumberOfYmd(y, m, d) : 'impossible_date';
}

const MONTH_NAMES = new Map<string, number>([
  ['jan', 1],
  ['january', 1],
  ['ene', 1],
  ['enero', 1],
  ['feb', 2],
  ['february', 2],
  ['febrero', 2],
  ['mar', 3],
  ['march', 3],
  ['marzo', 3],
  ['apr', 4],
  ['april', 4],
  ['abr', 4],
  ['abril', 4],
  ['may', 5],
  ['mayo', 5],
  ['jun', 6],
  ['june', 6],
  ['junio', 6],
  ['jul', 7],
  ['july', 7],
  ['julio', 7],
  ['aug', 8],
  ['august', 8],
  ['ago', 8],
  ['agosto', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['set', 9],
  ['septiembre', 9],
  ['setiembre', 9],
  ['oct', 10],
  ['october', 10],
  ['octubre', 10],
  ['nov', 11],
  ['november', 11],
  ['noviembre', 11],
  ['dec', 12],
  ['december', 12],
  ['dic', 12],
  ['diciembre', 12],
]);
const NAME_DATE_SEPARATORS = /[\s,.\-/]+/;
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th|º|°)?$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `15 Jan 2024`, `Jan 15, 2024`, `15-Jan-24`, `15 de enero de 2024`, `January 15th 2024`. */
function parseMonthNameDate(s: string): DayNumber | ProblemCode {
  const tokens = s
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .split(NAME_DATE_SEPARATORS)
    .filter((token) => token !== '' && token !== 'de' && token !== 'del');
  if (tokens.length !== 3) return 'unparseable_date';
  let month = 0;
  const numbers: string[] = [];
  for (const token of tokens) {
    const named = MONTH_NAMES.get(token);
    if (named !== undefined && month === 0) month = named;
    else numbers.push(token);
  }
  if (month === 0 || numbers.length !== 2) return 'unparseable_date';
  // The year is the four-digit number; with two short numbers, the day comes first (`15-Jan-24`, `Jan 15 24`).
  const yearFirst = /^\d{4}$/.test(numbers[0]);
  const dayMatch = ORDINAL_DAY.exec(yearFirst ? numbers[1] : numbers[0]);
  const yearText = yearFirst ? numbers[0] : numbers[1];
  if (dayMatch === null || !/^(?:\d{2}|\d{4})$/.test(yearText)) return 'unparseable_date';
  const year = yearText.length === 2 ? fullYear(Number(yearText)) : Number(yearText);
  const day = Number(dayMatch[1]);
  return isCalendarDate(year, month, day) ? dayNumberOfYmd(year, month, day) : 'impossible_date';
}

/** Digits only (`45306`, `45306.5`, `20240115`): a serial or a compact yyyymmdd, as for number cells. */
function parseDigitsOnly(s: string): DayNumber | ProblemCode | null {
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) dots++;
    else if (!isDigit(c)) return null;
  }
  if (dots > 1 || s.charCodeAt(s.length - 1) === 46) return null;
  return dayNumberOfSerial(Number(s));
}

/**
 * A date typed as text → day number. `order` decides `dd/mm/yyyy` against `mm/dd/yyyy` (also with `.` or `-`);
 * a four-digit first part is always year-month-day (`2024-01-15`, `2024/1/5`). Also `2024年1月15日`, month names
 * (en, es), serials as text. A time after the date is allowed and ignored, offset included: the day as written.
 * `31/31/2024` and `2023-02-29` are `impossible_date`; blank is `missing_value`.
 */
export function parseDateText(text: string, order: DateOrder): DayNumber | ProblemCode {
  let s = text.trim();
  if (s.length === 0) return 'missing_value';
  if (needsNormalizing(s)) s = s.normalize('NFKC').trim();
  if (s.charCodeAt(0) === 35) return isSheetError(s) ? 'sheet_error' : 'unparseable_date';
  const digitsOnly = parseDigitsOnly(s);
  if (digitsOnly !== null) return digitsOnly;

  const n = s.length;
  let i = 0;
  let a = 0;
  while (i < n && isDigit(s.charCodeAt(i))) a = a * 10 + s.charCodeAt(i++) - 48;
  const aLength = i;
  if (aLength === 0 || i === n) return parseMonthNameDate(s);
  const separator = s.charCodeAt(i);

  if (separator === 0x5e74 /* 年 */) {
    if (aLength !== 4) return 'unparseable_date';
    let m = 0;
    let d = 0;
    const monthAt = ++i;
    while (i < n && isDigit(s.charCodeAt(i))) m = m * 10 + s.charCodeAt(i++) - 48;
    if (i === monthAt || i - monthAt > 2 || s.charCodeAt(i) !== 0x6708 /* 月 */) return 'unparseable_date';
    const dayAt = ++i;
    while (i < n && isDigit(s.charCodeAt(i))) d = d * 10 + s.charCodeAt(i++) - 48;
    const dayMark = s.charCodeAt(i);
    if (i === dayAt || i - dayAt > 2 || (dayMark !== 0x65e5 /* 日 */ && dayMark !== 0x53f7) /* 号 */) {
      return 'unparseable_date';
    }
    return checkedDay(a, m, d, s.slice(i + 1));
  }

  if (separator !== 47 && separator !== 45 && separator !== 46) return parseMonthNameDate(s);
  let b = 0;
  let c = 0;
  const bAt = ++i;
  while (i < n && isDigit(s.charCodeAt(i))) b = b * 10 + s.charCodeAt(i++) - 48;
  const bLength = i - bAt;
  if (bLength === 0 || s.charCodeAt(i) !== separator) return parseMonthNameDate(s);
  const cAt = ++i;
  while (i < n && isDigit(s.charCodeAt(i))) c = c * 10 + s.charCodeAt(i++) - 48;
  const cLength = i - cAt;
  if (bLength > 2) return 'unparseable_date';
  const rest = s.slice(i);
  if (aLength === 4) {
    if (cLength < 1 || cLength > 2) return 'unparseable_date';
    return checkedDay(a, b, c, rest);
  }
  if (aLength > 2 || (cLength !== 2 && cLength !== 4)) return 'unparseable_date';
  const year = cLength === 2 ? fullYear(c) : c;
  return order === 'dmy' ? checkedDay(year, b, a, rest) : checkedDay(year, a, b, rest);
}

// ---------------------------------------------------------------------------------------------
// Day-first or month-first

export type DateOrder = 'dmy' | 'mdy';

/** What one text tells about the order: `15/01/2024` votes day-first, `01/15/2024` month-first. */
export const NO_ORDER_VOTE = 0;
export const DAY_FIRST_VOTE = 1;
export const MONTH_FIRST_VOTE = 2;

/** Reads `d{1,2}<sep>d{1,2}<sep>(yy|yyyy)` without allocating; sep is `/`, `.` or `-`. */
export function dateOrderVote(text: string): 0 | 1 | 2 {
  const n = text.length;
  let i = 0;
  while (i < n && text.charCodeAt(i) <= 32) i++;
  let a = 0;
  const aAt = i;
  while (i < n && isDigit(text.charCodeAt(i))) a = a * 10 + text.charCodeAt(i++) - 48;
  if (i - aAt < 1 || i - aAt > 2 || i === n) return NO_ORDER_VOTE;
  const separator = text.charCodeAt(i);
  if (separator !== 47 && separator !== 45 && separator !== 46) return NO_ORDER_VOTE;
  let b = 0;
  const bAt = ++i;
  while (i < n && isDigit(text.charCodeAt(i))) b = b * 10 + text.charCodeAt(i++) - 48;
  if (i - bAt < 1 || i - bAt > 2 || text.charCodeAt(i) !== separator) return NO_ORDER_VOTE;
  const yearAt = ++i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (i - yearAt !== 2 && i - yearAt !== 4) return NO_ORDER_VOTE;
  if (a > 12 && b <= 12) return DAY_FIRST_VOTE;
  if (b > 12 && a <= 12) return MONTH_FIRST_VOTE;
  return NO_ORDER_VOTE;
}

// Locales whose short dates are month-first: the United States and its territories, the Philippines.
const MONTH_FIRST_LOCALES = new Set([
  'en',
  'en_US',
  'en_PH',
  'en_AS',
  'en_GU',
  'en_MP',
  'en_PR',
  'en_UM',
  'en_VI',
  'en_MH',
  'en_FM',
  'en_PW',
  'es_US',
  'es_PA',
  'fil',
  'fil_PH',
]);

/** The order a spreadsheet locale uses when a column does not show its own. */
export function dateOrderOfLocale(locale: string): DateOrder {
  return MONTH_FIRST_LOCALES.has(localeParts(locale)[1]) ? 'mdy' : 'dmy';
}

/** The column's order: the order more of its texts prove, else the locale's. */
export function decideDateOrder(dayFirstVotes: number, monthFirstVotes: number, locale: string): DateOrder {
  if (dayFirstVotes > monthFirstVotes) return 'dmy';
  if (monthFirstVotes > dayFirstVotes) return 'mdy';
  return dateOrderOfLocale(locale);
}

/** Also true for a Date from another realm (a test's node:vm sandbox), where instanceof fails. */
export function isDate(cell: unknown): cell is Date {
  return cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]';
}

/** Any cell of a date column → day number or problem (`missing_value` for blank). */
export function dayNumberOfCell(cell: Cell, order: DateOrder, dayOfDate: (date: Date) => DayNumber): DayNumber | ProblemCode {
  if (typeof cell === 'string') return parseDateText(cell, order);
  if (typeof cell === 'number') return dayNumberOfSerial(cell);
  if (cell === null || cell === undefined) return 'missing_value';
  if (isDate(cell)) {
    const day = dayOfDate(cell);
    return day === day ? day : 'unparseable_date';
  }
  return 'unparseable_date';
}

/**
 * The as_of argument: a Date, date text or serial. A lone text decides its own order when it can
 * (`15/01/2024` is day-first whatever the locale), else the locale decides.
 */
export function parseAsOf(cell: Cell, hints: LocaleHints): DayNumber | ProblemCode {
  const vote = typeof cell === 'string' ? dateOrderVote(cell) : NO_ORDER_VOTE;
  const order = decideDateOrder(vote === DAY_FIRST_VOTE ? 1 : 0, vote === MONTH_FIRST_VOTE ? 1 : 0, hints.locale);
  return dayNumberOfCell(cell, order, civilDayReader(hints.timeZone));
}
