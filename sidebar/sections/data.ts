// 1. Data: what analyze found, how to read the table (one row per customer, or an order log), the column for each
// field of that shape, and the problems (click one to select its cell).
import { FIELDS, LOG_FIELDS, type ProblemField } from '../../src/engine/types';
import type { AnalyzeResult, TableShape } from '../../src/shared/contract';
import { columnLetter } from '../../src/shared/a1';
import { h, option, syncValue } from '../dom';
import { fill, formatCount, type UiText } from '../i18n';
import { problemText } from '../../src/i18n/text';
import { section, type Handlers, type Part } from './part';

export function dataPart(analysis: AnalyzeResult, t: UiText, handlers: Handlers): Part {
  const locale = analysis.locale;
  const fact = (label: string, value: string, testid: string) =>
    h('div', { class: 'fact' }, h('dt', {}, label), h('dd', { testid }, value));
  const customerCount = h('dd', { testid: 'customer-count' }, formatCount(analysis.customers, locale));
  const orderCount = h('dd', { testid: 'order-count' }, analysis.orderRows === null ? '' : formatCount(analysis.orderRows, locale));
  const ordersFact = h('div', { class: 'fact' }, h('dt', {}, t.orderRows), orderCount);
  const facts = h(
    'dl',
    { class: 'facts' },
    fact(t.sheet, analysis.sheetName, 'sheet-name'),
    fact(t.headerRow, String(analysis.headerRow), 'header-row'),
    h('div', { class: 'fact' }, h('dt', {}, t.customers), customerCount),
    ordersFact,
  );
  const shapeSelect = h('select', {
    testid: 'table-shape',
    attrs: { id: 'table-shape' },
    on: { change: () => handlers.shapeChanged(shapeSelect.value as TableShape) },
  });
  shapeSelect.append(option('customers', t.shapeCustomers), option('orders', t.shapeOrders));
  const shapeRow = h('div', { class: 'column-row' }, h('label', { attrs: { for: 'table-shape' } }, t.shape), shapeSelect);

  const dropdown = <F extends ProblemField>(prefix: string, field: F, changed: (field: F, column: number | null) => void) => {
    const id = `${prefix}-${field}`;
    const select = h('select', {
      testid: id,
      attrs: { id },
      on: { change: () => changed(field, select.value === '' ? null : Number(select.value)) },
    });
    select.append(option('', t.notUsed));
    analysis.header.forEach((text, index) => select.append(option(String(index), headerLabel(text, analysis.firstColumn + index, t))));
    return { field, select, row: h('div', { class: 'column-row' }, h('label', { attrs: { for: id } }, t.fields[field]), select) };
  };
  const customerSelects = FIELDS.map((f) => dropdown('column', f, (field, column) => handlers.columnChanged(field, column)));
  const logSelects = LOG_FIELDS.map((f) => dropdown('log-column', f, (field, column) => handlers.logColumnChanged(field, column)));
  const customerColumns = h('div', { class: 'columns', testid: 'customer-columns' }, ...customerSelects.map((d) => d.row));
  const logColumns = h(
    'div',
    { class: 'columns', testid: 'log-columns' },
    h('p', { class: 'hint' }, t.logHint),
    ...logSelects.map((d) => d.row),
  );
  const refresh = h(
    'button',
    { class: 'link', testid: 'refresh', attrs: { type: 'button' }, on: { click: () => handlers.refresh() } },
    t.refresh,
  );
  const element = section(
    t.dataHeading,
    'section-data',
    facts,
    analysis.hasOutput ? h('p', { class: 'hint', testid: 'has-output' }, t.hasOutput) : null,
    h('h3', { class: 'subhead' }, t.columnsHeading),
    shapeRow,
    customerColumns,
    logColumns,
    problemsBlock(analysis, t, handlers),
  );
  element.querySelector('.section-title')?.append(refresh);
  return {
    element,
    update(state) {
      refresh.disabled = state.analyzing || state.busy !== null;
      const busy = state.busy !== null;
      const { shape } = state.table;
      syncValue(shapeSelect, shape);
      shapeSelect.disabled = busy;
      customerColumns.hidden = shape !== 'customers';
      logColumns.hidden = shape !== 'orders';
      for (const { field, select } of customerSelects) {
        const column = state.table.columns[field];
        syncValue(select, column === null ? '' : String(column));
        select.disabled = busy;
      }
      for (const { field, select } of logSelects) {
        const column = state.table.logColumns[field];
        syncValue(select, column === null ? '' : String(column));
        select.disabled = busy;
      }
      // Counts are customers: the preview's, once it has read the table as now chosen.
      const customers = state.preview.status === 'ready' ? state.preview.result.customers : analysis.customers;
      customerCount.textContent = formatCount(customers, locale);
      const orders = state.preview.status === 'ready' ? state.preview.result.orderRows : analysis.orderRows;
      ordersFact.hidden = orders === null || shape !== 'orders';
      orderCount.textContent = orders === null ? '' : formatCount(orders, locale);
    },
  };
}

/** A header as the dropdown shows it: its text, or the sheet column's letter when the header cell is blank. */
function headerLabel(text: string, sheetColumn: number, t: UiText): string {
  return text.trim() === '' ? fill(t.blankHeader, { letter: columnLetter(sheetColumn) }) : text;
}

function problemsBlock(analysis: AnalyzeResult, t: UiText, handlers: Handlers): HTMLElement {
  const language = analysis.uiLanguage;
  if (analysis.problemTotal === 0) {
    return h(
      'div',
      { class: 'problems', testid: 'problems' },
      h('h3', { class: 'subhead' }, t.problemsHeading),
      h('p', { class: 'hint', testid: 'problem-total' }, t.noProblems),
    );
  }
  const counts = h(
    'ul',
    { class: 'problem-counts', testid: 'problem-counts' },
    ...analysis.problemCounts.map((c) =>
      h(
        'li',
        { testid: 'problem-count', attrs: { 'data-code': c.code, 'data-field': c.field } },
        h('span', { class: 'kind' }, `${t.problemKinds[c.code] ?? c.code} · ${t.fields[c.field] ?? c.field}`),
        h('span', { class: 'count' }, formatCount(c.count, analysis.locale)),
      ),
    ),
  );
  const rows = h(
    'ul',
    { class: 'problem-list', testid: 'problem-list' },
    ...analysis.firstProblems.map((p) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            class: `problem ${p.severity}`,
            testid: 'problem-row',
            attrs: { type: 'button', 'data-row': String(p.row), 'data-column': String(p.column) },
            on: { click: () => handlers.selectCell(p.row, p.column) },
          },
          h('span', { class: 'where' }, `${fill(t.problemRow, { row: p.row })} · ${t.fields[p.field] ?? p.field}`),
          // The user's language, whatever the language of the results (src/i18n).
          h('span', { class: 'reason' }, problemText(p, language)),
        ),
      ),
    ),
  );
  const shown = analysis.firstProblems.length;
  return h(
    'div',
    { class: 'problems', testid: 'problems' },
    h('h3', { class: 'subhead' }, t.problemsHeading),
    h(
      'p',
      { class: 'problem-total', testid: 'problem-total' },
      fill(t.problemTotal, { n: formatCount(analysis.problemTotal, analysis.locale) }),
    ),
    counts,
    shown > 0 ? h('p', { class: 'hint' }, t.problemHint) : null,
    rows,
    shown < analysis.problemTotal && shown > 0
      ? h('p', { class: 'hint' }, fill(t.problemsShown, { shown, total: formatCount(analysis.problemTotal, analysis.locale) }))
      : null,
  );
}
