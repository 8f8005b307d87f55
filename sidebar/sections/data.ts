// 1. Data: what analyze found, the column for each field, and the problems (click one to select its cell).
import { FIELDS, type Field } from '../../src/engine/types';
import type { AnalyzeResult } from '../../src/shared/contract';
import { columnLetter } from '../../src/shared/a1';
import { h, option, syncValue } from '../dom';
import { fill, formatCount, type UiText } from '../i18n';
import { problemText } from '../../src/i18n/text';
import { section, type Handlers, type Part } from './part';

export function dataPart(analysis: AnalyzeResult, t: UiText, handlers: Handlers): Part {
  const fact = (label: string, value: string, testid: string) =>
    h('div', { class: 'fact' }, h('dt', {}, label), h('dd', { testid }, value));
  const facts = h(
    'dl',
    { class: 'facts' },
    fact(t.sheet, analysis.sheetName, 'sheet-name'),
    fact(t.headerRow, String(analysis.headerRow), 'header-row'),
    fact(t.customers, formatCount(analysis.customers, analysis.uiLanguage), 'customer-count'),
    fact(t.shape, analysis.shape === 'orders' ? t.shapeOrders : t.shapeCustomers, 'table-shape'),
  );
  const selects = new Map<Field, HTMLSelectElement>();
  const columnRows = FIELDS.map((field) => {
    const id = `column-${field}`;
    const select = h('select', {
      testid: id,
      attrs: { id },
      on: { change: () => handlers.columnChanged(field, select.value === '' ? null : Number(select.value)) },
    });
    select.append(option('', t.notUsed));
    analysis.header.forEach((text, index) => select.append(option(String(index), headerLabel(text, analysis.firstColumn + index, t))));
    selects.set(field, select);
    return h('div', { class: 'column-row' }, h('label', { attrs: { for: id } }, t.fields[field]), select);
  });
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
    h('div', { class: 'columns' }, ...columnRows),
    problemsBlock(analysis, t, handlers),
  );
  element.querySelector('.section-title')?.append(refresh);
  return {
    element,
    update(state) {
      refresh.disabled = state.analyzing || state.busy !== null;
      for (const [field, select] of selects) {
        const column = state.columns[field];
        syncValue(select, column === null ? '' : String(column));
        select.disabled = state.busy !== null;
      }
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
        h('span', { class: 'count' }, formatCount(c.count, language)),
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
    h('p', { class: 'problem-total', testid: 'problem-total' }, fill(t.problemTotal, { n: formatCount(analysis.problemTotal, language) })),
    counts,
    shown > 0 ? h('p', { class: 'hint' }, t.problemHint) : null,
    rows,
    shown < analysis.problemTotal && shown > 0
      ? h('p', { class: 'hint' }, fill(t.problemsShown, { shown, total: formatCount(analysis.problemTotal, language) }))
      : null,
  );
}
