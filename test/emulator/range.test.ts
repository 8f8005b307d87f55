import { createFakeApps, fakeSpreadsheetFromRows, shownValues } from '../../emulator';

function open(
  rows: unknown[][] = [
    ['Customer', 'Revenue', 'Since'],
    ['Ada', 1200, new Date(Date.UTC(2024, 0, 15))],
    ['Bo', '', null],
  ],
) {
  const apps = createFakeApps({ spreadsheet: fakeSpreadsheetFromRows(rows, { timeZone: 'UTC' }) });
  return { apps, sheet: apps.SpreadsheetApp.getActiveSheet() };
}

describe('Range values', () => {
  test('getValues returns copies: blanks as "", Dates as new Date objects', () => {
    const { sheet } = open();
    const first = sheet.getRange(1, 1, 3, 3).getValues();
    expect(first).toEqual([
      ['Customer', 'Revenue', 'Since'],
      ['Ada', 1200, new Date(Date.UTC(2024, 0, 15))],
      ['Bo', '', ''],
    ]);
    first[1][0] = 'changed';
    (first[1][2] as Date).setUTCFullYear(1999);
    const second = sheet.getRange(1, 1, 3, 3).getValues();
    expect(second[1][0]).toBe('Ada');
    expect((second[1][2] as Date).getUTCFullYear()).toBe(2024);
  });

  test('setValues throws Sheets’ message when the rows or columns do not match the range', () => {
    const { sheet } = open();
    const range = sheet.getRange(1, 1, 2, 2);
    expect(() =>
      range.setValues([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.');
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([1, 2] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(sheet.getRange(1, 1).getValue()).toBe('Customer');
  });

  test('setValue writes every cell of the range; getValue reads the top-left one', () => {
    const { sheet } = open();
    sheet.getRange('D1:E2').setValue('x');
    expect(sheet.getRange('D1:E2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    expect(sheet.getRange('D1:E2').getValue()).toBe('x');
  });

  test('getDisplayValues shows numbers with their format and dates in the locale', () => {
    const { sheet } = open();
    sheet.getRange('B2').setNumberFormat('"$"#,##0.00');
    expect(sheet.getRange('A2:C2').getDisplayValues()).toEqual([['Ada', '$1,200.00', '1/15/2024']]);
  });

  test('shownValues gives the preview the same text without counting calls', () => {
    const { apps, sheet } = open();
    apps.calls.reset();
    expect(shownValues(sheet)).toEqual([
      ['Customer', 'Revenue', 'Since'],
      ['Ada', '1200', '1/15/2024'],
      ['Bo', '', ''],
    ]);
    expect(apps.calls.total).toBe(0);
  });

  test('getLastRow/getLastColumn and getDataRange follow the cells with content', () => {
    const { sheet } = open();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    sheet.getRange('F10').setValue('far');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:F10');
    sheet.getRange('F10').clearContent();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
  });
});

describe('Range geometry', () => {
  test('A1 notation in and out, including whole columns', () => {
    const { sheet } = open();
    expect(sheet.getRange('B2:C3').getA1Notation()).toBe('B2:C3');
    expect(sheet.getRange('C:C').getA1Notation()).toBe('C:C');
    expect(sheet.getRange('C:C').getNumRows()).toBe(1000);
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange(1, 26, 1, 1).getA1Notation()).toBe('Z1');
  });

  test('offset and getCell are relative to the range', () => {
    const { sheet } = open();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => range.getCell(3, 1)).toThrow('Cell reference out of range');
  });

  test('ranges outside the grid throw, as in Sheets', () => {
    const { sheet } = open();
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  test('Spreadsheet.getRange reads "Sheet!A1" notation', () => {
    const { apps } = open();
    const ss = apps.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('My data');
    ss.getRange("'My data'!B2").setValue(5);
    expect(ss.getSheetByName('My data')!.getRange('B2').getValue()).toBe(5);
    expect(ss.getRange('Sheet1!A1').getValue()).toBe('Customer');
  });
});

describe('Range formats and notes', () => {
  test('backgrounds, font colours and weights are normalised and read back per cell', () => {
    const { sheet } = open();
    const range = sheet.getRange('A1:B1');
    range.setBackground('#FFF2CC').setFontWeight('bold').setFontColor('red');
    expect(range.getBackgrounds()).toEqual([['#fff2cc', '#fff2cc']]);
    expect(range.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(range.getFontColors()).toEqual([['#ff0000', '#ff0000']]);
    range.setBackgrounds([['#abc', null]]);
    expect(range.getBackgrounds()).toEqual([['#aabbcc', '#ffffff']]);
    expect(() => range.setBackground('not-a-colour')).toThrow('Invalid color');
  });

  test('number formats, notes, wrap and alignment; clearFormat keeps values, clear removes both', () => {
    const { sheet } = open();
    const cell = sheet.getRange('B2');
    expect(cell.getNumberFormat()).toBe('0.###############');
    cell.setNumberFormat('0.00').setNote('checked').setWrap(true).setHorizontalAlignment('center');
    expect([cell.getNumberFormats(), cell.getNotes(), cell.getWraps(), cell.getHorizontalAlignments()]).toEqual([
      [['0.00']],
      [['checked']],
      [[true]],
      [['center']],
    ]);
    cell.clearFormat();
    expect([cell.getValue(), cell.getNumberFormat(), cell.getNote()]).toEqual([1200, '0.###############', 'checked']);
    cell.setBackground('red').clear();
    expect([cell.getValue(), cell.getBackground()]).toEqual(['', '#ffffff']);
  });

  test('clearing part of a row keeps the cells around it', () => {
    const { sheet } = open([['a', 'b', 'c', 'd']]);
    sheet.getRange('B1:C1').clearContent();
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', '', 'd']]);
    sheet.getRange('C1:D1').clearContent();
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', '', '']]);
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });
});
