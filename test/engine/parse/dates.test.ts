import fc from 'fast-check';
import {
  dateOfDayNumber,
  dateOrderOfLocale,
  dateOrderVote,
  dayNumberOfDate,
  dayNumberOfSerial,
  dayNumberOfYmd,
  formatDayNumber,
  fullYear,
  parseAsOf,
  parseDateText,
  ymdOfDayNumber,
  DAY_FIRST_VOTE,
  MONTH_FIRST_VOTE,
  NO_ORDER_VOTE,
} from '../../../src/engine/parse/dates';

const MS_PER_DAY = 86_400_000;
const day = (text: string): number => dayNumberOfYmd(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));

const oracles = new Map<string, Intl.DateTimeFormat>();
/** An independent oracle: the civil date Intl shows for an instant in a zone. */
function intlDay(t: number, timeZone: string): string {
  let format = oracles.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    oracles.set(timeZone, format);
  }
  return format.format(t);
}

const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'America/Santiago', // daylight saving changes at midnight
  'America/Havana', // likewise
  'Europe/Madrid',
  'Asia/Shanghai',
  'Asia/Kolkata', // half-hour offset
  'Asia/Kathmandu', // 45-minute offset
  'Australia/Lord_Howe', // half-hour daylight saving
  'Pacific/Kiritimati', // +14
  'Pacific/Pago_Pago', // −11
  'UTC',
];

describe('day numbers', () => {
  it('count days since 1970-01-01', () => {
    expect(dayNumberOfYmd(1970, 1, 1)).toBe(0);
    expect(dayNumberOfYmd(1969, 12, 31)).toBe(-1);
    expect(dayNumberOfYmd(2024, 1, 15)).toBe(19737);
    expect(dayNumberOfYmd(2000, 3, 1) - dayNumberOfYmd(2000, 2, 28)).toBe(2);
    expect(dayNumberOfYmd(2025, 3, 1) - dayNumberOfYmd(2024, 3, 1)).toBe(365);
  });

  it('agree with Date.UTC and round-trip through year, month, day', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOfYmd(100, 1, 1), max: dayNumberOfYmd(9999, 12, 31) }), (n) => {
        const [y, m, d] = ymdOfDayNumber(n);
        expect(dayNumberOfYmd(y, m, d)).toBe(n);
        expect(Date.UTC(y, m - 1, d) / MS_PER_DAY).toBe(n);
        expect(formatDayNumber(n)).toBe(new Date(n * MS_PER_DAY).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });

  it('format as YYYY-MM-DD', () => {
    expect(formatDayNumber(0)).toBe('1970-01-01');
    expect(formatDayNumber(day('2024-02-29'))).toBe('2024-02-29');
    expect(formatDayNumber(dayNumberOfYmd(24, 3, 5))).toBe('0024-03-05');
  });
});

describe('Date objects in a time zone', () => {
  it('map local midnight in New York to its civil day across daylight saving', () => {
    // 2024-03-10 is the spring-forward day in New York: midnight is 05:00Z, the next midnight 04:00Z.
    const march10 = new Date(Date.UTC(2024, 2, 10, 5));
    const march11 = new Date(Date.UTC(2024, 2, 11, 4));
    expect(formatDayNumber(dayNumberOfDate(march10, 'America/New_York'))).toBe('2024-03-10');
    expect(formatDayNumber(dayNumberOfDate(march11, 'America/New_York'))).toBe('2024-03-11');
    expect(dayNumberOfDate(march11, 'America/New_York') - dayNumberOfDate(march10, 'America/New_York')).toBe(1);
    // A second before midnight is still the day before.
    expect(formatDayNumber(dayNumberOfDate(new Date(Date.UTC(2024, 2, 11, 3, 59, 59)), 'America/New_York'))).toBe('2024-03-10');
  });

  it('give exactly 365 days from 2024-03-01 to 2025-03-01 at New York midnight', () => {
    const from = dateOfDayNumber(day('2024-03-01'), 'America/New_York');
    const to = dateOfDayNumber(day('2025-03-01'), 'America/New_York');
    expect(from.toISOString()).toBe('2024-03-01T05:00:00.000Z');
    expect(to.toISOString()).toBe('2025-03-01T05:00:00.000Z');
    expect(dayNumberOfDate(to, 'America/New_York') - dayNumberOfDate(from, 'America/New_York')).toBe(365);
  });

  it('take the civil day of a timestamp with a time', () => {
    const lateEvening = new Date(Date.UTC(2024, 0, 16, 3, 30)); // 22:30 on Jan 15 in New York, 11:30 Jan 16 in Shanghai
    expect(formatDayNumber(dayNumberOfDate(lateEvening, 'America/New_York'))).toBe('2024-01-15');
    expect(formatDayNumber(dayNumberOfDate(lateEvening, 'Asia/Shanghai'))).toBe('2024-01-16');
    expect(formatDayNumber(dayNumberOfDate(lateEvening, 'UTC'))).toBe('2024-01-16');
  });

  it('agree with Intl for any instant in any zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...ZONES), (t, zone) => {
        expect(formatDayNumber(dayNumberOfDate(new Date(t), zone))).toBe(intlDay(t, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('agree with Intl every quarter hour of 2024, and a millisecond before, in zones with odd transitions', () => {
    for (const zone of ['America/New_York', 'America/Santiago', 'America/Havana', 'Australia/Lord_Howe', 'Europe/Madrid']) {
      let mismatches = 0;
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 15 * 60_000) {
        if (formatDayNumber(dayNumberOfDate(new Date(t), zone)) !== intlDay(t, zone)) mismatches++;
        if (formatDayNumber(dayNumberOfDate(new Date(t - 1), zone)) !== intlDay(t - 1, zone)) mismatches++;
      }
      expect({ zone, mismatches }).toEqual({ zone, mismatches: 0 });
    }
  });

  it('start each civil day at its first instant, midnight or the end of a gap', () => {
    // From 1995-01-02: the day Kiritimati skipped, and the one after it, have their own test below.
    fc.assert(
      fc.property(fc.integer({ min: day('1995-01-02'), max: day('2060-01-01') }), fc.constantFrom(...ZONES), (n, zone) => {
        const start = dateOfDayNumber(n, zone).getTime();
        expect(dayNumberOfDate(new Date(start), zone)).toBe(n);
        expect(dayNumberOfDate(new Date(start - 1), zone)).toBe(n - 1);
      }),
      { numRuns: 2000, examples: [[day('1974-10-06'), 'Europe/Madrid']] },
    );
  });

  it('start a day whose midnight happens twice at the first one (Madrid fell back from 01:00 in 1974)', () => {
    expect(dateOfDayNumber(day('1974-10-06'), 'Europe/Madrid').toISOString()).toBe('1974-10-05T22:00:00.000Z');
  });

  it('start a skipped day where the next one starts (Kiritimati jumped over 1994-12-31)', () => {
    const start = dateOfDayNumber(day('1994-12-31'), 'Pacific/Kiritimati');
    expect(start.toISOString()).toBe('1994-12-31T10:00:00.000Z');
    expect(formatDayNumber(dayNumberOfDate(start, 'Pacific/Kiritimati'))).toBe('1995-01-01');
    expect(formatDayNumber(dayNumberOfDate(new Date(start.getTime() - 1), 'Pacific/Kiritimati'))).toBe('1994-12-30');
  });

  it('start the days when the clock jumps at midnight (Santiago, Havana)', () => {
    // Santiago springs forward at 00:00 on 2024-09-08: the day starts at 01:00 local (04:00Z).
    expect(dateOfDayNumber(day('2024-09-08'), 'America/Santiago').toISOString()).toBe('2024-09-08T04:00:00.000Z');
    // Santiago falls back at 00:00 on 2024-04-07 (to 23:00 the day before): the day starts at 04:00Z.
    expect(dateOfDayNumber(day('2024-04-07'), 'America/Santiago').toISOString()).toBe('2024-04-07T04:00:00.000Z');
    expect(dateOfDayNumber(day('2024-03-10'), 'America/Havana').toISOString()).toBe('2024-03-10T05:00:00.000Z');
  });

  it('give an integer number of days between two Dates either side of a transition', () => {
    const winter = new Date(Date.UTC(2024, 10, 3, 4)); // New York midnight, before falling back
    const summer = new Date(Date.UTC(2024, 5, 1, 4));
    const days = dayNumberOfDate(winter, 'America/New_York') - dayNumberOfDate(summer, 'America/New_York');
    expect(Number.isInteger(days)).toBe(true);
    expect(days).toBe(155);
  });

  it('give NaN for an invalid Date, and fall back to the process zone for an unknown zone', () => {
    expect(dayNumberOfDate(new Date(NaN), 'America/New_York')).toBeNaN();
    expect(dayNumberOfDate(new Date(NaN))).toBeNaN();
    const date = new Date(2024, 0, 15, 12);
    expect(dayNumberOfDate(date, 'Not/AZone')).toBe(dayNumberOfDate(date));
  });

  it('round-trip local midnight in the process zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1900-01-01'), max: day('2200-01-01') }), (n) => {
        const [y, m, d] = ymdOfDayNumber(n);
        const midnight = new Date(y, m - 1, d);
        expect(dayNumberOfDate(midnight)).toBe(n);
        expect(dateOfDayNumber(n).getTime()).toBe(midnight.getTime());
      }),
    );
  });
});

describe('serial numbers', () => {
  it.each([
    [1, '1899-12-31'],
    [25569, '1970-01-01'],
    [45306, '2024-01-15'],
    [45306.99, '2024-01-15'],
    [2958465, '9999-12-31'],
    [20240115, '2024-01-15'], // yyyymmdd as a number
  ])('%d → %s', (serial, text) => {
    expect(formatDayNumber(dayNumberOfSerial(serial) as number)).toBe(text);
  });

  it.each([0, -5, 0.5, 2958466, 5_000_000, 1e12, NaN, Infinity])('%d is not a date', (serial) => {
    expect(dayNumberOfSerial(serial)).toBe('unparseable_date');
  });

  it('refuses an impossible yyyymmdd', () => {
    expect(dayNumberOfSerial(20230229)).toBe('impossible_date');
  });
});

describe('parseDateText', () => {
  it.each([
    ['2024-01-15', '2024-01-15'],
    ['2024/01/15', '2024-01-15'],
    ['2024.01.15', '2024-01-15'],
    ['2024-1-5', '2024-01-05'],
    ['  2024-01-15  ', '2024-01-15'],
    ['2024-01-15T10:30:00Z', '2024-01-15'],
    ['2024-01-15T23:30:00.000-05:00', '2024-01-15'],
    ['2024-01-15 23:59:59', '2024-01-15'],
    ['2024-01-15 10:30 PM', '2024-01-15'],
    ['2024年1月15日', '2024-01-15'],
    ['2024年01月05号', '2024-01-05'],
    ['2024年1月15日 10:30', '2024-01-15'],
    ['2024年1月15日10时30分', '2024-01-15'],
    ['２０２４年１月１５日', '2024-01-15'],
    ['45306', '2024-01-15'],
    ['45306.5', '2024-01-15'],
    ['20240115', '2024-01-15'],
    ['15 Jan 2024', '2024-01-15'],
    ['Jan 15, 2024', '2024-01-15'],
    ['January 15th, 2024', '2024-01-15'],
    ['15-Jan-24', '2024-01-15'],
    ['15/ene/2024', '2024-01-15'],
    ['15 de enero de 2024', '2024-01-15'],
    ['1 de septiembre de 2023', '2023-09-01'],
    ['2024 Feb 29', '2024-02-29'],
  ])('%j → %s in either order', (text, expected) => {
    expect(formatDayNumber(parseDateText(text, 'dmy') as number)).toBe(expected);
    expect(formatDayNumber(parseDateText(text, 'mdy') as number)).toBe(expected);
  });

  it.each([
    ['15/01/2024', 'dmy', '2024-01-15'],
    ['01/15/2024', 'mdy', '2024-01-15'],
    ['05/01/2024', 'dmy', '2024-01-05'],
    ['05/01/2024', 'mdy', '2024-05-01'],
    ['5.1.2024', 'dmy', '2024-01-05'],
    ['15-01-2024', 'dmy', '2024-01-15'],
    ['15/01/24', 'dmy', '2024-01-15'],
    ['15/01/29', 'dmy', '2029-01-15'],
    ['15/01/30', 'dmy', '1930-01-15'],
    ['01/15/99', 'mdy', '1999-01-15'],
    ['29/02/2024 08:00', 'dmy', '2024-02-29'],
  ] as const)('%j read %s → %s', (text, order, expected) => {
    expect(formatDayNumber(parseDateText(text, order) as number)).toBe(expected);
  });

  it('reads two-digit years as Sheets does: 00–29 → 20xx, 30–99 → 19xx', () => {
    expect(fullYear(0)).toBe(2000);
    expect(fullYear(29)).toBe(2029);
    expect(fullYear(30)).toBe(1930);
    expect(fullYear(99)).toBe(1999);
  });

  it.each([
    ['31/31/2024', 'dmy'],
    ['31/31/2024', 'mdy'],
    ['2023-02-29', 'dmy'],
    ['2024-13-01', 'dmy'],
    ['2024-04-31', 'dmy'],
    ['2024-00-10', 'dmy'],
    ['00/01/2024', 'dmy'],
    ['15/01/2024', 'mdy'],
    ['01/15/2024', 'dmy'],
    ['2023年2月29日', 'dmy'],
    ['31 Feb 2024', 'dmy'],
    ['20230229', 'dmy'],
  ] as const)('%j read %s is impossible', (text, order) => {
    expect(parseDateText(text, order)).toBe('impossible_date');
  });

  it.each([
    'soon',
    'yesterday',
    '1/2/3',
    '2024-01',
    '2024-01-15-03',
    '2024-01-15 and more',
    '2024-01/15',
    '15/01/202',
    '123/01/2024',
    '2024年1月',
    '24年1月15日',
    'Jan 2024',
    'Marketing 5 2024',
    '0',
    '-45306',
    '2958466',
    '1.2.3.4',
  ])('%j is unparseable', (text) => {
    expect(parseDateText(text, 'dmy')).toBe('unparseable_date');
  });

  it('tells sheet errors and blanks apart', () => {
    expect(parseDateText('#REF!', 'dmy')).toBe('sheet_error');
    expect(parseDateText('   ', 'dmy')).toBe('missing_value');
  });

  it('reads back any date written as ISO, d/m/y, m/d/y or 年月日', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1930-01-01'), max: day('2099-12-31') }), (n) => {
        const [y, m, d] = ymdOfDayNumber(n);
        expect(parseDateText(formatDayNumber(n), 'mdy')).toBe(n);
        expect(parseDateText(`${d}/${m}/${y}`, 'dmy')).toBe(n);
        expect(parseDateText(`${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`, 'mdy')).toBe(n);
        if (y < 2030) expect(parseDateText(`${d}.${m}.${String(y % 100).padStart(2, '0')}`, 'dmy')).toBe(n);
        expect(parseDateText(`${y}年${m}月${d}日`, 'dmy')).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('day-first or month-first', () => {
  it.each([
    ['15/01/2024', DAY_FIRST_VOTE],
    ['15.1.24', DAY_FIRST_VOTE],
    [' 31-12-2024 10:00', DAY_FIRST_VOTE],
    ['01/15/2024', MONTH_FIRST_VOTE],
    ['01/02/2024', NO_ORDER_VOTE],
    ['31/31/2024', NO_ORDER_VOTE],
    ['2024-01-15', NO_ORDER_VOTE],
    ['15/01-2024', NO_ORDER_VOTE],
    ['15/01/202', NO_ORDER_VOTE],
    ['soon', NO_ORDER_VOTE],
  ])('%j votes %d', (text, vote) => {
    expect(dateOrderVote(text)).toBe(vote);
  });

  it.each([
    ['en_US', 'mdy'],
    ['en-US', 'mdy'],
    ['en_PH', 'mdy'],
    ['es_US', 'mdy'],
    ['en_GB', 'dmy'],
    ['en_AU', 'dmy'],
    ['es_ES', 'dmy'],
    ['es_MX', 'dmy'],
    ['de_DE', 'dmy'],
    ['fr_FR', 'dmy'],
    ['pt_BR', 'dmy'],
    ['zh_CN', 'dmy'],
  ])('locale %s → %s', (locale, order) => {
    expect(dateOrderOfLocale(locale)).toBe(order);
  });
});

describe('parseAsOf', () => {
  const newYork = { locale: 'en_US', timeZone: 'America/New_York' };

  it('reads a Date in the spreadsheet zone', () => {
    expect(formatDayNumber(parseAsOf(new Date(Date.UTC(2024, 0, 16, 3)), newYork) as number)).toBe('2024-01-15');
  });

  it('reads serials and texts; a lone text decides its own order when it can', () => {
    expect(formatDayNumber(parseAsOf(45306, newYork) as number)).toBe('2024-01-15');
    expect(formatDayNumber(parseAsOf('2024-01-15', newYork) as number)).toBe('2024-01-15');
    expect(formatDayNumber(parseAsOf('15/01/2024', newYork) as number)).toBe('2024-01-15');
    expect(formatDayNumber(parseAsOf('01/02/2024', newYork) as number)).toBe('2024-01-02');
    expect(formatDayNumber(parseAsOf('01/02/2024', { locale: 'es_ES' }) as number)).toBe('2024-02-01');
  });

  it('names what is wrong', () => {
    expect(parseAsOf('', newYork)).toBe('missing_value');
    expect(parseAsOf(null, newYork)).toBe('missing_value');
    expect(parseAsOf(true, newYork)).toBe('unparseable_date');
    expect(parseAsOf('someday', newYork)).toBe('unparseable_date');
    expect(parseAsOf('31/31/2024', newYork)).toBe('impossible_date');
    expect(parseAsOf(new Date(NaN), newYork)).toBe('unparseable_date');
  });
});
