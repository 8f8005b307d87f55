// Numbers and dates as the spreadsheet's locale writes them: one way in the cells' formats, the reasons and the sidebar.
import { dayNumberOfYmd } from '../../src/engine/parse/dates';
import { dateNumberFormat, formatAmount, formatCount, formatDate, formatPercent, formatThreshold, isSliver } from '../../src/i18n/format';

const DAY = dayNumberOfYmd(2026, 12, 1);

describe('locale formats', () => {
  test.each([
    ['en_US', '12/1/2026', 'm/d/yyyy'],
    ['en_GB', '01/12/2026', 'dd/mm/yyyy'],
    ['es_ES', '1/12/2026', 'd/m/yyyy'],
    ['es_MX', '1/12/2026', 'd/m/yyyy'],
    ['es_US', '12/1/2026', 'm/d/yyyy'],
    ['zh_CN', '2026/12/1', 'yyyy/m/d'],
    ['de_DE', '1.12.2026', 'd.m.yyyy'],
  ])('%s writes 2026-12-01 as %s, the format of its date cells %s', (locale, text, format) => {
    expect(formatDate(DAY, locale)).toBe(text);
    expect(dateNumberFormat(locale)).toBe(format);
  });

  test('percentages: one decimal as the summary cells show them, a sliver is not nothing', () => {
    expect([0.412, 0.53, 0, 1].map((s) => formatPercent(s, 'en_US'))).toEqual(['41.2%', '53.0%', '0.0%', '100.0%']);
    expect(formatPercent(0.801, 'es_ES')).toBe('80,1%');
    expect(formatPercent(0.0004, 'en_US')).toBe('<0.1%');
    expect(formatPercent(-0.0004, 'en_US')).toBe('>-0.1%');
    expect([isSliver(0.0004), isSliver(0), isSliver(0.0005)]).toEqual([true, false, false]);
    expect([formatThreshold(0.8, 'en_US'), formatThreshold(0.333, 'es_ES')]).toEqual(['80%', '33,3%']);
  });

  test('amounts and counts group their thousands by the locale', () => {
    expect(formatAmount(12500.5, 'en_US')).toBe('12,500.5');
    expect(formatAmount(12500.5, 'es_ES')).toBe('12.500,5');
    expect(formatAmount(-1234567.891, 'zh_CN')).toBe('-1,234,567.89');
    expect(formatCount(1237, 'de_DE')).toBe('1.237');
  });
});
