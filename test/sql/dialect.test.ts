// One logical query, two renderings: only the dialect hooks (src/sql/dialect.ts) differ between BigQuery and DuckDB.
// Then the BigQuery rendering is checked for syntax with node-sql-parser's BigQuery grammar, and every function either
// rendering calls is on the list of functions documented for that engine.
import { Parser } from 'node-sql-parser';
import {
  DIALECT_HOOKS,
  DIALECTS,
  generateSegmentsSql,
  renderSegmentsSql,
  type Dialect,
  type SqlDialectName,
  type SqlExportInput,
} from '../../src/sql';

const CUSTOMERS: SqlExportInput = {
  dialect: 'bigquery',
  layout: 'customers',
  table: 'my-project.sales.customers',
  columns: {
    customer: 'Customer',
    first_purchase: 'First order',
    last_purchase: 'Last order',
    orders: 'Orders',
    revenue: 'Total spent',
    profit: 'Profit',
    status: 'Status',
    lead_score: 'Lead score',
  },
  keep: ['customer_id'],
};
const ORDERS: SqlExportInput = {
  dialect: 'bigquery',
  layout: 'orders',
  table: 'my-project.sales.orders',
  columns: { order_date: 'order_date', customer: 'customer', amount: 'amount', order_id: 'order_id', profit: 'margin', status: 'stage' },
};
const CASES: { name: string; input: SqlExportInput }[] = [
  { name: 'customer table, defaults', input: CUSTOMERS },
  {
    name: 'customer table, count tiers on profit, bottom20, class8, big by amount',
    input: {
      ...CUSTOMERS,
      settings: {
        tierMetric: 'profit',
        tierPreset: 'count 20/30/50',
        profitRule: 'bottom20',
        rfmPreset: 'class8',
        bigRule: 'amount',
        bigAmount: 5000,
      },
    },
  },
  { name: 'customer table, amount tiers', input: { ...CUSTOMERS, settings: { tierMethod: 'amount', tierA: 10000, tierB: 1000 } } },
  { name: 'order log, defaults', input: ORDERS },
  {
    name: 'order log without ids, 8 classes',
    input: { ...ORDERS, columns: { order_date: 'd', customer: 'c', amount: 'a' }, settings: { rfmPreset: 'class8' } },
  },
];

const OPEN = '\u0001';
const NAME_END = '\u0002';
const CLOSE = '\u0003';

/** The dialect with every hook's text wrapped in markers that name the hook. */
function marked(dialect: Dialect): Dialect {
  const out = { ...dialect } as Record<string, unknown>;
  for (const hook of DIALECT_HOOKS) {
    const f = dialect[hook] as (...args: never[]) => string;
    out[hook] = (...args: never[]) => `${OPEN}${hook}${NAME_END}${f(...args)}${CLOSE}`;
  }
  return out as unknown as Dialect;
}

/** Each outermost hook's text replaced by «hook»: what is left is what the two renderings must share. */
function neutral(sql: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === OPEN) {
      if (depth === 0) {
        const end = sql.indexOf(NAME_END, i);
        out += `«${sql.slice(i + 1, end)}»`;
      }
      depth++;
    } else if (ch === CLOSE) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

const unmark = (sql: string) => sql.replace(new RegExp(`${OPEN}[a-zA-Z]+${NAME_END}|${CLOSE}`, 'g'), '');

function sqlOf(input: SqlExportInput, dialect: Dialect): string {
  const result = renderSegmentsSql(input, dialect);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.sql;
}

describe('one logical query, two renderings', () => {
  it.each(CASES)('$name: outside the dialect hooks the two texts are identical', ({ input }) => {
    const bigquery = sqlOf(input, marked(DIALECTS.bigquery));
    const duckdb = sqlOf(input, marked(DIALECTS.duckdb));
    // The marked renderings are the real ones, markers aside.
    expect(unmark(bigquery)).toBe(sqlOf(input, DIALECTS.bigquery));
    expect(unmark(duckdb)).toBe(sqlOf(input, DIALECTS.duckdb));
    // Only the header names its dialect.
    const body = (sql: string) => neutral(sql).replace(/Dialect: (bigquery|duckdb)\./, 'Dialect: «name».');
    expect(body(duckdb)).toBe(body(bigquery));
    // And the hooks are really used: the texts differ.
    expect(unmark(duckdb)).not.toBe(unmark(bigquery));
  });
});

// -- BigQuery syntax -------------------------------------------------------------------------------------------------

describe('the BigQuery rendering', () => {
  const parser = new Parser();
  it.each(CASES)('$name: parses with node-sql-parser’s BigQuery grammar', ({ input }) => {
    const sql = sqlOf(input, DIALECTS.bigquery);
    expect(() => parser.astify(sql, { database: 'bigquery' })).not.toThrow();
  });

  it('the grammar does tell dialects apart: the DuckDB rendering does not parse as BigQuery', () => {
    const sql = sqlOf(CUSTOMERS, DIALECTS.duckdb);
    expect(() => parser.astify(sql, { database: 'bigquery' })).toThrow();
  });
});

// -- functions documented for each engine ----------------------------------------------------------------------------

const BQ = 'https://cloud.google.com/bigquery/docs/reference/standard-sql';
const DUCK = 'https://duckdb.org/docs/stable/sql';
/** Every function a rendering may call, with the page that documents it in that engine. */
const DOCUMENTED: Record<SqlDialectName, Record<string, string>> = {
  bigquery: {
    CAST: `${BQ}/conversion_functions#cast`,
    TRIM: `${BQ}/string_functions#trim`,
    LOWER: `${BQ}/string_functions#lower`,
    FORMAT: `${BQ}/string_functions#format_string`,
    COALESCE: `${BQ}/conditional_expressions#coalesce`,
    NULLIF: `${BQ}/conditional_expressions#nullif`,
    DATE_DIFF: `${BQ}/date_functions#date_diff`,
    DATE_ADD: `${BQ}/date_functions#date_add`,
    DIV: `${BQ}/mathematical_functions#div`,
    FLOOR: `${BQ}/mathematical_functions#floor`,
    ABS: `${BQ}/mathematical_functions#abs`,
    GREATEST: `${BQ}/mathematical_functions#greatest`,
    SUM: `${BQ}/aggregate_functions#sum`,
    COUNT: `${BQ}/aggregate_functions#count`,
    MIN: `${BQ}/aggregate_functions#min`,
    MAX: `${BQ}/aggregate_functions#max`,
    AVG: `${BQ}/aggregate_functions#avg`,
    RANK: `${BQ}/numbering_functions#rank`,
    DENSE_RANK: `${BQ}/numbering_functions#dense_rank`,
  },
  duckdb: {
    CAST: `${DUCK}/expressions/cast`,
    TRIM: `${DUCK}/functions/text#trimstring`,
    LOWER: `${DUCK}/functions/text#lowerstring`,
    PRINTF: `${DUCK}/functions/text#printfformat-parameters`,
    COALESCE: `${DUCK}/functions/utility#coalesceexpr-`,
    NULLIF: `${DUCK}/functions/utility#nullifa-b`,
    DATE_DIFF: `${DUCK}/functions/date#date_diffpart-startdate-enddate`,
    FLOOR: `${DUCK}/functions/numeric#floorx`,
    ABS: `${DUCK}/functions/numeric#absx`,
    GREATEST: `${DUCK}/functions/numeric#greatestx1-x2-`,
    SUM: `${DUCK}/functions/aggregates#sumarg`,
    COUNT: `${DUCK}/functions/aggregates#countarg`,
    MIN: `${DUCK}/functions/aggregates#minarg`,
    MAX: `${DUCK}/functions/aggregates#maxarg`,
    AVG: `${DUCK}/functions/aggregates#avgarg`,
    RANK: `${DUCK}/functions/window_functions#rank`,
    DENSE_RANK: `${DUCK}/functions/window_functions#dense_rank`,
  },
};

/** Words followed by "(" that are syntax, not functions. */
const KEYWORDS = new Set(['AS', 'IN', 'OVER', 'AND', 'OR', 'NOT', 'WHEN', 'THEN', 'ELSE', 'FROM', 'SELECT', 'WITH', 'BY', 'INTERVAL']);

/** The functions a query calls: words before "(" outside comments, strings and quoted names. */
function functionsCalled(sql: string): Set<string> {
  const code = sql
    .replace(/--[^\n]*/g, '')
    .replace(/'(?:[^'\\]|\\.|'')*'/g, "''")
    .replace(/`[^`]*`/g, 'x')
    .replace(/"(?:[^"]|"")*"/g, 'x');
  const out = new Set<string>();
  for (const match of code.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)) {
    const word = match[1].toUpperCase();
    if (!KEYWORDS.has(word)) out.add(word);
  }
  return out;
}

describe.each(['bigquery', 'duckdb'] as const)('%s: only documented functions', (dialect) => {
  it.each(CASES)('$name', ({ input }) => {
    const called = functionsCalled(generateSegmentsSql({ ...input, dialect }).ok ? sqlOf(input, DIALECTS[dialect]) : '');
    expect([...called].filter((f) => !(f in DOCUMENTED[dialect]))).toEqual([]);
    expect(called.size).toBeGreaterThan(8);
  });
});

describe('names and values are quoted for each engine', () => {
  it('odd column names and a quote in a label', () => {
    const input: SqlExportInput = {
      ...CUSTOMERS,
      columns: { customer: 'Kunde "A"', revenue: 'Total `spent`', orders: "O'rders", last_purchase: 'Last' },
      settings: { rfmPreset: 'grid11' },
    };
    const bigquery = sqlOf(input, DIALECTS.bigquery);
    expect(bigquery).toContain('`Total \\`spent\\``');
    expect(bigquery).toContain("'Can\\'t Lose Them'");
    const duckdb = sqlOf(input, DIALECTS.duckdb);
    expect(duckdb).toContain('"Kunde ""A"""');
    expect(duckdb).toContain("'Can''t Lose Them'");
    // node-sql-parser's grammar knows no escape inside a quoted name (BigQuery allows \`): parsed without that one.
    const parsable = sqlOf({ ...input, columns: { ...input.columns, revenue: 'Total spent' } }, DIALECTS.bigquery);
    expect(() => new Parser().astify(parsable, { database: 'bigquery' })).not.toThrow();
    expect(() => new Parser().astify(bigquery, { database: 'bigquery' })).toThrow();
  });
});
