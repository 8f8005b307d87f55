// `npm run sql -- --dialect bigquery --table project.dataset.orders …`: the segments query for people working outside
// Sheets. Writes the query (stdout or --out) and says on stderr what it leaves out. Defaults are the add-on's.
import fs from 'node:fs';
import { CLASSIFICATION_IDS, type ClassificationId } from '../src/engine/classifications/needs';
import { TIER_PRESETS, type SettingsInput, type TierPreset } from '../src/engine/settings';
import { FIELDS, LOG_FIELDS, type Field, type LogField } from '../src/engine/types';
import { settingErrorText } from '../src/i18n/text';
import { generateSegmentsSql, SQL_DIALECTS, type SqlDialectName, type SqlExportError, type SqlExportInput } from '../src/sql';

export const USAGE = `npm run sql -- --table NAME [options]

Writes one SQL query: a row per customer with the add-on's segments, for BigQuery (default) or DuckDB.
The query takes one parameter, @as_of (BigQuery) or $as_of (DuckDB): the analysis date, a DATE.

  --table NAME            the table or view, e.g. project.dataset.orders (required)
  --dialect NAME          bigquery | duckdb (default bigquery)
  --layout NAME           customers: one row per customer (default) | orders: an order log
  --out FILE              write the query to FILE instead of standard output

Columns (the name of the column that holds each field; with none given, the fields' own names are used):
  customers: --customer --first-purchase --last-purchase --orders --revenue --profit --status --lead-score
  orders:    --order-date --customer --amount --order-id --profit --status
  --keep A,B              customer table: columns passed through unchanged (an id, a region)

Settings (the add-on's defaults when left out):
  --classifications LIST  tier,profit,quadrant,lifecycle,intent,rfm,nextContact (default: all the columns allow)
  --preset NAME           RFM preset: grid11 (the 11 segments, default) | class8 (the 8 classes)
  --tier-preset NAME      80/95 (default) | 70/90 | "count 20/30/50"
  --tier-metric NAME      revenue (default) | profit
  --tier-method NAME      share | count | amount
  --tier-a X, --tier-b X  thresholds: fractions for share and count (0.8 or 80%), amounts for amount
  --profit-rule NAME      loss (default) | bottom20
  --tenure-days N         old customer from this many days (default 365)
  --big-rule NAME         tierA (default) | amount;   --big-amount X   revenue that makes a customer big
  --lapse-days N          lapsed after this many days without a purchase (default 365)
  --help                  this text
`;

const CUSTOMER_FLAGS: Record<string, Field> = Object.fromEntries(FIELDS.map((f) => [f.replace(/_/g, '-'), f]));
const LOG_FLAGS: Record<string, LogField> = Object.fromEntries(LOG_FIELDS.map((f) => [f.replace(/_/g, '-'), f]));
const SETTING_FLAGS = [
  'classifications',
  'preset',
  'tier-preset',
  'tier-metric',
  'tier-method',
  'tier-a',
  'tier-b',
  'profit-rule',
  'tenure-days',
  'big-rule',
  'big-amount',
  'lapse-days',
] as const;
const OTHER_FLAGS = ['table', 'dialect', 'layout', 'out', 'keep'] as const;

export interface CliOptions {
  input: SqlExportInput;
  out?: string;
}

export class CliError extends Error {}

/** "80%" is 0.8; "0.8" and "1000" are themselves. */
function numberOf(flag: string, text: string): number {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const value = Number(percent ? trimmed.slice(0, -1) : trimmed);
  if (trimmed === '' || !Number.isFinite(value)) throw new CliError(`--${flag}: "${text}" is not a number.`);
  return percent ? value / 100 : value;
}

export function parseArguments(argv: readonly string[]): CliOptions | 'help' {
  const values = new Map<string, string>();
  const known = new Set<string>([...Object.keys(CUSTOMER_FLAGS), ...Object.keys(LOG_FLAGS), ...SETTING_FLAGS, ...OTHER_FLAGS]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) throw new CliError(`"${arg}" is not an option (options start with --). See --help.`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!known.has(name)) throw new CliError(`--${name} is not an option. See --help.`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new CliError(`--${name} needs a value.`);
    values.set(name, value);
  }
  const table = values.get('table');
  if (!table?.trim()) throw new CliError('--table is required: the table or view to read, e.g. project.dataset.orders.');
  const dialect = (values.get('dialect') ?? 'bigquery') as SqlDialectName;
  if (!SQL_DIALECTS.includes(dialect)) throw new CliError(`--dialect: one of ${SQL_DIALECTS.join(', ')}.`);
  const layout = values.get('layout') ?? 'customers';
  if (layout !== 'customers' && layout !== 'orders') throw new CliError('--layout: customers or orders.');

  const settings: SettingsInput & Record<string, unknown> = {};
  const text = (flag: string, key: string) => {
    if (values.has(flag)) settings[key] = values.get(flag);
  };
  const number = (flag: string, key: string) => {
    if (values.has(flag)) settings[key] = numberOf(flag, values.get(flag)!);
  };
  if (values.has('classifications')) {
    const list = values
      .get('classifications')!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = list.filter((id) => !CLASSIFICATION_IDS.includes(id as ClassificationId));
    if (unknown.length)
      throw new CliError(`--classifications: ${unknown.join(', ')} unknown; choose from ${CLASSIFICATION_IDS.join(', ')}.`);
    settings.classifications = list as ClassificationId[];
  }
  text('preset', 'rfmPreset');
  if (values.has('tier-preset')) {
    const preset = values.get('tier-preset')!;
    if (!(preset in TIER_PRESETS)) throw new CliError(`--tier-preset: one of ${Object.keys(TIER_PRESETS).join(' | ')}.`);
    settings.tierPreset = preset as TierPreset;
  }
  text('tier-metric', 'tierMetric');
  text('tier-method', 'tierMethod');
  number('tier-a', 'tierA');
  number('tier-b', 'tierB');
  text('profit-rule', 'profitRule');
  number('tenure-days', 'tenureDays');
  text('big-rule', 'bigRule');
  number('big-amount', 'bigAmount');
  number('lapse-days', 'lapseDays');

  if (layout === 'customers') {
    const named = Object.entries(CUSTOMER_FLAGS).filter(([flag]) => values.has(flag));
    const columns: Partial<Record<Field, string>> = {};
    if (named.length === 0) for (const f of FIELDS) columns[f] = f;
    for (const [flag, field] of named) columns[field] = values.get(flag);
    for (const flag of ['order-date', 'amount', 'order-id']) {
      if (values.has(flag)) throw new CliError(`--${flag} is a column of an order log: add --layout orders.`);
    }
    const keep = values.has('keep')
      ? values
          .get('keep')!
          .split(',')
          .map((k) => k.trim())
      : undefined;
    return { input: { dialect, table, layout, columns, ...(keep ? { keep } : {}), settings }, out: values.get('out') };
  }
  const named = Object.entries(LOG_FLAGS).filter(([flag]) => values.has(flag));
  const columns: Partial<Record<LogField, string>> = {};
  if (named.length === 0) for (const f of ['order_date', 'customer', 'amount'] as const) columns[f] = f;
  for (const [flag, field] of named) columns[field] = values.get(flag);
  for (const flag of ['first-purchase', 'last-purchase', 'orders', 'revenue', 'lead-score', 'keep']) {
    if (values.has(flag)) throw new CliError(`--${flag} is for a customer table, not an order log (--layout orders).`);
  }
  return {
    input: { dialect, table, layout, columns: columns as Extract<SqlExportInput, { layout: 'orders' }>['columns'], settings },
    out: values.get('out'),
  };
}

function errorText(error: SqlExportError): string[] {
  switch (error.kind) {
    case 'settings':
      return error.errors.map((e) => settingErrorText(e, 'en'));
    case 'missing_column':
      return [`An order log needs a column for ${error.field.replace(/_/g, ' ')} (--${error.field.replace(/_/g, '-')}).`];
    case 'no_table':
      return ['--table is required.'];
    case 'nothing_to_compute':
      return ['None of the chosen classifications can be computed from the columns given.'];
  }
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  writeFile: (file: string, text: string) => void;
}

const NODE_IO: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: (file, text) => fs.writeFileSync(file, text),
};

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], io: Io = NODE_IO): number {
  let options: CliOptions | 'help';
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`npm run sql: ${error.message}\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const result = generateSegmentsSql(options.input);
  if (!result.ok) {
    for (const line of result.errors.flatMap(errorText)) io.stderr(`npm run sql: ${line}\n`);
    return 1;
  }
  if (options.out) io.writeFile(options.out, result.sql);
  else io.stdout(result.sql);
  io.stderr(`-- ${result.classifications.length} classifications, ${result.columns.length} columns; not in the query:\n`);
  for (const gap of result.gaps) io.stderr(`--   ${gap.text}\n`);
  return 0;
}
