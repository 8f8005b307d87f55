// Export as SQL from the sidebar, on sample sheets: the server's own analysis (dist/Code.js over the Apps Script
// fakes) fills the sidebar's state, the user changes settings as they would in the form, and the query the section
// shows is byte for byte what `npm run sql` writes for the same columns and flags. Run in DuckDB over the sheet as a
// typed table, it gives the engine's labels, reasons and facts for every customer, with the sidebar's settings.
import fs from 'node:fs';
import path from 'node:path';
import { main, type Io } from '../../scripts/sqlCli';
import { segmentValues, type Cell, type Field, type LocaleHints, type LogField } from '../../src/engine';
import { parseSettings } from '../../src/engine/settings';
import { FIELDS, LOG_FIELDS } from '../../src/engine/types';
import { SERVER_CALLS, type AnalyzeResult } from '../../src/shared/contract';
import { generateSegmentsSql } from '../../src/sql';
import { settingsInputOf, type SettingsForm } from '../../sidebar/form';
import { sqlExportInputOf, sqlViewOf } from '../../sidebar/sqlExport';
import { analyzeSucceeded, available, chosen, formChanged, initialState, sqlChanged, type SidebarState } from '../../sidebar/state';
import { csvRows, execution, sheetFromRows } from '../support/sidebarHarness';
import { compareWithEngine, FIELD_KIND, LOG_KIND, loadTable, openDuck, runSql, typed, type SqlRow, type TypedColumn } from './duck';

const AS_OF_TEXT = '2026-11-01';
const AS_OF = Date.UTC(2026, 10, 1) / 86_400_000;

const SAMPLES: { name: string; file: string; hints: LocaleHints; form: Partial<SettingsForm>; flags: string[] }[] = [
  { name: 'defaults', file: 'customers-en.csv', hints: { locale: 'en_US', timeZone: 'UTC' }, form: {}, flags: [] },
  {
    name: '8 RFM classes, count tiers, bottom-20 drain, 200-day lapse',
    file: 'customers-en.csv',
    hints: { locale: 'en_US', timeZone: 'UTC' },
    form: { rfmPreset: 'class8', tierPreset: 'count 20/30/50', profitRule: 'bottom20', lapseDays: '200' },
    flags: ['--preset', 'class8', '--tier-preset', 'count 20/30/50', '--profit-rule', 'bottom20', '--lapse-days', '200'],
  },
  {
    name: 'amount tiers, big by amount',
    file: 'clientes-es.csv',
    hints: { locale: 'es_ES', timeZone: 'UTC' },
    form: { tierPreset: 'custom', tierMethod: 'amount', tierA: '2000', tierB: '500', bigRule: 'amount', bigAmount: '1000' },
    flags: ['--tier-method', 'amount', '--tier-a', '2000', '--tier-b', '500', '--big-rule', 'amount', '--big-amount', '1000'],
  },
  {
    name: 'a 730-day tenure',
    file: 'orders-log.csv',
    hints: { locale: 'en_US', timeZone: 'UTC' },
    form: { tenureDays: '730' },
    flags: ['--tenure-days', '730'],
  },
];

function analyze(file: string, locale: string): AnalyzeResult {
  if (!fs.existsSync(path.join(__dirname, '../../dist/Code.js'))) throw new Error('dist/Code.js is missing: run `npm run build` first.');
  const answer = execution(sheetFromRows(csvRows(file), { locale, sheetName: path.basename(file, '.csv') })).call<AnalyzeResult>(
    SERVER_CALLS.analyze,
  );
  if (!answer.ok) throw new Error(`analyze failed on ${file}`);
  return answer;
}

/** The sidebar after analyze, with the form changed as the user would, and Export as SQL open for DuckDB. */
function sidebarOn(analysis: AnalyzeResult, form: Partial<SettingsForm>, dialect: 'duckdb' | 'bigquery'): SidebarState {
  let state = analyzeSucceeded(initialState('en'), analysis);
  state = formChanged(state, { ...form, asOf: AS_OF_TEXT });
  return sqlChanged(state, { open: true, dialect, table: dialect === 'duckdb' ? 'sample' : 'my-project.sales.sample' });
}

/** What a person types for the same query: a flag per column the sidebar chose (its header), and the settings. */
function cliArguments(state: SidebarState, flags: readonly string[]): string[] {
  const analysis = state.analysis!;
  const args = ['--dialect', state.sql.dialect, '--table', state.sql.table, '--layout', state.table.shape];
  const columns: Partial<Record<Field | LogField, number | null>> =
    state.table.shape === 'orders' ? state.table.logColumns : state.table.columns;
  for (const field of state.table.shape === 'orders' ? LOG_FIELDS : FIELDS) {
    const index = columns[field];
    if (index !== null && index !== undefined) args.push(`--${field.replace(/_/g, '-')}`, analysis.header[index]);
  }
  return [...args, '--classifications', chosen(state).join(','), ...flags];
}

function runCli(argv: string[]): string {
  const out: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: () => undefined, writeFile: () => undefined };
  expect(main(argv, io)).toBe(0);
  return out.join('');
}

describe.each(SAMPLES)('$file, $name', ({ file, hints, form, flags }) => {
  const values = csvRows(file);
  const analysis = analyze(file, hints.locale ?? 'en_US');
  let duck: Awaited<ReturnType<typeof openDuck>>;
  beforeAll(async () => {
    duck = await openDuck();
  });
  afterAll(() => duck.close());

  it.each(['bigquery', 'duckdb'] as const)(
    '%s: the section’s query is what `npm run sql` writes for the same columns and flags',
    (dialect) => {
      const state = sidebarOn(analysis, form, dialect);
      expect(state.validation.ok).toBe(true);
      const view = sqlViewOf(state);
      if (!view.query.ok) throw new Error(`no query: ${JSON.stringify(view.query.block)}`);
      expect(view.query.sql).toBe(runCli(cliArguments(state, flags)));
      const exported = generateSegmentsSql(view.query.input);
      expect(exported.ok && exported.sql).toBe(view.query.sql);
      expect(view.query.parameter).toBe(dialect === 'duckdb' ? '$as_of' : '@as_of');
      expect(view.query.asOf).toBe(AS_OF_TEXT);
    },
  );

  it('run in DuckDB over the sheet, it gives the engine’s answers for every customer', async () => {
    const state = sidebarOn(analysis, form, 'duckdb');
    const view = sqlViewOf(state);
    if (!view.query.ok) throw new Error(`no query: ${JSON.stringify(view.query.block)}`);
    const input = sqlExportInputOf(state);
    if ('code' in input) throw new Error(input.code);

    // The engine on the same cells, with the sidebar's columns and settings.
    const parsed = parseSettings(settingsInputOf(state.form, available(state)));
    if (!parsed.ok) throw new Error('bad settings');
    const orderLog = state.table.shape === 'orders';
    const pick = <F extends string>(choice: Record<F, number | null>) =>
      Object.fromEntries(Object.entries(choice).filter(([, c]) => c !== null)) as Partial<Record<F, number>>;
    const result = segmentValues(values, {
      settings: parsed.settings,
      asOf: AS_OF,
      hints,
      ...(orderLog ? { orderLog: pick(state.table.logColumns) } : { columns: pick(state.table.columns) }),
    } as Parameters<typeof segmentValues>[1]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.shape).toBe(state.table.shape);

    // The sheet as a warehouse holds it: each chosen column by its header, typed by the engine's readers.
    const { location } = result;
    const rows = values.slice(location.firstDataRow, location.lastDataRow + 1);
    const cellsOf = (index: number) => rows.map((r) => r[location.firstCol + index] as Cell);
    const columns: TypedColumn[] = [];
    const mapping = input.columns as Record<string, string>;
    for (const [field, name] of Object.entries(mapping)) {
      const index = analysis.header.indexOf(name);
      const kind = orderLog ? LOG_KIND[field as LogField] : FIELD_KIND[field as Field];
      columns.push(typed(name, kind, cellsOf(index), hints, field));
    }
    await loadTable(duck.connection, 'sample', columns);
    const sqlRows = await runSql(duck.connection, view.query.sql, AS_OF);

    const byName = {
      engine: (i: number) => result.classified.table.customer[i].toLowerCase(),
      sql: (r: SqlRow) => String(r.customer).toLowerCase(),
    };
    const { failures, compared } = compareWithEngine(result, sqlRows, byName);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(100);
    expect(sqlRows.length).toBe(Array.from(result.classified.table.blank).filter((b) => !b).length);

    // A control: the query of other settings does not pass for these.
    const other = sqlViewOf(formChanged(state, { lapseDays: '30', tierPreset: '70/90' }));
    if (!other.query.ok) throw new Error('no query');
    const otherRows = await runSql(duck.connection, other.query.sql, AS_OF);
    expect(compareWithEngine(result, otherRows, byName).failures.length).toBeGreaterThan(10);
  });
});
