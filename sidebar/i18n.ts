// The sidebar page's words come from the catalogues (src/i18n); this adds the field names as the page shows them and
// the page's number formats.
import { CATALOGUES, fieldLabel, SIDEBAR_TEXT, type SidebarText } from '../src/i18n/text';
import { FIELDS, LANGUAGES, type Field, type Language } from '../src/engine/types';

export interface UiText extends SidebarText {
  /** Field names as headings: 'First purchase', 'Primera compra', '首次购买'. */
  fields: Record<Field, string>;
}

export const UI_TEXT = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    { ...SIDEBAR_TEXT[language], fields: Object.fromEntries(FIELDS.map((f) => [f, fieldLabel(f, language)])) as Record<Field, string> },
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

/** Whole numbers with the language's grouping (1,234 · 1.234 · 1,234). */
export function formatCount(n: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language]).format(n);
}

/** A 0–1 share as a percentage with one decimal at most (41.2% · 41,2 % · 41.2%). */
export function formatShare(share: number, language: Language): string {
  const format = new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 1 });
  // A sliver of revenue is not nothing: "<0.1%" rather than a "0%" that reads as no revenue at all.
  return share > 0 && share < 0.0005 ? `<${format.format(0.001)}` : format.format(share);
}

const LOCALE: Record<Language, string> = { en: 'en-US', es: 'es-ES', zh: 'zh-CN' };
