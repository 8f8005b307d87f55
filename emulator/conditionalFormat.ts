// Conditional-format rules. A rule is plain data (RuleData) kept by its sheet; the objects scripts get are
// snapshots (like real ones) whose getRanges() report where the rule stood when it was read.
// Builder calls count as kind 'builder' (a real builder is a local object); rule getters count as service calls.
import { BooleanCriteria, type BooleanCriteriaName, enumName } from './enums';
import { type Execution, isDate } from './execution';
import { FakeRange, rangesOf } from './range';
import { type GridRect, copyRect } from './spans';
import { optionalColor } from './colors';

export interface RuleFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface RuleData {
  ranges: GridRect[];
  criteria: BooleanCriteriaName | null;
  criteriaValues: unknown[];
  format: RuleFormat;
}

function copyRule(rule: RuleData): RuleData {
  return {
    ranges: rule.ranges.map(copyRect),
    criteria: rule.criteria,
    criteriaValues: rule.criteriaValues.map((v) => (isDate(v) ? new Date(v.getTime()) : v)),
    format: { ...rule.format },
  };
}

function emptyRule(): RuleData {
  return {
    ranges: [],
    criteria: null,
    criteriaValues: [],
    format: { background: null, fontColor: null, bold: null, italic: null, strikethrough: null, underline: null },
  };
}

type CF = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export class FakeBooleanCondition
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.BooleanCondition,
      | 'getBackground'
      | 'getBold'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getFontColor'
      | 'getItalic'
      | 'getStrikethrough'
      | 'getUnderline'
    >
{
  constructor(
    private readonly exec: Execution,
    private readonly rule: RuleData,
  ) {}

  private call(method: string): RuleData {
    this.exec.hit('service', `BooleanCondition.${method}`);
    return this.rule;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return BooleanCriteria[this.call('getCriteriaType').criteria!] as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }

  getCriteriaValues(): unknown[] {
    const values = this.exec.scriptArray<unknown>();
    for (const v of this.call('getCriteriaValues').criteriaValues) values.push(isDate(v) ? this.exec.scriptDate(v.getTime()) : v);
    return values;
  }

  getBackground(): string | null {
    return this.call('getBackground').format.background;
  }

  getFontColor(): string | null {
    return this.call('getFontColor').format.fontColor;
  }

  getBold(): boolean | null {
    return this.call('getBold').format.bold;
  }

  getItalic(): boolean | null {
    return this.call('getItalic').format.italic;
  }

  getStrikethrough(): boolean | null {
    return this.call('getStrikethrough').format.strikethrough;
  }

  getUnderline(): boolean | null {
    return this.call('getUnderline').format.underline;
  }
}

export class FakeConditionalFormatRule implements Pick<CF, 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'> {
  private constructor(
    private readonly exec: Execution,
    private readonly rule: RuleData,
  ) {}

  static create(exec: Execution, rule: RuleData): CF {
    return new FakeConditionalFormatRule(exec, copyRule(rule)) as unknown as CF;
  }

  /** A copy of the data of a rule object made by the fakes; throws for anything else. */
  static dataOf(rule: unknown): RuleData {
    if (!(rule instanceof FakeConditionalFormatRule))
      throw new Error("The parameters (Object) don't match: expected a ConditionalFormatRule.");
    return copyRule(rule.rule);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.exec.hit('service', 'ConditionalFormatRule.getRanges');
    return rangesOf(this.exec, this.rule.ranges);
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    this.exec.hit('service', 'ConditionalFormatRule.getBooleanCondition');
    if (this.rule.criteria === null) return null;
    return new FakeBooleanCondition(this.exec, this.rule) as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
  }

  /** Gradient rules are not modelled: every rule is a boolean rule. */
  getGradientCondition(): null {
    this.exec.hit('service', 'ConditionalFormatRule.getGradientCondition');
    return null;
  }

  copy(): Builder {
    this.exec.hit('builder', 'ConditionalFormatRule.copy');
    return FakeConditionalFormatRuleBuilder.from(this.exec, this.rule);
  }
}

type BuilderApi = Pick<
  Builder,
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getGradientCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setRanges'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'withCriteria'
>;

export class FakeConditionalFormatRuleBuilder implements BuilderApi {
  private constructor(
    private readonly exec: Execution,
    private readonly rule: RuleData,
  ) {}

  static from(exec: Execution, rule: RuleData = emptyRule()): Builder {
    return new FakeConditionalFormatRuleBuilder(exec, copyRule(rule)) as unknown as Builder;
  }

  private chain(method: string, change: (rule: RuleData) => void): Builder {
    this.exec.hit('builder', `ConditionalFormatRuleBuilder.${method}`);
    change(this.rule);
    return this as unknown as Builder;
  }

  private when(method: string, criteria: BooleanCriteriaName, values: unknown[]): Builder {
    return this.chain(method, (rule) => {
      rule.criteria = criteria;
      rule.criteriaValues = values;
    });
  }

  build(): CF {
    this.exec.hit('builder', 'ConditionalFormatRuleBuilder.build');
    if (this.rule.criteria === null) throw new Error('Conditional format rule must have a condition.');
    return FakeConditionalFormatRule.create(this.exec, this.rule);
  }

  copy(): Builder {
    this.exec.hit('builder', 'ConditionalFormatRuleBuilder.copy');
    return FakeConditionalFormatRuleBuilder.from(this.exec, this.rule);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.exec.hit('builder', 'ConditionalFormatRuleBuilder.getRanges');
    return rangesOf(this.exec, this.rule.ranges);
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    this.exec.hit('builder', 'ConditionalFormatRuleBuilder.getBooleanCondition');
    return this.rule.criteria === null
      ? null
      : (new FakeBooleanCondition(this.exec, copyRule(this.rule)) as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition);
  }

  getGradientCondition(): null {
    this.exec.hit('builder', 'ConditionalFormatRuleBuilder.getGradientCondition');
    return null;
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Builder {
    const rects = Array.from(ranges, (r) => FakeRange.rectOf(r));
    return this.chain('setRanges', (rule) => (rule.ranges = rects));
  }

  setBackground(color: string | null): Builder {
    return this.chain('setBackground', (rule) => (rule.format.background = optionalColor(color)));
  }

  setFontColor(color: string | null): Builder {
    return this.chain('setFontColor', (rule) => (rule.format.fontColor = optionalColor(color)));
  }

  setBold(bold: boolean | null): Builder {
    return this.chain('setBold', (rule) => (rule.format.bold = bold));
  }

  setItalic(italic: boolean | null): Builder {
    return this.chain('setItalic', (rule) => (rule.format.italic = italic));
  }

  setStrikethrough(strikethrough: boolean | null): Builder {
    return this.chain('setStrikethrough', (rule) => (rule.format.strikethrough = strikethrough));
  }

  setUnderline(underline: boolean | null): Builder {
    return this.chain('setUnderline', (rule) => (rule.format.underline = underline));
  }

  whenCellEmpty(): Builder {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }

  whenCellNotEmpty(): Builder {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }

  /** The formula is kept as written; see cfEvaluate.ts for the subset the fake can evaluate. */
  whenFormulaSatisfied(formula: string): Builder {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [String(formula)]);
  }

  whenNumberBetween(start: number, end: number): Builder {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  whenNumberNotBetween(start: number, end: number): Builder {
    return this.when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(n: number): Builder {
    return this.when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [n]);
  }

  whenNumberNotEqualTo(n: number): Builder {
    return this.when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n]);
  }

  whenNumberGreaterThan(n: number): Builder {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }

  whenNumberGreaterThanOrEqualTo(n: number): Builder {
    return this.when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  whenNumberLessThan(n: number): Builder {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [n]);
  }

  whenNumberLessThanOrEqualTo(n: number): Builder {
    return this.when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  whenTextEqualTo(text: string): Builder {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [String(text)]);
  }

  whenTextContains(text: string): Builder {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [String(text)]);
  }

  whenTextDoesNotContain(text: string): Builder {
    return this.when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }

  whenTextStartsWith(text: string): Builder {
    return this.when('whenTextStartsWith', 'TEXT_STARTS_WITH', [String(text)]);
  }

  whenTextEndsWith(text: string): Builder {
    return this.when('whenTextEndsWith', 'TEXT_ENDS_WITH', [String(text)]);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): Builder {
    const name = enumName(criteria, 'BooleanCriteria') as BooleanCriteriaName;
    if (!(name in BooleanCriteria)) throw new Error(`Invalid argument: criteria ${name}`);
    return this.when('withCriteria', name, Array.from(args ?? []));
  }
}
