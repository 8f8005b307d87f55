// The only places where the BigQuery and the DuckDB renderings of the segments query differ. Everything else in the
// query is one text for both (test/sql/dialect.test.ts renders both with every hook marked and checks that the rest
// is identical). Each hook names the documented function it renders in each engine:
//
// | hook         | BigQuery (GoogleSQL)                         | DuckDB                                   |
// |--------------|----------------------------------------------|------------------------------------------|
// | ident        | `First order` (backticks; \`, \\ and control  | "First order" ("" doubled)               |
// |              | characters escaped: a header may hold a line |                                          |
// |              | break)                                       |                                          |
// | table        | `project.dataset.orders` (escaped as ident)  | "project"."dataset"."orders"             |
// | str          | 'Can\'t Lose Them' (backslash escapes)       | 'Can''t Lose Them' (quote doubled)       |
// | param        | @as_of (named query parameter)               | $as_of (named prepared-statement value)  |
// | daysBetween  | DATE_DIFF(later, earlier, DAY)               | date_diff('day', earlier, later)         |
// | addDays      | DATE_ADD(date, INTERVAL n DAY)               | date + CAST(n AS INTEGER): a DATE        |
// | intDiv       | DIV(a, b)                                    | a // b (integer division)                |
// | toFloat      | CAST(x AS FLOAT64)                           | CAST(x AS DOUBLE)                        |
// | toText       | CAST(x AS STRING)                            | CAST(x AS VARCHAR)                       |
// | format       | FORMAT('%d%d%d', …)                          | printf('%d%d%d', …)                      |
//
// Both engines: IEEE-754 doubles for FLOAT64/DOUBLE, so the same operations on the same numbers give the same bits
// as the engine's JavaScript numbers; DATE_DIFF/date_diff of DATEs counts civil days, as the engine's day numbers do.

export type SqlDialectName = 'bigquery' | 'duckdb';

export const SQL_DIALECTS: readonly SqlDialectName[] = ['bigquery', 'duckdb'];

export interface Dialect {
  name: SqlDialectName;
  /** A column of the user's table. */
  ident(name: string): string;
  /** The user's table, `project.dataset.table` or any dotted path. */
  table(path: string): string;
  /** A string literal. */
  str(value: string): string;
  /** A named query parameter. */
  param(name: string): string;
  /** Whole days from `earlier` to `later` (DATEs): later − earlier. */
  daysBetween(later: string, earlier: string): string;
  /** A DATE plus a whole number of days. */
  addDays(date: string, days: string): string;
  /** Integer division of two non-negative integers. */
  intDiv(a: string, b: string): string;
  toFloat(x: string): string;
  toText(x: string): string;
  /** printf-style formatting of integers (%d only). */
  format(template: string, args: readonly string[]): string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a BigQuery name escapes
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * A BigQuery quoted name: backticks, with the escapes of a string literal (GoogleSQL "Lexical structure": quoted
 * identifiers take the same escape sequences), so `\`` ends nothing and a line break stays inside the name.
 */
function bigQueryQuoted(name: string): string {
  const escaped = name
    .replace(/[\\`]/g, (ch) => `\\${ch}`)
    .replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `\`${escaped}\``;
}

const BIGQUERY: Dialect = {
  name: 'bigquery',
  ident: bigQueryQuoted,
  table: bigQueryQuoted,
  str: (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
  param: (name) => `@${name}`,
  daysBetween: (later, earlier) => `DATE_DIFF(${later}, ${earlier}, DAY)`,
  addDays: (date, days) => `DATE_ADD(${date}, INTERVAL ${days} DAY)`,
  intDiv: (a, b) => `DIV(${a}, ${b})`,
  toFloat: (x) => `CAST(${x} AS FLOAT64)`,
  toText: (x) => `CAST(${x} AS STRING)`,
  format: (template, args) => `FORMAT('${template}', ${args.join(', ')})`,
};

const DUCKDB: Dialect = {
  name: 'duckdb',
  ident: (name) => `"${name.replace(/"/g, '""')}"`,
  table: (path) =>
    path
      .split('.')
      .map((part) => `"${part.replace(/"/g, '""')}"`)
      .join('.'),
  str: (value) => `'${value.replace(/'/g, "''")}'`,
  param: (name) => `$${name}`,
  daysBetween: (later, earlier) => `date_diff('day', ${earlier}, ${later})`,
  addDays: (date, days) => `(${date} + CAST(${days} AS INTEGER))`,
  intDiv: (a, b) => `((${a}) // (${b}))`,
  toFloat: (x) => `CAST(${x} AS DOUBLE)`,
  toText: (x) => `CAST(${x} AS VARCHAR)`,
  format: (template, args) => `printf('${template}', ${args.join(', ')})`,
};

export const DIALECTS: Record<SqlDialectName, Dialect> = { bigquery: BIGQUERY, duckdb: DUCKDB };

/** The hooks of a dialect, by name: what a test wraps to see that nothing else differs. */
export const DIALECT_HOOKS = ['ident', 'table', 'str', 'param', 'daysBetween', 'addDays', 'intDiv', 'toFloat', 'toText', 'format'] as const;
