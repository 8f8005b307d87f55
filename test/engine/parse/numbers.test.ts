import {
  AMBIGUOUS_SEPARATOR,
  COMMA_PROOF,
  decideDecimalMark,
  decimalMarkOfLocale,
  lastSeparatorProof,
  localeParts,
  NO_PROOF,
  parseNumberText,
  POINT_PROOF,
  scanAmount,
} from '../../../src/engine/parse/numbers';

describe('parseNumberText', () => {
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['-3', -3],
    ['(3)', -3],
    ['2.5', 2.5],
    ['2,5', 2.5],
    ['1 000', 1000],
    ['1e3', 1000],
    ['０', 0],
  ])('%j → %d', (text, expected) => {
    expect(parseNumberText(text, '.')).toBe(expected);
  });

  it('reads a lone separator before three digits with the decimal mark it is given', () => {
    expect(parseNumberText('1.234', ',')).toBe(1234);
    expect(parseNumberText('1.234', '.')).toBe(1.234);
  });

  it.each(['$5', '5 €', '12%', 'many', 'TRUE', '1,23,4'])('%j is unparseable_number', (text) => {
    expect(parseNumberText(text, '.')).toBe('unparseable_number');
  });

  it('tells sheet errors and blanks apart from bad numbers', () => {
    expect(parseNumberText('#VALUE!', '.')).toBe('sheet_error');
    expect(parseNumberText(' ', '.')).toBe('missing_value');
  });
});

describe('what a text proves about the decimal mark', () => {
  function proofOf(text: string): number {
    expect(typeof scanAmount(text, '.', 'money')).toBe('number');
    return lastSeparatorProof.value;
  }

  it.each([
    ['12.5', POINT_PROOF],
    ['1,234.56', POINT_PROOF],
    ['1,234,567', POINT_PROOF],
    ['0.250', POINT_PROOF],
    ['1234.567', POINT_PROOF],
    ['59,90', COMMA_PROOF],
    ['1.234,56', COMMA_PROOF],
    ['1.234.567', COMMA_PROOF],
    ['1 234,50', COMMA_PROOF],
    ['1,234', AMBIGUOUS_SEPARATOR],
    ['999.000', AMBIGUOUS_SEPARATOR],
    ['1234', NO_PROOF],
    ['1 234', NO_PROOF],
  ])('%j', (text, proof) => {
    expect(proofOf(text)).toBe(proof);
  });
});

describe('decimal mark of a locale', () => {
  it.each([
    ['en_US', '.'],
    ['en_GB', '.'],
    ['zh_CN', '.'],
    ['zh_TW', '.'],
    ['ja_JP', '.'],
    ['es_ES', ','],
    ['es_AR', ','],
    ['es_MX', '.'],
    ['es-US', '.'],
    ['de_DE', ','],
    ['de_CH', '.'],
    ['fr_FR', ','],
    ['pt_BR', ','],
    ['it_IT', ','],
    ['ru_RU', ','],
    ['pt', ','],
    ['', '.'],
  ])('%s → %s', (locale, mark) => {
    expect(decimalMarkOfLocale(locale)).toBe(mark);
  });

  it('splits locales written with either separator', () => {
    expect(localeParts('es-ES')).toEqual(['es', 'es_ES']);
    expect(localeParts('ZH_cn')).toEqual(['zh', 'zh_cn']);
    expect(localeParts('de')).toEqual(['de', 'de']);
  });

  it('lets the column outvote the locale, and the locale break ties', () => {
    expect(decideDecimalMark(3, 1, ',')).toBe('.');
    expect(decideDecimalMark(1, 3, '.')).toBe(',');
    expect(decideDecimalMark(2, 2, ',')).toBe(',');
    expect(decideDecimalMark(0, 0, '.')).toBe('.');
  });
});
