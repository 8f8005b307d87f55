import { createFakeApps, fakeSpreadsheetFromRows } from '../../emulator';

function sheetWith(options: { locale?: string; evaluateFormula?: (f: string) => unknown } = {}) {
  const spreadsheet = fakeSpreadsheetFromRows([], { timeZone: 'Europe/Madrid', ...options });
  return createFakeApps({ spreadsheet }).SpreadsheetApp.getActiveSheet();
}

const HYPERLINK = '=HYPERLINK("http://evil.example","Click me")';

describe('formula or text: what setValues stores', () => {
  test('a string starting with "=" becomes a formula (the risk the add-on must avoid)', () => {
    const sheet = sheetWith();
    sheet.getRange('A1').setValues([[HYPERLINK]]);
    expect(sheet.getRange('A1').getFormulas()).toEqual([[HYPERLINK]]);
    // The fake has no formula engine: a formula's value is '' unless the spreadsheet was given an evaluator.
    expect(sheet.getRange('A1').getValues()).toEqual([['']]);
  });

  test('the evaluator, when given, supplies a formula’s value', () => {
    const sheet = sheetWith({ evaluateFormula: (f) => (f.startsWith('=HYPERLINK') ? 'Click me' : '') });
    sheet.getRange('A1').setValue(HYPERLINK);
    expect(sheet.getRange('A1').getValue()).toBe('Click me');
  });

  test('a leading apostrophe keeps the rest as text, without the apostrophe', () => {
    const sheet = sheetWith();
    sheet.getRange('A1:B1').setValues([[`'${HYPERLINK}`, "'007"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[HYPERLINK, '007']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
  });

  test('a cell formatted as plain text ("@") keeps any string exactly as written', () => {
    const sheet = sheetWith();
    const range = sheet.getRange('A1:C1');
    range.setNumberFormat('@');
    range.setValues([[HYPERLINK, '007', "'quoted"]]);
    expect(range.getValues()).toEqual([[HYPERLINK, '007', "'quoted"]]);
    expect(range.getFormulas()).toEqual([['', '', '']]);
  });

  test('a leading + or - that is not a number also starts a formula (phone numbers break)', () => {
    const sheet = sheetWith();
    sheet.getRange('A1:C1').setValues([['+34 600 123 456', '-5', '-']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=+34 600 123 456', '', '']]);
    expect(sheet.getRange('B1:C1').getValues()).toEqual([[-5, '-']]);
  });

  test('numbers, percents, booleans and ISO dates are read like typed input; other text stays text', () => {
    const sheet = sheetWith();
    const range = sheet.getRange('A1:G1');
    range.setValues([['007', '1,234.5', '12%', 'true', '2024-01-15', 'Top 20%', '2024-02-30']]);
    const [values] = range.getValues();
    expect(values.slice(0, 4)).toEqual([7, 1234.5, 0.12, true]);
    expect(values[4]).toEqual(new Date('2024-01-14T23:00:00.000Z')); // midnight in Europe/Madrid
    expect(values.slice(5)).toEqual(['Top 20%', '2024-02-30']);
    expect(range.getNumberFormats()[0].slice(2, 5)).toEqual(['0%', '0.###############', 'yyyy-mm-dd']);
    expect(range.getDisplayValues()[0].slice(2, 5)).toEqual(['12%', 'TRUE', '2024-01-15']);
  });

  test('a decimal-comma locale reads 1.234,5 as a number and 1.5 as text', () => {
    const sheet = sheetWith({ locale: 'es_ES' });
    sheet.getRange('A1:B1').setValues([['1.234,5', '1.5']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[1234.5, '1.5']]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1234,5');
  });

  test('non-string values are stored as they are; null and undefined clear the cell', () => {
    const sheet = sheetWith();
    sheet.getRange('A1').setValue('=1+1');
    sheet.getRange('A1:D1').setValues([[42, false, null, undefined]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[42, false, '', '']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });
});

describe('dates and amounts typed the way the spreadsheet locale writes them', () => {
  const typed = (locale: string, inputs: string[]) => {
    const sheet = sheetWith({ locale });
    const range = sheet.getRange(1, 1, 1, inputs.length);
    range.setValues([inputs]);
    return { values: range.getValues()[0], formats: range.getNumberFormats()[0], shown: range.getDisplayValues()[0] };
  };
  // Midnight of a day in Europe/Madrid (the spreadsheets above), in winter.
  const madrid = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

  test('es_ES: dates day first, numbers with a decimal comma, euro amounts; each shows as typed', () => {
    const { values, formats, shown } = typed('es_ES', [
      '15/01/2024',
      '8/1/24',
      '1.234,56',
      '1.234,56 €',
      '-12,50 €',
      '0,00 €',
      '31/02/2024',
      '1/15/2024',
    ]);
    expect(values.slice(0, 6)).toEqual([madrid('2024-01-15'), madrid('2024-01-08'), 1234.56, 1234.56, -12.5, 0]);
    expect(formats.slice(0, 6)).toEqual(['dd/mm/yyyy', 'd/m/yy', '0.###############', '#,##0.00 "€"', '#,##0.00 "€"', '#,##0.00 "€"']);
    expect(shown.slice(0, 6)).toEqual(['15/01/2024', '8/1/24', '1234,56', '1.234,56 €', '-12,50 €', '0,00 €']);
    // Days that do not exist, and month-first dates, stay text.
    expect(values.slice(6)).toEqual(['31/02/2024', '1/15/2024']);
  });

  test('de_DE, fr_FR, it_IT, pt_BR: their own dates and currencies', () => {
    expect(typed('de_DE', ['15.01.2024', '1.234,56 €']).values).toEqual([madrid('2024-01-15'), 1234.56]);
    expect(typed('fr_FR', ['15/01/2024', '12,5 €']).values).toEqual([madrid('2024-01-15'), 12.5]);
    expect(typed('it_IT', ['15/01/2024']).values).toEqual([madrid('2024-01-15')]);
    const br = typed('pt_BR', ['15/01/2024', 'R$ 1.234,56']);
    expect(br.values).toEqual([madrid('2024-01-15'), 1234.56]);
    expect(br.shown[1]).toBe('R$ 1.234,56');
  });

  test('zh_CN: 2024年1月15日 and 2024/1/15 are dates, ¥1,226.86 a number; each shows as typed', () => {
    const { values, formats, shown } = typed('zh_CN', ['2024年1月15日', '2024/1/15', '¥1,226.86', '￥12', '-¥5.5', '2024年2月30日']);
    expect(values.slice(0, 5)).toEqual([madrid('2024-01-15'), madrid('2024-01-15'), 1226.86, 12, -5.5]);
    expect(formats.slice(0, 3)).toEqual(['yyyy"年"m"月"d"日"', 'yyyy/m/d', '"¥"#,##0.00']);
    expect(shown.slice(0, 5)).toEqual(['2024年1月15日', '2024/1/15', '¥1,226.86', '¥12.00', '-¥5.50']);
    expect(values[5]).toBe('2024年2月30日');
  });

  test('en_US reads as before: only ISO dates and plain numbers; other locales’ dates and currencies stay text', () => {
    const inputs = ['15/01/2024', '1/15/2024', '$12.50', '12,50 €', '¥1,226.86', '2024年1月15日', '2024/1/15', '15.01.2024'];
    expect(typed('en_US', inputs).values).toEqual(inputs);
    expect(typed('en_US', ['2024-01-15', '1,234.5']).values).toEqual([madrid('2024-01-15'), 1234.5]);
  });

  test('the quote prefix and text cells still keep what looks like a date or an amount as text', () => {
    const sheet = sheetWith({ locale: 'es_ES' });
    sheet.getRange('A1:B1').setValues([["'15/01/2024", "'1.234,56 €"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['15/01/2024', '1.234,56 €']]);
    const text = sheet.getRange('C1:D1');
    text.setNumberFormat('@');
    text.setValues([['15/01/2024', '=1+1']]);
    expect(text.getValues()).toEqual([['15/01/2024', '=1+1']]);
  });
});
