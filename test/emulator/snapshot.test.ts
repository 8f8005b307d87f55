import { createFakeApps, fakeSpreadsheetFromRows, snapshotSheet, snapshotSpreadsheet } from '../../emulator';

const OWN = 'segments.owned';

function userSheet() {
  const spreadsheet = fakeSpreadsheetFromRows(
    [
      ['Customer', 'Revenue', 'Notes'],
      ['Ada', 900, 'vip'],
      ['Bo', 50, ''],
    ],
    { timeZone: 'UTC' },
  );
  const apps = createFakeApps({ spreadsheet });
  const sheet = apps.SpreadsheetApp.getActiveSheet();
  // The user's own formatting and rule, which must survive.
  sheet.getRange('A1:C1').setFontWeight('bold').setBackground('#cfe2f3');
  sheet.getRange('B2:B3').setNumberFormat('#,##0.00');
  const theirs = apps.SpreadsheetApp.newConditionalFormatRule()
    .whenNumberGreaterThan(500)
    .setBackground('#fce5cd')
    .setRanges([sheet.getRange('B2:B3')])
    .build();
  sheet.setConditionalFormatRules([theirs]);
  return { apps, sheet };
}

/** Roughly what Apply does: columns, values, formats, rules, metadata, a summary sheet with a chart. */
function apply(apps: ReturnType<typeof createFakeApps>, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const SpreadsheetApp = apps.SpreadsheetApp;
  sheet.insertColumnsAfter(3, 2);
  sheet.getRange('D1:E3').setValues([
    ['Tier', 'Why'],
    ['A', 'top 80%'],
    ['C', 'tail'],
  ]);
  sheet.getRange('D1:E1').setFontWeight('bold');
  sheet.getRange('D:D').addDeveloperMetadata(OWN, '2');
  const ours = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied('=$D2="A"')
    .setBackground('#d9ead3')
    .setRanges([sheet.getRange('A2:E3')])
    .build();
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ours]);
  sheet.setFrozenRows(1);
  const summary = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Segments');
  summary.getRange('A1:B2').setValues([
    ['Tier', 'Revenue'],
    ['A', 900],
  ]);
  summary.insertChart(summary.newChart().addRange(summary.getRange('A1:B2')).build());
  summary.addDeveloperMetadata(OWN, 'summary');
}

/** Roughly what Clear does: everything Apply added, found through the metadata. */
function clear(apps: ReturnType<typeof createFakeApps>, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const ss = apps.SpreadsheetApp.getActiveSpreadsheet();
  const [columns] = sheet.createDeveloperMetadataFinder().withKey(OWN).find();
  const range = columns.getLocation().getColumn()!;
  sheet.setConditionalFormatRules(
    sheet.getConditionalFormatRules().filter((r) => r.getBooleanCondition()!.getCriteriaValues()[0] !== '=$D2="A"'),
  );
  sheet.deleteColumns(range.getColumn(), Number(columns.getValue()));
  sheet.setFrozenRows(0);
  ss.deleteSheet(ss.getSheetByName('Segments')!);
  ss.setActiveSheet(sheet);
}

describe('snapshots', () => {
  test('after apply then clear, the spreadsheet is cell for cell what it was', () => {
    const { apps, sheet } = userSheet();
    const before = snapshotSpreadsheet(apps.spreadsheet);
    apply(apps, sheet);
    expect(snapshotSpreadsheet(apps.spreadsheet)).not.toEqual(before);
    clear(apps, sheet);
    expect(snapshotSpreadsheet(apps.spreadsheet)).toEqual(before);
  });

  test('setting a default format explicitly makes no difference', () => {
    const { sheet } = userSheet();
    const before = snapshotSheet(sheet);
    sheet.getRange('A2:C3').setBackground('#ffffff').setFontColor(null).setNote('');
    expect(snapshotSheet(sheet)).toEqual(before);
  });

  type Leftover = (apps: ReturnType<typeof createFakeApps>, sheet: GoogleAppsScript.Spreadsheet.Sheet) => void;
  test.each<[string, Leftover]>([
    ['a colour', (_apps, sheet) => sheet.getRange('A2').setBackground('#fff2cc')],
    ['a note', (_apps, sheet) => sheet.getRange('A2').setNote('Tier A')],
    ['a metadata entry', (_apps, sheet) => sheet.getRange('A:A').addDeveloperMetadata(OWN)],
    ['an empty column', (_apps, sheet) => sheet.insertColumnsAfter(3, 1)],
    ['a frozen row', (_apps, sheet) => sheet.setFrozenRows(1)],
    [
      'a rule',
      (apps, sheet) =>
        sheet.setConditionalFormatRules([
          ...sheet.getConditionalFormatRules(),
          apps.SpreadsheetApp.newConditionalFormatRule()
            .whenCellEmpty()
            .setBackground('red')
            .setRanges([sheet.getRange('A2')])
            .build(),
        ]),
    ],
  ])('a leftover is caught: %s', (_name, leave) => {
    const { apps, sheet } = userSheet();
    const before = snapshotSpreadsheet(apps.spreadsheet);
    leave(apps, sheet);
    expect(snapshotSpreadsheet(apps.spreadsheet)).not.toEqual(before);
  });

  test('the snapshot is plain data: values with Dates, formats, rules in A1 notation', () => {
    const { sheet } = userSheet();
    sheet.getRange('D2').setValue(new Date(Date.UTC(2024, 0, 15)));
    const snap = snapshotSheet(sheet);
    expect(snap.values[1]).toEqual(['Ada', 900, 'vip', new Date(Date.UTC(2024, 0, 15))]);
    expect(snap.fontWeights).toEqual([['bold', 'bold', 'bold']]);
    expect(snap.numberFormats).toEqual([[], ['0.###############', '#,##0.00'], ['0.###############', '#,##0.00']]);
    expect(snap.conditionalFormatRules).toEqual([
      expect.objectContaining({ ranges: ['B2:B3'], criteria: 'NUMBER_GREATER_THAN', criteriaValues: [500], background: '#fce5cd' }),
    ]);
  });
});
