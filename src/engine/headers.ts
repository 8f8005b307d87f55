// Header detection: which column holds which field, in English, Spanish and Chinese, for headers never seen before.
// A header is first read as a set of concepts (headerLexicon.ts), then each field scores the concepts it needs and
// the ones that make it something else ('Customer since' is a date, not a customer; 'Order ID' is not a count).
import {
  AMOUNT,
  AVERAGE,
  COUNT,
  cjkConcepts,
  CUSTOMER,
  DATE,
  FIRST,
  ID,
  INVOICE,
  LAST,
  LEAD,
  NAME,
  NOTES,
  NUMBER,
  ORDER,
  ORDER_MANY,
  OTHER,
  PERCENT,
  PERIOD,
  phraseConcepts,
  prefixConcepts,
  PROFIT,
  QUANTITY,
  REVENUE,
  SCORE,
  STATUS,
  TOTAL,
  wordConcepts,
} from './headerLexicon';
import { cellToText, normalizeText } from './text';
import { FIELDS, type Cell, type ColumnMap, type Field, type OrderLogColumns } from './types';

export interface HeaderMatch {
  columns: ColumnMap;
  shape: 'customers' | 'orders' | 'unknown';
  orderLog?: OrderLogColumns;
  /** Header columns with text that matched no field (and, for an order log, no order-log role). */
  ignored: number[];
}

/** What a header says, before deciding which field it is. */
export interface HeaderReading {
  concepts: number;
  /** Latin words the lexicon does not know: each makes the match a little less certain. */
  unknownWords: number;
}

/** Below this a (column, field) pair is not a match. */
export const MIN_SCORE = 0.4;
const UNKNOWN_WORD_PENALTY = 0.04;
const MAX_PENALISED_WORDS = 5;
const PERIOD_PENALTY = 0.1;
const PERIOD_BOUND: ReadonlySet<Field> = new Set<Field>(['orders', 'revenue', 'profit']);

const CAMEL_BOUNDARY = /([a-z])([A-Z])/g;
const LATIN_WORD = /[a-z0-9]+/g;
const DIGITS_ONLY = /^[0-9]+$/;
const YEAR = /^(19|20)[0-9][0-9]$/;
const HAS_CJK = /[\u3400-\u9fff]/;

function lookUpWord(word: string): number | undefined {
  const exact = wordConcepts().get(word);
  if (exact !== undefined) return exact;
  // Plurals: orders → order, pedidos → pedido, transacciones → transaccion. A plural order word is a count.
  if (word.length > 3 && word.endsWith('s')) {
    const singular = wordConcepts().get(word.slice(0, -1)) ?? (word.endsWith('es') ? wordConcepts().get(word.slice(0, -2)) : undefined);
    if (singular !== undefined) return singular & (ORDER | INVOICE) ? singular | ORDER_MANY : singular;
  }
  for (const [prefix, bits] of prefixConcepts()) {
    if (word.startsWith(prefix)) return bits & ORDER && word.endsWith('s') ? bits | ORDER_MANY : bits;
  }
  return undefined;
}

/** Reads a header cell into concepts. Only text can be a header: numbers, dates and booleans read as nothing. */
export function readHeader(cell: Cell): HeaderReading {
  if (typeof cell !== 'string') return { concepts: 0, unknownWords: 0 };
  // NFKC first so that full-width letters get their camelCase boundaries too ('ＬａｓｔＯｒｄｅｒ').
  const raw = cell.normalize('NFKC');
  let concepts = 0;
  // normalizeText drops symbols, but '%' and '#' carry meaning in a header: 'Margin %', '# orders'.
  if (raw.includes('%')) concepts |= PERCENT;
  if (raw.includes('#')) concepts |= NUMBER;
  const text = normalizeText(raw.replace(CAMEL_BOUNDARY, '$1 $2'));
  if (text === '') return { concepts, unknownWords: 0 };

  let unknownWords = 0;
  const words = text.match(LATIN_WORD);
  if (words) {
    for (const word of words) {
      const bits = lookUpWord(word);
      if (bits !== undefined) concepts |= bits;
      else if (YEAR.test(word)) concepts |= PERIOD;
      else if (!DIGITS_ONLY.test(word)) unknownWords++;
    }
    if (words.length > 1) {
      const padded = ` ${text} `;
      for (const [phrase, bits] of phraseConcepts()) if (padded.includes(` ${phrase} `)) concepts |= bits;
    }
  }
  if (HAS_CJK.test(text)) {
    for (const [term, bits] of cjkConcepts()) if (text.includes(term)) concepts |= bits;
  }
  // 'Orders (last 12 months)', 'Ventas último año': 'last' qualifies the period, it is not the last purchase.
  if (concepts & PERIOD) concepts &= ~LAST;
  return { concepts, unknownWords };
}

const ORDER_WORDS = ORDER | ORDER_MANY | INVOICE;

/** 'Orders', 'Nº compras', '订单数', 'Number of sales': the header counts orders. */
function countsOrders(c: number): boolean {
  if (c & COUNT) return true;
  if (c & QUANTITY) return (c & (ORDER_WORDS | REVENUE)) !== 0;
  if (c & NUMBER) return (c & (ORDER_MANY | REVENUE)) !== 0;
  return false;
}

/** 'Order ID', 'Nº pedido', 'Invoice #', '订单号': the header names an order, it does not count them. */
function identifiesSomething(c: number): boolean {
  return (c & ID) !== 0 || ((c & NUMBER) !== 0 && !countsOrders(c));
}

const NOT_CUSTOMER =
  FIRST |
  LAST |
  DATE |
  ORDER_WORDS |
  REVENUE |
  AMOUNT |
  TOTAL |
  PROFIT |
  PERCENT |
  AVERAGE |
  STATUS |
  NOTES |
  SCORE |
  COUNT |
  QUANTITY |
  PERIOD |
  OTHER;

function customerScore(c: number): number {
  if (c & (CUSTOMER | NAME | LEAD)) {
    // 'First name' / 'Apellido': a person's name, weaker than a customer column but better than none.
    if (c & NAME && c & (FIRST | LAST) && !(c & (NOT_CUSTOMER & ~(FIRST | LAST)))) return 0.5;
    if (c & NOT_CUSTOMER) return 0;
    if (c & CUSTOMER) return c & NAME ? 1 : c & (ID | NUMBER) ? 0.85 : 0.95;
    if (c & NAME) return c & LEAD ? 0.9 : 0.85;
    return 0.7;
  }
  // A bare 'ID' is usually the customer's key; it loses to any name column.
  if (c & ID && !(c & (NOT_CUSTOMER | NUMBER))) return 0.5;
  return 0;
}

const NOT_PURCHASE_DATE =
  NAME | AMOUNT | TOTAL | PROFIT | PERCENT | AVERAGE | COUNT | QUANTITY | NUMBER | ID | STATUS | NOTES | SCORE | PERIOD | OTHER;
const PURCHASE_EVENT = ORDER_WORDS | REVENUE | DATE | CUSTOMER | LEAD;

function purchaseDateScore(c: number, which: number, other: number): number {
  if (!(c & which) || c & other || c & NOT_PURCHASE_DATE) return 0;
  return c & PURCHASE_EVENT ? 0.95 : 0.7;
}

const NOT_ORDERS = FIRST | LAST | DATE | AMOUNT | PROFIT | PERCENT | AVERAGE | STATUS | NOTES | SCORE | OTHER;

function ordersScore(c: number): number {
  if (c & NOT_ORDERS || identifiesSomething(c)) return 0;
  if (countsOrders(c)) return c & (ORDER_WORDS | REVENUE) ? 0.95 : 0.7;
  // 'Orders', 'Total purchases': a plural order word is a count ('Order total', singular, is money).
  if (c & ORDER_MANY && !(c & REVENUE)) return 0.85;
  return 0;
}

const NOT_MONEY = COUNT | QUANTITY | NUMBER | FIRST | LAST | DATE | AVERAGE | ID | PERCENT | SCORE | STATUS | NOTES | OTHER;

function revenueScore(c: number): number {
  if (c & (NOT_MONEY | PROFIT)) return 0;
  if (c & REVENUE) return c & (TOTAL | AMOUNT) ? 0.95 : 0.9;
  if (c & AMOUNT) return 0.8 + (c & TOTAL ? 0.05 : 0) + (c & (ORDER_WORDS | CUSTOMER) ? 0.05 : 0);
  if (c & TOTAL) {
    if (c & ORDER_MANY) return 0.4;
    return c & ORDER ? 0.7 : 0.55;
  }
  return 0;
}

function profitScore(c: number): number {
  // A margin in percent is a ratio, not the total profit DOMAIN.md asks for: 'Gross margin %' is left unmatched.
  if (!(c & PROFIT) || c & NOT_MONEY) return 0;
  return c & TOTAL ? 0.95 : 0.9;
}

const NOT_STATUS =
  SCORE | DATE | FIRST | LAST | COUNT | QUANTITY | NUMBER | ID | AMOUNT | REVENUE | TOTAL | PROFIT | PERCENT | AVERAGE | PERIOD | OTHER;

function statusScore(c: number): number {
  if (!(c & (STATUS | NOTES)) || c & NOT_STATUS) return 0;
  return c & STATUS ? 0.9 : 0.75;
}

// QUANTITY is allowed: 分数 (score) contains 数.
const NOT_SCORE = DATE | FIRST | LAST | COUNT | AMOUNT | REVENUE | TOTAL | PROFIT | AVERAGE | ID | PERIOD | OTHER | NOTES;

function leadScoreScore(c: number): number {
  if (!(c & SCORE) || c & NOT_SCORE) return 0;
  return c & (LEAD | CUSTOMER | STATUS) ? 0.95 : 0.85;
}

const FIELD_SCORERS: Record<Field, (concepts: number) => number> = {
  customer: customerScore,
  first_purchase: (c) => purchaseDateScore(c, FIRST, LAST),
  last_purchase: (c) => purchaseDateScore(c, LAST, FIRST),
  orders: ordersScore,
  revenue: revenueScore,
  profit: profitScore,
  status: statusScore,
  lead_score: leadScoreScore,
};

const NOT_ORDER_DATE =
  FIRST | LAST | OTHER | AMOUNT | TOTAL | PROFIT | COUNT | QUANTITY | ID | NUMBER | SCORE | STATUS | NOTES | PERCENT | AVERAGE;

/** The date of one order in an order log: 'Date', 'Fecha de pedido', 'Invoice date', '下单日期'. */
function orderDateScore(c: number): number {
  if (!(c & DATE) || c & NOT_ORDER_DATE) return 0;
  return c & (ORDER_WORDS | REVENUE) ? 0.9 : 0.8;
}

/** The id of one order: 'Order ID', 'Nº pedido', 'Invoice', '订单号'. */
function orderIdScore(c: number): number {
  if (c & (DATE | REVENUE | AMOUNT | TOTAL | PROFIT | CUSTOMER | STATUS | NOTES | SCORE | OTHER)) return 0;
  if (c & ORDER_WORDS && identifiesSomething(c)) return 0.9;
  if (c & ORDER_MANY || countsOrders(c)) return 0;
  if (c & INVOICE) return 0.7;
  if (c & ORDER) return 0.6;
  return c & ID ? 0.4 : 0;
}

function withPenalty(score: number, reading: HeaderReading): number {
  if (score <= 0) return 0;
  return score - UNKNOWN_WORD_PENALTY * Math.min(reading.unknownWords, MAX_PENALISED_WORDS);
}

/** How well one header fits one field, less for unknown words and period-bound totals; 0 when it does not fit. */
export function scoreField(reading: HeaderReading, field: Field): number {
  const score = withPenalty(FIELD_SCORERS[field](reading.concepts), reading);
  // A total over a period ('Sales 2025') is usable, but an all-time column next to it is the better match.
  return score > 0 && reading.concepts & PERIOD && PERIOD_BOUND.has(field) ? score - PERIOD_PENALTY : score;
}

export interface ScoredHeaderMatch {
  match: HeaderMatch;
  /** Sum of the scores of everything assigned: how much this row looks like a header (findTable compares rows). */
  score: number;
}

interface Candidate {
  column: number;
  role: number;
  score: number;
}

/**
 * Best-first assignment so that no column gets two roles and no role two columns.
 * Ties go to the earlier role, then the earlier column, so the result never depends on the input's sort stability.
 */
function assignGreedily(candidates: Candidate[], columnTaken: Uint8Array, roleCount: number): Candidate[] {
  candidates.sort((a, b) => b.score - a.score || a.role - b.role || a.column - b.column);
  const roleTaken = new Uint8Array(roleCount);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    if (columnTaken[candidate.column] || roleTaken[candidate.role]) continue;
    columnTaken[candidate.column] = 1;
    roleTaken[candidate.role] = 1;
    chosen.push(candidate);
  }
  return chosen;
}

const ORDER_DATE_ROLE = 0;
const ORDER_ID_ROLE = 1;

/** detectColumns plus the header-likeness score used to pick the header row. */
export function detectColumnsScored(header: readonly Cell[]): ScoredHeaderMatch {
  const readings = header.map(readHeader);
  const candidates: Candidate[] = [];
  readings.forEach((reading, column) => {
    if (reading.concepts === 0) return;
    FIELDS.forEach((field, role) => {
      const score = scoreField(reading, field);
      if (score >= MIN_SCORE) candidates.push({ column, role, score });
    });
  });
  const columnTaken = new Uint8Array(header.length);
  const columns: ColumnMap = {};
  let score = 0;
  for (const chosen of assignGreedily(candidates, columnTaken, FIELDS.length)) {
    columns[FIELDS[chosen.role]] = chosen.column;
    score += chosen.score;
  }

  let shape: HeaderMatch['shape'] = Object.keys(columns).length > 0 ? 'customers' : 'unknown';
  let orderLog: OrderLogColumns | undefined;
  const aggregated = columns.first_purchase !== undefined || columns.last_purchase !== undefined || columns.orders !== undefined;
  if (!aggregated && columns.customer !== undefined && columns.revenue !== undefined) {
    const logCandidates: Candidate[] = [];
    readings.forEach((reading, column) => {
      if (columnTaken[column] || reading.concepts === 0) return;
      const date = withPenalty(orderDateScore(reading.concepts), reading);
      const id = withPenalty(orderIdScore(reading.concepts), reading);
      if (date >= MIN_SCORE) logCandidates.push({ column, role: ORDER_DATE_ROLE, score: date });
      if (id >= MIN_SCORE) logCandidates.push({ column, role: ORDER_ID_ROLE, score: id });
    });
    const roles = assignGreedily(logCandidates, columnTaken, 2);
    const date = roles.find((r) => r.role === ORDER_DATE_ROLE);
    if (date) {
      shape = 'orders';
      orderLog = { order_date: date.column, customer: columns.customer, amount: columns.revenue };
      if (columns.profit !== undefined) orderLog.profit = columns.profit;
      if (columns.status !== undefined) orderLog.status = columns.status;
      const orderId = roles.find((r) => r.role === ORDER_ID_ROLE);
      if (orderId) orderLog.order_id = orderId.column;
      for (const role of roles) score += role.score;
    } else {
      // Not an order log after all: give back the columns the trial assignment took.
      for (const role of roles) columnTaken[role.column] = 0;
    }
  }

  const ignored: number[] = [];
  for (let column = 0; column < header.length; column++) {
    if (!columnTaken[column] && cellToText(header[column]) !== '') ignored.push(column);
  }
  const match: HeaderMatch = { columns, shape, ignored };
  if (orderLog) match.orderLog = orderLog;
  return { match, score };
}

/**
 * Finds which column (0-based, within `header`) holds each field. Every (column, field) pair is scored from the words
 * of the header; pairs are assigned best first. shape is 'orders' for an order log (a date, a customer and an amount,
 * but no first/last purchase or order count), 'customers' when any field matched, else 'unknown'.
 */
export function detectColumns(header: readonly Cell[]): HeaderMatch {
  return detectColumnsScored(header).match;
}
