// Export as SQL, as pure functions of the sidebar's state: the generator's input for the columns and settings the
// user chose (src/sql, the same generator as `npm run sql`), or why there is no query yet. Column names are the
// sheet's header texts: they go into the query only through the dialect's quoting (src/sql/dialect.ts).
import { FIELDS, LOG_FIELDS, type Field, type LogField } from '../src/engine/types';
import { columnLetter } from '../src/shared/a1';
import {
  DIALECTS,
  generateSegmentsSql,
  tableNameProblem,
  type SqlDialectName,
  type SqlExportInput,
  type SqlGap,
  type TableNameProblem,
} from '../src/sql';
import { settingsInputOf } from './form';
import { available, chosen, type SidebarState } from './state';

/** Why the section shows no query: the settings, the sheet's headers, or the table name are not there yet. */
export type SqlBlock =
  | { code: 'settings' }
  | { code: 'none_chosen' }
  | { code: 'blank_header'; field: Field | LogField; column: string }
  | { code: 'same_header'; name: string }
  | { code: 'no_table' }
  | { code: 'bad_table' };

export interface SqlView {
  /** Under the table field: why the typed name cannot be read; null when it can or nothing is typed yet. */
  tableProblem: TableNameProblem | null;
  /** The query, or why there is none. */
  query:
    | {
        ok: true;
        input: SqlExportInput;
        sql: string;
        /** The query's parameter as the dialect writes it (@as_of, $as_of), and the date the settings above give it. */
        parameter: string;
        asOf: string;
        fileName: string;
      }
    | { ok: false; block: SqlBlock };
  /** What the query leaves out, as the generator says it (empty while the columns or settings are not usable). */
  gaps: SqlGap[];
}

/** Placeholder table of the gaps, which do not depend on the name, while no usable name is typed. */
const ANY_TABLE = 'table';

/**
 * The generator's input for the state: the chosen shape, each chosen column by its header, the settings of the form
 * (only the classifications the columns allow), the dialect and the typed table. A block when there is none.
 */
export function sqlExportInputOf(state: SidebarState, table = state.sql.table): SqlExportInput | SqlBlock {
  const analysis = state.analysis;
  if (!analysis || !state.validation.ok) return { code: 'settings' };
  const settings = settingsInputOf(state.form, available(state));
  if (chosen(state).length === 0) return { code: 'none_chosen' };
  const shape = state.table.shape;
  const picked: [Field | LogField, number][] =
    shape === 'orders'
      ? LOG_FIELDS.flatMap((f) => (state.table.logColumns[f] === null ? [] : [[f, state.table.logColumns[f] as number] as const]))
      : FIELDS.flatMap((f) => (state.table.columns[f] === null ? [] : [[f, state.table.columns[f] as number] as const]));
  const names: Record<string, string> = {};
  const seen = new Map<string, number>();
  for (const [field, index] of picked) {
    const name = (analysis.header[index] ?? '').trim();
    if (name === '') return { code: 'blank_header', field, column: columnLetter(analysis.firstColumn + index) };
    // Both engines compare column names without regard to case.
    const key = name.toLowerCase();
    if (seen.has(key) && seen.get(key) !== index) return { code: 'same_header', name };
    seen.set(key, index);
    names[field] = name;
  }
  const common = { dialect: state.sql.dialect, table: table.trim(), settings };
  return shape === 'orders'
    ? { ...common, layout: 'orders', columns: names as Extract<SqlExportInput, { layout: 'orders' }>['columns'] }
    : { ...common, layout: 'customers', columns: names };
}

export function sqlViewOf(state: SidebarState): SqlView {
  const typed = state.sql.table.trim();
  const problem = tableNameProblem(typed, state.sql.dialect);
  const tableProblem = problem && problem.code !== 'empty' ? problem : null;
  const input = sqlExportInputOf(state, problem ? ANY_TABLE : typed);
  if ('code' in input) return { tableProblem, query: { ok: false, block: input }, gaps: [] };
  const exported = generateSegmentsSql(input);
  if (!exported.ok) {
    const settings = exported.errors.some((e) => e.kind === 'settings');
    return { tableProblem, query: { ok: false, block: { code: settings ? 'settings' : 'none_chosen' } }, gaps: [] };
  }
  if (problem)
    return {
      tableProblem,
      query: { ok: false, block: { code: problem.code === 'empty' ? 'no_table' : 'bad_table' } },
      gaps: exported.gaps,
    };
  return {
    tableProblem,
    query: {
      ok: true,
      input,
      sql: exported.sql,
      parameter: DIALECTS[input.dialect].param('as_of'),
      asOf: state.form.asOf || (state.analysis?.today ?? ''),
      fileName: `customer-segments-${input.dialect}.sql`,
    },
    gaps: exported.gaps,
  };
}

export const SQL_DIALECT_NAMES: Record<SqlDialectName, string> = { bigquery: 'BigQuery', duckdb: 'DuckDB' };

/** What the table field shows before anything is typed: a name of the dialect's shape. */
export const SQL_TABLE_EXAMPLE: Record<SqlDialectName, string> = { bigquery: 'project.dataset.orders', duckdb: 'main.orders' };
