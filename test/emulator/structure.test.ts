import { createFakeApps, effectiveFormat, fakeSpreadsheetFromRows, snapshotSheet } from '../../emulator';
import { moveFormulaRefs } from '../../emulator/formulaRefs';

// A: Customer, B: Revenue, C: Tier (an output column the add-on could own), D: the user's own notes.
function setUp() {
  const spreadsheet = fakeSpreadsheetFromRows(
    [
      ['Customer', 'Revenue', 'Tier', 'Notes'],
      ['Ada', 900, 'A', 'call'],
      ['Bo', 50, 'C', ''],
    ],
    { timeZone: 'UTC' },
  );
  const apps = createFakeApps({ spreadsheet });
  const SpreadsheetApp = apps.SpreadsheetApp;
  const sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange('D2').setBackground('#ffff00').setNote('user note');
  sheet.getRange('C:C').addDeveloperMetadata('segments.column', 'abc_tier');
  sheet.setColumnWidth(4, 250);
  sheet.setFrozenColumns(2);
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied('=$C2="A"')
    .setBackground('#d9ead3')
    .setRanges([sheet.getRange('A2:D3')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setPosition(1, 5, 0, 0).build());
  return { apps, sheet };
}

describe('inserting and deleting columns moves everything to the right, like Sheets', () => {
  test('insertColumnsAfter shifts values, formats, notes, widths, rules, metadata and charts', () => {
    const { sheet } = setUp();
    sheet.insertColumnsAfter(1, 2); // two new columns B and C
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('A1:F1').getValues()).toEqual([['Customer', '', '', 'Revenue', 'Tier', 'Notes']]);
    expect(sheet.getRange('F2').getBackground()).toBe('#ffff00');
    expect(sheet.getRange('F2').getNote()).toBe('user note');
    expect(sheet.getColumnWidth(6)).toBe(250);
    expect(sheet.getFrozenColumns()).toBe(4); // inserted inside the frozen block
    const [rule] = sheet.getConditionalFormatRules();
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:F3']); // widened: inserted inside it
    expect(rule.getBooleanCondition()!.getCriteriaValues()).toEqual(['=$E2="A"']);
    const [metadata] = sheet.createDeveloperMetadataFinder().withKey('segments.column').find();
    expect(metadata.getLocation().getColumn()!.getA1Notation()).toBe('E:E');
    const [chart] = sheet.getCharts();
    expect(chart.getRanges()[0].getA1Notation()).toBe('A1:D3');
    expect(chart.getContainerInfo().getAnchorColumn()).toBe(7);
  });

  test('references in rule formulas and cell formulas follow the cells they point at', () => {
    const { sheet } = setUp();
    sheet.getRange('E2').setFormula('=IF($C2="A","top","")&" "&B2');
    sheet.insertColumnsBefore(1, 1);
    const snap = snapshotSheet(sheet);
    expect(snap.conditionalFormatRules[0].ranges).toEqual(['B2:E3']);
    expect(snap.conditionalFormatRules[0].criteriaValues).toEqual(['=$D2="A"']);
    expect(snap.values[1]).toEqual(['', 'Ada', 900, 'A', 'call']);
    expect(sheet.getRange('F2').getFormula()).toBe('=IF($D2="A","top","")&" "&C2');
    expect(effectiveFormat(sheet, 2, 2).background).toBe('#d9ead3');
    sheet.deleteColumns(4, 1);
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition()!.getCriteriaValues()).toEqual(['=#REF!="A"']);
  });

  test('deleteColumns removes the column with its metadata and shrinks rule and chart ranges', () => {
    const { sheet } = setUp();
    sheet.deleteColumns(3, 1); // the Tier column
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Customer', 'Revenue', 'Notes']]);
    expect(sheet.createDeveloperMetadataFinder().withKey('segments.column').find()).toEqual([]);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:C3');
    expect(sheet.getRange('C2').getNote()).toBe('user note');
    expect(sheet.getColumnWidth(3)).toBe(250);
  });

  test('a rule whose ranges are all deleted disappears', () => {
    const { apps, sheet } = setUp();
    const onlyD = apps.SpreadsheetApp.newConditionalFormatRule()
      .whenCellNotEmpty()
      .setBackground('red')
      .setRanges([sheet.getRange('D2:D3')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), onlyD]);
    sheet.deleteColumns(4, 1);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
  });

  test('inserting then deleting the same columns restores the sheet exactly', () => {
    const { sheet } = setUp();
    const before = snapshotSheet(sheet);
    sheet.insertColumnsAfter(4, 3);
    sheet.getRange('E1:G2').setValues([
      ['x', 'y', 'z'],
      [1, 2, 3],
    ]);
    sheet.deleteColumns(5, 3);
    expect(snapshotSheet(sheet)).toEqual(before);
  });

  test('rows move the same way; colours from rules follow the data', () => {
    const { sheet } = setUp();
    expect(effectiveFormat(sheet, 2, 1).background).toBe('#d9ead3');
    sheet.insertRowsBefore(2, 1);
    expect(sheet.getRange('A3').getValue()).toBe('Ada');
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A3:D4');
    expect(effectiveFormat(sheet, 3, 1).background).toBe('#d9ead3');
    expect(effectiveFormat(sheet, 2, 1).background).toBe('#ffffff');
    sheet.deleteRows(2, 1);
    expect(sheet.getRange('A2').getValue()).toBe('Ada');
  });

  test('deleting out of bounds or every column throws', () => {
    const { sheet } = setUp();
    expect(() => sheet.deleteColumns(26, 2)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.deleteColumns(1, 26)).toThrow('Sorry, it is not possible to delete all non-frozen columns.');
  });
});

describe('moveFormulaRefs', () => {
  test('moves cell references after the insertion point, absolute or not, and leaves text alone', () => {
    expect(moveFormulaRefs('=$C2="C2 stays"', 'columns', 'insert', 2, 1)).toBe('=$D2="C2 stays"');
    expect(moveFormulaRefs('=SUM(A1:$E$9)+LOG10(B1)', 'columns', 'insert', 3, 2)).toBe('=SUM(A1:$G$9)+LOG10(B1)');
    expect(moveFormulaRefs('=A5+A1', 'rows', 'insert', 2, 3)).toBe('=A8+A1');
    expect(moveFormulaRefs('=Other!C2+C2', 'columns', 'insert', 1, 1)).toBe('=Other!C2+D2');
  });

  test('a reference to a deleted line becomes #REF!, later ones move back', () => {
    expect(moveFormulaRefs('=$C2&$E2', 'columns', 'delete', 3, 1)).toBe('=#REF!&$D2');
    expect(moveFormulaRefs('=B10', 'rows', 'delete', 2, 3)).toBe('=B7');
  });
});
