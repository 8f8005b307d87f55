// 5. The run history: how many runs it holds, and any two of them compared, each grouping's from → to counts with
// new and gone, the groups on their palette colours.
import type { CompareResult } from '../../src/shared/contract';
import type { GroupKey } from '../../src/engine/groups';
import { h, option, replaceChildren } from '../dom';
import { CATALOGUES, fill, type UiText } from '../i18n';
import type { SidebarState } from '../state';
import { section, type Handlers, type Part } from './part';

export function historyPart(t: UiText, handlers: Handlers, runs: readonly string[]): Part {
  const from = h('select', { testid: 'history-from', attrs: { id: 'history-from' } });
  const to = h('select', { testid: 'history-to', attrs: { id: 'history-to' } });
  for (const date of runs) {
    from.appendChild(option(date, date));
    to.appendChild(option(date, date));
  }
  to.value = runs[runs.length - 1] ?? '';
  if (runs.length >= 2) from.value = runs[runs.length - 2];
  const result = h('div', { class: 'history-result', testid: 'history-result' });
  const status = h('p', { class: 'hint', testid: 'history-status', attrs: { role: 'status' } });
  let language: SidebarState['language'] = 'en';
  const compare = h(
    'button',
    {
      class: 'secondary',
      testid: 'history-compare',
      attrs: { type: 'button' },
      on: {
        click: () => {
          compare.disabled = true;
          void handlers.compare(from.value, to.value).then((answer) => {
            compare.disabled = false;
            status.textContent = answer.ok ? '' : answer.message;
            status.hidden = answer.ok;
            replaceChildren(result, ...(answer.ok ? tables(answer, language) : []));
          });
        },
      },
    },
    t.history.compare,
  );
  const count = h('p', { class: 'hint', testid: 'history-runs' }, fill(t.history.runs, { n: runs.length }));
  const controls =
    runs.length >= 2
      ? h(
          'div',
          { class: 'history-controls' },
          h('label', { attrs: { for: 'history-from' } }, t.history.from),
          from,
          h('label', { attrs: { for: 'history-to' } }, t.history.to),
          to,
          compare,
        )
      : null;
  const element = section(t.history.heading, 'section-history', count, controls, status, result);
  return {
    element,
    update(state) {
      language = state.language;
      element.hidden = runs.length === 0;
    },
  };
}

/** One small table per grouping: rows where customers were, columns where they are, then gone; a new row below. */
function tables(answer: CompareResult, language: SidebarState['language']): HTMLElement[] {
  const c = CATALOGUES[language];
  const name = (key: string) => (key === '⚠' || key === '—' ? key : c.labels[key as GroupKey]);
  const chip = (key: string) => h('th', {}, name(key));
  return answer.classifications.map((m) => {
    const head = h(
      'tr',
      {},
      h('th', {}, c.history.fromTo),
      ...m.to.map((key) => coloured(chip(key), m.colors[key])),
      h('th', {}, c.history.gone),
    );
    const body = m.from.map((key, i) =>
      h(
        'tr',
        {},
        coloured(chip(key), m.colors[key]),
        ...m.cells[i].map((n, j) => h('td', { class: m.from[i] === m.to[j] ? 'same' : n ? 'moved' : '' }, n ? String(n) : '')),
        h('td', {}, m.gone[i] ? String(m.gone[i]) : ''),
      ),
    );
    const added = h('tr', {}, h('th', {}, c.history.added), ...m.added.map((n) => h('td', {}, n ? String(n) : '')), h('td', {}));
    return h(
      'div',
      { class: 'history-table', testid: `history-${m.classification}` },
      h('h3', {}, c.headers[m.classification as 'tier'].group),
      h('table', { class: 'movement' }, h('thead', {}, head), h('tbody', {}, ...body, added)),
    );
  });
}

function coloured(cell: HTMLElement, colour: string | undefined): HTMLElement {
  if (colour) cell.style.background = colour;
  return cell;
}
