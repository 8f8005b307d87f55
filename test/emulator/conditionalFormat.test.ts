import {
  BooleanCriteria,
  createFakeApps,
  effectiveBackgrounds,
  effectiveFormat,
  fakeSpreadsheetFromRows,
  parseRuleFormula,
} from '../../emulator';

function setUp() {
  const spreadsheet = fakeSpreadsheetFromRows([
    ['Customer', 'Tier'],
    ['Ada', 'A'],
    ['Bo', 'b'],
    ['Cy', 'C'],
  ]);
  const apps = createFakeApps({ spreadsheet });
  return { apps, SpreadsheetApp: apps.SpreadsheetApp, sheet: apps.SpreadsheetApp.getActiveSheet() };
}

describe('conditional-format rules', () => {
  test('the builder makes rules whose condition and colours read back', () => {
    const { SpreadsheetApp, sheet } = setUp();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('A')
      .setBackground('#B7E1CD')
      .setFontColor('black')
      .setRanges([sheet.getRange('B2:B4')])
      .build();
    const condition = rule.getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO);
    expect(String(condition.getCriteriaType())).toBe('TEXT_EQUAL_TO');
    expect(condition.getCriteriaValues()).toEqual(['A']);
    expect([condition.getBackground(), condition.getFontColor(), condition.getBold()]).toEqual(['#b7e1cd', '#000000', null]);
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['B2:B4']);
    expect(rule.getGradientCondition()).toBeNull();
  });

  test('setConditionalFormatRules replaces the whole list, like the real method', () => {
    const { SpreadsheetApp, sheet } = setUp();
    const make = (text: string) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground('red')
        .setRanges([sheet.getRange('B2:B4')])
        .build();
    sheet.setConditionalFormatRules([make('user rule')]);
    sheet.setConditionalFormatRules([make('ours')]);
    const texts = sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()!.getCriteriaValues()[0]);
    expect(texts).toEqual(['ours']); // the user's rule is gone: read, keep theirs, then set
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), make('another')]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  test('rule objects are snapshots; copy() gives a builder that does not change the original', () => {
    const { SpreadsheetApp, sheet } = setUp();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenCellNotEmpty()
      .setBackground('red')
      .setRanges([sheet.getRange('A1')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const changed = sheet.getConditionalFormatRules()[0].copy().setBackground('blue').build();
    expect(rule.getBooleanCondition()!.getBackground()).toBe('#ff0000');
    expect(changed.getBooleanCondition()!.getBackground()).toBe('#0000ff');
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition()!.getBackground()).toBe('#ff0000');
  });

  test('rules must have a condition and ranges on the sheet they are set on', () => {
    const { SpreadsheetApp, sheet } = setUp();
    expect(() => SpreadsheetApp.newConditionalFormatRule().setBackground('red').build()).toThrow('must have a condition');
    const noRange = SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().build();
    expect(() => sheet.setConditionalFormatRules([noRange])).toThrow('at least one range');
    const other = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Other');
    const elsewhere = SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([other.getRange('A1')])
      .build();
    expect(() => sheet.setConditionalFormatRules([elsewhere])).toThrow('must be on the sheet');
  });

  test('withCriteria takes the enum value', () => {
    const { SpreadsheetApp } = setUp();
    const rule = SpreadsheetApp.newConditionalFormatRule().withCriteria(SpreadsheetApp.BooleanCriteria.NUMBER_GREATER_THAN, [5]).build();
    expect(rule.getBooleanCondition()!.getCriteriaType()).toBe(BooleanCriteria.NUMBER_GREATER_THAN);
  });
});

describe('effectiveFormat: which colour a cell shows', () => {
  test('a row rule =$B2="A" colours the whole row from the rule’s top-left; text compares without case', () => {
    const { SpreadsheetApp, sheet } = setUp();
    sheet.getRange('A3').setBackground('#eeeeee');
    const rowRule = (text: string, colour: string) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=$B2="${text}"`)
        .setBackground(colour)
        .setRanges([sheet.getRange('A2:B4')])
        .build();
    sheet.setConditionalFormatRules([rowRule('A', '#00ff00'), rowRule('B', '#0000ff')]);
    expect(effectiveBackgrounds(sheet, { row: 2, col: 1, numRows: 3, numCols: 2 })).toEqual([
      ['#00ff00', '#00ff00'],
      ['#0000ff', '#0000ff'], // 'b' = "B": over the cell's own #eeeeee
      ['#ffffff', '#ffffff'],
    ]);
    expect(effectiveFormat(sheet, 1, 1).ruleIndex).toBeNull(); // header row is outside the rule
  });

  test('the first rule in list order wins; a rule without a font colour keeps the cell’s own', () => {
    const { SpreadsheetApp, sheet } = setUp();
    sheet.getRange('B2').setFontColor('#333333');
    const first = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('a')
      .setBackground('yellow')
      .setRanges([sheet.getRange('B2:B4')])
      .build();
    const second = SpreadsheetApp.newConditionalFormatRule()
      .whenCellNotEmpty()
      .setBackground('red')
      .setFontColor('white')
      .setRanges([sheet.getRange('B2:B4')])
      .build();
    sheet.setConditionalFormatRules([first, second]);
    expect(effectiveFormat(sheet, 2, 2)).toEqual({ background: '#ffff00', fontColor: '#333333', bold: false, ruleIndex: 0 });
    expect(effectiveFormat(sheet, 3, 2)).toEqual({ background: '#ff0000', fontColor: '#ffffff', bold: false, ruleIndex: 1 });
  });

  test('unsupported formulas never match, or throw in strict mode', () => {
    const { SpreadsheetApp, sheet } = setUp();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($B2="A",TRUE)')
      .setBackground('red')
      .setRanges([sheet.getRange('A2:B4')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(effectiveFormat(sheet, 2, 1).background).toBe('#ffffff');
    expect(() => effectiveFormat(sheet, 2, 1, { strict: true })).toThrow('Unsupported conditional-format formula');
  });

  test('parseRuleFormula reads the supported subset', () => {
    expect(parseRuleFormula('=$H2="A"')).toEqual({ colAbsolute: true, refCol: 8, rowAbsolute: false, refRow: 2, op: '=', literal: 'A' });
    expect(parseRuleFormula('=H$2<>"say ""hi"""')).toMatchObject({ colAbsolute: false, rowAbsolute: true, op: '<>', literal: 'say "hi"' });
    expect(parseRuleFormula('=$C2>=100')).toMatchObject({ op: '>=', literal: 100 });
    expect(parseRuleFormula('=$C2=TRUE')).toMatchObject({ literal: true });
    expect(parseRuleFormula('=AND($B2="A",$C2>1)')).toBeNull();
  });

  test('number comparisons treat a blank as 0 and text as larger than numbers', () => {
    const { SpreadsheetApp, sheet } = setUp();
    sheet.getRange('C2:C4').setValues([[150], [''], ['n/a']]);
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2<100')
      .setBackground('red')
      .setRanges([sheet.getRange('C2:C4')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(effectiveBackgrounds(sheet, { row: 2, col: 3, numRows: 3, numCols: 1 })).toEqual([['#ffffff'], ['#ff0000'], ['#ffffff']]);
  });
});
