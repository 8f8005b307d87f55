// Calls the formulas of the built dist/Code.js the way Sheets does: arguments copied into the bundle's realm,
// the spreadsheet's locale and time zone from the Apps Script fakes, and optionally a frozen clock.
// Also the test-side tools to build what a sheet holds: Dates at midnight in a zone, CSV fixtures as typed cells.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import Papa from 'papaparse';
import { createFakeApps, SpreadsheetModel, type FakeApps } from '../../emulator';
import { zonedParts, zonedTime } from '../../emulator/timeZone';
import { fromContext, loadBundle, toContext } from '../../emulator/loadBundle';

export type Grid = unknown[][];

export const FORMULA_NAMES = [
  'CUSTOMER_TIER',
  'CUSTOMER_PROFIT_SPLIT',
  'CUSTOMER_QUADRANT',
  'CUSTOMER_LIFECYCLE',
  'CUSTOMER_INTENT',
  'CUSTOMER_RFM',
  'CUSTOMER_NEXT_CONTACT',
  'CUSTOMER_ACTION',
  'CUSTOMER_SEGMENTS',
  'CUSTOMER_VALUE',
  'CUSTOMER_CHURN',
  'CUSTOMER_MOVEMENT',
] as const;
export type FormulaName = (typeof FORMULA_NAMES)[number];

export interface SheetOptions {
  /** Spreadsheet locale: 'en_US' by default. */
  locale?: string;
  /** Spreadsheet time zone: 'America/New_York' by default. */
  timeZone?: string;
}

/**
 * One spreadsheet with the bundle loaded against it. Locale and time zone can change between calls, as a user
 * changes them in File › Settings; each call reads them again, as each Sheets recalculation does.
 */
export class FormulaSheet {
  readonly apps: FakeApps;
  readonly ctx: vm.Context;

  constructor(options: SheetOptions = {}) {
    const spreadsheet = new SpreadsheetModel({ locale: options.locale ?? 'en_US', timeZone: options.timeZone ?? 'America/New_York' });
    // A formula runs without the user's authorization: only get* calls of the Spreadsheet service (execution.ts).
    this.apps = createFakeApps({ spreadsheet, authMode: 'CUSTOM_FUNCTION' });
    this.ctx = loadBundle(this.apps.globals());
    this.apps.setRealm(vm.runInContext('({ Date: Date, Array: Array, Object: Object })', this.ctx));
  }

  set locale(locale: string) {
    this.apps.spreadsheet.locale = locale;
  }

  set timeZone(timeZone: string) {
    this.apps.spreadsheet.timeZone = timeZone;
  }

  /** The formula's answer as the bundle returns it (values of the bundle's realm). */
  callRaw(name: FormulaName, ...args: unknown[]): unknown {
    const fn = this.ctx[name] as (...a: unknown[]) => unknown;
    return fn(...args.map((a) => toContext(this.ctx, a)));
  }

  /** The formula's answer copied into the test's realm, for toEqual. */
  call(name: FormulaName, ...args: unknown[]): Grid {
    return fromContext(this.callRaw(name, ...args)) as Grid;
  }

  /** True when `value` is a Date made in the bundle's realm, as Sheets needs to show it as a date. */
  isBundleDate(value: unknown): boolean {
    return vm.runInContext('(v) => v instanceof Date', this.ctx)(value) as boolean;
  }

  /**
   * Makes `new Date()` and `Date.now()` inside the bundle return `instant`. The replacement shares the realm's
   * Date.prototype, so `instanceof Date` and Dates passed in keep working.
   */
  freezeClock(instant: Date): void {
    const freeze = vm.runInContext(
      `(now) => {
        const RealDate = globalThis.__realDate || Date;
        globalThis.__realDate = RealDate;
        function FrozenDate(...args) {
          if (!new.target) return new RealDate(now).toString();
          return args.length === 0 ? new RealDate(now) : new RealDate(...args);
        }
        Object.setPrototypeOf(FrozenDate, RealDate);
        FrozenDate.prototype = RealDate.prototype;
        FrozenDate.now = () => now;
        globalThis.Date = FrozenDate;
      }`,
      this.ctx,
    ) as (now: number) => void;
    freeze(instant.getTime());
  }
}

// ---------------------------------------------------------------------------------------------
// Dates as a sheet holds them

/** Wall-clock parts of an instant in a zone (the fakes' own zone arithmetic, independent of the engine's). */
export function wallClock(instant: number, timeZone: string): { y: number; m: number; d: number; h: number; mi: number } {
  const p = zonedParts(instant, timeZone);
  return { y: p.year, m: p.month, d: p.day, h: p.hour, mi: p.minute };
}

/** 'YYYY-MM-DD' of an instant in a zone. */
export function ymdIn(instant: Date | number, timeZone: string): string {
  const { y, m, d } = wallClock(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The Date Sheets hands over for a date cell: midnight of that day in the spreadsheet's zone. */
export function midnight(ymd: string, timeZone: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  const t = zonedTime(y, m, d, timeZone);
  const check = wallClock(t, timeZone);
  if (check.h !== 0 || check.mi !== 0) throw new Error(`no midnight on ${ymd} in ${timeZone}`);
  return new Date(t);
}

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01), without the engine. */
export function ymdOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A column range: [[a], [b], …]. */
export function column(values: readonly unknown[]): Grid {
  return values.map((v) => [v]);
}

/** One column of a table. */
export function pick(rows: Grid, index: number): Grid {
  return rows.map((row) => [row[index]]);
}

// ---------------------------------------------------------------------------------------------
// The CSV fixtures, as text and as a spreadsheet holds them

export type ColumnKind = 'text' | 'date' | 'money' | 'number';

export interface Fixture {
  file: string;
  locale: string;
  timeZone: string;
  header: string[];
  /** Every cell as the CSV has it. */
  text: string[][];
  kinds: ColumnKind[];
  /** How this fixture writes its dates and money, to turn them into Dates and numbers here (not with the engine). */
  parseDate: (text: string) => string | null;
  parseMoney: (text: string) => number | null;
}

const FIXTURES = path.resolve(__dirname, '../fixtures');

export function readCsv(file: string): string[][] {
  const parsed = Papa.parse<string[]>(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), { skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0].message}`);
  return parsed.data;
}

const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

export function loadFixture(
  file: string,
  locale: string,
  timeZone: string,
  kinds: ColumnKind[],
  parseDate: Fixture['parseDate'],
  parseMoney: Fixture['parseMoney'],
): Fixture {
  const [header, ...text] = readCsv(file);
  return { file, locale, timeZone, header, text, kinds, parseDate, parseMoney };
}

export const enFixture = (): Fixture =>
  loadFixture(
    'customers-en.csv',
    'en_US',
    'America/New_York',
    ['text', 'date', 'date', 'number', 'money', 'money', 'text', 'number'],
    (t) => (/^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null),
    (t) => (/^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null),
  );

export const esFixture = (): Fixture =>
  loadFixture(
    'clientes-es.csv',
    'es_ES',
    'Europe/Madrid',
    ['text', 'date', 'date', 'number', 'money', 'money', 'text'],
    (t) => {
      const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
      return m ? iso(m[3], m[2], m[1]) : null;
    },
    (t) => {
      const m = /^(-?[\d.]+),(\d{2}) €$/.exec(t);
      return m ? Number(`${m[1].replace(/\./g, '')}.${m[2]}`) : null;
    },
  );

export const zhFixture = (): Fixture =>
  loadFixture(
    'kehu-zh.csv',
    'zh_CN',
    'Asia/Shanghai',
    ['text', 'date', 'date', 'number', 'money', 'money', 'text'],
    (t) => {
      const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
      return m ? iso(m[1], m[2], m[3]) : null;
    },
    (t) => {
      const m = /^(-?)¥(-?)([\d,]+\.\d{2})$/.exec(t);
      return m ? Number(m[1] + m[2] + m[3].replace(/,/g, '')) : null;
    },
  );

/**
 * The fixture's rows as a sheet holds them after the user typed them: dates as Dates at midnight in the
 * spreadsheet's zone, money and counts as numbers, blanks as ''. A value this fixture's format does not cover stays
 * text (as Sheets keeps text it cannot read), so the engine still sees it.
 */
export function typedRows(fixture: Fixture, timeZone = fixture.timeZone): Grid {
  return fixture.text.map((row) =>
    row.map((cell, j) => {
      const text = cell.trim();
      if (text === '') return '';
      switch (fixture.kinds[j]) {
        case 'date': {
          const ymd = fixture.parseDate(text);
          return ymd ? midnight(ymd, timeZone) : cell;
        }
        case 'money': {
          const n = fixture.parseMoney(text);
          return n === null ? cell : n;
        }
        case 'number':
          return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : cell;
        default:
          return cell;
      }
    }),
  );
}
