// What the spreadsheet says about conventions: locale (labels' language, separators, date order) and time zone
// (civil days, "today"). The only place the server reads the clock.
import { dayNumberOfDate, type Language, type LocaleHints } from '../engine';

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

/**
 * The context of a formula: the active spreadsheet's locale and time zone. Custom functions may only call get*
 * methods of the Spreadsheet service (no Session), so a spreadsheet without a time zone leaves it undefined, and the
 * date readers then report that dates cannot be read rather than guessing a zone.
 */
export function sheetContext(): SheetContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return contextOf(spreadsheet?.getSpreadsheetLocale() || 'en_US', spreadsheet?.getSpreadsheetTimeZone() || undefined);
}

/** The context for a locale and time zone already read (the sidebar's gateway reads them with the sheet). */
export function contextOf(locale: string, timeZone: string | undefined): SheetContext {
  return {
    hints: { locale, timeZone },
    language: languageOfLocale(locale),
    today: dayNumberOfDate(new Date(), timeZone),
  };
}
