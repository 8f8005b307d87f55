import {
  dateOrderOf,
  decimalMarkOf,
  readDateColumn,
  readMoneyColumn,
  readNumberColumn,
  readTextColumn,
  type NumberColumn,
} from '../../../src/engine/parse/columns';
import { dayNumberOfYmd, formatDayNumber } from '../../../src/engine/parse/dates';
import type { Cell } from '../../../src/engine/types';

const US = { locale: 'en_US' };
const SPAIN = { locale: 'es_ES' };

/** A column as readable pairs: value, or the problem code, or 'blank'. */
function described(column: NumberColumn, asDates = false): Array<number | string> {
  return Array.from(column.values, (value, i) => {
    const problem = column.errors.get(i);
    if (problem !== undefined) {
      expect(value).toBeNaN();
      return problem;
    }
    if (Number.isNaN(value)) return 'blank';
    return asDates ? formatDayNumber(value) : value;
  });
}

describe('readMoneyColumn', () => {
  it('passes numbers straight through and reads text', () => {
    const cells: Cell[] = [1200.5, -3, 0, '$12,500.00', '(1,200.50)', ' 1e9 ', '¥-0.19'];
    expect(described(readMoneyColumn(cells, US))).toEqual([1200.5, -3, 0, 12500, -1200.5, 1e9, -0.19]);
  });

  it('keeps blanks apart from problems', () => {
    const cells: Cell[] = ['', '   ', null, undefined, 'about ten grand', '12%', '#N/A', true, new Date(2024, 0, 1), NaN];
    expect(described(readMoneyColumn(cells, US))).toEqual([
      'blank',
      'blank',
      'blank',
      'blank',
      'unparseable_money',
      'percent_not_money',
      'sheet_error',
      'unparseable_money',
      'unparseable_money',
      'unparseable_money',
    ]);
  });

  it('reads a lone separator by the locale when the column proves nothing', () => {
    expect(described(readMoneyColumn(['1,000', '1.000', '250'], US))).toEqual([1000, 1, 250]);
    expect(described(readMoneyColumn(['1,000', '1.000', '250'], SPAIN))).toEqual([1, 1000, 250]);
  });

  it('lets a value like 59,90 decide for the whole column against the locale', () => {
    const cells: Cell[] = ['59,90', '1.000', '1,000', '12.345,67 €', 42];
    expect(decimalMarkOf(cells, US)).toBe(',');
    expect(described(readMoneyColumn(cells, US))).toEqual([59.9, 1000, 1, 12345.67, 42]);
  });

  it('lets a value like 12.50 decide for the whole column against the locale', () => {
    const cells: Cell[] = ['12.50', '1.000', '1,000', '$1,234.50'];
    expect(decimalMarkOf(cells, SPAIN)).toBe('.');
    expect(described(readMoneyColumn(cells, SPAIN))).toEqual([12.5, 1, 1000, 1234.5]);
  });

  it('follows the majority of proofs, the locale on a tie; unambiguous texts keep their own reading', () => {
    const mostlyComma: Cell[] = ['59,90', '2,50', '1 234,50', '3.5', '1.000'];
    expect(decimalMarkOf(mostlyComma, US)).toBe(',');
    expect(described(readMoneyColumn(mostlyComma, US))).toEqual([59.9, 2.5, 1234.5, 3.5, 1000]);
    const tie: Cell[] = ['59,90', '3.5', '1.000'];
    expect(decimalMarkOf(tie, US)).toBe('.');
    expect(decimalMarkOf(tie, SPAIN)).toBe(',');
  });

  it('ignores numbers, blanks and problems when deciding', () => {
    expect(decimalMarkOf([1.5, '', 'abc', '12%', true], SPAIN)).toBe(',');
    expect(decimalMarkOf([], US)).toBe('.');
  });

  it('reads repeated texts consistently (they are cached per column)', () => {
    const cells: Cell[] = Array.from({ length: 1000 }, (_, i) => (i % 2 ? '0,00 €' : '1.179,34 €'));
    const column = readMoneyColumn(cells, SPAIN);
    expect(column.errors.size).toBe(0);
    expect(column.values[0]).toBe(1179.34);
    expect(column.values[999]).toBe(0);
  });

  it('reads more distinct texts than it caches', () => {
    const cells: Cell[] = Array.from({ length: 60_000 }, (_, i) => `${i},5`);
    const column = readMoneyColumn(cells, US);
    expect(column.values[59_999]).toBe(59_999.5);
    expect(column.errors.size).toBe(0);
  });
});

describe('readNumberColumn', () => {
  it('reads numbers and number texts with the column decimal mark', () => {
    expect(described(readNumberColumn([12, '7', ' 9 ', '1.234', '2,5'], SPAIN))).toEqual([12, 7, 9, 1234, 2.5]);
    expect(described(readNumberColumn(['1.234', '1,5'], US))).toEqual([1234, 1.5]);
  });

  it('refuses currencies, percents, words and booleans', () => {
    expect(described(readNumberColumn(['$5', '80%', 'many', false, '#NUM!', ''], US))).toEqual([
      'unparseable_number',
      'unparseable_number',
      'unparseable_number',
      'unparseable_number',
      'sheet_error',
      'blank',
    ]);
  });
});

describe('readDateColumn', () => {
  it('reads Dates, serials, ISO text and 年月日 text', () => {
    const cells: Cell[] = [new Date(2024, 0, 15), 45306, '2024-01-15', '2024年1月15日', '', null];
    expect(described(readDateColumn(cells, US), true)).toEqual(['2024-01-15', '2024-01-15', '2024-01-15', '2024-01-15', 'blank', 'blank']);
  });

  it('reads Dates in the spreadsheet time zone', () => {
    const newYorkMidnight = new Date(Date.UTC(2024, 2, 10, 5)); // 2024-03-10 00:00 in New York
    const shanghaiMidnight = new Date(Date.UTC(2024, 2, 9, 16)); // 2024-03-10 00:00 in Shanghai
    expect(described(readDateColumn([newYorkMidnight], { locale: 'en_US', timeZone: 'America/New_York' }), true)).toEqual(['2024-03-10']);
    expect(described(readDateColumn([shanghaiMidnight], { locale: 'zh_CN', timeZone: 'Asia/Shanghai' }), true)).toEqual(['2024-03-10']);
  });

  it('decides day-first when a first part is above 12, whatever the locale', () => {
    const cells: Cell[] = ['15/01/2024', '05/02/2024'];
    expect(dateOrderOf(cells, US)).toBe('dmy');
    expect(described(readDateColumn(cells, US), true)).toEqual(['2024-01-15', '2024-02-05']);
  });

  it('decides month-first when a second part is above 12, whatever the locale', () => {
    const cells: Cell[] = ['01/15/2024', '05/02/2024'];
    expect(dateOrderOf(cells, SPAIN)).toBe('mdy');
    expect(described(readDateColumn(cells, SPAIN), true)).toEqual(['2024-01-15', '2024-05-02']);
  });

  it('falls back on the locale when no value decides', () => {
    const cells: Cell[] = ['05/02/2024', '2024-03-01', new Date(2024, 0, 1)];
    expect(dateOrderOf(cells, US)).toBe('mdy');
    expect(dateOrderOf(cells, SPAIN)).toBe('dmy');
    expect(dateOrderOf(cells, { locale: 'de_DE' })).toBe('dmy');
    expect(dateOrderOf(cells, { locale: 'zh_CN' })).toBe('dmy');
    expect(described(readDateColumn(cells, US), true)[0]).toBe('2024-05-02');
    expect(described(readDateColumn(cells, SPAIN), true)[0]).toBe('2024-02-05');
  });

  it('flags the minority of a column that mixes orders instead of guessing', () => {
    const cells: Cell[] = ['15/01/2024', '20/01/2024', '01/13/2024'];
    expect(dateOrderOf(cells, US)).toBe('dmy');
    expect(described(readDateColumn(cells, US), true)).toEqual(['2024-01-15', '2024-01-20', 'impossible_date']);
  });

  it('names each problem', () => {
    const cells: Cell[] = ['31/31/2024', '2023-02-29', 'soon', '#N/A', true, new Date(NaN), -1, 1e12];
    expect(described(readDateColumn(cells, US), true)).toEqual([
      'impossible_date',
      'impossible_date',
      'unparseable_date',
      'sheet_error',
      'unparseable_date',
      'unparseable_date',
      'unparseable_date',
      'unparseable_date',
    ]);
  });

  it('gives whole day numbers, so days between are exact', () => {
    const column = readDateColumn(['2024-03-01', '2025-03-01'], US);
    expect(column.values[1] - column.values[0]).toBe(365);
    expect(column.values[0]).toBe(dayNumberOfYmd(2024, 3, 1));
  });
});

describe('readTextColumn', () => {
  it('trims text and shows other cells as text', () => {
    expect(readTextColumn(['  Acme  ', '', null, undefined, 42, 1.5, true, new Date(2024, 0, 15, 23, 30)])).toEqual([
      'Acme',
      '',
      '',
      '',
      '42',
      '1.5',
      'true',
      '2024-01-15',
    ]);
  });
});
