import { displayValue } from '../../emulator';

describe('displayValue', () => {
  test.each<[unknown, string, string, string]>([
    [1234.5, '0.###############', 'en_US', '1234.5'],
    [1234.5, '#,##0.00', 'en_US', '1,234.50'],
    [1234.5, '#,##0.00', 'es_ES', '1.234,50'],
    [-1200.5, '#,##0.00;(#,##0.00)', 'en_US', '(1,200.50)'],
    [0.125, '0.0%', 'en_US', '12.5%'],
    [12, '"$"#,##0.00', 'en_US', '$12.00'],
    [true, '0.###############', 'en_US', 'TRUE'],
    ['=text', '@', 'en_US', '=text'],
    // A format of literal text only shows the text for any number (the summary's "<0.1%" for a sliver).
    [0.0002, '"<0.1%"', 'en_US', '<0.1%'],
  ])('%p with %s in %s shows %s', (value, format, locale, shown) => {
    expect(displayValue(value, format, locale, 'UTC')).toBe(shown);
  });

  test('dates: locale short date, time when not midnight, date patterns', () => {
    const midnight = new Date('2024-01-15T00:00:00Z');
    expect(displayValue(midnight, '0.###############', 'en_US', 'UTC')).toBe('1/15/2024');
    expect(displayValue(midnight, '0.###############', 'es_ES', 'UTC')).toBe('15/1/2024');
    expect(displayValue(midnight, '0.###############', 'zh_CN', 'UTC')).toBe('2024/1/15');
    expect(displayValue(midnight, '0.###############', 'en_US', 'America/New_York')).toBe('1/14/2024 19:00:00');
    expect(displayValue(midnight, 'yyyy-mm-dd', 'en_US', 'UTC')).toBe('2024-01-15');
    expect(displayValue(new Date('2024-01-15T09:05:00Z'), 'dd mmm yyyy hh:mm', 'en_US', 'UTC')).toBe('15 Jan 2024 09:05');
  });
});
