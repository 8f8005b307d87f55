// The concepts header detection reads a header into (e.g. "Fecha de alta" = DATE + FIRST), one bit each; the words
// that carry them are in headerWords.ts, the lookups in headerLexicon.ts.

// Concepts, one bit each, so that a header's reading is a single integer.
export const CUSTOMER = 1 << 0;
export const NAME = 1 << 1;
export const LEAD = 1 << 2;
export const ID = 1 << 3;
/** "Number", "Nº", "#": a count before a plural ("Nº compras"), an identifier before a singular ("Nº pedido"). */
export const NUMBER = 1 << 4;
/** Words that always mean "how many": count, frequency, 次数. */
export const COUNT = 1 << 5;
/** "Quantity", "cantidad", 数: a count only when it qualifies orders or sales, otherwise units of product. */
export const QUANTITY = 1 << 6;
export const FIRST = 1 << 7;
export const LAST = 1 << 8;
export const DATE = 1 << 9;
export const ORDER = 1 << 10;
/** Set by the reader when an order or invoice word is plural ("Orders", "Pedidos"): a count, not an event. */
export const ORDER_MANY = 1 << 11;
export const INVOICE = 1 << 12;
export const REVENUE = 1 << 13;
export const AMOUNT = 1 << 14;
export const TOTAL = 1 << 15;
export const PROFIT = 1 << 16;
export const PERCENT = 1 << 17;
export const AVERAGE = 1 << 18;
export const STATUS = 1 << 19;
export const NOTES = 1 << 20;
export const SCORE = 1 << 21;
/** "Year", "mes", 年: a period-bound figure ("Sales this year") or a date part, never a purchase date. */
export const PERIOD = 1 << 22;
/** Anything that makes the header about something else: contact details, product, salesperson, category, cost… */
export const OTHER = 1 << 23;
/** Known filler words (de, of, gross, net): they neither add a concept nor count as unknown. */
export const NEUTRAL = 0;
