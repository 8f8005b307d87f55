// 3. Preview: per classification, each group's colour, customers and share of revenue, the main grouping first.
import type { ClassificationId as Classification } from '../../src/engine/classifications/needs';
import { DEFAULT_LOCALE } from '../../src/i18n/format';
import type { Language } from '../../src/engine/types';
import type { PreviewClassification, PreviewResult } from '../../src/shared/contract';
import { h, replaceChildren } from '../dom';
import { churnSummaryLines, runNoteText } from '../../src/i18n/text';
import { CATALOGUES, fill, formatCount, formatPercent, type UiText } from '../i18n';
import { chosen, mainGrouping } from '../state';
import { section, type Part } from './part';

export function previewPart(t: UiText): Part {
  const body = h('div', { class: 'preview-body', testid: 'preview' });
  const note = h('p', { class: 'hint', testid: 'preview-status', attrs: { role: 'status' } });
  // An order log's rows that joined no customer, or were left out: said here too, not only under Problems.
  const logNote = h('p', { class: 'hint', testid: 'preview-notes' });
  // The churn model's fit: its parameters and what they mean, in plain words.
  const churnNote = h('div', { class: 'hint churn-model', testid: 'preview-churn' });
  const element = section(t.previewHeading, 'section-preview', note, logNote, churnNote, body);
  let drawn: { result: PreviewResult | null; main: Classification | null } = { result: null, main: null };
  let othersOpen = false;

  return {
    element,
    update(state) {
      const preview = state.preview;
      const result = preview.status === 'ready' ? preview.result : preview.status === 'loading' ? preview.last : null;
      note.textContent =
        preview.status === 'blocked'
          ? chosen(state).length
            ? t.previewInvalid
            : t.noneChosen
          : preview.status === 'failed'
            ? preview.message
            : preview.status === 'loading' || preview.status === 'idle'
              ? t.previewWaiting
              : '';
      note.hidden = note.textContent === '';
      note.classList.toggle('error', preview.status === 'failed');
      body.classList.toggle('stale', preview.status !== 'ready');
      body.hidden = result === null || preview.status === 'blocked' || preview.status === 'failed';

      const locale = state.analysis?.locale ?? DEFAULT_LOCALE[state.language];
      logNote.textContent = result
        ? [
            result.ordersWithoutCustomer > 0
              ? fill(t.previewOrdersWithoutCustomer, { n: formatCount(result.ordersWithoutCustomer, locale) })
              : '',
            result.ordersAfterAsOf > 0 ? fill(t.previewOrdersAfterAsOf, { n: formatCount(result.ordersAfterAsOf, locale) }) : '',
            // What the run did not use: unused RFM scores, the cycle rule skipped (rows after as_of: said just above).
            ...result.notes.filter((n) => n.code !== 'rows_after_as_of').map((n) => runNoteText(n, state.language)),
          ]
            .filter(Boolean)
            .join(' · ')
        : '';
      logNote.hidden = logNote.textContent === '' || body.hidden;
      const churn = result?.churn ?? null;
      replaceChildren(
        churnNote,
        ...(churn
          ? [
              h('strong', {}, CATALOGUES[state.language].churnModel.heading),
              ...churnSummaryLines(churn, state.language, locale).map((line) => h('p', {}, line)),
            ]
          : []),
      );
      churnNote.hidden = churn === null || body.hidden;
      const main = mainGrouping(state);
      // The sidebar speaks the user's language; numbers follow the spreadsheet's locale, as the summary's cells do.
      const place: Place = { language: state.language, locale };
      if (result && (drawn.result !== result || drawn.main !== main)) {
        const ordered = orderForPreview(result.classifications, main);
        const [first, ...rest] = ordered;
        const others = h(
          'details',
          { class: 'others', testid: 'preview-others' },
          h('summary', {}, t.previewOthers),
          ...rest.map((c) => classificationBlock(c, t, place)),
        );
        others.open = othersOpen;
        others.addEventListener('toggle', () => (othersOpen = others.open));
        replaceChildren(body, first ? classificationBlock(first, t, place, true) : null, rest.length ? others : null);
        drawn = { result, main };
      }
    },
  };
}

/** The main grouping first (it colours the rows), then the others in the order the server sent them. */
export function orderForPreview(classifications: readonly PreviewClassification[], main: Classification): PreviewClassification[] {
  const first = classifications.filter((c) => c.classification === main);
  return [...first, ...classifications.filter((c) => c.classification !== main)];
}

interface Place {
  language: Language;
  locale: string;
}

function classificationBlock(c: PreviewClassification, t: UiText, place: Place, isMain = false): HTMLElement {
  const { locale } = place;
  const words = CATALOGUES[place.language];
  const meta = [
    c.problems > 0 ? fill(t.previewProblems, { n: formatCount(c.problems, locale) }) : '',
    c.notApplicable > 0 ? fill(t.previewNotApplicable, { n: formatCount(c.notApplicable, locale) }) : '',
  ].filter(Boolean);
  return h(
    'div',
    {
      class: isMain ? 'preview-block main' : 'preview-block',
      testid: 'preview-classification',
      attrs: { 'data-classification': c.classification },
    },
    h('h3', { class: 'preview-title' }, t.classifications[c.classification]),
    h(
      'div',
      { class: 'group-head' },
      h('span', {}, t.previewGroup),
      h('span', { class: 'num' }, t.previewCustomers),
      h('span', { class: 'num' }, t.previewShare),
    ),
    ...c.groups.map((g) => {
      const swatch = h('span', { class: 'swatch', testid: 'preview-swatch' });
      swatch.style.backgroundColor = g.color;
      const fillBar = h('span', { class: 'bar-fill', testid: 'preview-bar' });
      fillBar.style.width = `${Math.max(0, Math.min(1, g.share)) * 100}%`;
      fillBar.style.backgroundColor = g.color;
      const share = formatPercent(g.share, locale);
      return h(
        'div',
        { class: g.customers === 0 ? 'group empty' : 'group', testid: 'preview-group', attrs: { 'data-group': g.group } },
        swatch,
        h('span', { class: 'label', testid: 'preview-label' }, words.labels[g.group]),
        h('span', { class: 'num', testid: 'preview-customers' }, formatCount(g.customers, locale)),
        h('span', { class: 'bar', attrs: { role: 'img', 'aria-label': share } }, fillBar),
        h('span', { class: 'pct', testid: 'preview-share' }, share),
      );
    }),
    meta.length ? h('p', { class: 'hint' }, meta.join(' · ')) : null,
  );
}
