// SQL export: the segments as one query for a warehouse (BigQuery) or DuckDB. Pure TypeScript, no dependencies: the
// sidebar page bundles it, and so does the `npm run sql` command.
export { DIALECT_HOOKS, DIALECTS, SQL_DIALECTS, type Dialect, type SqlDialectName } from './dialect';
export {
  generateSegmentsSql,
  renderSegmentsSql,
  type CustomerTableInput,
  type OrderLogInput,
  type SqlColumn,
  type SqlExport,
  type SqlExportError,
  type SqlExportInput,
  type SqlGap,
  type SqlType,
} from './generate';
export { tableNameProblem, type TableNameProblem } from './table';
