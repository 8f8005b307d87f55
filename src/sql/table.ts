// Whether a typed table name can be read by the dialect, and if not why: the sidebar words the answer in the user's
// language. The query quotes the name itself (dialect.ts), so quoting is never the user's job.
//
// BigQuery (cloud.google.com/bigquery/docs: "Creating and managing projects", "Creating datasets", "Creating and using
// tables"): `project.dataset.table` or `dataset.table` (a bare table needs a default dataset, which neither the
// console nor Connected Sheets has). A project ID is 6–30 lowercase letters, digits and hyphens, starting with a
// letter and not ending with a hyphen, optionally behind a domain (`example.com:my-project`); a dataset name is
// letters, digits and underscores (at most 1,024); a table name is at most 1,024 bytes of letters, marks, numbers,
// connectors (`_`), dashes and spaces, and may end with `*` (a wildcard table).
// DuckDB: `table`, `schema.table` or `database.schema.table`; each part is quoted, so any character but a dot.
import type { SqlDialectName } from './dialect';

export type TableNameProblem =
  | { code: 'empty' }
  /** Backticks or double quotes typed around the name or a part of it. */
  | { code: 'quoted' }
  /** A line break, a tab or another control character. */
  | { code: 'control' }
  /** Too few or too many parts between dots for the dialect. */
  | { code: 'parts' }
  /** Two dots in a row, or a dot at either end. */
  | { code: 'empty_part' }
  | { code: 'project'; part: string }
  | { code: 'dataset'; part: string }
  | { code: 'table'; part: string };

const PROJECT = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const DATASET = /^[A-Za-z0-9_]{1,1024}$/;
const TABLE = /^[\p{L}\p{M}\p{N}\p{Pc}\p{Pd}\p{Zs}]+\*?$/u;
const MAX_TABLE_BYTES = 1024;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;

/** Null when the name can be read as the dialect's table; else the first problem found. */
export function tableNameProblem(name: string, dialect: SqlDialectName): TableNameProblem | null {
  const text = name.trim();
  if (text === '') return { code: 'empty' };
  if (/[`"]/.test(text)) return { code: 'quoted' };
  if (CONTROL.test(text)) return { code: 'control' };
  if (dialect === 'duckdb') {
    const parts = text.split('.');
    if (parts.some((p) => p.trim() === '')) return { code: 'empty_part' };
    return parts.length > 3 ? { code: 'parts' } : null;
  }
  // A domain-scoped project ID holds dots of its own: the parts are counted after its colon.
  const colon = text.lastIndexOf(':');
  const domain = colon >= 0 ? text.slice(0, colon + 1) : '';
  const parts = text.slice(colon + 1).split('.');
  if (parts.some((p) => p === '')) return { code: 'empty_part' };
  if (parts.length < 2 || parts.length > 3 || (domain !== '' && parts.length !== 3)) return { code: 'parts' };
  const [table, dataset, project] = [...parts].reverse();
  if (project !== undefined && !PROJECT.test(domain + project)) return { code: 'project', part: domain + project };
  if (!DATASET.test(dataset)) return { code: 'dataset', part: dataset };
  if (!TABLE.test(table) || utf8Bytes(table) > MAX_TABLE_BYTES) return { code: 'table', part: table };
  return null;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
