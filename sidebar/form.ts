// The sidebar's form as the user fills it (numbers kept as the typed text), and how it becomes a RunRequest.
// Validation is the engine's own parseSettings, so the page and the server reject the same things with the same words.
import {
  CLASSIFICATION_IDS as CLASSIFICATIONS,
  missingFields,
  type ClassificationId as Classification,
} from '../src/engine/classifications/needs';
import {
  parseSettings,
  presetOf,
  TIER_DEFAULTS,
  TIER_PRESETS,
  type SettingError,
  type Settings,
  type SettingsInput,
  type TierPreset,
} from '../src/engine/settings';
import {
  derivedFromLog,
  FIELDS,
  LOG_FIELDS,
  LOG_SOURCES,
  type Field,
  type Language,
  type LogField,
  type ProblemField,
} from '../src/engine/types';
import { settingErrorText } from '../src/i18n/text';
import type { AnalyzeResult, RunRequest, TableShape } from '../src/shared/contract';

export type TierPresetChoice = TierPreset | 'custom';
export type TierMethod = Settings['tierMethod'];

export interface SettingsForm {
  /** What the user wants computed; only those the columns allow are sent (see chosenClassifications). */
  classifications: Classification[];
  mainGrouping: Classification;
  tierPreset: TierPresetChoice;
  tierMethod: TierMethod;
  tierA: string;
  tierB: string;
  tierMetric: Settings['tierMetric'];
  profitRule: Settings['profitRule'];
  tenureDays: string;
  bigRule: Settings['bigRule'];
  bigAmount: string;
  lapseDays: string;
  rfmPreset: Settings['rfmPreset'];
  /** Churn risk's model, cut-offs on the chance still active, and horizons (shown when churn risk is chosen). */
  churnModel: Settings['churnModel'];
  churnActive: string;
  churnLost: string;
  churnDays: string;
  valueMonths: string;
  annualDiscount: string;
  /** 'YYYY-MM-DD' or '' for "today on the server". */
  asOf: string;
  language: Language;
}

export type FormField = keyof SettingsForm;

/** How the user reads the table: its shape, and for each shape field → 0-based column within the table, or null. */
export interface TableChoice {
  shape: TableShape;
  columns: Record<Field, number | null>;
  logColumns: Record<LogField, number | null>;
}

export type ColumnChoice = TableChoice['columns'];

function choiceOf<F extends string>(
  fields: readonly F[],
  detected: readonly { field: F; column: number | null }[],
): Record<F, number | null> {
  const out = Object.fromEntries(fields.map((f) => [f, null])) as Record<F, number | null>;
  for (const d of detected) out[d.field] = d.column;
  return out;
}

export function tableChoiceOf(analysis: AnalyzeResult): TableChoice {
  return { shape: analysis.shape, columns: choiceOf(FIELDS, analysis.columns), logColumns: choiceOf(LOG_FIELDS, analysis.logColumns) };
}

export const NO_TABLE_CHOICE: TableChoice = {
  shape: 'customers',
  columns: choiceOf(FIELDS, []),
  logColumns: choiceOf(LOG_FIELDS, []),
};

/** Whether the chosen columns give a customer field: directly, or derived from an order log's columns. */
export function hasField(choice: TableChoice, field: Field): boolean {
  return choice.shape === 'orders' ? derivedFromLog(field, (f) => choice.logColumns[f] !== null) : choice.columns[field] !== null;
}

/**
 * The form for saved (or default) settings. as_of starts at today whatever was saved: a date kept from an earlier
 * run would quietly age every "days since" on the next one.
 */
export function formOf(settings: Settings, today: string): SettingsForm {
  const preset = presetOf(settings);
  return {
    classifications: [...settings.classifications],
    mainGrouping: settings.mainGrouping,
    tierPreset: preset,
    tierMethod: settings.tierMethod,
    tierA: String(settings.tierA),
    tierB: String(settings.tierB),
    tierMetric: settings.tierMetric,
    profitRule: settings.profitRule,
    tenureDays: String(settings.tenureDays),
    bigRule: settings.bigRule,
    bigAmount: settings.bigAmount ? String(settings.bigAmount) : '',
    lapseDays: String(settings.lapseDays),
    rfmPreset: settings.rfmPreset,
    churnModel: settings.churnModel,
    churnActive: String(settings.churnActive),
    churnLost: String(settings.churnLost),
    churnDays: String(settings.churnDays),
    valueMonths: String(settings.valueMonths),
    annualDiscount: String(settings.annualDiscount),
    asOf: today,
    language: settings.language,
  };
}

export { presetOf };

/**
 * Applies the user's edit. Choosing "custom" starts from the preset's numbers; switching method in custom mode
 * offers that method's defaults, since 0.8 as an amount or 5000 as a fraction means nothing.
 */
export function updateForm(form: SettingsForm, patch: Partial<SettingsForm>): SettingsForm {
  const next = { ...form, ...patch };
  if (patch.tierPreset && patch.tierPreset !== 'custom') {
    const preset = TIER_PRESETS[patch.tierPreset];
    Object.assign(next, { tierMethod: preset.tierMethod, tierA: String(preset.tierA), tierB: String(preset.tierB) });
  }
  if (patch.tierMethod && patch.tierMethod !== form.tierMethod && patch.tierA === undefined && patch.tierB === undefined) {
    const defaults = patch.tierMethod === 'amount' ? undefined : TIER_DEFAULTS[patch.tierMethod];
    next.tierA = defaults ? String(defaults.a) : '';
    next.tierB = defaults ? String(defaults.b) : '';
  }
  return next;
}

export function toggleClassification(form: SettingsForm, classification: Classification, on: boolean): SettingsForm {
  const wanted = new Set(form.classifications);
  if (on) wanted.add(classification);
  else wanted.delete(classification);
  return { ...form, classifications: CLASSIFICATIONS.filter((c) => wanted.has(c)) };
}

/**
 * A typed number: '' and words are NaN (so validation names the field), spaces are thousands separators, a lone
 * comma is a decimal comma ('0,8'), as Spanish users type it, and a percentage is a fraction ('80%' is 0.8).
 */
export function readNumber(text: string): number {
  let t = text.replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return NaN;
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1);
  if (!t.includes('.') && (t.match(/,/g) ?? []).length === 1) t = t.replace(',', '.');
  if (t === '' || /[^0-9.eE+-]/.test(t)) return NaN;
  const n = Number(t);
  return percent ? n / 100 : n;
}

/** The columns a classification still lacks, for the hint next to a disabled checkbox. `any`: one of them is enough. */
export function missingColumns(
  classification: Classification,
  choice: TableChoice,
  tierMetric: Settings['tierMetric'],
): { fields: ProblemField[]; any: boolean } {
  const missing = missingFields(classification, (field) => hasField(choice, field), tierMetric);
  if (choice.shape !== 'orders') return missing;
  // An order log lacks its own columns, not the customer fields derived from them: name those.
  const logFields = new Set<LogField>();
  for (const field of missing.fields)
    for (const source of LOG_SOURCES[field] ?? []) if (choice.logColumns[source] === null) logFields.add(source);
  return { fields: LOG_FIELDS.filter((f) => logFields.has(f)), any: missing.any };
}

/** The order log's required columns still unchosen (date, customer, amount). */
export function missingLogColumns(choice: TableChoice): LogField[] {
  return choice.shape === 'orders' ? (['order_date', 'customer', 'amount'] as const).filter((f) => choice.logColumns[f] === null) : [];
}

/** The classifications the chosen columns allow, as the server decides it. */
export function availableFor(choice: TableChoice, tierMetric: Settings['tierMetric']): Classification[] {
  if (missingLogColumns(choice).length > 0) return [];
  return CLASSIFICATIONS.filter((c) => missingColumns(c, choice, tierMetric).fields.length === 0);
}

/** Wanted and allowed, in the canonical order. */
export function chosenClassifications(form: SettingsForm, available: readonly Classification[]): Classification[] {
  return CLASSIFICATIONS.filter((c) => form.classifications.includes(c) && available.includes(c));
}

/** The grouping that colours rows: the user's choice while it is computed, else the first computed one. */
export function mainGroupingOf(form: SettingsForm, chosen: readonly Classification[]): Classification {
  return chosen.includes(form.mainGrouping) ? form.mainGrouping : (chosen[0] ?? form.mainGrouping);
}

export function settingsInputOf(form: SettingsForm, available: readonly Classification[]): SettingsInput {
  const chosen = chosenClassifications(form, available);
  const input: SettingsInput = {
    language: form.language,
    classifications: chosen,
    mainGrouping: mainGroupingOf(form, chosen),
    tierMetric: form.tierMetric,
    profitRule: form.profitRule,
    tenureDays: readNumber(form.tenureDays),
    bigRule: form.bigRule,
    lapseDays: readNumber(form.lapseDays),
    rfmPreset: form.rfmPreset,
  };
  if (form.tierPreset === 'custom') {
    input.tierMethod = form.tierMethod;
    input.tierA = readNumber(form.tierA);
    input.tierB = readNumber(form.tierB);
  } else {
    input.tierPreset = form.tierPreset;
  }
  if (form.bigRule === 'amount') input.bigAmount = readNumber(form.bigAmount);
  if (chosen.includes('churn')) {
    Object.assign(input, {
      churnModel: form.churnModel,
      churnActive: readNumber(form.churnActive),
      churnLost: readNumber(form.churnLost),
      churnDays: readNumber(form.churnDays),
      valueMonths: readNumber(form.valueMonths),
      annualDiscount: readNumber(form.annualDiscount),
    });
  }
  return input;
}

/** The run: shape, columns, settings, and the analysis date typed for this run only ('' is today on the server). */
export function runRequestOf(choice: TableChoice, form: SettingsForm): RunRequest {
  const available = availableFor(choice, form.tierMetric);
  const request: RunRequest = { columns: { ...choice.columns }, shape: choice.shape, settings: settingsInputOf(form, available) };
  if (choice.shape === 'orders') request.logColumns = { ...choice.logColumns };
  if (form.asOf !== '') request.asOf = form.asOf;
  return request;
}

export interface Validation {
  ok: boolean;
  /** Message per form field, shown under it. */
  fields: Partial<Record<FormField, string>>;
  /** Messages that name no field of the form. */
  general: string[];
}

const FORM_FIELDS = new Set<string>([
  'classifications',
  'mainGrouping',
  'tierPreset',
  'tierMethod',
  'tierA',
  'tierB',
  'tierMetric',
  'profitRule',
  'tenureDays',
  'bigRule',
  'bigAmount',
  'lapseDays',
  'rfmPreset',
  'churnModel',
  'churnActive',
  'churnLost',
  'churnDays',
  'valueMonths',
  'annualDiscount',
  'asOf',
  'language',
]);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date field's value: 'YYYY-MM-DD' of a day that exists (the page's date input gives nothing else). */
function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

/** Checks the run with the engine's rules, said in the sidebar's language (not the results' language). */
export function validate(request: Pick<RunRequest, 'settings' | 'asOf'>, uiLanguage: Language): Validation {
  const errors: SettingError[] = [];
  const result = parseSettings(request.settings);
  if (!result.ok) errors.push(...result.errors);
  if (request.asOf !== undefined && !isIsoDay(request.asOf)) errors.push({ setting: 'asOf', code: 'as_of' });
  if (errors.length === 0) return { ok: true, fields: {}, general: [] };
  return errorsByField(errors.map((e) => ({ setting: e.setting, message: settingErrorText(e, uiLanguage) })));
}

/** Places errors (ours or the server's) under the field they name: 'tierA', or 'classifications.2' for a list item. */
export function errorsByField(errors: readonly { setting: string; message: string }[]): Validation {
  const fields: Validation['fields'] = {};
  const general: string[] = [];
  for (const error of errors) {
    const name = error.setting.split('.')[0];
    if (FORM_FIELDS.has(name)) fields[name as FormField] ??= error.message;
    else general.push(error.message);
  }
  return { ok: false, fields, general };
}
