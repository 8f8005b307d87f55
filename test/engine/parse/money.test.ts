import fc from 'fast-check';
import { parseMoneyText } from '../../../src/engine/parse/money';

describe('parseMoneyText: formats', () => {
  it.each([
    ['$12,500.00', 12500],
    ['12.345,67 €', 12345.67],
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5], // NBSP
    ['1\u202f234,50', 1234.5], // narrow NBSP (French)
    ["1'234.50", 1234.5], // Swiss apostrophe
    ['¥1,226.86', 1226.86],
    ['¥-0.19', -0.19],
    ['-¥0.19', -0.19],
    ['-1,200.50', -1200.5],
    ['−1.200,50', -1200.5], // Unicode minus
    ['(1,200.50)', -1200.5],
    ['($1,200.50)', -1200.5],
    ['(1.200,50 €)', -1200.5],
    ['1.200,50-', -1200.5], // trailing minus (SAP exports)
    ['+15', 15],
    ['1e9', 1e9],
    ['2.5E-3', 0.0025],
    ['1.5E+3', 1500],
    ['€ 5', 5],
    ['€5', 5],
    ['5€', 5],
    ['US$ 3', 3],
    ['US$3.10', 3.1],
    ['R$ 1.234,56', 1234.56],
    ['RMB 100', 100],
    ['100元', 100],
    ['120 元', 120],
    ['EUR 5', 5],
    ['5 EUR', 5],
    ['5EUR', 5],
    ['5 MXN', 5],
    ['mxn 5', 5],
    ['£7.99', 7.99],
    ['Rs.100', 100],
    ['S/ 12.50', 12.5],
    ['１２３', 123], // full-width digits
    ['￥1,234.50', 1234.5], // full-width yen
    ['  15000  ', 15000],
    ['0', 0],
    ['-0.00', 0],
    ['.5', 0.5],
    [',5', 0.5],
    ['0,500', 0.5], // a leading 0 cannot start a thousands group
    ['1.000.000', 1000000],
    ['1,000,000', 1000000],
    ['1,000,000.5', 1000000.5],
    ['1.000.000,5', 1000000.5],
    ['12345,678', 12345.678], // four digits before the comma: not a thousands group
    ['1,2345', 1.2345],
    ['59,90', 59.9],
    // biome-ignore lint/correctness/noPrecisionLoss: the point: beyond 15 digits the text reads as the nearest double
    ['1234567890123456789', 1234567890123456789],
    // biome-ignore lint/correctness/noPrecisionLoss: as above, after the decimal point
    ['0.1234567890123456789', 0.1234567890123456789],
  ])('%j → %d', (text, expected) => {
    expect(parseMoneyText(text, '.')).toBe(expected);
    expect(parseMoneyText(text, ',')).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(parseMoneyText('-0', '.'), 0)).toBe(true);
    expect(Object.is(parseMoneyText('(0.00)', '.'), 0)).toBe(true);
  });
});

describe('parseMoneyText: a lone separator before exactly three digits', () => {
  it.each([
    ['1,234', 1234, 1.234],
    ['1.234', 1.234, 1234],
    ['$1,000', 1000, 1],
    ['-12.500 €', -12.5, -12500],
  ])('%j reads as %d with a decimal point, %d with a decimal comma', (text, withPoint, withComma) => {
    expect(parseMoneyText(text, '.')).toBe(withPoint);
    expect(parseMoneyText(text, ',')).toBe(withComma);
  });
});

describe('parseMoneyText: not money', () => {
  it.each(['12%', '12 %', '-3,5 %', '12％', '5‰'])('%j is a percentage', (text) => {
    expect(parseMoneyText(text, '.')).toBe('percent_not_money');
  });

  it.each(['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', ' #n/a '])('%j is a sheet error', (text) => {
    expect(parseMoneyText(text, '.')).toBe('sheet_error');
  });

  it.each([
    'about ten grand',
    'ten',
    'N/A',
    '#5',
    '1,23,4', // implausible grouping
    '12,34,567', // Indian lakh grouping is not supported (no locale of the add-on uses it)
    '1,2345,678',
    '0,123,456',
    '1.234.56',
    '1,234.567,8',
    '1.234,567.8',
    '1 234.567,8',
    '1 2',
    '12,',
    '12.',
    '$',
    '-',
    '()',
    '--5',
    '(-5)',
    '-(5)',
    '(5',
    '5)',
    '5 - 3',
    '1/2',
    '10 grand',
    'approx 100',
    '$5 USD',
    '1e',
    '5E+',
    '2024-01-15',
    '1e999',
  ])('%j is unparseable', (text) => {
    expect(parseMoneyText(text, '.')).toBe('unparseable_money');
  });

  it('blank text is a missing value, not a problem of format', () => {
    expect(parseMoneyText('', '.')).toBe('missing_value');
    expect(parseMoneyText('  \u00a0 ', '.')).toBe('missing_value');
  });
});

// Formats an amount in cents the way a spreadsheet or a person would write it.
interface Style {
  decimal: '.' | ',';
  group: string;
  prefix: string;
  suffix: string;
  negative: 'minus' | 'parens' | 'trailing';
}

function formatCents(cents: number, style: Style, decimals: boolean): string {
  const whole = String(Math.floor(Math.abs(cents) / 100));
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
  const fraction = String(Math.abs(cents) % 100).padStart(2, '0');
  const body = style.prefix + grouped + (decimals ? style.decimal + fraction : '') + style.suffix;
  if (cents >= 0) return body;
  if (style.negative === 'parens') return `(${body})`;
  return style.negative === 'trailing' ? `${body}-` : `-${body}`;
}

// One currency at most, before or after the digits.
const styleArbitrary: fc.Arbitrary<Style> = fc
  .oneof(
    fc.record({
      decimal: fc.constant('.' as const),
      group: fc.constantFrom(',', '', ' ', '\u00a0', "'"),
      currency: fc.constantFrom(['', ''], ['$', ''], ['US$ ', ''], ['¥', ''], ['£', ''], ['RMB ', ''], ['', ' USD'], ['', '元']),
      negative: fc.constantFrom('minus' as const, 'parens' as const),
    }),
    fc.record({
      decimal: fc.constant(',' as const),
      group: fc.constantFrom('.', '', ' ', '\u00a0', '\u202f'),
      currency: fc.constantFrom(['', ''], ['€ ', ''], ['R$ ', ''], ['', ' €'], ['', '€'], ['', ' EUR']),
      negative: fc.constantFrom('minus' as const, 'parens' as const, 'trailing' as const),
    }),
  )
  .map(({ currency, ...rest }) => ({ ...rest, prefix: currency[0], suffix: currency[1] }));

describe('parseMoneyText: properties', () => {
  it('an amount written in any en/es style reads back as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), styleArbitrary, (cents, style) => {
        const text = formatCents(cents, style, true);
        expect(parseMoneyText(text, style.decimal)).toBe(cents / 100);
      }),
      { numRuns: 2000 },
    );
  });

  it('a whole amount with thousands separators reads back when the column knows its decimal mark', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), styleArbitrary, (units, style) => {
        const text = formatCents(units * 100, style, false);
        expect(parseMoneyText(text, style.decimal)).toBe(units);
      }),
      { numRuns: 1000 },
    );
  });

  it('what String(number) writes reads back exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseMoneyText(String(x), '.')).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 1000 },
    );
  });

  it('no text makes it throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const result = parseMoneyText(text, ',');
        expect(typeof result === 'string' || Number.isFinite(result)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
