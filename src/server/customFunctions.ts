// The Sheets formulas. Names, argument order and English outputs are fixed: users' sheets depend on them.
// Each JSDoc block is copied onto the global stub by the build, so Sheets shows it as autocomplete and help.
import type { Language } from '../engine';
import { formulaErrorText } from '../i18n/text';
import * as formulas from './formulas';
import { FormulaError } from './ranges';
import { languageOfLocale } from './sheetContext';

type Range = unknown;

/**
 * Bad arguments fail the whole formula with a sentence in the spreadsheet's language; anything else unexpected says
 * so plainly instead of a stack.
 */
function guarded<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof FormulaError) throw new Error(formulaErrorText(error.facts, errorLanguage()));
    const message = (error as { message?: unknown } | null)?.message;
    throw new Error(
      formulaErrorText({ code: 'unexpected', message: typeof message === 'string' ? message : String(error) }, errorLanguage()),
    );
  }
}

function errorLanguage(): Language {
  try {
    return languageOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/**
 * ABC value tier of each customer: A (key), B (major) or C (ordinary). By default A holds the customers whose
 * betters hold less than 80% of revenue, B less than 95%.
 *
 * @param {number[][]} values Revenue (or profit) per customer, one column, e.g. E2:E501.
 * @param {number} a Optional. Threshold for A: 0.8 for share (default), 0.2 for count, an amount for amount.
 * @param {number} b Optional. Threshold for B: 0.95 for share (default), 0.5 for count, an amount for amount.
 * @param {string} method Optional. "share" (default), "count" or "amount".
 * @return A, B or C for each row; "⚠ reason" for a cell that cannot be read.
 * @customfunction
 */
export function CUSTOMER_TIER(values: Range, a?: unknown, b?: unknown, method?: unknown): unknown {
  return guarded(() => formulas.tier(values, a, b, method));
}

/**
 * The 20/60/20 profit split: Core (the top fifth by profit), Maintain (the middle), Drain (losses).
 *
 * @param {number[][]} profits Profit or margin per customer, one column; may be negative.
 * @param {string} rule Optional. "loss" (default): Drain is a loss; "bottom20": Drain is the bottom fifth.
 * @return Core, Maintain or Drain for each row.
 * @customfunction
 */
export function CUSTOMER_PROFIT_SPLIT(profits: Range, rule?: unknown): unknown {
  return guarded(() => formulas.profitSplit(profits, rule));
}

/**
 * Old or new × big or small: Old & big, New & big, New & small, Old & small.
 *
 * @param {Date[][]} first_purchases Date of each customer's first order, one column.
 * @param {number[][]} revenues Revenue per customer, same rows.
 * @param {Date} as_of Optional. The date of the analysis. Left out, it is the day Sheets last recalculated it (only when an argument changes): pass a cell holding =TODAY(), e.g. $K$1, to keep it current.
 * @param {number} tenure_days Optional. Days after which a customer is old; default 365.
 * @return The quadrant of each row.
 * @customfunction
 */
export function CUSTOMER_QUADRANT(first_purchases: Range, revenues: Range, as_of?: unknown, tenure_days?: unknown): unknown {
  return guarded(() => formulas.quadrant(first_purchases, revenues, as_of, tenure_days));
}

/**
 * Lifecycle stage: Prospect, Potential, One-time, Loyal or Lapsed.
 *
 * @param {number[][]} orders Number of orders per customer, one column.
 * @param {Date[][]} first_purchases Date of the first order, same rows.
 * @param {Date[][]} last_purchases Date of the latest order, same rows.
 * @param {string[][]} statuses Optional. Status notes (for customers who have not bought yet).
 * @param {number[][]} lead_scores Optional. Lead scores 0–100.
 * @param {Date} as_of Optional. The date of the analysis. Left out, it is the day Sheets last recalculated it (only when an argument changes): pass a cell holding =TODAY(), e.g. $K$1, to keep it current.
 * @param {number} lapse_days Optional. Days without an order after which a customer is lapsed; default 365.
 * @return The stage of each row.
 * @customfunction
 */
export function CUSTOMER_LIFECYCLE(
  orders: Range,
  first_purchases: Range,
  last_purchases: Range,
  statuses?: Range,
  lead_scores?: Range,
  as_of?: unknown,
  lapse_days?: unknown,
): unknown {
  return guarded(() => formulas.lifecycle(orders, first_purchases, last_purchases, statuses, lead_scores, as_of, lapse_days));
}

/**
 * Purchase intent read from free-text notes in English, Spanish or Chinese: Ready to buy, Considering, Not now,
 * Not interested or Unknown.
 *
 * @param {string[][]} statuses Status notes, one column.
 * @param {number[][]} lead_scores Optional. Lead scores 0–100, used when a note says nothing recognisable.
 * @return The intent of each row.
 * @customfunction
 */
export function CUSTOMER_INTENT(statuses: Range, lead_scores?: Range): unknown {
  return guarded(() => formulas.intent(statuses, lead_scores));
}

/**
 * RFM score (recency, frequency, money: "545") and segment (Champions … Lost), two columns.
 *
 * @param {Date[][]} last_purchases Date of the latest order, one column.
 * @param {number[][]} orders Number of orders, same rows.
 * @param {number[][]} revenues Revenue, same rows.
 * @param {Date} as_of Optional. The date of the analysis. Left out, it is the day Sheets last recalculated it (only when an argument changes): pass a cell holding =TODAY(), e.g. $K$1, to keep it current.
 * @param {string} preset Optional. "grid11" (default, 11 segments) or "class8" (the 8 classes of Chinese practice).
 * @return Two columns: the RFM score and the segment.
 * @customfunction
 */
export function CUSTOMER_RFM(last_purchases: Range, orders: Range, revenues: Range, as_of?: unknown, preset?: unknown): unknown {
  return guarded(() => formulas.rfm(last_purchases, orders, revenues, as_of, preset));
}

/**
 * Each customer's expected orders, expected order value and value over the next months, from a customer-base model
 * (Modified BG/NBD with Gamma-Gamma spend) fitted on all the rows given, inside the call.
 *
 * @param {number[][]} orders Number of orders (purchase days), one column.
 * @param {Date[][]} first_purchases Date of the first order, same rows.
 * @param {Date[][]} last_purchases Date of the latest order, same rows.
 * @param {number[][]} revenues Revenue, same rows: the mean order value is revenue ÷ orders.
 * @param {Date} as_of Optional. The date of the analysis. Left out, it is the day Sheets last recalculated it (only when an argument changes): pass a cell holding =TODAY(), e.g. $K$1, to keep it current.
 * @param {number} months Optional. The value's horizon in whole months, 1 to 120; default 12.
 * @param {number} annual_discount Optional. Annual discount rate for future revenue, e.g. 0.1 or 10%; default 0.1.
 * @return Three columns: expected orders in the next 90 days, expected order value, and value (discounted) in the sheet's currency. Needs at least 30 customers, 10 of them repeat buyers; below that each row says so.
 * @customfunction
 */
export function CUSTOMER_VALUE(
  orders: Range,
  first_purchases: Range,
  last_purchases: Range,
  revenues: Range,
  as_of?: unknown,
  months?: unknown,
  annual_discount?: unknown,
): unknown {
  return guarded(() => formulas.customerValue(orders, first_purchases, last_purchases, revenues, as_of, months, annual_discount));
}

/**
 * The chance each customer is still active, and their churn risk: Active (70% or more), Slipping, Likely lost (under
 * 30%), from a Modified BG/NBD model fitted on all the rows given, inside the call.
 *
 * @param {number[][]} orders Number of orders (purchase days), one column.
 * @param {Date[][]} first_purchases Date of the first order, same rows.
 * @param {Date[][]} last_purchases Date of the latest order, same rows.
 * @param {Date} as_of Optional. The date of the analysis. Left out, it is the day Sheets last recalculated it (only when an argument changes): pass a cell holding =TODAY(), e.g. $K$1, to keep it current.
 * @return Two columns: the chance still active (0 to 1) and the churn-risk group. Needs at least 30 customers, 10 of them repeat buyers; below that each row says so.
 * @customfunction
 */
export function CUSTOMER_CHURN(orders: Range, first_purchases: Range, last_purchases: Range, as_of?: unknown): unknown {
  return guarded(() => formulas.customerChurn(orders, first_purchases, last_purchases, as_of));
}

/**
 * When to contact each customer next, and how: thank-you, usage follow-up, keep in touch, or win-back call.
 *
 * @param {Date[][]} last_purchases Date of the latest order, one column.
 * @param {Date} as_of Optional. The date of the analysis. Left out, it is the day Sheets last recalculated it (only when an argument changes): pass a cell holding =TODAY(), e.g. $K$1, to keep it current.
 * @param {number} lapse_days Optional. Days without an order after which to call to win them back; default 365.
 * @return Two columns: the date of the next contact and the kind of touch.
 * @customfunction
 */
export function CUSTOMER_NEXT_CONTACT(last_purchases: Range, as_of?: unknown, lapse_days?: unknown): unknown {
  return guarded(() => formulas.nextContact(last_purchases, as_of, lapse_days));
}

/**
 * What to do with a group: the treatment for any label of this add-on (A, Core, Old & big, Loyal, Champions,
 * 重要价值, Listo para comprar…), in English, Spanish or Chinese.
 *
 * @param {string[][]} labels Labels, one column (e.g. the output of CUSTOMER_TIER).
 * @param {string} language Optional. "en", "es" or "zh"; default the spreadsheet's language.
 * @return The action for each row.
 * @customfunction
 */
export function CUSTOMER_ACTION(labels: Range, language?: unknown): unknown {
  return guarded(() => formulas.action(labels, language));
}

/**
 * Every classification of a customer table at once, header row first: Tier, Profit split, Quadrant, Lifecycle,
 * Intent, RFM score, RFM segment, Next contact, Next touch and Next step, for what its columns allow.
 *
 * @param {Array<Array<string|number|Date>>} table The table with its header row, e.g. A1:H501.
 * @param {Date} as_of Optional. The date of the analysis. Left out, it is the day Sheets last recalculated it (only when an argument changes): pass a cell holding =TODAY(), e.g. $K$1, to keep it current.
 * @param {string} language Optional. "en", "es" or "zh"; default the spreadsheet's language.
 * @return The classifications of each row, with a header row.
 * @customfunction
 */
export function CUSTOMER_SEGMENTS(table: Range, as_of?: unknown, language?: unknown): unknown {
  return guarded(() => formulas.segments(table, as_of, language));
}

/**
 * Who moved between two snapshots: the from → to matrix of two label columns, row by row the same customer (for
 * example last month's tiers beside this month's). A label only in the second column is a new customer, one only in
 * the first a customer who is gone.
 *
 * @param {string[][]} previous_labels The earlier labels, one column (e.g. a copy of last month's Tier column).
 * @param {string[][]} current_labels The later labels, one column of the same height (e.g. =CUSTOMER_TIER(E2:E501)).
 * @return A matrix: a row per earlier label, a column per later label, the count of customers in each cell, then Gone and Total; a New row and a Total row below.
 * @customfunction
 */
export function CUSTOMER_MOVEMENT(previous_labels: Range, current_labels: Range): unknown {
  return guarded(() => formulas.customerMovement(previous_labels, current_labels));
}
