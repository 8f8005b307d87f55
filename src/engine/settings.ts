// The settings of a run, validated with zod (mini, to keep the Apps Script bundle small). A bad setting is rejected
// with a message that names the setting and what is allowed, in the user's language.
import * as z from 'zod/mini';
import type { AbcMethod } from './classify/abc';
import type { ProfitRule } from './classify/profitSplit';
import type { RfmPreset } from './classify/rfm';
import { CLASSIFICATIONS, type Classification } from './groups';
import type { Language } from './types';

export interface Settings {
  language: Language;
  /** 'YYYY-MM-DD'; absent means today in the spreadsheet's time zone (the caller supplies it: the engine has no clock). */
  asOf?: string;
  classifications: Classification[];
  /** The grouping that colours whole rows. */
  mainGrouping: Classification;
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

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  classifications: [...CLASSIFICATIONS],
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
};

const MAX_DAYS = 36500;

type Message = (language: Language) => string;

function between(name: string, min: number, max: number, integer: boolean): Message {
  return (language) => {
    const kind = integer
      ? { en: 'a whole number', es: 'un número entero', zh: '整数' }[language]
      : { en: 'a number', es: 'un número', zh: '数字' }[language];
    if (language === 'es') return `${name} debe ser ${kind} entre ${min} y ${max}.`;
    if (language === 'zh') return `${name} 必须是 ${min} 到 ${max} 之间的${kind}。`;
    return `${name} must be ${kind} between ${min} and ${max}.`;
  };
}

function oneOf(name: string, options: readonly string[]): Message {
  const list = options.map((o) => `"${o}"`).join(', ');
  return (language) => {
    if (language === 'es') return `${name} debe ser uno de: ${list}.`;
    if (language === 'zh') return `${name} 必须是以下之一：${list}。`;
    return `${name} must be one of ${list}.`;
  };
}

function schemaFor(language: Language) {
  const num = (name: string, min: number, max: number, integer = false) => {
    const message = between(name, min, max, integer)(language);
    const base = z.number(message).check(z.gte(min, message), z.lte(max, message));
    return integer ? base.check(z.refine((v) => Number.isInteger(v), message)) : base;
  };
  const choice = <T extends readonly [string, ...string[]]>(name: string, options: T) =>
    z.enum(options, oneOf(name, options)(language));
  const classification = choice('classification', CLASSIFICATIONS as unknown as readonly [Classification, ...Classification[]]);
  return z.object({
    language: z.optional(choice('language', ['en', 'es', 'zh'] as const)),
    asOf: z.optional(
      z.string().check(
        z.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
          message: { en: 'asOf must be a date written YYYY-MM-DD.', es: 'asOf debe ser una fecha AAAA-MM-DD.', zh: 'asOf 必须是 YYYY-MM-DD 格式的日期。' }[language],
        }),
      ),
    ),
    classifications: z.optional(z.array(classification)),
    mainGrouping: z.optional(classification),
    tierPreset: z.optional(choice('tierPreset', Object.keys(TIER_PRESETS) as [TierPreset, ...TierPreset[]])),
    tierMetric: z.optional(choice('tierMetric', ['revenue', 'profit'] as const)),
    tierMethod: z.optional(choice('tierMethod', ['share', 'count', 'amount'] as const)),
    tierA: z.optional(num('tierA', 0, Number.MAX_SAFE_INTEGER)),
    tierB: z.optional(num('tierB', 0, Number.MAX_SAFE_INTEGER)),
    profitRule: z.optional(choice('profitRule', ['loss', 'bottom20'] as const)),
    tenureDays: z.optional(num('tenureDays', 1, MAX_DAYS, true)),
    bigRule: z.optional(choice('bigRule', ['tierA', 'amount'] as const)),
    bigAmount: z.optional(num('bigAmount', 0, Number.MAX_SAFE_INTEGER)),
    lapseDays: z.optional(num('lapseDays', 1, MAX_DAYS, true)),
    rfmPreset: z.optional(choice('rfmPreset', ['grid11', 'class8'] as const)),
  });
}

export type SettingsInput = Partial<Settings> & { tierPreset?: TierPreset };

export type SettingsResult =
  | { ok: true; settings: Settings }
  | { ok: false; errors: { setting: string; message: string }[] };

/**
 * Validates and fills defaults. Cross-field rules: for share and count, 0 < tierA ≤ tierB ≤ 1 (fractions);
 * for amount, tierA ≥ tierB > 0 (money). Leaving tierA/tierB out takes the method's defaults.
 */
export function parseSettings(input: unknown, language: Language = 'en'): SettingsResult {
  const lang: Language =
    input && typeof input === 'object' && ['en', 'es', 'zh'].includes((input as { language?: string }).language ?? '')
      ? ((input as { language: Language }).language)
      : language;
  const parsed = z.safeParse(schemaFor(lang), input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        setting: issue.path.map(String).join('.') || 'settings',
        message: issue.message,
      })),
    };
  }
  const given = parsed.data;
  const preset = given.tierPreset ? TIER_PRESETS[given.tierPreset] : undefined;
  const method = given.tierMethod ?? preset?.tierMethod ?? DEFAULT_SETTINGS.tierMethod;
  const defaults = method === 'amount' ? undefined : TIER_DEFAULTS[method];
  const tierA = given.tierA ?? (preset && preset.tierMethod === method ? preset.tierA : defaults?.a);
  const tierB = given.tierB ?? (preset && preset.tierMethod === method ? preset.tierB : defaults?.b);
  const errors: { setting: string; message: string }[] = [];
  if (tierA === undefined || tierB === undefined) {
    errors.push({
      setting: tierA === undefined ? 'tierA' : 'tierB',
      message: {
        en: 'The amount method needs both thresholds: tierA (the amount for A) and tierB (the amount for B), with tierA ≥ tierB > 0.',
        es: 'El método por importe necesita los dos umbrales: tierA (importe para A) y tierB (importe para B), con tierA ≥ tierB > 0.',
        zh: '按金额分级需要两个阈值：tierA（A 类金额）和 tierB（B 类金额），且 tierA ≥ tierB > 0。',
      }[lang],
    });
  } else if (method === 'amount') {
    if (!(tierB > 0) || !(tierA >= tierB)) {
      errors.push({
        setting: !(tierB > 0) ? 'tierB' : 'tierA',
        message: {
          en: `With the amount method, tierA must be ≥ tierB and tierB > 0 (got tierA ${tierA}, tierB ${tierB}).`,
          es: `Con el método por importe, tierA debe ser ≥ tierB y tierB > 0 (recibido tierA ${tierA}, tierB ${tierB}).`,
          zh: `按金额分级时 tierA 必须 ≥ tierB 且 tierB > 0（收到 tierA ${tierA}，tierB ${tierB}）。`,
        }[lang],
      });
    }
  } else if (!(tierA > 0 && tierA <= 1)) {
    errors.push({ setting: 'tierA', message: fractionMessage('tierA', '0', '1', tierA, lang) });
  } else if (!(tierB >= tierA && tierB <= 1)) {
    errors.push({ setting: 'tierB', message: fractionMessage('tierB', `tierA (${tierA})`, '1', tierB, lang) });
  }
  if (errors.length) return { ok: false, errors };
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...stripUndefined(given),
    tierMethod: method,
    tierA: tierA as number,
    tierB: tierB as number,
    language: lang,
  };
  delete (settings as { tierPreset?: unknown }).tierPreset;
  return { ok: true, settings };
}

function fractionMessage(name: string, min: string, max: string, got: number, language: Language): string {
  if (language === 'es') return `${name} debe ser una fracción entre ${min} y ${max} (por ejemplo 0,8); recibido ${got}.`;
  if (language === 'zh') return `${name} 必须是 ${min} 到 ${max} 之间的比例（例如 0.8）；收到 ${got}。`;
  return `${name} must be a fraction between ${min} and ${max} (e.g. 0.8); got ${got}.`;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] !== undefined) out[key] = value[key];
  return out;
}
