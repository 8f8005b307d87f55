// SpreadsheetApp for a container-bound add-on: the active spreadsheet is the one the execution was opened on.
import { FakeConditionalFormatRuleBuilder } from './conditionalFormat';
import { FakeDataValidationBuilder } from './dataValidation';
import { BooleanCriteria, DeveloperMetadataLocationType, DeveloperMetadataVisibility, Dimension, WrapStrategy } from './enums';
import type { Execution } from './execution';
import type { SpreadsheetModel } from './model';
import { FakeRange, asRange } from './range';
import { FakeSheet, asSheet } from './sheet';
import { asSpreadsheet } from './spreadsheet';
import { FakeUi, type UiRecorder } from './ui';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type AppApi = Pick<
  App,
  | 'BooleanCriteria'
  | 'DeveloperMetadataLocationType'
  | 'DeveloperMetadataVisibility'
  | 'Dimension'
  | 'WrapStrategy'
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'setActiveSheet'
>;

export class FakeSpreadsheetApp implements AppApi {
  readonly BooleanCriteria = BooleanCriteria as unknown as typeof GoogleAppsScript.Spreadsheet.BooleanCriteria;
  readonly DeveloperMetadataLocationType =
    DeveloperMetadataLocationType as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility =
    DeveloperMetadataVisibility as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  readonly Dimension = Dimension as unknown as typeof GoogleAppsScript.Spreadsheet.Dimension;
  readonly WrapStrategy = WrapStrategy as unknown as typeof GoogleAppsScript.Spreadsheet.WrapStrategy;

  constructor(
    private readonly exec: Execution,
    private readonly model: SpreadsheetModel,
    private readonly ui: UiRecorder,
  ) {}

  private call(method: string): SpreadsheetModel {
    this.exec.hit('service', `SpreadsheetApp.${method}`);
    return this.model;
  }

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asSpreadsheet(this.exec, this.call('getActiveSpreadsheet'));
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asSpreadsheet(this.exec, this.call('getActive'));
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const m = this.call('getActiveSheet');
    return asSheet(this.exec, m.activeSheet());
  }

  /** The selection; A1 of the active sheet when nothing was selected, as in Sheets. */
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    const m = this.call('getActiveRange');
    const a = m.activeRange;
    if (a) return asRange(new FakeRange(this.exec, a.sheet, a.row, a.col, a.numRows, a.numCols));
    return asRange(new FakeRange(this.exec, m.activeSheet(), 1, 1, 1, 1));
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    const m = this.call('setActiveSheet');
    const target = FakeSheet.modelOf(sheet);
    if (!m.sheets.includes(target)) throw new Error('The sheet is not in this spreadsheet.');
    m.active = target;
    m.activeRange = null;
    return asSheet(this.exec, target);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    this.call('getUi');
    return new FakeUi(this.exec, this.ui) as unknown as GoogleAppsScript.Base.Ui;
  }

  /** A local builder: counted as kind 'builder', not as a service call. */
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.exec.hit('builder', 'SpreadsheetApp.newConditionalFormatRule');
    return FakeConditionalFormatRuleBuilder.from(this.exec);
  }

  /** A local builder, like newConditionalFormatRule. */
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.exec.hit('builder', 'SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder(this.exec) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }

  /** Writes are applied at once in the fake, so there is nothing to flush. */
  flush(): void {
    this.call('flush');
  }
}
