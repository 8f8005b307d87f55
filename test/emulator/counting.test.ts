import vm from 'node:vm';
import { type Realm, createFakeApps, fakeSpreadsheetFromRows } from '../../emulator';

function customers(n: number): unknown[][] {
  const rows: unknown[][] = [
    ['Customer', 'First', 'Last', 'Orders', 'Revenue', 'Profit', 'Status', 'Score', 'C9', 'C10', 'C11', 'C12', 'C13', 'C14', 'C15'],
  ];
  for (let i = 1; i <= n; i++) {
    rows.push([
      `Customer ${i}`,
      new Date(Date.UTC(2020, 0, 1 + (i % 1000))),
      new Date(Date.UTC(2024, 0, 1 + (i % 300))),
      i % 40,
      i * 1.5,
      i * 0.3,
      'Interested',
      i % 100,
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
    ]);
  }
  return rows;
}

/** One read, one write per block, one rule list: what the add-on's Apply should cost. */
function applyLikeRun(rows: unknown[][]) {
  const apps = createFakeApps({ spreadsheet: fakeSpreadsheetFromRows(rows) });
  const sheet = apps.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  const data = sheet.getDataRange().getValues();
  const out = data.map((row, i) =>
    i === 0 ? ['Tier', 'Why', 'Next step'] : [Number(row[4]) > 1000 ? 'A' : 'C', 'revenue', "'=not a formula"],
  );
  sheet.insertColumnsAfter(15, 3);
  sheet.getRange(1, 16, out.length, 3).setValues(out);
  const rule = apps.SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied('=$P2="A"')
    .setBackground('#d9ead3')
    .setRanges([sheet.getRange(2, 1, out.length - 1, 18)])
    .build();
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
  return { apps, sheet };
}

describe('call counting', () => {
  test('every Spreadsheet service call is counted by method; builders apart; reset starts again', () => {
    const apps = createFakeApps({ spreadsheet: fakeSpreadsheetFromRows([['a']]) });
    const sheet = apps.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1').getValues();
    sheet.getRange('A1').getValue();
    apps.SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([sheet.getRange('A1')])
      .build();
    apps.PropertiesService.getDocumentProperties().getProperty('x');
    expect(apps.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSheet': 1,
      'Sheet.getRange': 3,
      'Range.getValues': 1,
      'Range.getValue': 1,
      'SpreadsheetApp.newConditionalFormatRule': 1,
      'ConditionalFormatRuleBuilder.whenCellEmpty': 1,
      'ConditionalFormatRuleBuilder.setRanges': 1,
      'ConditionalFormatRuleBuilder.build': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getProperty': 1,
    });
    expect([apps.calls.total, apps.calls.builderTotal, apps.calls.otherTotal]).toEqual([6, 4, 2]);
    expect(apps.calls.count('Sheet.getRange')).toBe(3);
    expect(apps.calls.sequence()[0]).toBe('SpreadsheetApp.getActiveSheet');
    apps.calls.reset();
    expect([apps.calls.total, apps.calls.builderTotal, apps.calls.byMethod()]).toEqual([0, 0, {}]);
  });

  // How long it takes is measured by `npm run bench` (sheet_calls_*), never asserted here: machines are shared.
  test('50,000 × 15: the same number of calls as 100 rows', () => {
    const small = applyLikeRun(customers(100));
    const large = applyLikeRun(customers(50000));
    expect(large.apps.calls.byMethod()).toEqual(small.apps.calls.byMethod());
    expect(large.apps.calls.total).toBeLessThanOrEqual(30);
    expect(large.sheet.getRange(50001, 16, 1, 3).getValues()).toEqual([['A', 'revenue', '=not a formula']]);
  });
});

describe('realms', () => {
  test('after setRealm, getValues hands over Dates and arrays of the script’s realm', () => {
    const apps = createFakeApps({ spreadsheet: fakeSpreadsheetFromRows([[new Date(0), 1]]) });
    const context = vm.createContext({ SpreadsheetApp: apps.SpreadsheetApp });
    apps.setRealm(vm.runInContext('({ Date, Array, Object })', context) as Realm);
    const inside = vm.runInContext(
      `const v = SpreadsheetApp.getActiveSheet().getRange('A1:B1').getValues();
       [v instanceof Array, v[0] instanceof Array, v[0][0] instanceof Date]`,
      context,
    );
    expect(inside).toEqual([true, true, true]);
  });

  test('Dates made in the script’s realm are stored as Dates', () => {
    const apps = createFakeApps();
    const context = vm.createContext({ SpreadsheetApp: apps.SpreadsheetApp });
    vm.runInContext(`SpreadsheetApp.getActiveSheet().getRange('A1:B1').setValues([[new Date(86400000), 'x']])`, context);
    expect(apps.SpreadsheetApp.getActiveSheet().getRange('A1').getValue()).toEqual(new Date(86400000));
  });
});
