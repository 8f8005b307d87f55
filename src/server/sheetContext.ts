// What the spreadsheet says about conventions: locale (labels' language, separators, date order) and time zone
// (civil days, "today"). The only place the server reads the clock.
import { dayNumberOfDate } from '../engine/parse/dates';
import type { Language, LocaleHints } from '../engine/types';

export interface SheetContext {
  hints: LocaleHints;
  /** Language of labels: the spreadsheet's locale (es… Spanish, zh… Chinese, otherwise English). */
  language: Language;
  /** Today as a day number in the spreadsheet's time zone. */
  today: number;
}

export function languageOfLocale(locale: string | undefined | null): Language {
  const lower = (locale ?? '').toLowerCase();
  if (lower.startsWith('es')) return 'es';
  if (lower.startsWith('zh')) return 'zh';
  return 'en';
}

/** `spreadsheet` when the caller has it already (each service call costs ~100 ms in Apps Script). */
export function sheetContext(spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): SheetContext {
  const locale = spreadsheet?.getSpreadsheetLocale() || 'en_US';
  const timeZone = spreadsheet?.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
  return {
    hints: { locale, timeZone },
    language: languageOfLocale(locale),
    today: dayNumberOfDate(new Date(), timeZone),
  };
}
