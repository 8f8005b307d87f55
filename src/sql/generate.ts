// The segments as one SQL query (BigQuery or DuckDB): the same answers as the engine for every customer, tie-exact.
// Pure and dependency-free (it runs in the sidebar page too): settings, group keys, labels and DOMAIN's constants are
// read from the engine and the English catalogue, never copied. One CTE per step, each citing its DOMAIN.md rule;
// ties are decided by RANK/DENSE_RANK (equal values share a rank) and RANGE frames, never by row order.
import { CYCLE_MULTIPLE, MIN_CYCLE_GAP_DAYS, PROSPECT_SCORE_LIMIT } from '../engine/classify/lifecycle';
import { FOLLOW_UP_DAYS, MONTH_DAYS, THANK_YOU_DAYS } from '../engine/classify/nextContact';
import { EDGE_SHARE } from '../engine/classify/profitSplit';
import { RELATIVE_TOLERANCE } from '../engine/classify/compare';
import { gridSegment } from '../engine/classify/rfm';
import { availableClassifications, fieldsRead, missingFields, type ClassificationId } from '../engine/classifications/needs';
import { RFM_CLASS8, RFM_GRID, type GroupKey, type IntentGroup } from '../engine/groups';
import { LEAD_SCORE_CONSIDERING, LEAD_SCORE_READY } from '../engine/leadScore';
import type { ReasonCode } from '../engine/reasons';
import { parseSettings, type SettingError, type Settings, type SettingsInput } from '../engine/settings';
import { derivedFromLog, FIELDS, type Field, type LogField, type ProblemCode } from '../engine/types';
import { EN } from '../i18n/en';
import { ES } from '../i18n/es';
import { ZH } from '../i18n/zh';
import { DIALECTS, type Dialect, type SqlDialectName } from './dialect';

interface CommonInput {
  dialect: SqlDialectName;
  /** The table or view to read: `project.dataset.orders` in BigQuery. */
  table: string;
  /** The add-on's settings (the sidebar's, or parts of them); left out, its defaults. */
  settings?: SettingsInput;
}

/** A customer table: one row per customer; the column name of each field that is there. */
export interface CustomerTableInput extends CommonInput {
  layout: 'customers';
  columns: Partial<Record<Field, string>>;
  /** Columns passed through unchanged (an id, a region), before the answers. */
  keep?: readonly string[];
}

/** An order log: one row per order or order line. */
export interface OrderLogInput extends CommonInput {
  layout: 'orders';
  columns: Partial<Record<LogField, string>> & { order_date: string; customer: string; amount: string };
}

export type SqlExportInput = CustomerTableInput | OrderLogInput;

/** What the query leaves out, and why: said in the query's header too, in the same words. */
export interface SqlGap {
  code:
    | 'intent_free_text'
    | 'not_enough_columns'
    | 'reason_sentences'
    | 'next_step'
    | 'unreadable_values'
    | 'duplicate_customers'
    | 'log_customer_name'
    | 'log_same_day_status';
  /** The classification it concerns, when one. */
  classification?: ClassificationId;
  /** The fields it concerns, when any (the missing columns for not_enough_columns). */
  fields?: readonly string[];
  /** One English sentence (the query's comment). */
  text: string;
}

export type SqlExportError =
  | { kind: 'settings'; errors: SettingError[] }
  | { kind: 'missing_column'; field: LogField }
  | { kind: 'no_table' }
  | { kind: 'nothing_to_compute' };

export type SqlType = 'STRING' | 'DATE' | 'FLOAT64' | 'INT64';

export interface SqlColumn {
  name: string;
  type: SqlType;
  /** The classification whose answer or reason it holds; none for the customer and the values read. */
  classification?: ClassificationId;
}

export type SqlExport =
  | {
      ok: true;
      dialect: SqlDialectName;
      sql: string;
      /** The query's parameters: as_of, the analysis date (a DATE). */
      parameters: readonly { name: 'as_of'; type: 'DATE' }[];
      /** The classifications in the query, in the sheet's order. */
      classifications: ClassificationId[];
      columns: SqlColumn[];
      gaps: SqlGap[];
    }
  | { ok: false; errors: SqlExportError[] };

/** The engine's Reason codes plus the problem marker: every reason column holds one of these. */
type ReasonValue = ReasonCode;

const WARNING_SIGN = '⚠ ';

/** The typed values the classifications read, and the problem codes beside them. */
const NUMERIC_FIELDS = ['first_purchase', 'last_purchase', 'orders', 'revenue', 'profit', 'lead_score'] as const;
type NumericField = (typeof NUMERIC_FIELDS)[number];
const DATE_FIELDS: readonly NumericField[] = ['first_purchase', 'last_purchase'];

/**
 * The customers with their values read and checked: every per-value table reads this one, not the end of the chain,
 * so that an engine that does not materialise CTEs (BigQuery) recomputes only the reading for it, not every step.
 */
const BASE = 'customers';

interface Cte {
  name: string;
  comment: string[];
  body: string;
}

/** Builds the query for one dialect. `dialect` may be a custom one (tests mark its hooks). */
export function renderSegmentsSql(input: SqlExportInput, dialect: Dialect): SqlExport {
  const parsed = parseSettings(input.settings ?? {});
  const errors: SqlExportError[] = [];
  if (!parsed.ok) errors.push({ kind: 'settings', errors: parsed.errors });
  if (!input.table.trim()) errors.push({ kind: 'no_table' });
  if (input.layout === 'orders') {
    for (const field of ['order_date', 'customer', 'amount'] as const) {
      if (!input.columns[field]?.trim()) errors.push({ kind: 'missing_column', field });
    }
  }
  if (errors.length || !parsed.ok) return { ok: false, errors };
  const settings = parsed.settings;
  const has = hasField(input);
  const available = availableClassifications(has, settings.tierMetric);
  // Churn risk fits a model by maximum likelihood over the whole table: no single query does that, so it is left out.
  const computed = available.filter((id) => id !== 'churn' && settings.classifications.includes(id));
  if (computed.length === 0) return { ok: false, errors: [{ kind: 'nothing_to_compute' }] };
  return new Query(input, dialect, settings, has, computed).build();
}

/** The query for the input's dialect. */
export function generateSegmentsSql(input: SqlExportInput): SqlExport {
  return renderSegmentsSql(input, DIALECTS[input.dialect]);
}

function hasField(input: SqlExportInput): (field: Field) => boolean {
  if (input.layout === 'customers') {
    const columns = input.columns;
    return (field) => Boolean(columns[field]?.trim());
  }
  const columns = input.columns as Partial<Record<LogField, string>>;
  return (field) => derivedFromLog(field, (logField) => Boolean(columns[logField]?.trim()));
}

class Query {
  private readonly ctes: Cte[] = [];
  private last = '';
  private readonly columns: SqlColumn[] = [];
  private readonly select: string[] = [];
  private readonly gaps: SqlGap[] = [];
  private readonly asOf: string;
  /** Fields that have a problem column (mapped, or derived from the log). */
  private readonly problemFields = new Set<NumericField>();

  constructor(
    private readonly input: SqlExportInput,
    private readonly d: Dialect,
    private readonly settings: Settings,
    private readonly has: (field: Field) => boolean,
    private readonly computed: ClassificationId[],
  ) {
    this.asOf = d.param('as_of');
  }

  // -- small renderers -------------------------------------------------------------------------------------------

  private label(key: GroupKey): string {
    return this.d.str(EN.labels[key]);
  }

  private get none(): string {
    return this.d.str(EN.notApplicable);
  }

  private reason(code: ReasonValue): string {
    return this.d.str(code);
  }

  private problemCode(code: ProblemCode): string {
    return this.d.str(code);
  }

  private float(x: number): string {
    return this.d.toFloat(String(x));
  }

  /** compare.ts strictlyBelow: x < limit by more than a relative 1e-9 (thresholds compare as the numbers they denote). */
  private below(x: string, limit: string): string {
    return `(${x} < ${limit} AND ${limit} - ${x} > ${RELATIVE_TOLERANCE} * GREATEST(ABS(${x}), ABS(${limit})))`;
  }

  /** The first problem among the fields a classification reads, in the engine's field order; NULL when none. */
  private problemOf(id: ClassificationId): string {
    const read = new Set<Field>(fieldsRead(id, this.settings.tierMetric));
    const present = FIELDS.filter((f) => read.has(f) && this.problemFields.has(f as NumericField)).map((f) => `${f}_problem`);
    if (present.length === 0) return 'NULL';
    return present.length === 1 ? present[0] : `COALESCE(${present.join(', ')})`;
  }

  /** `||`, not CONCAT: DuckDB's CONCAT skips NULLs where BigQuery's returns NULL; `||` is NULL-strict in both. */
  private warn(problem: string): string {
    return `${this.d.str(WARNING_SIGN)} || ${problem}`;
  }

  private add(name: string, comment: string[], columns: string[], from = this.last): void {
    this.ctes.push({ name, comment, body: `SELECT\n    *,\n    ${columns.join(',\n    ')}\n  FROM ${from}` });
    this.last = name;
  }

  /** A CTE beside the chain (a table of distinct values): the chain goes on from where it was. */
  private side(name: string, comment: string[], body: string): void {
    this.ctes.push({ name, comment, body });
  }

  /** The chain's rows with columns from side tables: LEFT JOINs on a value, many customers to one value row. */
  private join(name: string, comment: string[], columns: string[], joins: string[]): void {
    const body = `SELECT\n    c.*,\n    ${columns.join(',\n    ')}\n  FROM ${this.last} AS c\n  ${joins.join('\n  ')}`;
    this.ctes.push({ name, comment, body });
    this.last = name;
  }

  /**
   * One row per distinct value of `value` among the rows `where` selects: its customers, and how many customers have a
   * strictly smaller value (below) and a strictly greater one (above). After GROUP BY no two rows tie, so the running
   * count through this value (RANGE … CURRENT ROW) minus its own customers is exact: ties are counted, never ordered.
   */
  private valueCounts(name: string, comment: string[], value: string, where: string, extra: string[] = []): void {
    const n = 'COUNT(*)';
    this.side(
      name,
      comment,
      `SELECT\n    ${[
        `${value} AS ${name}_value`,
        `${n} AS ${name}_customers`,
        `SUM(${n}) OVER (ORDER BY ${value} RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - ${n} AS ${name}_below`,
        `SUM(${n}) OVER (ORDER BY ${value} RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) - ${n} AS ${name}_above`,
        `SUM(${n}) OVER () AS ${name}_n`,
        ...extra,
      ].join(',\n    ')}\n  FROM ${BASE}\n  WHERE ${where}\n  GROUP BY ${value}`,
    );
  }

  private addRaw(name: string, comment: string[], body: string): void {
    this.ctes.push({ name, comment, body });
    this.last = name;
  }

  private out(expression: string, name: string, type: SqlType, classification?: ClassificationId): void {
    this.select.push(expression === name ? name : `${expression} AS ${name}`);
    this.columns.push({ name, type, ...(classification ? { classification } : {}) });
  }

  private gap(gap: SqlGap): void {
    this.gaps.push(gap);
  }

  // -- the query ---------------------------------------------------------------------------------------------------

  build(): SqlExport {
    if (this.input.layout === 'customers') this.customerTable(this.input);
    else this.orderLog(this.input);
    this.values();
    const wants = (id: ClassificationId) => this.computed.includes(id);
    const needsRevenueTier = wants('quadrant') && this.settings.bigRule === 'tierA';
    if (wants('tier')) this.tier('tier', this.settings.tierMetric, this.settings.tierMethod, this.settings.tierA, this.settings.tierB);
    if (needsRevenueTier && !this.tierIsRevenueShare()) {
      // engine tier.ts: "big" is tier A on revenue by the share method, at the tier's A threshold when it is a share.
      this.tier('revenue_tier', 'revenue', 'share', this.settings.tierMethod === 'share' ? this.settings.tierA : 0.8, 0.95);
    }
    if (wants('profit')) this.profit();
    if (wants('quadrant')) this.quadrant();
    const intentRead = this.has('status') || this.has('lead_score');
    if (intentRead) this.intent();
    if (this.has('orders')) this.lifecycle(intentRead);
    if (wants('rfm')) this.rfm();
    if (wants('nextContact')) this.nextContact();
    this.outputs(intentRead);
    this.notedGaps(intentRead);
    return {
      ok: true,
      dialect: this.d.name,
      sql: this.render(),
      parameters: [{ name: 'as_of', type: 'DATE' }],
      classifications: [...this.computed],
      columns: this.columns,
      gaps: this.gaps,
    };
  }

  private tierIsRevenueShare(): boolean {
    return this.computed.includes('tier') && this.settings.tierMetric === 'revenue' && this.settings.tierMethod === 'share';
  }

  /** DOMAIN.md Input and "Values as a spreadsheet hands them over", for a typed table: one row per customer. */
  private customerTable(input: CustomerTableInput): void {
    const d = this.d;
    const column = (field: Field) => (this.has(field) ? d.ident(input.columns[field]!.trim()) : null);
    const text = (field: Field) => {
      const c = column(field);
      return c ? `TRIM(${d.toText(c)})` : d.toText('NULL');
    };
    const date = (field: Field) => `CAST(${column(field) ?? 'NULL'} AS DATE)`;
    const number = (field: Field) => d.toFloat(column(field) ?? 'NULL');
    const keep = (input.keep ?? []).filter((k) => k.trim()).map((k) => d.ident(k.trim()));
    this.addRaw(
      'source',
      [
        'DOMAIN.md Input: one row per customer. Each mapped column typed as the add-on reads it: dates as DATE, amounts',
        'and counts as FLOAT64 (IEEE doubles, as the add-on computes), notes as trimmed text. Unmapped fields are NULL.',
      ],
      `SELECT\n    ${[
        ...keep,
        `${text('customer')} AS customer`,
        `${date('first_purchase')} AS first_purchase_value`,
        `${date('last_purchase')} AS last_purchase_value`,
        `${number('orders')} AS orders_value`,
        `${number('revenue')} AS revenue_value`,
        `${number('profit')} AS profit_value`,
        `${text('status')} AS status`,
        `${number('lead_score')} AS lead_score_value`,
      ].join(',\n    ')}\n  FROM ${d.table(input.table.trim())}`,
    );
    for (const keepColumn of keep) this.select.push(keepColumn);
    for (const k of input.keep ?? []) if (k.trim()) this.columns.push({ name: k.trim(), type: 'STRING' });

    const AS_OF = this.asOf;
    const problems: string[] = [];
    const p = (field: NumericField, cases: string[]) => {
      if (!this.has(field)) return;
      this.problemFields.add(field);
      problems.push(`CASE\n      ${cases.join('\n      ')}\n    END AS ${field}_problem`);
    };
    const missing = this.problemCode('missing_value');
    // A customer with no orders spent nothing: blank money is 0 then; with orders (or unknown orders) it is missing.
    const purchased = '(orders_value IS NULL OR orders_value <> 0)';
    p('revenue', [`WHEN revenue_value IS NULL AND ${purchased} THEN ${missing}`]);
    p('profit', [`WHEN profit_value IS NULL AND ${purchased} THEN ${missing}`]);
    p('orders', [
      `WHEN orders_value IS NULL THEN ${missing}`,
      `WHEN orders_value < 0 THEN ${this.problemCode('orders_negative')}`,
      `WHEN orders_value <> FLOOR(orders_value) THEN ${this.problemCode('orders_not_whole')}`,
      `WHEN orders_value = 0 AND revenue_value > 0 THEN ${this.problemCode('zero_orders_with_revenue')}`,
    ]);
    p('first_purchase', [
      `WHEN first_purchase_value IS NULL AND orders_value >= 1 THEN ${missing}`,
      `WHEN first_purchase_value > ${AS_OF} THEN ${this.problemCode('first_after_as_of')}`,
    ]);
    p('last_purchase', [
      `WHEN last_purchase_value IS NULL AND orders_value >= 1 THEN ${missing}`,
      `WHEN last_purchase_value > ${AS_OF} THEN ${this.problemCode('last_after_as_of')}`,
      `WHEN last_purchase_value < first_purchase_value AND NOT (first_purchase_value > ${AS_OF}) THEN ${this.problemCode('last_before_first')}`,
    ]);
    p('lead_score', [`WHEN lead_score_value < 0 OR lead_score_value > 100 THEN ${this.problemCode('lead_score_out_of_range')}`]);
    const blank = ["COALESCE(customer, '') = ''", "COALESCE(status, '') = ''", ...NUMERIC_FIELDS.map((f) => `${f}_value IS NULL`)].join(
      ' AND ',
    );
    this.addRaw(
      'checked',
      [
        'DOMAIN.md "Problems, never lost rows": a value the add-on flags gets its problem code in <field>_problem (the',
        'classifications that read it show NULL and "⚠ code" in their reason). A typed column has no unreadable cells;',
        'the checks left are blanks where a value is needed and contradictions. Fully blank rows stay out, as in the sheet.',
      ],
      `SELECT\n    *${problems.length ? `,\n    ${problems.join(',\n    ')}` : ''}\n  FROM source\n  WHERE NOT (${blank})`,
    );
  }

  /** DOMAIN.md Input, order logs: aggregated per customer. */
  private orderLog(input: OrderLogInput): void {
    const d = this.d;
    const columns = input.columns as Partial<Record<LogField, string>>;
    const column = (field: LogField) => (columns[field]?.trim() ? d.ident(columns[field]!.trim()) : null);
    const AS_OF = this.asOf;
    const rows = [
      `TRIM(${d.toText(column('customer')!)}) AS customer_name`,
      `LOWER(TRIM(${d.toText(column('customer')!)})) AS customer_key`,
      `CAST(${column('order_date')} AS DATE) AS order_date`,
      `${d.toFloat(column('amount')!)} AS amount`,
      `${d.toFloat(column('profit') ?? 'NULL')} AS profit_amount`,
      column('status') ? `TRIM(${d.toText(column('status')!)}) AS status_note` : `${d.toText('NULL')} AS status_note`,
      column('order_id') ? `NULLIF(TRIM(${d.toText(column('order_id')!)}), '') AS order_id` : `${d.toText('NULL')} AS order_id`,
    ];
    this.addRaw(
      'log_rows',
      ['DOMAIN.md Input, order logs: one row per order or order line, typed. A customer is its trimmed name, any case.'],
      `SELECT\n    ${rows.join(',\n    ')}\n  FROM ${d.table(input.table.trim())}`,
    );
    this.addRaw(
      'log',
      ['A row with a blank customer joins no customer; rows dated after as_of are left out of the run.'],
      `SELECT\n    *\n  FROM log_rows\n  WHERE customer_key <> '' AND (order_date IS NULL OR order_date <= ${AS_OF})`,
    );
    const noted = "status_note <> '' AND order_date IS NOT NULL";
    if (column('status')) {
      this.side(
        'log_notes',
        ['DOMAIN.md: status = the latest non-blank status by date. The notes of each customer and day (two on one day: the greatest).'],
        `SELECT\n    customer_key AS note_key,\n    order_date AS note_day,\n    MAX(status_note) AS note\n  FROM log\n  WHERE ${noted}\n  GROUP BY customer_key, order_date`,
      );
    }
    const purchase = 'amount > 0 AND order_date IS NOT NULL';
    const occasion = column('order_id') ? `COALESCE('#' || order_id, ${d.toText('order_date')})` : d.toText('order_date');
    this.addRaw(
      'log_customers',
      [
        'DOMAIN.md order-log rules: a purchase is a row with amount > 0 (refunds and zero rows never date a purchase);',
        'first/last purchase = earliest/latest purchase date; orders = distinct order ids among purchases (a purchase',
        'without an id, or a log without ids: distinct purchase days); revenue = sum of all amounts; profit = sum of',
        'profits. A blank date or amount on any row makes the fields it feeds unusable (date_missing, amount_missing).',
      ],
      `SELECT\n    ${[
        'customer_key',
        'MIN(customer_name) AS customer',
        `MIN(CASE WHEN ${purchase} THEN order_date END) AS first_purchase_value`,
        `MAX(CASE WHEN ${purchase} THEN order_date END) AS last_purchase_value`,
        `${d.toFloat(`COUNT(DISTINCT CASE WHEN ${purchase} THEN ${occasion} END)`)} AS orders_value`,
        'SUM(amount) AS revenue_value',
        'COALESCE(SUM(profit_amount), 0) AS profit_value',
        `MAX(CASE WHEN ${noted} THEN order_date END) AS status_day`,
        `${d.toFloat('NULL')} AS lead_score_value`,
        'COUNT(*) > COUNT(order_date) AS date_missing',
        'COUNT(*) > COUNT(amount) AS amount_missing',
      ].join(',\n    ')}\n  FROM log\n  GROUP BY customer_key`,
    );
    if (column('status')) {
      this.join(
        'log_status',
        ["Each customer's note of its latest noted day."],
        ['log_notes.note AS status'],
        ['LEFT JOIN log_notes ON c.customer_key = log_notes.note_key AND c.status_day = log_notes.note_day'],
      );
    } else {
      this.add('log_status', ['No status column: no note.'], [`${d.toText('NULL')} AS status`]);
    }
    const missing = this.problemCode('missing_value');
    const noPurchase = this.problemCode('no_purchase_in_log');
    const onlyRefunds = 'orders_value = 0 AND NOT date_missing AND NOT amount_missing';
    for (const f of ['first_purchase', 'last_purchase', 'orders', 'revenue'] as const) this.problemFields.add(f);
    this.addRaw(
      'checked',
      [
        'DOMAIN.md order-log problems: a customer with only refunds or zero rows has no purchase in the log: its dates and',
        'orders are a problem ("the purchase is older than the log"); its revenue (≤ 0) still counts.',
      ],
      `SELECT\n    *,\n    ${[
        `CASE WHEN date_missing THEN ${missing} WHEN ${onlyRefunds} THEN ${noPurchase} END AS first_purchase_problem`,
        `CASE WHEN date_missing THEN ${missing} WHEN ${onlyRefunds} THEN ${noPurchase} END AS last_purchase_problem`,
        `CASE WHEN date_missing OR amount_missing THEN ${missing} WHEN ${onlyRefunds} THEN ${noPurchase} END AS orders_problem`,
        `CASE WHEN amount_missing THEN ${missing} END AS revenue_problem`,
      ].join(',\n    ')}\n  FROM ${this.last}`,
    );
  }

  /** The values every classification reads: NULL where there is a problem, and the day counts from as_of. */
  private values(): void {
    const value = (f: NumericField) => {
      const filled =
        (f === 'revenue' || f === 'profit') && this.input.layout === 'customers' && this.has(f)
          ? `COALESCE(${f}_value, CASE WHEN orders_value = 0 THEN 0 END)`
          : `${f}_value`;
      return this.problemFields.has(f) ? `CASE WHEN ${f}_problem IS NULL THEN ${filled} END AS ${f}` : `${filled} AS ${f}`;
    };
    this.add(
      'customer_values',
      ['The values the classifications read: NULL where the add-on shows ⚠; blank money of a customer with no orders is 0.'],
      NUMERIC_FIELDS.map(value),
    );
    this.add(
      'customers',
      ['Whole days from as_of, as the add-on counts them (civil days, DATE_DIFF).'],
      [
        `${this.d.daysBetween(this.asOf, 'first_purchase')} AS days_since_first`,
        `${this.d.daysBetween(this.asOf, 'last_purchase')} AS days_since_last`,
      ],
    );
  }

  /** DOMAIN.md §1 Value tier. `name` is the column ('tier', or 'revenue_tier' for the quadrant's "big"). */
  private tier(name: string, metric: 'revenue' | 'profit', method: Settings['tierMethod'], a: number, b: number): void {
    const m = metric;
    const A = this.label('A');
    const B = this.label('B');
    const C = this.label('C');
    const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
    const reasonCode = (code: ReasonValue) => this.reason(code);
    let group: string;
    const facts: string[] = [];
    if (method === 'share' || method === 'count') {
      const v = `${name}_values`;
      this.side(
        v,
        [
          `DOMAIN.md §1 Value tier, ${method} method, on ${m}: one row per distinct positive ${m}, with its customers and what they`,
          'hold together. DENSE_RANK numbers the distinct values from the bottom (no two rows tie after GROUP BY).',
        ],
        `SELECT\n    ${m} AS ${v}_value,\n    COUNT(*) AS ${v}_customers,\n    SUM(${m}) AS ${v}_held,\n    DENSE_RANK() OVER (ORDER BY ${m}) AS ${v}_rank\n  FROM ${BASE}\n  WHERE ${m} > 0\n  GROUP BY ${m}`,
      );
      const above = (x: string) => `COALESCE(SUM(${x}) OVER (ORDER BY ${v}_rank RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING), 0)`;
      const cuts = `${name}_cuts`;
      this.side(
        cuts,
        [
          `Per value: what the customers with a strictly greater ${m} hold, and how many they are (RANGE BETWEEN 1 FOLLOWING AND`,
          'UNBOUNDED FOLLOWING over the value rank: every greater value, not this one; not the mirror frame UNBOUNDED',
          'PRECEDING AND 1 PRECEDING, where DuckDB 1.5 splits tied peers). Totals over every positive value.',
        ],
        `SELECT\n    ${[
          `${v}_value`,
          `${above(`${v}_held`)} AS ${name}_held_above`,
          `${above(`${v}_customers`)} AS ${name}_above`,
          `SUM(${v}_held) OVER () AS ${name}_total`,
          `SUM(${v}_customers) OVER () AS ${name}_n`,
        ].join(',\n    ')}\n  FROM ${v}`,
      );
      const decided = method === 'share' ? `${name}_held_above` : `${name}_above`;
      const base = method === 'share' ? `${name}_total` : `${name}_n`;
      group = `CASE\n      WHEN ${m} IS NULL THEN NULL\n      WHEN ${m} <= 0 THEN ${C}\n      WHEN ${this.below(decided, `${this.float(a)} * ${base}`)} THEN ${A}\n      WHEN ${this.below(decided, `${this.float(b)} * ${base}`)} THEN ${B}\n      ELSE ${C}\n    END`;
      facts.push(`${decided} / ${base} AS ${name}_share`);
      this.join(
        name,
        method === 'share'
          ? [
              `share_before(x) = ${m} held by customers with a strictly greater ${m} / ${m} of all customers with a positive one.`,
              `A if share_before < ${percent(a)}, B if < ${percent(b)}, else C; ${m} ≤ 0 is C ("no positive ${m}"). The top customer is`,
              'always A; tied customers always share a tier. Compared as the numbers denote (relative 1e-9, as the add-on).',
            ]
          : [
              `g = customers with a strictly greater ${m}, n = customers with a positive one. A if g < ${a}·n, B if g < ${b}·n, else C;`,
              `${m} ≤ 0 is C. Compared as the numbers denote: 0.2 × 15 is 3, so g = 3 is not below it (relative 1e-9).`,
            ],
        [`${name}_held_above`, `${name}_above`, `${name}_total`, `${name}_n`, `${group} AS ${name}`, ...facts],
        [`LEFT JOIN ${cuts} ON c.${m} = ${cuts}.${v}_value`],
      );
    } else {
      group = `CASE\n      WHEN ${m} IS NULL THEN NULL\n      WHEN ${m} <= 0 THEN ${C}\n      WHEN ${m} >= ${this.float(a)} THEN ${A}\n      WHEN ${m} >= ${this.float(b)} THEN ${B}\n      ELSE ${C}\n    END`;
      this.add(
        name,
        [`DOMAIN.md §1 Value tier, amount method, on ${m}: A if ≥ ${a}, B if ≥ ${b}, else C; ${m} ≤ 0 is C.`],
        [`${group} AS ${name}`],
      );
    }
    if (name !== 'tier') return;
    const id = 'tier';
    const problem = this.problemOf('tier');
    const code = method === 'share' ? reasonCode('tier_share') : method === 'count' ? reasonCode('tier_count') : reasonCode('tier_amount');
    this.out(name, name, 'STRING', id);
    this.out(
      `CASE\n    WHEN ${problem} IS NOT NULL THEN ${this.warn(problem)}\n    WHEN ${m} IS NULL THEN NULL\n    WHEN ${m} <= 0 THEN ${reasonCode('tier_no_positive')}\n    ELSE ${code}\n  END`,
      'tier_reason',
      'STRING',
      id,
    );
    if (method === 'share') this.out('tier_share', 'tier_share', 'FLOAT64', id);
    if (method === 'count') {
      this.out('tier_above', 'tier_above', 'INT64', id);
      this.out('tier_share', 'tier_share', 'FLOAT64', id);
    }
    this.out(
      `CASE WHEN ${m} > 0 THEN CASE WHEN tier = ${A} THEN ${this.float(a)} ELSE ${this.float(b)} END END`,
      'tier_limit',
      'FLOAT64',
      id,
    );
  }

  /** DOMAIN.md §2 Profit split 20/60/20. */
  private profit(): void {
    const rule = this.settings.profitRule;
    const edge = (count: string) => this.below(count, `${this.float(EDGE_SHARE)} * profit_values_n`);
    this.valueCounts(
      'profit_values',
      [
        'DOMAIN.md §2 Profit split 20/60/20: per distinct profit, g = customers with a strictly greater profit (above), s = with',
        'a strictly smaller one (below), n = every customer with a profit.',
      ],
      'profit',
      'profit IS NOT NULL',
    );
    const drain = rule === 'loss' ? 'profit < 0' : edge('profit_values_below');
    this.join(
      'profit_split',
      [
        `Core: g < ${EDGE_SHARE * 100}% of n and a profit > 0. Drain: ${rule === 'loss' ? 'a loss, profit < 0 (rule "loss")' : `s < ${EDGE_SHARE * 100}% of n (rule "bottom20")`}.`,
        'Maintain: everyone else. Core is checked first.',
      ],
      [
        'profit_values_above AS profit_above',
        'profit_values_below AS profit_below',
        'profit_values_n AS profit_n',
        `CASE\n      WHEN profit IS NULL THEN NULL\n      WHEN ${edge('profit_values_above')} AND profit > 0 THEN ${this.label('core')}\n      WHEN ${drain} THEN ${this.label('drain')}\n      ELSE ${this.label('maintain')}\n    END AS profit_split`,
      ],
      ['LEFT JOIN profit_values ON c.profit = profit_values.profit_values_value'],
    );
    const problem = this.problemOf('profit');
    const drainCode =
      rule === 'loss'
        ? this.reason('profit_drain_loss')
        : `CASE WHEN profit < 0 THEN ${this.reason('profit_drain_loss')} ELSE ${this.reason('profit_drain_bottom')} END`;
    this.out('profit_split', 'profit_split', 'STRING', 'profit');
    this.out(
      `CASE\n    WHEN ${problem} IS NOT NULL THEN ${this.warn(problem)}\n    WHEN profit_split = ${this.label('core')} THEN ${this.reason('profit_core')}\n    WHEN profit_split = ${this.label('drain')} THEN ${drainCode}\n    WHEN profit_split = ${this.label('maintain')} THEN ${this.reason('profit_maintain')}\n  END`,
      'profit_reason',
      'STRING',
      'profit',
    );
    this.out(
      `CASE\n    WHEN profit_split = ${this.label('core')} THEN profit_above / profit_n\n    WHEN profit_split = ${this.label('drain')} AND profit >= 0 THEN profit_below / profit_n\n  END`,
      'profit_share',
      'FLOAT64',
      'profit',
    );
  }

  /** DOMAIN.md §3 Quadrant. */
  private quadrant(): void {
    const s = this.settings;
    const tierColumn = this.tierIsRevenueShare() ? 'tier' : 'revenue_tier';
    const big = s.bigRule === 'tierA' ? `${tierColumn} = ${this.label('A')}` : `revenue >= ${this.float(s.bigAmount)}`;
    const bigText = s.bigRule === 'tierA' ? 'tier A on revenue (share method)' : `revenue ≥ ${s.bigAmount}`;
    const old = `days_since_first >= ${s.tenureDays}`;
    this.add(
      'quadrant',
      [`DOMAIN.md §3 Quadrant: old if as_of − first purchase ≥ ${s.tenureDays} days, else new; big if ${bigText}, else small.`],
      [
        `CASE\n      WHEN first_purchase IS NULL OR revenue IS NULL THEN ${this.none}\n      WHEN ${old} AND ${big} THEN ${this.label('old_big')}\n      WHEN ${old} THEN ${this.label('old_small')}\n      WHEN ${big} THEN ${this.label('new_big')}\n      ELSE ${this.label('new_small')}\n    END AS quadrant_group`,
      ],
    );
    const problem = this.problemOf('quadrant');
    this.out(`CASE WHEN ${problem} IS NULL THEN quadrant_group END`, 'quadrant', 'STRING', 'quadrant');
    this.out(
      `CASE\n    WHEN ${problem} IS NOT NULL THEN ${this.warn(problem)}\n    WHEN quadrant_group = ${this.none} THEN ${this.reason('quadrant_no_purchase')}\n    ELSE ${this.reason('quadrant')}\n  END`,
      'quadrant_reason',
      'STRING',
      'quadrant',
    );
    this.out(`CASE WHEN ${problem} IS NULL THEN days_since_first END`, 'tenure_days', 'INT64', 'quadrant');
  }

  /** DOMAIN.md §5 Intent, from fixed labels and the lead score (free text is a gap). */
  private intent(): void {
    const d = this.d;
    const catalogues = [EN, ES, ZH];
    const texts = (key: IntentGroup) => [...new Set(catalogues.map((c) => c.labels[key].toLowerCase()))].map((t) => d.str(t));
    const read: IntentGroup[] = ['ready', 'considering', 'not_now', 'not_interested'];
    const byLabel = read.map((key) => `WHEN LOWER(status) IN (${texts(key).join(', ')}) THEN ${this.label(key)}`);
    const leadScoreProblem = this.problemFields.has('lead_score') ? 'lead_score_problem' : 'NULL';
    this.add(
      'intent',
      [
        'DOMAIN.md §5 Intent. Free text is not read in SQL: the status column counts only when it holds one of the',
        "add-on's own intent labels (English, Spanish or Chinese, any case). Otherwise the lead score decides:",
        `≥ ${LEAD_SCORE_READY} Ready to buy, ≥ ${LEAD_SCORE_CONSIDERING} Considering, else Not now; without either, Unknown.`,
      ],
      [
        `CASE\n      ${byLabel.join('\n      ')}\n      WHEN ${leadScoreProblem} IS NOT NULL AND COALESCE(status, '') = '' THEN NULL\n      WHEN lead_score >= ${LEAD_SCORE_READY} THEN ${this.label('ready')}\n      WHEN lead_score >= ${LEAD_SCORE_CONSIDERING} THEN ${this.label('considering')}\n      WHEN lead_score IS NOT NULL THEN ${this.label('not_now')}\n      ELSE ${this.label('unknown')}\n    END AS intent`,
        `CASE\n      ${read.map((key) => `WHEN LOWER(status) IN (${texts(key).join(', ')}) THEN ${this.reason('intent_text')}`).join('\n      ')}\n      WHEN ${leadScoreProblem} IS NOT NULL AND COALESCE(status, '') = '' THEN ${this.warn(leadScoreProblem)}\n      WHEN lead_score IS NOT NULL THEN ${this.reason('intent_score')}\n      ELSE ${this.reason('intent_none')}\n    END AS intent_reason`,
      ],
    );
  }

  /** DOMAIN.md §4 Lifecycle (computed whenever there is an orders column: the next contact reads it). */
  private lifecycle(intentRead: boolean): void {
    const lapse = this.settings.lapseDays;
    const warm = intentRead ? `intent IN (${this.label('ready')}, ${this.label('considering')})` : 'FALSE';
    this.add(
      'lifecycle_cycle',
      ["The customer's own purchase cycle (seed 002): (last − first) / (orders − 1) days."],
      [`CASE WHEN orders >= 2 THEN ${this.d.daysBetween('last_purchase', 'first_purchase')} / (orders - 1) END AS cycle_days`],
    );
    this.add(
      'lifecycle',
      [
        'DOMAIN.md §4 Lifecycle, checked in order:',
        `1 Lapsed: orders ≥ 1 and days since last > ${lapse}, or orders ≥ ${CYCLE_MULTIPLE} and days since last >`,
        `  max(${MIN_CYCLE_GAP_DAYS}, ${CYCLE_MULTIPLE} × cycle) (without a first purchase the cycle is unknown: only the first rule);`,
        `2 Prospect: no orders, intent neither Ready to buy nor Considering, lead score < ${PROSPECT_SCORE_LIMIT} or none;`,
        '3 Potential: no orders otherwise; 4 One-time: 1 order; 5 Loyal: 2 or more.',
      ],
      [
        `CASE\n      WHEN orders IS NULL THEN NULL\n      WHEN orders >= 1 AND days_since_last > ${lapse} THEN ${this.reason('lapsed_window')}\n      WHEN orders >= ${CYCLE_MULTIPLE} AND days_since_last > ${MIN_CYCLE_GAP_DAYS} AND days_since_last > ${CYCLE_MULTIPLE} * cycle_days THEN ${this.reason('lapsed_cycle')}\n      WHEN orders = 1 THEN ${this.reason('one_time')}\n      WHEN orders >= 2 THEN ${this.reason('loyal')}\n      WHEN ${warm} OR lead_score >= ${PROSPECT_SCORE_LIMIT} THEN ${this.reason('potential')}\n      ELSE ${this.reason('prospect')}\n    END AS lifecycle_rule`,
      ],
    );
    const lapsedRules = `(${this.reason('lapsed_window')}, ${this.reason('lapsed_cycle')})`;
    this.add(
      'lifecycle_stage',
      ['The stage itself; the next contact reads it even where a problem hides it from the lifecycle column.'],
      [
        `CASE\n      WHEN lifecycle_rule IN ${lapsedRules} THEN ${this.label('lapsed')}\n      WHEN lifecycle_rule = ${this.reason('one_time')} THEN ${this.label('one_time')}\n      WHEN lifecycle_rule = ${this.reason('loyal')} THEN ${this.label('loyal')}\n      WHEN lifecycle_rule = ${this.reason('potential')} THEN ${this.label('potential')}\n      WHEN lifecycle_rule = ${this.reason('prospect')} THEN ${this.label('prospect')}\n    END AS lifecycle_group`,
      ],
    );
    if (!this.computed.includes('lifecycle')) return;
    const problem = this.problemOf('lifecycle');
    const id = 'lifecycle';
    this.out(`CASE WHEN ${problem} IS NULL THEN lifecycle_group END`, 'lifecycle', 'STRING', id);
    this.out(`CASE WHEN ${problem} IS NOT NULL THEN ${this.warn(problem)} ELSE lifecycle_rule END`, 'lifecycle_reason', 'STRING', id);
    this.out(`CASE WHEN ${problem} IS NULL AND orders >= 1 THEN days_since_last END`, 'days_since_last', 'INT64', id);
    this.out(`CASE WHEN ${problem} IS NULL THEN cycle_days END`, 'cycle_days', 'FLOAT64', id);
    this.out(
      `CASE\n    WHEN ${problem} IS NOT NULL THEN NULL\n    WHEN lifecycle_rule = ${this.reason('lapsed_window')} THEN ${lapse}\n    WHEN lifecycle_rule = ${this.reason('lapsed_cycle')} THEN GREATEST(${MIN_CYCLE_GAP_DAYS}, ${CYCLE_MULTIPLE} * cycle_days)\n  END`,
      'lapse_cutoff_days',
      'FLOAT64',
      id,
    );
  }

  /** DOMAIN.md §6 RFM, with the 11-segment grid or the 8 classes. */
  private rfm(): void {
    const ranked = 'COALESCE(orders >= 1 AND last_purchase IS NOT NULL AND revenue IS NOT NULL, FALSE)';
    const class8 = this.settings.rfmPreset === 'class8';
    this.add(
      'rfm_base',
      ['DOMAIN.md §6 RFM: only customers with an order and a readable R, F and M are ranked; n of them.'],
      [`${ranked} AS rfm_ranked`],
    );
    const worse = [
      ['rfm_r_values', 'last_purchase', 'R: customers strictly worse = with strictly more days since the last purchase (an earlier date).'],
      ['rfm_f_values', 'orders', 'F: customers with strictly fewer orders.'],
      ['rfm_m_values', 'revenue', 'M: customers with strictly less revenue.'],
    ];
    for (const [name, value, comment] of worse) {
      this.valueCounts(name, [`${comment} Per distinct value among the ranked customers, so equal values share a score.`], value, ranked);
    }
    if (class8) {
      this.side(
        'rfm_means',
        ['DOMAIN.md §6, 8 classes: the means over the ranked customers.'],
        `SELECT\n    AVG(days_since_last) AS rfm_mean_days,\n    AVG(orders) AS rfm_mean_orders,\n    AVG(revenue) AS rfm_mean_revenue\n  FROM ${BASE}\n  WHERE ${ranked}`,
      );
    }
    this.join(
      'rfm_ranks',
      ['Each customer with the counts of its values (an equality join on the value; unranked customers get none).'],
      [
        'CASE WHEN rfm_ranked THEN rfm_r_values_below END AS rfm_r_worse',
        'CASE WHEN rfm_ranked THEN rfm_f_values_below END AS rfm_f_worse',
        'CASE WHEN rfm_ranked THEN rfm_m_values_below END AS rfm_m_worse',
        'CASE WHEN rfm_ranked THEN rfm_r_values_n END AS rfm_n',
        ...(class8 ? ['rfm_mean_days', 'rfm_mean_orders', 'rfm_mean_revenue'] : []),
      ],
      [
        ...worse.map(([name, value]) => `LEFT JOIN ${name} ON c.${value} = ${name}.${name}_value`),
        ...(class8 ? ['CROSS JOIN rfm_means'] : []),
      ],
    );
    const score = (x: string) => `CASE WHEN rfm_ranked THEN 1 + ${this.d.intDiv(`5 * rfm_${x}_worse`, 'rfm_n')} END AS rfm_${x}`;
    this.add(
      'rfm_scores',
      [
        'score = 1 + floor(5·p), p = worse / n: in integers, 1 + DIV(5 · worse, n). Equal values get equal scores, so',
        'some scores may go unused.',
      ],
      [score('r'), score('f'), score('m')],
    );
    let segment: string;
    if (!class8) {
      const cells = new Map<number, number[]>();
      for (let r = 5; r >= 1; r--) {
        for (let fm = 5; fm >= 1; fm--) {
          const s = gridSegment(r, fm);
          cells.set(s, [...(cells.get(s) ?? []), r * 10 + fm]);
        }
      }
      const fm = this.d.intDiv('rfm_f + rfm_m + 1', '2');
      segment = `CASE\n      WHEN NOT rfm_ranked THEN ${this.none}\n      ${RFM_GRID.keys.map((key, s) => `WHEN rfm_r * 10 + ${fm} IN (${cells.get(s)!.join(', ')}) THEN ${this.label(key)}`).join('\n      ')}\n    END`;
      this.add(
        'rfm',
        ['FM = round half up of (F + M) / 2 = DIV(F + M + 1, 2); the segment from the (R, FM) grid of DOMAIN.md §6.'],
        [`${segment} AS rfm_group`],
      );
    } else {
      const near = `NOT ${this.below('rfm_mean_days', 'days_since_last')}`;
      const frequent = `NOT ${this.below('orders', 'rfm_mean_orders')}`;
      const high = `NOT ${this.below('revenue', 'rfm_mean_revenue')}`;
      const k = RFM_CLASS8.keys;
      const side = (offset: number) =>
        `CASE WHEN rfm_near AND rfm_frequent THEN ${this.label(k[offset])} WHEN rfm_near THEN ${this.label(k[offset + 1])} WHEN rfm_frequent THEN ${this.label(k[offset + 2])} ELSE ${this.label(k[offset + 3])} END`;
      this.add(
        'rfm_sides',
        [
          'DOMAIN.md §6, 8 classes: near = days since last ≤ the mean (few days: near), frequent = orders ≥ the mean,',
          'high = revenue ≥ the mean; means over the ranked customers, compared as the numbers denote (relative 1e-9).',
        ],
        [`${near} AS rfm_near`, `${frequent} AS rfm_frequent`, `${high} AS rfm_high`],
      );
      segment = `CASE\n      WHEN NOT rfm_ranked THEN ${this.none}\n      WHEN rfm_high THEN ${side(0)}\n      ELSE ${side(4)}\n    END`;
      this.add(
        'rfm',
        ['重要 (important) with high revenue, 一般 (general) with low; value, develop, keep, win back by near × frequent.'],
        [`${segment} AS rfm_group`],
      );
    }
    const problem = this.problemOf('rfm');
    const id = 'rfm';
    this.out(
      `CASE WHEN ${problem} IS NULL THEN CASE WHEN rfm_ranked THEN ${this.d.format('%d%d%d', ['rfm_r', 'rfm_f', 'rfm_m'])} ELSE ${this.none} END END`,
      'rfm_score',
      'STRING',
      id,
    );
    this.out(`CASE WHEN ${problem} IS NULL THEN rfm_group END`, 'rfm_segment', 'STRING', id);
    this.out(
      `CASE\n    WHEN ${problem} IS NOT NULL THEN ${this.warn(problem)}\n    WHEN NOT rfm_ranked THEN ${this.reason('rfm_none')}\n    ELSE ${this.reason(class8 ? 'rfm_class8' : 'rfm_grid')}\n  END`,
      'rfm_reason',
      'STRING',
      id,
    );
    for (const x of ['r', 'f', 'm']) this.out(`CASE WHEN ${problem} IS NULL THEN rfm_${x} END`, `rfm_${x}`, 'INT64', id);
    if (class8) {
      this.out('rfm_mean_days', 'rfm_mean_days', 'FLOAT64', id);
      this.out('rfm_mean_orders', 'rfm_mean_orders', 'FLOAT64', id);
      this.out('rfm_mean_revenue', 'rfm_mean_revenue', 'FLOAT64', id);
    }
  }

  /** DOMAIN.md §7 Next contact. */
  private nextContact(): void {
    const lapse = this.settings.lapseDays;
    const lapsed = this.has('orders')
      ? `(lifecycle_group = ${this.label('lapsed')} OR (lifecycle_group IS NULL AND days_since_last > ${lapse}))`
      : `days_since_last > ${lapse}`;
    const d = this.d;
    const monthly = d.addDays('last_purchase', `${MONTH_DAYS} * ${d.intDiv(`days_since_last + ${MONTH_DAYS - 1}`, String(MONTH_DAYS))}`);
    this.add(
      'next_contact',
      [
        `DOMAIN.md §7 Next contact, from the last purchase L: the thank-you at L+${THANK_YOU_DAYS} if L+${THANK_YOU_DAYS} ≥ as_of, else the usage follow-up at`,
        `L+${FOLLOW_UP_DAYS} if L+${FOLLOW_UP_DAYS} ≥ as_of, else keep in touch at the first L+${MONTH_DAYS}k ≥ as_of (k = ceil(days / ${MONTH_DAYS}) = DIV(days + ${MONTH_DAYS - 1}, ${MONTH_DAYS})).`,
        'Lapsed customers (the lifecycle rule; without orders, days since last > lapse days): a win-back call due as_of.',
        'No purchase (no last purchase, or 0 orders): none.',
      ],
      [
        `CASE\n      WHEN last_purchase IS NULL OR orders = 0 THEN ${this.none}\n      WHEN ${lapsed} THEN ${this.label('win_back')}\n      WHEN days_since_last <= ${THANK_YOU_DAYS} THEN ${this.label('thank_you')}\n      WHEN days_since_last <= ${FOLLOW_UP_DAYS} THEN ${this.label('usage_follow_up')}\n      ELSE ${this.label('keep_in_touch')}\n    END AS next_touch_group`,
        `CASE\n      WHEN last_purchase IS NULL OR orders = 0 THEN NULL\n      WHEN ${lapsed} THEN ${this.asOf}\n      WHEN days_since_last <= ${THANK_YOU_DAYS} THEN ${d.addDays('last_purchase', String(THANK_YOU_DAYS))}\n      WHEN days_since_last <= ${FOLLOW_UP_DAYS} THEN ${d.addDays('last_purchase', String(FOLLOW_UP_DAYS))}\n      ELSE ${monthly}\n    END AS next_contact_date`,
      ],
    );
    const problem = this.problemOf('nextContact');
    const id = 'nextContact';
    this.out(`CASE WHEN ${problem} IS NULL THEN next_contact_date END`, 'next_contact', 'DATE', id);
    this.out(`CASE WHEN ${problem} IS NULL THEN next_touch_group END`, 'next_touch', 'STRING', id);
    this.out(
      `CASE\n    WHEN ${problem} IS NOT NULL THEN ${this.warn(problem)}\n    WHEN next_touch_group = ${this.none} THEN ${this.reason('contact_none')}\n    ELSE ${this.reason('contact')}\n  END`,
      'next_contact_reason',
      'STRING',
      id,
    );
  }

  /** The output: the customer, the values read, then each classification's columns in the sheet's order. */
  private outputs(intentRead: boolean): void {
    const head: string[] = [];
    const headColumns: SqlColumn[] = [];
    const value = (expression: string, name: string, type: SqlType) => {
      head.push(expression === name ? name : `${expression} AS ${name}`);
      headColumns.push({ name, type });
    };
    value('customer', 'customer', 'STRING');
    for (const f of NUMERIC_FIELDS) {
      if (f === 'lead_score' && this.input.layout === 'orders') continue;
      if (!this.has(f)) continue;
      value(f, f, DATE_FIELDS.includes(f) ? 'DATE' : 'FLOAT64');
    }
    // Keep columns (already in select/columns) come first, then the customer and the values read.
    const keepCount = this.input.layout === 'customers' ? (this.input.keep ?? []).filter((k) => k.trim()).length : 0;
    this.select.splice(keepCount, 0, ...head);
    this.columns.splice(keepCount, 0, ...headColumns);
    if (intentRead && this.computed.includes('intent')) {
      // The intent's columns go where the sheet has them: after the lifecycle's.
      const at = this.columns.findIndex((c) => c.classification === 'rfm' || c.classification === 'nextContact');
      const index = at < 0 ? this.columns.length : at;
      this.select.splice(index, 0, 'intent', 'intent_reason');
      this.columns.splice(
        index,
        0,
        { name: 'intent', type: 'STRING', classification: 'intent' },
        {
          name: 'intent_reason',
          type: 'STRING',
          classification: 'intent',
        },
      );
    }
  }

  private notedGaps(intentRead: boolean): void {
    const s = this.settings;
    for (const id of s.classifications) {
      // Churn risk is never in the query (see render): said in docs/sql.md, not a missing column.
      if (this.computed.includes(id) || id === 'churn') continue;
      const missing = missingFields(id, this.has, s.tierMetric);
      this.gap({
        code: 'not_enough_columns',
        classification: id,
        fields: missing.fields,
        text: `${EN.headers[id].group}: left out, the mapping has no column for ${missing.fields.join(missing.any ? ' or ' : ', ')}.`,
      });
    }
    if (intentRead || this.has('orders')) {
      this.gap({
        code: 'intent_free_text',
        classification: 'intent',
        fields: ['status'],
        text:
          'Intent: free-text notes are not read in SQL (the add-on reads them with a lexicon of three languages). The status column ' +
          "counts only when it holds one of the add-on's intent labels; other notes fall to the lead score. Lifecycle's Prospect " +
          'or Potential for customers without orders follows from that intent and the lead score.',
      });
    }
    this.gap({
      code: 'reason_sentences',
      text:
        'Reasons are facts (the reason code and its numbers in *_reason, *_share, … columns), not sentences: the sheet words ' +
        "them in the reader's language, with the notes where classifications seem to disagree.",
    });
    this.gap({
      code: 'next_step',
      text: 'The next step and the action columns (advice in words) are not in the query.',
    });
    this.gap({
      code: 'unreadable_values',
      text:
        'A typed warehouse column has no unreadable cells: a value that could not be loaded is NULL, read as blank. The ' +
        'checks left are those on typed values (blank where needed, orders negative or not whole, 0 orders with revenue, ' +
        'dates after as_of, last before first, lead score outside 0–100): "⚠ code" in the reason, NULL in the answer.',
    });
    if (this.input.layout === 'customers') {
      this.gap({
        code: 'duplicate_customers',
        text: 'The same customer twice is a warning in the sheet; here both rows are classified, without the warning.',
      });
    } else {
      this.gap({
        code: 'log_customer_name',
        text: "A customer is its trimmed name, any case; the name shown is the least one in the log's sort order (the sheet shows the first row's).",
      });
      if ((this.input.columns as Partial<Record<LogField, string>>).status?.trim()) {
        this.gap({
          code: 'log_same_day_status',
          text: 'Two notes on the latest day: the sheet takes the lower row; a table has no row order, so the query takes the greatest text.',
        });
      }
    }
  }

  private render(): string {
    const s = this.settings;
    const input = this.input;
    const mapping = Object.entries(input.columns)
      .filter(([, v]) => v?.trim())
      .map(([k, v]) => `${k} = ${oneLine(v!.trim())}`)
      .join(', ');
    const header = [
      `Customer Segments: one row per customer, the same answers as the add-on (DOMAIN.md). Dialect: ${this.d.name}.`,
      `Table: ${oneLine(input.table.trim())} (${input.layout === 'customers' ? 'one row per customer' : 'an order log'}); ${mapping}.`,
      `Classifications: ${this.computed.map((id) => EN.headers[id].group).join(', ')}.`,
      `Settings: tier on ${s.tierMetric}, ${s.tierMethod} ${s.tierA}/${s.tierB}; profit rule ${s.profitRule}; tenure ${s.tenureDays} days;`,
      `  big = ${s.bigRule === 'tierA' ? 'tier A on revenue' : `revenue ≥ ${s.bigAmount}`}; lapse ${s.lapseDays} days; RFM ${s.rfmPreset === 'grid11' ? '11-segment grid' : '8 classes'}.`,
      `Parameter: ${this.asOf}, a DATE, the analysis date; every "days since" counts from it.`,
      'Answers are the English labels of the sheet, "—" where not applicable, NULL where the sheet shows ⚠ (the reason',
      'column then says "⚠ problem_code"). Ties are decided by counting per distinct value (GROUP BY, DENSE_RANK, RANGE frames), never by row order.',
      '',
      'Not in this query:',
      ...this.gaps.flatMap((g) => wrap(`- ${g.text}`, 116).map((line, i) => (i === 0 ? line : `  ${line}`))),
    ];
    const ctes = this.ctes.map((cte) => `${cte.comment.map((c) => `  -- ${c}`).join('\n')}\n  ${cte.name} AS (\n  ${cte.body}\n  )`);
    return `${header.map((line) => (line ? `-- ${line}` : '--')).join('\n')}\nWITH\n${ctes.join(',\n')}\nSELECT\n  ${this.select.join(',\n  ')}\nFROM ${this.last}\n`;
  }
}

/** Text for a `--` comment: one line, whatever a column name holds. */
function oneLine(text: string): string {
  return Array.from(text, (ch) => (ch.charCodeAt(0) < 32 || ch === '\u2028' || ch === '\u2029' ? ' ' : ch)).join('');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
