// The settings of a run, checked by hand: each rejection is a code with its facts (which setting, what is allowed),
// turned into a sentence by the catalogues in the language of whoever reads it. No schema library: the checks are few,
// and every formula call loads the bundle whole.
import type { AbcMethod } from './classify/abc';
import type { ProfitRule } from './classify/profitSplit';
import type { RfmPreset } from './classify/rfm';
import { CLASSIFICATION_IDS, type ClassificationId } from './classifications/needs';
import { LANGUAGES, type Language } from './types';

export interface Settings {
  language: Language;
  classifications: ClassificationId[];
  /** The grouping that colours whole rows. */
  mainGrouping: ClassificationId;
  tierMetric: 'revenue' | 'profit';
  tierMethod: AbcMethod;
  tierA: number;
  tierB: number;
  profitRule: ProfitRule;
  tenureDays: number;
  bigRule: 'tierA' | 'amount';
  bigAmount: number;
  lapseDays: number;
  rfmPreset: RfmPreset;
  /** Churn risk (classifications/churn.ts): the purchase model, the cut-offs on the chance a customer is still active
   *  (Active at or above churnActive, Likely lost below churnLost, Slipping between), the horizon of "Expected orders"
   *  in days, and the lifetime value's horizon in months and annual discount rate. */
  churnModel: 'mbgnbd' | 'bgnbd';
  churnActive: number;
  churnLost: number;
  churnDays: number;
  valueMonths: number;
  annualDiscount: number;
}

export const TIER_PRESETS = {
  '80/95': { tierMethod: 'share', tierA: 0.8, tierB: 0.95 },
  '70/90': { tierMethod: 'share', tierA: 0.7, tierB: 0.9 },
  'count 20/30/50': { tierMethod: 'count', tierA: 0.2, tierB: 0.5 },
} as const satisfies Record<string, Pick<Settings, 'tierMethod' | 'tierA' | 'tierB'>>;
export type TierPreset = keyof typeof TIER_PRESETS;

/** Defaults of a and b per method: share 80/95, count 20/50 (top 20%, next 30%). Amount has no sensible default. */
export const TIER_DEFAULTS: Record<Exclude<AbcMethod, 'amount'>, { a: number; b: number }> = {
  share: { a: 0.8, b: 0.95 },
  count: { a: 0.2, b: 0.5 },
};

/**
 * Churn risk fits a model on the whole table (heavier than the others, and it needs 30 customers with 10 repeat
 * buyers): it is offered but not chosen by default.
 */
export const DEFAULT_CLASSIFICATIONS: readonly ClassificationId[] = CLASSIFICATION_IDS.filter((id) => id !== 'churn');

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  classifications: [...DEFAULT_CLASSIFICATIONS],
  mainGrouping: 'tier',
  tierMetric: 'revenue',
  tierMethod: 'share',
  tierA: 0.8,
  tierB: 0.95,
  profitRule: 'loss',
  tenureDays: 365,
  bigRule: 'tierA',
  bigAmount: 0,
  lapseDays: 365,
  rfmPreset: 'grid11',
  churnModel: 'mbgnbd',
  churnActive: 0.7,
  churnLost: 0.3,
  churnDays: 90,
  valueMonths: 12,
  annualDiscount: 0.1,
};

/** The longest value horizon, in months (10 years). */
export const MAX_VALUE_MONTHS = 120;

const MAX_DAYS = 36500;

/**
 * A rejected setting: `setting` names it ('tierA', 'classifications.2'), and the sentence names it as the user sees
 * it (the sidebar's label, or a formula's argument); the rest is what the sentence says, in ranges a person types.
 */
export type SettingError = { setting: string } & (
  | { code: 'one_of'; options: readonly string[] }
  | { code: 'number_between'; min: number; max: number; integer: boolean }
  /** A threshold or an amount that is not a number of 0 or more. */
  | { code: 'not_a_number' }
  /** min: a number, or tierA's value for tierB; example: a value inside the range. */
  | { code: 'fraction_between'; min: number | { tierA: number }; max: number; got: number; example: number }
  | { code: 'amount_needs_both' }
  | { code: 'amount_order'; tierA: number; tierB: number }
  | { code: 'not_settings' }
  /** A whole number that is not a number of days (the value horizon in months). */
  | { code: 'whole_between'; min: number; max: number; example: number }
  /** The run's analysis date (not a setting, but checked and said alike). */
  | { code: 'as_of' }
);

export type SettingsInput = Partial<Settings> & { tierPreset?: TierPreset };

/** The preset whose method and thresholds the settings match exactly, else 'custom'. */
export function presetOf(settings: Pick<Settings, 'tierMethod' | 'tierA' | 'tierB'>): TierPreset | 'custom' {
  for (const name of Object.keys(TIER_PRESETS) as TierPreset[]) {
    const preset = TIER_PRESETS[name];
    if (preset.tierMethod === settings.tierMethod && preset.tierA === settings.tierA && preset.tierB === settings.tierB) return name;
  }
  return 'custom';
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: SettingError[] };

type Checked = Record<string, unknown>;

/** Errors are listed in the order the sidebar shows the settings. */
const ORDER = [
  'settings',
  'language',
  'classifications',
  'mainGrouping',
  'tierPreset',
  'tierMetric',
  'tierMethod',
  'tierA',
  'tierB',
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
];

/**
 * Validates and fills defaults. Each field is checked for its type and range; then the cross-field rules: for share and
 * count, 0 < tierA ≤ tierB ≤ 1 (fractions); for amount, tierA ≥ tierB > 0 (money). Leaving tierA/tierB out takes the
 * method's (or preset's) defaults. Unknown keys are ignored. `language` is the output language of the run.
 */
export function parseSettings(input: unknown): SettingsResult {
  if (input !== undefined && input !== null && (typeof input !== 'object' || Array.isArray(input))) {
    return { ok: false, errors: [{ setting: 'settings', code: 'not_settings' }] };
  }
  const given = (input ?? {}) as Record<string, unknown>;
  const errors: SettingError[] = [];
  const out: Checked = {};
  const choice = (key: string, options: readonly string[]) => {
    const value = given[key];
    if (value === undefined) return;
    if (typeof value === 'string' && options.includes(value)) out[key] = value;
    else errors.push({ setting: key, code: 'one_of', options });
  };
  const days = (key: string) => {
    const value = given[key];
    if (value === undefined) return;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DAYS) out[key] = value;
    else errors.push({ setting: key, code: 'number_between', min: 1, max: MAX_DAYS, integer: true });
  };
  // A threshold or an amount: any number of 0 or more here; its range depends on the method, checked below.
  const amount = (key: string) => {
    const value = given[key];
    if (value === undefined) return;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out[key] = value;
    else errors.push({ setting: key, code: 'not_a_number' });
  };

  choice('language', LANGUAGES);
  if (given.classifications !== undefined) {
    if (!Array.isArray(given.classifications)) {
      errors.push({ setting: 'classifications', code: 'one_of', options: CLASSIFICATION_IDS });
    } else {
      given.classifications.forEach((item, i) => {
        if (!CLASSIFICATION_IDS.includes(item as ClassificationId)) {
          errors.push({ setting: `classifications.${i}`, code: 'one_of', options: CLASSIFICATION_IDS });
        }
      });
      out.classifications = [...given.classifications];
    }
  }
  choice('mainGrouping', CLASSIFICATION_IDS);
  choice('tierPreset', Object.keys(TIER_PRESETS));
  choice('tierMetric', ['revenue', 'profit']);
  choice('tierMethod', ['share', 'count', 'amount']);
  amount('tierA');
  amount('tierB');
  choice('profitRule', ['loss', 'bottom20']);
  days('tenureDays');
  choice('bigRule', ['tierA', 'amount']);
  amount('bigAmount');
  days('lapseDays');
  choice('rfmPreset', ['grid11', 'class8']);
  choice('churnModel', ['mbgnbd', 'bgnbd']);
  days('churnDays');
  const fraction = (key: string, max: number, example: number, top: boolean) => {
    const value = given[key];
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isFinite(value)) errors.push({ setting: key, code: 'not_a_number' });
    else if (value > 0 && (top ? value <= max : value < max)) out[key] = value;
    else errors.push({ setting: key, code: 'fraction_between', min: 0, max, got: value, example });
  };
  fraction('churnActive', 1, DEFAULT_SETTINGS.churnActive, true);
  // Likely lost is below Slipping: its cut-off is at most Active's.
  fraction('churnLost', (out.churnActive as number | undefined) ?? DEFAULT_SETTINGS.churnActive, DEFAULT_SETTINGS.churnLost, true);
  if (given.valueMonths !== undefined) {
    const value = given.valueMonths;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_VALUE_MONTHS) out.valueMonths = value;
    else errors.push({ setting: 'valueMonths', code: 'whole_between', min: 1, max: MAX_VALUE_MONTHS, example: 12 });
  }
  if (given.annualDiscount !== undefined) {
    const value = given.annualDiscount;
    if (typeof value !== 'number' || !Number.isFinite(value)) errors.push({ setting: 'annualDiscount', code: 'not_a_number' });
    else if (value >= 0 && value < 1) out.annualDiscount = value;
    else errors.push({ setting: 'annualDiscount', code: 'fraction_between', min: 0, max: 1, got: value, example: 0.1 });
  }
  // The thresholds are checked against each other whenever they could be read, so every error shows at once.
  const tierFields = new Set(['tierA', 'tierB', 'tierMethod', 'tierPreset']);
  if (errors.some((e) => tierFields.has(e.setting))) return { ok: false, errors };

  const preset = out.tierPreset ? TIER_PRESETS[out.tierPreset as TierPreset] : undefined;
  const method = (out.tierMethod as AbcMethod | undefined) ?? preset?.tierMethod ?? DEFAULT_SETTINGS.tierMethod;
  const defaults = method === 'amount' ? undefined : TIER_DEFAULTS[method];
  const fromPreset = preset && preset.tierMethod === method ? preset : undefined;
  const tierA = (out.tierA as number | undefined) ?? fromPreset?.tierA ?? defaults?.a;
  const tierB = (out.tierB as number | undefined) ?? fromPreset?.tierB ?? defaults?.b;
  if (tierA === undefined || tierB === undefined) {
    errors.push({ setting: tierA === undefined ? 'tierA' : 'tierB', code: 'amount_needs_both' });
  } else if (method === 'amount') {
    if (!(tierB > 0) || !(tierA >= tierB)) errors.push({ setting: !(tierB > 0) ? 'tierB' : 'tierA', code: 'amount_order', tierA, tierB });
  } else if (!(tierA > 0 && tierA <= 1)) {
    errors.push({ setting: 'tierA', code: 'fraction_between', min: 0, max: 1, got: tierA, example: TIER_DEFAULTS[method].a });
  } else if (!(tierB >= tierA && tierB <= 1)) {
    // An example inside the range the user must type in: the method's default when it fits, else halfway.
    const fits = TIER_DEFAULTS[method].b >= tierA;
    const example = fits ? TIER_DEFAULTS[method].b : Math.round(((tierA + 1) / 2) * 100) / 100;
    errors.push({ setting: 'tierB', code: 'fraction_between', min: { tierA }, max: 1, got: tierB, example });
  }
  if (errors.length) return { ok: false, errors: [...errors].sort((x, y) => ORDER.indexOf(x.setting) - ORDER.indexOf(y.setting)) };
  const { tierPreset: _preset, ...chosen } = out;
  const settings = { ...DEFAULT_SETTINGS, ...chosen, tierMethod: method, tierA, tierB } as Settings;
  return { ok: true, settings };
}
