// Data validation: a rule per cell (dropdown lists, number ranges, checkboxes), kept as plain data in a layer of its
// sheet. The add-on never sets one; it must clear the ones Sheets copies into columns it inserts (model.ts inherit).
// Builder calls count as kind 'builder' (a real builder is a local object), like conditional-format rule builders.
import type { Execution } from './execution';

export type ValidationCriteria = 'VALUE_IN_LIST' | 'NUMBER_BETWEEN' | 'CHECKBOX';

export interface ValidationData {
  criteria: ValidationCriteria;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

type DV = GoogleAppsScript.Spreadsheet.DataValidation;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export class FakeDataValidation implements Pick<DV, 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText'> {
  constructor(
    private readonly exec: Execution,
    private readonly data: ValidationData,
  ) {}

  static create(exec: Execution, data: ValidationData): DV {
    return new FakeDataValidation(exec, { ...data, values: [...data.values] }) as unknown as DV;
  }

  /** The plain data of a rule made by this fake; anything else is refused, as Apps Script rejects foreign objects. */
  static dataOf(rule: unknown): ValidationData {
    if (!(rule instanceof FakeDataValidation))
      throw new Error("The parameters (Object) don't match the method signature: expected a DataValidation.");
    return { ...rule.data, values: [...rule.data.values] };
  }

  getCriteriaType(): string {
    this.exec.hit('service', 'DataValidation.getCriteriaType');
    return this.data.criteria;
  }

  getCriteriaValues(): unknown[] {
    this.exec.hit('service', 'DataValidation.getCriteriaValues');
    const out = this.exec.scriptArray<unknown>();
    for (const v of this.data.values) out.push(v);
    return out;
  }

  getAllowInvalid(): boolean {
    this.exec.hit('service', 'DataValidation.getAllowInvalid');
    return this.data.allowInvalid;
  }

  getHelpText(): string {
    this.exec.hit('service', 'DataValidation.getHelpText');
    return this.data.helpText;
  }
}

export class FakeDataValidationBuilder
  implements Pick<Builder, 'requireValueInList' | 'requireNumberBetween' | 'requireCheckbox' | 'setAllowInvalid' | 'setHelpText' | 'build'>
{
  private data: ValidationData = { criteria: 'VALUE_IN_LIST', values: [], allowInvalid: true, helpText: '' };
  private chosen = false;

  constructor(private readonly exec: Execution) {}

  private chain(method: string, change: (d: ValidationData) => void): Builder {
    this.exec.hit('builder', `DataValidationBuilder.${method}`);
    change(this.data);
    return this as unknown as Builder;
  }

  requireValueInList(values: string[]): Builder {
    this.chosen = true;
    return this.chain('requireValueInList', (d) => Object.assign(d, { criteria: 'VALUE_IN_LIST', values: [...values] }));
  }

  requireNumberBetween(start: number, end: number): Builder {
    this.chosen = true;
    return this.chain('requireNumberBetween', (d) => Object.assign(d, { criteria: 'NUMBER_BETWEEN', values: [start, end] }));
  }

  requireCheckbox(): Builder {
    this.chosen = true;
    return this.chain('requireCheckbox', (d) => Object.assign(d, { criteria: 'CHECKBOX', values: [] }));
  }

  setAllowInvalid(allowInvalidData: boolean): Builder {
    return this.chain('setAllowInvalid', (d) => (d.allowInvalid = Boolean(allowInvalidData)));
  }

  setHelpText(helpText: string): Builder {
    return this.chain('setHelpText', (d) => (d.helpText = String(helpText)));
  }

  build(): DV {
    this.exec.hit('builder', 'DataValidationBuilder.build');
    if (!this.chosen) throw new Error('A data validation rule needs a criterion.');
    return FakeDataValidation.create(this.exec, this.data);
  }
}
