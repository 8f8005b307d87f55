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
import { segmentValues, type Cell, type Field, type LocaleHints, type LogField, type SettingsInput } from '../../src/engine';
import { parseSettings } from '../../src/engine/settings';
import type { SqlExportInput } from '../../src/sql';
import { compareWithEngine, FIELD_KIND, LOG_KIND, loadTable, openDuck, runExport, typed, type TypedColumn } from './duck';

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

function load(file: string): string[][] {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures', file), 'utf8');
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data.filter((row) => row.length > 1);
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

    const { failures, compared } = compareWithEngine(
      result,
      sqlRows,
      result.shape === 'customers'
        ? { engine: (i) => String(i), sql: (r) => String(r._row) }
        : { engine: (i) => c.table.customer[i].toLowerCase(), sql: (r) => String(r.customer).toLowerCase() },
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(sqlRows.length).toBe(Array.from(c.table.blank).filter((b) => !b).length);
    expect(compared).toBeGreaterThan(file === 'messy.csv' ? 10 : 100);
  });
});
