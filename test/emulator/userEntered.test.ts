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
