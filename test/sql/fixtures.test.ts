// Parity on every sample file: the exported query, run in DuckDB over the file loaded as a typed table, gives the
// engine's answer, reason code and reason facts for every customer.
//
// The table is what a warehouse would hold: each mapped column typed by the engine's own column readers (so "$12,500.00"
// is 12500 and "08/04/2024" the 8th of April), a blank or unreadable cell NULL. Rows where the engine finds an
// unreadable cell (text in a money column, 31/31/2024, 12%, #N/A) are left out of the comparison: a typed column cannot
// hold them, and the SQL reads their NULL as a blank. Every other row is compared, those with contradictions included.
// Free-text notes are not read in SQL: the status column is loaded as the add-on's label where the engine read the
// note's words (what a user exporting the add-on's intent would hold), else as the note itself.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import {
  readDateColumn,
  readIntent,
  readMoneyColumn,
  readNumberColumn,
  readTextColumn,
  segmentValues,
  type Cell,
  type Field,
  type LocaleHints,
  type LogField,
  type ProblemCode,
  type SettingsInput,
} from '../../src/engine';
import { parseSettings } from '../../src/engine/settings';
import { EN } from '../../src/i18n/en';
import type { SqlExportInput } from '../../src/sql';
import { differences, expectedRow, loadTable, openDuck, runExport, type TypedColumn } from './duck';

const AS_OF = Date.UTC(2026, 10, 1) / 86_400_000;

const FILES: { file: string; hints: LocaleHints }[] = [
  { file: 'customers-en.csv', hints: { locale: 'en_US', timeZone: 'UTC' } },
  { file: 'clientes-es.csv', hints: { locale: 'es_ES', timeZone: 'UTC' } },
  { file: 'kehu-zh.csv', hints: { locale: 'zh_CN', timeZone: 'UTC' } },
  { file: 'orders-log.csv', hints: { locale: 'en_US', timeZone: 'UTC' } },
  { file: 'messy.csv', hints: { locale: 'en_US', timeZone: 'UTC' } },
];

const SETTINGS: { name: string; settings: SettingsInput }[] = [
  { name: 'defaults', settings: {} },
  { name: 'count 20/50, bottom20, class8', settings: { tierPreset: 'count 20/30/50', profitRule: 'bottom20', rfmPreset: 'class8' } },
  {
    name: 'profit 70/90, big by amount, lapse 200',
    settings: { tierMetric: 'profit', tierPreset: '70/90', bigRule: 'amount', bigAmount: 1000, lapseDays: 200, tenureDays: 400 },
  },
  { name: 'amount tiers', settings: { tierMethod: 'amount', tierA: 2000, tierB: 500 } },
];

/** Problems that come from a cell's text: a typed warehouse column cannot hold such a value. */
const UNREADABLE: ReadonlySet<ProblemCode> = new Set([
  'unparseable_money',
  'percent_not_money',
  'sheet_error',
  'unparseable_date',
  'impossible_date',
  'unparseable_number',
]);

const READER: Record<'date' | 'money' | 'number', (cells: readonly Cell[], hints: LocaleHints) => { values: Float64Array }> = {
  date: readDateColumn,
  money: readMoneyColumn,
  number: readNumberColumn,
};
const FIELD_KIND: Record<Field, 'date' | 'money' | 'number' | 'text'> = {
  customer: 'text',
  first_purchase: 'date',
  last_purchase: 'date',
  orders: 'number',
  revenue: 'money',
  profit: 'money',
  status: 'text',
  lead_score: 'number',
};
const LOG_KIND: Record<LogField, 'date' | 'money' | 'text'> = {
  order_date: 'date',
  customer: 'text',
  amount: 'money',
  profit: 'money',
  status: 'text',
  order_id: 'text',
};

function load(file: string): string[][] {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures', file), 'utf8');
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data.filter((row) => row.length > 1);
}

/** A typed column from the sheet's cells, read by the engine's own reader of that kind. */
function typed(name: string, kind: 'date' | 'money' | 'number' | 'text', cells: Cell[], hints: LocaleHints, field?: string): TypedColumn {
  if (kind === 'text') {
    const texts = readTextColumn(cells);
    // A note the engine read by its words is exported as the add-on's label: what the SQL reads.
    const values =
      field === 'status'
        ? texts.map((t) => {
            const reading = readIntent(t, NaN);
            return reading.via === 'text' ? EN.labels[reading.intent] : t;
          })
        : texts;
    return { name, type: 'text', values: values.map((t) => (t === '' ? null : t)) };
  }
  const read = READER[kind](cells, hints);
  return { name, type: kind === 'date' ? 'date' : 'number', values: Array.from(read.values, (v) => (Number.isNaN(v) ? null : v)) };
}

describe.each(FILES)('$file', ({ file, hints }) => {
  const values = load(file);
  let duck: Awaited<ReturnType<typeof openDuck>>;
  beforeAll(async () => {
    duck = await openDuck();
  });
  afterAll(() => duck.close());

  it.each(SETTINGS)('the query gives the engine’s answers ($name)', async ({ settings: input }) => {
    const parsed = parseSettings(input);
    if (!parsed.ok) throw new Error('bad settings');
    const result = segmentValues(values, { settings: parsed.settings, asOf: AS_OF, hints });
    if (!result.ok) throw new Error(result.reason);
    const { location, header, classified: c } = result;
    const rows = values.slice(location.firstDataRow, location.lastDataRow + 1);
    const cellsOf = (index: number) => rows.map((r) => r[location.firstCol + index] as Cell);
    const table = c.table;

    let exportInput: SqlExportInput;
    const columns: TypedColumn[] = [];
    if (result.shape === 'customers') {
      const mapping: Partial<Record<Field, string>> = {};
      for (const [field, index] of Object.entries(result.match.columns) as [Field, number][]) {
        mapping[field] = header[index];
        columns.push(typed(header[index], FIELD_KIND[field], cellsOf(index), hints, field));
      }
      columns.push({ name: '_row', type: 'number', values: rows.map((_, i) => i) });
      exportInput = { dialect: 'duckdb', layout: 'customers', table: 'sample', columns: mapping, keep: ['_row'], settings: input };
    } else {
      const log = result.match.orderLog!;
      const mapping: Partial<Record<LogField, string>> = {};
      for (const [field, index] of Object.entries(log) as [LogField, number][]) {
        mapping[field] = header[index];
        columns.push(typed(header[index], LOG_KIND[field], cellsOf(index), hints, field));
      }
      exportInput = {
        dialect: 'duckdb',
        layout: 'orders',
        table: 'sample',
        columns: mapping as Extract<SqlExportInput, { layout: 'orders' }>['columns'],
        settings: input,
      };
    }
    await loadTable(duck.connection, 'sample', columns);
    const sqlRows = await runExport(duck.connection, exportInput, AS_OF);

    // Which engine rows are compared, and the query's row for each.
    const unreadable = new Set(table.problems.filter((p) => UNREADABLE.has(p.code)).map((p) => p.row));
    const byKey = new Map(
      sqlRows.map((r) => [result.shape === 'customers' ? String(r._row) : String(r.customer).toLowerCase(), r] as const),
    );
    let compared = 0;
    const failures: string[] = [];
    for (let i = 0; i < table.n; i++) {
      if (table.blank[i]) continue;
      const key = result.shape === 'customers' ? String(i) : table.customer[i].toLowerCase();
      const sqlRow = byKey.get(key);
      if (!sqlRow) {
        failures.push(`row ${table.rowNumbers[i]}: not in the query's answer`);
        continue;
      }
      if (unreadable.has(table.rowNumbers[i])) continue;
      const diff = differences(expectedRow(c, i, c.computed), sqlRow);
      if (diff.length) failures.push(`row ${table.rowNumbers[i]} (${table.customer[i]}): ${diff.join('; ')}`);
      compared++;
    }
    expect(failures.slice(0, 10)).toEqual([]);
    const expectedRows = Array.from(table.blank).filter((b) => !b).length;
    expect(sqlRows.length).toBe(expectedRows);
    expect(compared).toBeGreaterThan(file === 'messy.csv' ? 10 : 100);
  });
});
