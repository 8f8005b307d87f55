// 5. Export as SQL: the same segments as one query for a warehouse (BigQuery) or DuckDB, for the columns and settings
// above; the dialect and the table name to read; the query as text to copy or download; and what it leaves out. The
// add-on only writes text: nothing here calls the server. Header names from cells reach the query only through the
// dialect's quoting (src/sql/dialect.ts) and the page only as a text area's value, never as markup.
import type { SqlDialectName, SqlGap, TableNameProblem } from '../../src/sql';
import { h, option, replaceChildren, syncValue } from '../dom';
import { fill, type UiText } from '../i18n';
import { SQL_DIALECT_NAMES, SQL_TABLE_EXAMPLE, sqlViewOf, type SqlBlock, type SqlView } from '../sqlExport';
import type { SidebarState } from '../state';
import { field, type Handlers, type Part } from './part';

export function sqlPart(t: UiText, handlers: Handlers): Part {
  const dialect = h('select', {
    testid: 'sql-dialect',
    attrs: { id: 'sql-dialect' },
    on: { change: () => handlers.sqlChanged({ dialect: dialect.value as SqlDialectName }) },
  });
  for (const [name, label] of Object.entries(SQL_DIALECT_NAMES)) dialect.append(option(name, label));
  const table = h('input', {
    testid: 'sql-table',
    attrs: { id: 'sql-table', type: 'text', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off' },
    on: { input: () => handlers.sqlChanged({ table: table.value }) },
  });
  const tableField = field(t.sqlTable, 'sql-table', table);
  const tableError = tableField.querySelector('.field-error') as HTMLElement;
  const status = h('p', { class: 'hint', testid: 'sql-status', attrs: { role: 'status' } });
  const query = h('textarea', {
    class: 'sql-query',
    testid: 'sql-query',
    attrs: { readonly: '', rows: '12', wrap: 'off', spellcheck: 'false', 'aria-label': t.sqlQuery },
  });
  const parameter = h('p', { class: 'hint', testid: 'sql-parameter' });
  const copy = h('button', { class: 'secondary', testid: 'sql-copy', attrs: { type: 'button' } }, t.sqlCopy);
  const download = h('button', { class: 'secondary', testid: 'sql-download', attrs: { type: 'button' } }, t.sqlDownload);
  const copyStatus = h('p', { class: 'hint', testid: 'sql-copy-status', attrs: { role: 'status' } });
  const ready = h(
    'div',
    { class: 'sql-ready', testid: 'sql-ready' },
    query,
    parameter,
    h('p', { class: 'hint' }, t.sqlColumnsHint),
    h('div', { class: 'buttons sql-buttons' }, copy, download),
    copyStatus,
  );
  const gapsTitle = h('h3', { class: 'subhead' }, t.sqlGapsHeading);
  const gaps = h('ul', { class: 'sql-gaps', testid: 'sql-gaps' });
  const summary = h('summary', { class: 'section-title', testid: 'sql-toggle' }, t.sqlHeading);
  const element = h(
    'details',
    { class: 'section sql', testid: 'section-sql' },
    summary,
    h('p', { class: 'hint' }, t.sqlIntro),
    field(t.sqlDialect, 'sql-dialect', dialect),
    tableField,
    status,
    ready,
    gapsTitle,
    gaps,
  );
  // The DOM follows the state only when the state's `open` changes: a render landing between the user's click and its
  // (asynchronous) toggle event must not shut the section the user just opened.
  let shownOpen = false;
  element.addEventListener('toggle', () => {
    shownOpen = element.open;
    handlers.sqlChanged({ open: element.open });
  });

  let current: { sql: string; fileName: string } | null = null;
  let drawn: { key: readonly unknown[]; view: SqlView } | null = null;

  copy.addEventListener('click', () => {
    if (current) void copyText(current.sql, query).then((ok) => (copyStatus.textContent = ok ? t.sqlCopied : t.sqlCopyFailed));
  });
  download.addEventListener('click', () => {
    if (current) downloadText(current.sql, current.fileName);
  });

  return {
    element,
    update(state) {
      if (state.sql.open !== shownOpen) {
        shownOpen = state.sql.open;
        element.open = shownOpen;
      }
      syncValue(dialect, state.sql.dialect);
      syncValue(table, state.sql.table);
      table.placeholder = SQL_TABLE_EXAMPLE[state.sql.dialect];
      if (!state.sql.open) return;
      // The state is immutable: the same parts mean the same query, so typing elsewhere does not rebuild it.
      const key = [state.analysis, state.table, state.form, state.validation, state.sql, state.language] as const;
      const view = drawn?.key.every((k, i) => k === key[i]) ? drawn.view : sqlViewOf(state);
      if (drawn?.view === view) return;
      drawn = { key, view };

      const problem = view.tableProblem ? tableProblemText(view.tableProblem, state, t) : '';
      tableError.textContent = problem;
      tableError.hidden = problem === '';
      table.classList.toggle('invalid', problem !== '');
      table.setAttribute('aria-invalid', String(problem !== ''));

      const q = view.query;
      status.textContent = q.ok ? '' : blockText(q.block, t);
      status.hidden = q.ok;
      ready.hidden = !q.ok;
      const sql = q.ok ? q.sql : '';
      if (query.value !== sql) {
        query.value = sql;
        copyStatus.textContent = '';
      }
      current = q.ok ? { sql: q.sql, fileName: q.fileName } : null;
      copy.disabled = !q.ok;
      download.disabled = !q.ok;
      parameter.textContent = q.ok ? fill(t.sqlParameter, { param: q.parameter, date: q.asOf }) : '';

      gapsTitle.hidden = view.gaps.length === 0;
      replaceChildren(gaps, ...view.gaps.map((gap) => h('li', { testid: 'sql-gap', attrs: { 'data-code': gap.code } }, gapText(gap, t))));
    },
  };
}

function blockText(block: SqlBlock, t: UiText): string {
  switch (block.code) {
    case 'settings':
      return t.sqlFixSettings;
    case 'none_chosen':
      return t.noneChosen;
    case 'blank_header':
      return fill(t.sqlBlankHeader, { field: t.fields[block.field], column: block.column });
    case 'same_header':
      return fill(t.sqlSameHeader, { name: block.name });
    case 'no_table':
      return t.sqlTableNeeded;
    case 'bad_table':
      return '';
  }
}

function tableProblemText(problem: TableNameProblem, state: SidebarState, t: UiText): string {
  const words = t.sqlTableErrors;
  switch (problem.code) {
    case 'empty':
      return '';
    case 'quoted':
      return words.quoted;
    case 'control':
      return words.control;
    case 'parts':
      return state.sql.dialect === 'bigquery' ? words.partsBigQuery : words.partsDuckDb;
    case 'empty_part':
      return words.emptyPart;
    case 'project':
    case 'dataset':
    case 'table':
      return fill(words[problem.code], { part: problem.part });
  }
}

/** Every gap the generator can name has its words in each language: a new code does not compile until it has. */
function gapText(gap: SqlGap, t: UiText): string {
  const words: Record<SqlGap['code'], string> = t.sqlGaps;
  if (gap.code !== 'not_enough_columns') return words[gap.code];
  const name = gap.classification ? t.classifications[gap.classification] : '';
  const fields = (gap.fields ?? []).map((f) => t.fields[f as keyof UiText['fields']] ?? f).join(', ');
  return fill(words.not_enough_columns, { name, fields });
}

/**
 * The clipboard API where the page may use it; else the text area's selection and the copy command (an iframe
 * without clipboard permission, an older browser). False when neither worked: the query is left selected.
 */
async function copyText(text: string, area: HTMLTextAreaElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission in this frame): fall back to the selection.
  }
  area.focus();
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** Saves the text as a file: a link to a blob, clicked. `_self`: the page's <base target="_top"> must not apply. */
function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/sql;charset=utf-8' }));
  const link = h('a', { attrs: { href: url, download: fileName, target: '_self' } });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
