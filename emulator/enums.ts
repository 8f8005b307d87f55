// Apps Script enums are objects whose toString() is the member name; code compares them with ===.
// These are singletons shared by every fake execution, so identity holds across executions and realms.

export class EnumValue<N extends string = string> {
  constructor(
    readonly enumName: string,
    readonly name: N,
  ) {
    Object.freeze(this);
  }

  toString(): string {
    return this.name;
  }

  toJSON(): string {
    return this.name;
  }
}

type EnumOf<N extends string> = { readonly [K in N]: EnumValue<K> };

function makeEnum<const N extends string>(enumName: string, names: readonly N[]): EnumOf<N> {
  const members = {} as Record<string, EnumValue>;
  for (const name of names) members[name] = new EnumValue(enumName, name);
  return Object.freeze(members) as EnumOf<N>;
}

/** The member name of an enum value (a fake enum object, or its name given as a string). */
export function enumName(value: unknown, enumType: string): string {
  if (value instanceof EnumValue && value.enumName === enumType) return value.name;
  if (typeof value === 'string') return value;
  throw new Error(`Invalid argument: expected a ${enumType} value, got ${String(value)}`);
}

export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

export const DeveloperMetadataLocationType = makeEnum('DeveloperMetadataLocationType', ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export type LocationTypeName = keyof typeof DeveloperMetadataLocationType;

export const DeveloperMetadataVisibility = makeEnum('DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT']);
export type VisibilityName = keyof typeof DeveloperMetadataVisibility;

export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS']);

export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);

/** Charts.ChartType: the real API has it on the Charts service, not on SpreadsheetApp. */
export const ChartType = makeEnum('ChartType', [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]);
export type ChartTypeName = keyof typeof ChartType;

export const Position = makeEnum('Position', ['TOP', 'RIGHT', 'BOTTOM', 'NONE']);

export const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export type ButtonName = keyof typeof Button;

export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);

export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

/** ScriptApp.AuthMode, as found in the event object of onOpen(e). */
export const AuthModeEnum = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
