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

/** The fields of an order log row (DOMAIN.md, Input: one row per order or order line). */
export type LogField = 'order_date' | 'customer' | 'amount' | 'profit' | 'status' | 'order_id';

export const LOG_FIELDS: readonly LogField[] = ['order_date', 'customer', 'amount', 'profit', 'status', 'order_id'];

/** Which column (0-based, within the table) holds each field of an order log. */
export type LogColumnMap = Partial<Record<LogField, number>>;

/** An order log's columns: a date, a customer and an amount at least. */
export type OrderLogColumns = LogColumnMap & { order_date: number; customer: number; amount: number };

/**
 * The log's fields each customer field is derived from (DOMAIN.md, order-log rules): purchase dates and orders come
 * from the purchases (dated rows with a positive amount), revenue from the amounts, status from the latest dated
 * note. A log has no lead score.
 */
export const LOG_SOURCES: Record<Field, readonly LogField[] | null> = {
  customer: ['customer'],
  first_purchase: ['customer', 'order_date', 'amount'],
  last_purchase: ['customer', 'order_date', 'amount'],
  orders: ['customer', 'order_date', 'amount'],
  revenue: ['customer', 'amount'],
  profit: ['customer', 'profit'],
  status: ['customer', 'order_date', 'status'],
  lead_score: null,
};

/** Whether a customer field can be derived from the log's chosen columns. */
export function derivedFromLog(field: Field, has: (logField: LogField) => boolean): boolean {
  const sources = LOG_SOURCES[field];
  return sources?.every(has) ?? false;
}

/** What a problem can be about: a customer-table field, or an order log's own. */
export type ProblemField = Field | LogField;

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
  | 'unknown_time_zone'
  | 'order_without_customer'
  | 'no_purchase_in_log'
  | 'refunds_exceed_purchases';

export interface Problem {
  /** Sheet row number (1-based, as the user sees it). */
  row: number;
  field: ProblemField;
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
