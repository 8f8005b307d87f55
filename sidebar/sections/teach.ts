// 4. Teach intent: the notes the reader could not read, most frequent first, each with one choice to set what it
// means; the notes it did read, to check; and the taught phrases, each with Undo. Notes are the user's text: shown as
// text nodes (dom.ts), never markup.
import type { TaughtIntent } from '../../src/engine/taught';
import { TAUGHT_INTENTS } from '../../src/engine/taught';
import type { NoteLine, TeachingList } from '../../src/shared/contract';
import { DEFAULT_LOCALE } from '../../src/i18n/format';
import { h, option, replaceChildren } from '../dom';
import { CATALOGUES, fill, formatCount, type UiText } from '../i18n';
import type { SidebarState } from '../state';
import { section, type Handlers, type Part } from './part';

type Tab = 'unread' | 'read';

export function teachPart(t: UiText, handlers: Handlers): Part {
  const intro = h('p', { class: 'hint' }, t.teachIntro);
  const tabs = h('div', { class: 'tabs', attrs: { role: 'tablist' } });
  const list = h('div', { class: 'teach-list', testid: 'teach-list' });
  const more = h('p', { class: 'hint', testid: 'teach-more' });
  const matches = h('p', { class: 'hint' }, t.teachMatches);
  const taughtTitle = h('h3', { class: 'preview-title' }, t.taughtHeading);
  const decided = h('p', { class: 'hint', testid: 'taught-decided' });
  const taughtList = h('div', { class: 'teach-list', testid: 'taught-list' });
  const element = section(t.teachHeading, 'section-teach', intro, tabs, list, more, matches, taughtTitle, decided, taughtList);
  let tab: Tab = 'unread';
  let drawn: { teaching: TeachingList | null; tab: Tab; language: string } | null = null;

  function draw(state: SidebarState, teaching: TeachingList): void {
    const locale = state.analysis?.locale ?? DEFAULT_LOCALE[state.language];
    const words = CATALOGUES[state.language];
    const tabButton = (which: Tab, label: string, total: number) =>
      h(
        'button',
        {
          class: which === tab ? 'tab selected' : 'tab',
          testid: `teach-tab-${which}`,
          attrs: { type: 'button', role: 'tab', 'aria-selected': String(which === tab) },
          on: {
            click: () => {
              tab = which;
              draw(state, teaching);
            },
          },
        },
        `${label} (${formatCount(total, locale)})`,
      );
    replaceChildren(tabs, tabButton('unread', t.teachUnread, teaching.unreadTotal), tabButton('read', t.teachRead, teaching.readTotal));
    const lines = tab === 'unread' ? teaching.unread : teaching.read;
    const total = tab === 'unread' ? teaching.unreadTotal : teaching.readTotal;
    const noteRow = (line: NoteLine) => {
      const choice = h('select', { class: 'teach-choice', testid: 'teach-choice', attrs: { 'aria-label': `${t.teachSet} ${line.text}` } });
      choice.append(option('', t.teachSet), ...TAUGHT_INTENTS.map((intent) => option(intent, words.labels[intent])));
      choice.addEventListener('change', () => {
        if (choice.value) handlers.teach(line.text, choice.value as TaughtIntent);
      });
      return h(
        'div',
        { class: 'teach-line', testid: 'teach-line', attrs: { 'data-via': line.via } },
        h('span', { class: 'teach-note', testid: 'teach-note', attrs: { title: line.text } }, line.text),
        h('span', { class: 'num' }, fill(t.teachRows, { n: formatCount(line.rows, locale) })),
        tab === 'read' ? h('span', { class: 'teach-now' }, words.labels[line.intent]) : null,
        choice,
      );
    };
    replaceChildren(list, ...(lines.length ? lines.map(noteRow) : [h('p', { class: 'hint' }, tab === 'unread' ? t.teachNone : '')]));
    more.textContent = total > lines.length ? fill(t.teachMore, { n: formatCount(total - lines.length, locale) }) : '';
    more.hidden = more.textContent === '';
    const hasTaught = teaching.taught.length > 0;
    taughtTitle.hidden = !hasTaught;
    decided.hidden = !hasTaught;
    decided.textContent = fill(t.taughtDecided, { n: formatCount(teaching.taughtRows, locale) });
    replaceChildren(
      taughtList,
      ...teaching.taught.map((line) =>
        h(
          'div',
          { class: 'teach-line', testid: 'taught-line' },
          h('span', { class: 'teach-note', attrs: { title: line.text } }, line.text),
          h('span', { class: 'teach-now' }, words.labels[line.intent]),
          h('span', { class: 'num' }, fill(t.teachRows, { n: formatCount(line.rows, locale) })),
          h(
            'button',
            {
              class: 'link',
              testid: 'taught-undo',
              attrs: { type: 'button' },
              on: { click: () => handlers.teach(line.text, null) },
            },
            t.taughtUndo,
          ),
        ),
      ),
    );
  }

  return {
    element,
    update(state) {
      const preview = state.preview;
      const teaching = preview.status === 'ready' ? preview.result.teaching : preview.status === 'loading' ? preview.last?.teaching : null;
      element.hidden = !teaching;
      element.classList.toggle('stale', preview.status !== 'ready' || state.teaching);
      if (!teaching || (drawn && drawn.teaching === teaching && drawn.tab === tab && drawn.language === state.language)) return;
      draw(state, teaching);
      drawn = { teaching, tab, language: state.language };
    },
  };
}
