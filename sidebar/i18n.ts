// The sidebar page's words come from the catalogues (src/i18n); this adds the field names as the page shows them and
// the page's number formats.
import type { SettingWords } from '../src/i18n/catalogue';
import { CATALOGUES, fieldLabel, SIDEBAR_TEXT, type SidebarText } from '../src/i18n/text';
import { FIELDS, LANGUAGES, LOG_FIELDS, type Language, type ProblemField } from '../src/engine/types';

/** The page's own words, and the settings as the catalogue names them (the summary and the errors say the same). */
export interface UiText extends SidebarText, SettingWords {
  /** Field names as headings, a customer table's and an order log's: 'First purchase', 'Fecha del pedido', '金额'. */
  fields: Record<ProblemField, string>;
}

const ALL_FIELDS: readonly ProblemField[] = [...FIELDS, ...LOG_FIELDS.filter((f) => !(FIELDS as readonly string[]).includes(f))];

export const UI_TEXT = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    {
      ...SIDEBAR_TEXT[language],
      ...CATALOGUES[language].settingWords,
      fields: Object.fromEntries(ALL_FIELDS.map((f) => [f, fieldLabel(f, language)])) as Record<ProblemField, string>,
    },
  ]),
) as Record<Language, UiText>;

/** The catalogue of the sheet's words (labels, problems, setting errors) in a language, for the page to show them. */
export { CATALOGUES };

/** The sidebar's language from a BCP 47 tag such as navigator.language ('es-MX', 'zh-Hant-TW'); English otherwise. */
export function uiLanguageOf(tag: string | undefined | null): Language {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'es' || primary === 'zh' ? primary : 'en';
}

/** Fills `{name}` placeholders; unknown names stay as they are so a missing value shows rather than vanishes. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Numbers as the spreadsheet's locale writes them, as the summary's cells show them (src/i18n/format.ts). */
export { formatCount, formatPercent } from '../src/i18n/format';
