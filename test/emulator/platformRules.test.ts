// The fakes are as strict as Google's documentation where the add-on depends on it: each rule here fails on the real
// platform, so it must fail on the fakes too (the reference page of each is cited where the fake implements it).
import {
  acrossScriptRun,
  createFakeApps,
  fakeSpreadsheetFromRows,
  INJECTED_FAULT_MESSAGE,
  MAX_CELLS,
  MAX_COLUMNS,
  snapshotSpreadsheet,
  SpreadsheetModel,
} from '../../emulator';

function sheetWith(rows: unknown[][], options: Parameters<typeof createFakeApps>[0] = {}) {
  const apps = createFakeApps({ spreadsheet: fakeSpreadsheetFromRows(rows), ...options });
  return { apps, sheet: apps.activeSpreadsheet().getActiveSheet() };
}

describe('a custom function runs without authorization', () => {
  test('it may read the spreadsheet with get* calls and read properties', () => {
    const model = fakeSpreadsheetFromRows([
      ['Customer', 'Revenue'],
      ['Ada', 10],
    ]);
    createFakeApps({ spreadsheet: model }).PropertiesService.getDocumentProperties().setProperty('taught', '{}');
    const apps = createFakeApps({ spreadsheet: model, authMode: 'CUSTOM_FUNCTION' });
    const ss = apps.SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['en_US', 'America/New_York']);
    expect(ss.getActiveSheet().getRange('A2:B2').getValues()).toEqual([['Ada', 10]]);
    expect(apps.PropertiesService.getDocumentProperties().getProperty('taught')).toBe('{}');
    expect(apps.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')).toBe('1970');
  });

  test('setters, inserts, metadata, builders, the Ui and Session throw the permission error', () => {
    const apps = createFakeApps({ spreadsheet: fakeSpreadsheetFromRows([['a']]), authMode: 'CUSTOM_FUNCTION' });
    const sheet = apps.SpreadsheetApp.getActiveSheet();
    const refused = /You do not have permission to call/;
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(refused);
    expect(() => sheet.getRange('A1:A2').setValues([['x'], ['y']])).toThrow(refused);
    expect(() => sheet.insertColumnsAfter(1, 1)).toThrow(refused);
    expect(() => sheet.getRange('A:A').addDeveloperMetadata('k', 'v')).toThrow(refused);
    expect(() => sheet.createDeveloperMetadataFinder()).toThrow(refused);
    expect(() => apps.SpreadsheetApp.newConditionalFormatRule()).toThrow(refused);
    expect(() => apps.SpreadsheetApp.getUi()).toThrow(refused);
    expect(() => apps.Session.getScriptTimeZone()).toThrow(refused);
    expect(() => apps.PropertiesService.getDocumentProperties().setProperty('k', 'v')).toThrow(refused);
    expect(sheet.getRange('A1').getValue()).toBe('a');
  });
});

describe('google.script.run carries only plain values', () => {
  test('a Date, a function, a typed array or a Map anywhere fails the call, naming where it was', () => {
    expect(() => acrossScriptRun({ settings: { asOf: new Date(0) } })).toThrow(/a Date .*value\.settings\.asOf/);
    expect(() => acrossScriptRun([1, () => 2])).toThrow(/a function .*value\[1\]/);
    expect(() => acrossScriptRun({ rows: new Int32Array(2) })).toThrow(/Int32Array/);
    expect(() => acrossScriptRun(new Map())).toThrow(/Map/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => acrossScriptRun(loop)).toThrow(/refers to itself/);
  });

  test('undefined in an array becomes null; an undefined field is left out', () => {
    expect(acrossScriptRun({ a: [1, undefined, 'x'], b: undefined, c: null })).toEqual({ a: [1, null, 'x'], c: null });
    expect(acrossScriptRun({ a: [1, undefined] })).not.toHaveProperty('b');
  });
});

describe('size limits', () => {
  test('a sheet has at most 18,278 columns', () => {
    const { sheet } = sheetWith([['a']]);
    expect(() => sheet.insertColumnsAfter(1, MAX_COLUMNS)).toThrow(`above the limit of ${MAX_COLUMNS} columns`);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  test('a spreadsheet has at most 10,000,000 cells, blank ones included, across its sheets', () => {
    const model = new SpreadsheetModel();
    model.addSheet('Big', 0, 384_000, 26); // 9,984,000 cells
    const apps = createFakeApps({ spreadsheet: model });
    const sheet = apps.activeSpreadsheet().getActiveSheet();
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(`above the limit of ${MAX_CELLS} cells`);
    expect(() => apps.activeSpreadsheet().insertSheet('More')).toThrow(`above the limit of ${MAX_CELLS} cells`);
    expect(() => sheet.insertRowsAfter(1, 5000)).toThrow(`above the limit of ${MAX_CELLS} cells`);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), model.sheets.length]).toEqual([384_000, 26, 1]);
  });

  test('setValues refuses data of another size, and ragged rows', () => {
    const { sheet } = sheetWith([['a']]);
    expect(() => sheet.getRange('A1:B2').setValues([['x', 'y']])).toThrow('The data has 1 but the range has 2.');
    expect(() => sheet.getRange('A1:B2').setValues([['x', 'y'], ['z']])).toThrow('number of columns in the data does not match');
  });

  test('insertSheet refuses a name that exists, whatever its case', () => {
    const { apps } = sheetWith([['a']]);
    const ss = apps.activeSpreadsheet();
    ss.insertSheet('Segments');
    expect(() => ss.insertSheet('segments')).toThrow('A sheet with the name "segments" already exists. Please enter another name.');
  });
});

describe('inserted columns take the formats and data validation of their neighbour', () => {
  function formatted() {
    const { apps, sheet } = sheetWith([
      ['Customer', 'Revenue'],
      ['Ada', 10],
      ['Bo', 20],
    ]);
    sheet.getRange('B1:B3').setBackground('#fce5cd').setNumberFormat('$#,##0.00').setFontWeight('bold');
    const list = apps.SpreadsheetApp.newDataValidation().requireValueInList(['yes', 'no']).build();
    sheet.getRange('B2:B3').setDataValidation(list);
    return { apps, sheet };
  }

  test('after: from the column they follow; values and notes stay behind', () => {
    const { sheet } = formatted();
    sheet.insertColumnsAfter(2, 2);
    const inserted = sheet.getRange('C1:D3');
    expect(inserted.getValues()).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(inserted.getBackgrounds()).toEqual(new Array(3).fill(['#fce5cd', '#fce5cd']));
    expect(inserted.getNumberFormats()[1]).toEqual(['$#,##0.00', '$#,##0.00']);
    expect(inserted.getDataValidations()[2].map((v) => v?.getCriteriaValues())).toEqual([
      ['yes', 'no'],
      ['yes', 'no'],
    ]);
  });

  test('before: from the column they push right; clear({formatOnly, validationsOnly}) makes them plain', () => {
    const { sheet } = formatted();
    sheet.insertColumnsBefore(2, 1);
    const inserted = sheet.getRange('B1:B3');
    expect(inserted.getFontWeights()[0][0]).toBe('bold');
    expect(inserted.getDataValidation()).toBeNull(); // row 1 had none
    expect(sheet.getRange('B2').getDataValidation()?.getCriteriaValues()).toEqual(['yes', 'no']);
    inserted.clear({ formatOnly: true, validationsOnly: true });
    expect(inserted.getBackgrounds()).toEqual([['#ffffff'], ['#ffffff'], ['#ffffff']]);
    expect(inserted.getDataValidations()).toEqual([[null], [null], [null]]);
    expect(sheet.getRange('C2').getDataValidation()?.getCriteriaValues()).toEqual(['yes', 'no']);
  });
});

describe('faults', () => {
  test('failOnMutation(k) makes the k-th change throw before it happens; reads never fail; later calls work', () => {
    const { apps, sheet } = sheetWith([['a', 'b']]);
    const before = snapshotSpreadsheet(apps.spreadsheet);
    apps.execution.failOnMutation(2);
    sheet.getRange('A1').getValue();
    sheet.getRange('A1').setValue('x'); // mutation 1
    expect(() => sheet.insertColumnsAfter(1, 1)).toThrow(INJECTED_FAULT_MESSAGE); // mutation 2
    expect(sheet.getMaxColumns()).toBe(before.sheets[0].maxColumns);
    sheet.getRange('B1').setValue('y'); // mutation 3
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['x', 'y']]);
    expect(apps.execution.mutationCount).toBe(3);
  });

  test('property writes and activating a sheet count as changes; builders, locks and the Ui do not', () => {
    const { apps, sheet } = sheetWith([['a']]);
    apps.SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000');
    apps.LockService.getDocumentLock().tryLock(1);
    apps.SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'f').addToUi();
    expect(apps.execution.mutationCount).toBe(0);
    apps.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    sheet.activate();
    expect(apps.execution.mutationCount).toBe(2);
  });
});

test('getDocumentLock() is null outside a containing document', () => {
  const apps = createFakeApps({ documentLock: false });
  expect(apps.LockService.getDocumentLock()).toBeNull();
  expect(apps.LockService.getUserLock().tryLock(1)).toBe(true);
});
