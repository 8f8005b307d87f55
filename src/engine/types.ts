// Shared vocabulary of the engine. Everything here is plain data: no Apps Script, no I/O.

/** A cell as Sheets hands it over (getValues / custom-function arguments). */
export type Cell = string | number | boolean | Date | null | undefined;

export type Language = 'en' | 'es' | 'zh';
export const LANGUAGES: readonly Language[] = ['en', 'es', 'zh'];

/** The fields of a customer row (DOMAIN.md, Input). */
export type Field = 'customer' | 'first_purchase' | 'last_purchase' | 'orders' | 'revenue' | 'profit' | 'status' | 'lead_score';

export const FIELDS: readonly Field[] = [
  'customer',
  'first_purchase',
  'last_purchase',
  'orders',
  'revenue',
  'profit',
  'status',
  'lead_score',
];

/** Which column (0-based, within the table) holds each field. */
export type ColumnMap = Partial<Record<Field, number>>;

/**
 * Dates inside the engine are whole civil days: days since 1970-01-01 in the spreadsheet's time zone.
 * Integers make "days between" exact whatever the daylight-saving rules (no 364.96 days).
 */
export type DayNumber = number;

/** Why a cell or row could not be used: the catalogues (src/i18n) say it in words, where it is shown. */
export type ProblemCode =
  | 'unparseable_money'
  | 'percent_not_money'
  | 'sheet_error'
  | 'unparseable_date'
  | 'impossible_date'
  | 'unparseable_number'
  | 'first_after_as_of'
  | 'last_before_first'
  | 'last_after_as_of'
  | 'orders_negative'
  | 'orders_not_whole'
  | 'zero_orders_with_revenue'
  | 'lead_score_out_of_range'
  | 'duplicate_customer'
  | 'missing_value'
  | 'unknown_time_zone';

export interface Problem {
  /** Sheet row number (1-based, as the user sees it). */
  row: number;
  field: Field;
  /** The cell as the user typed it, shown back to them. */
  value: string;
  code: ProblemCode;
  /** Warnings (duplicate customer) do not stop the row from being classified. */
  severity: 'error' | 'warning';
}

/** What the spreadsheet tells us about conventions when a column does not decide by itself. */
export interface LocaleHints {
  /** Spreadsheet locale, e.g. 'en_US', 'es_ES', 'zh_CN', 'de_DE'. */
  locale: string;
  /** IANA time zone of the spreadsheet, used to turn Date objects into civil days. */
  timeZone?: string;
}
