import { createFakeApps, fakeSpreadsheetFromRows } from '../../emulator';

function setUp() {
  const apps = createFakeApps({ spreadsheet: fakeSpreadsheetFromRows([['Customer', 'Revenue', 'Tier']]) });
  return { apps, SpreadsheetApp: apps.SpreadsheetApp, sheet: apps.SpreadsheetApp.getActiveSheet() };
}

describe('developer metadata', () => {
  test('a whole-column range carries metadata that a finder finds by key, on the sheet and on the column', () => {
    const { SpreadsheetApp, sheet } = setUp();
    sheet.getRange('C:C').addDeveloperMetadata('segments.output', 'abc_tier');
    sheet.getRange('B:B').addDeveloperMetadata('segments.output', 'revenue_reason');
    const found = sheet.createDeveloperMetadataFinder().withKey('segments.output').find();
    expect(found.map((m) => [m.getValue(), m.getLocation().getColumn()!.getColumn()])).toEqual([
      ['abc_tier', 3],
      ['revenue_reason', 2],
    ]);
    const location = found[0].getLocation();
    expect(String(location.getLocationType())).toBe('COLUMN');
    expect(location.getLocationType()).toBe(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN);
    expect(location.getSheet()!.getName()).toBe('Sheet1');
    expect(location.getRow()).toBeNull();
    expect(sheet.getRange('C:C').createDeveloperMetadataFinder().withKey('segments.output').find()).toHaveLength(1);
    expect(sheet.getRange('C1:C5').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(sheet.getRange('C1:C5').createDeveloperMetadataFinder().onIntersectingLocations().find()).toHaveLength(1);
    expect(SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withValue('abc_tier').find()).toHaveLength(1);
  });

  test('metadata follows its column and goes when the column is deleted', () => {
    const { sheet } = setUp();
    sheet.getRange('C:C').addDeveloperMetadata('segments.output', 'abc_tier');
    sheet.insertColumnsBefore(1, 2);
    const [moved] = sheet.createDeveloperMetadataFinder().withKey('segments.output').find();
    expect(moved.getLocation().getColumn()!.getA1Notation()).toBe('E:E');
    sheet.deleteColumns(5, 1);
    expect(sheet.createDeveloperMetadataFinder().withKey('segments.output').find()).toEqual([]);
    expect(() => moved.getValue()).toThrow('No developer metadata');
  });

  test('only one whole row, one whole column, a sheet or the spreadsheet can carry metadata', () => {
    const { SpreadsheetApp, sheet } = setUp();
    const refused = 'Adding developer metadata to arbitrary ranges is not currently supported.';
    expect(() => sheet.getRange('C1:C10').addDeveloperMetadata('k', 'v')).toThrow(refused);
    // "a single row or column; it cannot be unbounded or span multiple rows or columns" (Sheets API).
    expect(() => sheet.getRange('K:T').addDeveloperMetadata('k', 'v')).toThrow(refused);
    expect(() => sheet.getRange('2:3').addDeveloperMetadata('k', 'v')).toThrow(refused);
    // A range sized to the sheet's edge is not written as a whole column: the stricter reading refuses it too.
    expect(() => sheet.getRange(1, 3, sheet.getMaxRows(), 1).addDeveloperMetadata('k', 'v')).toThrow(refused);
    sheet.getRange('C:C').addDeveloperMetadata('k', 'v');
    const [entry] = sheet.createDeveloperMetadataFinder().withKey('k').find();
    expect(() => entry.moveToColumn(sheet.getRange('C:D'))).toThrow(refused);
    entry.moveToColumn(sheet.getRange('D:D'));
    expect(entry.getLocation().getColumn()!.getA1Notation()).toBe('D:D');
    entry.remove();
    sheet.getRange('2:2').addDeveloperMetadata('row', 'header');
    sheet.addDeveloperMetadata('sheet', 'data');
    SpreadsheetApp.getActiveSpreadsheet().addDeveloperMetadata('doc', 'v1');
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['sheet']);
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['row', 'sheet']);
    expect(
      SpreadsheetApp.getActiveSpreadsheet()
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(['doc']);
    const row = sheet.createDeveloperMetadataFinder().withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.ROW).find();
    expect(row[0].getLocation().getRow()!.getA1Notation()).toBe('2:2');
  });

  test('setValue, remove and visibility; a deleted sheet takes its metadata along', () => {
    const { SpreadsheetApp, sheet } = setUp();
    sheet.getRange('A:A').addDeveloperMetadata('k', 'old', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    const [m] = sheet.createDeveloperMetadataFinder().withKey('k').find();
    expect(m.getVisibility()).toBe(SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    m.setValue('new');
    expect(sheet.createDeveloperMetadataFinder().withKey('k').find()[0].getValue()).toBe('new');
    m.remove();
    expect(sheet.createDeveloperMetadataFinder().find()).toEqual([]);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const other = ss.insertSheet('Segments');
    other.addDeveloperMetadata('segments.summary');
    expect(ss.createDeveloperMetadataFinder().withKey('segments.summary').find()[0].getValue()).toBeNull();
    ss.deleteSheet(other);
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
  });

  test('the 30,000-character limit per location is enforced', () => {
    const { sheet } = setUp();
    sheet.addDeveloperMetadata('big', 'x'.repeat(29000));
    expect(() => sheet.getRange('A:A').addDeveloperMetadata('more', 'y'.repeat(2000))).toThrow('30000 character limit');
  });
});
