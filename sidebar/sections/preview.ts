// 3. Preview: per classification, each group's colour, customers and share of revenue, the main grouping first.
import type { ClassificationId as Classification } from '../../src/engine/classifications/needs';
import type { Language } from '../../src/engine/types';
import type { PreviewClassification, PreviewResult } from '../../src/shared/contract';
import { h, replaceChildren } from '../dom';
import { fill, formatCount, formatShare, type UiText } from '../i18n';
import { chosen, mainGrouping } from '../state';
import { section, type Part } from './part';

export function previewPart(t: UiText): Part {
  const body = h('div', { class: 'preview-body', testid: 'preview' });
  const note = h('p', { class: 'hint', testid: 'preview-status', attrs: { role: 'status' } });
  const element = section(t.previewHeading, 'section-preview', note, body);
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

      const main = mainGrouping(state);
      if (result && (drawn.result !== result || drawn.main !== main)) {
        const ordered = orderForPreview(result.classifications, main);
        const [first, ...rest] = ordered;
        const others = h(
          'details',
          { class: 'others', testid: 'preview-others' },
          h('summary', {}, t.previewOthers),
          ...rest.map((c) => classificationBlock(c, t, state.language)),
        );
        others.open = othersOpen;
        others.addEventListener('toggle', () => (othersOpen = others.open));
        replaceChildren(body, first ? classificationBlock(first, t, state.language, true) : null, rest.length ? others : null);
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

function classificationBlock(c: PreviewClassification, t: UiText, language: Language, isMain = false): HTMLElement {
  const meta = [
    c.problems > 0 ? fill(t.previewProblems, { n: formatCount(c.problems, language) }) : '',
    c.notApplicable > 0 ? fill(t.previewNotApplicable, { n: formatCount(c.notApplicable, language) }) : '',
  ].filter(Boolean);
  return h(
    'div',
    {
      class: isMain ? 'preview-block main' : 'preview-block',
      testid: 'preview-classification',
      attrs: { 'data-classification': c.classification },
    },
    h('h3', { class: 'preview-title' }, c.title),
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
      const share = formatShare(g.share, language);
      return h(
        'div',
        { class: g.customers === 0 ? 'group empty' : 'group', testid: 'preview-group', attrs: { 'data-group': g.group } },
        swatch,
        h('span', { class: 'label', testid: 'preview-label' }, g.label),
        h('span', { class: 'num', testid: 'preview-customers' }, formatCount(g.customers, language)),
        h('span', { class: 'bar', attrs: { role: 'img', 'aria-label': share } }, fillBar),
        h('span', { class: 'pct', testid: 'preview-share' }, share),
      );
    }),
    meta.length ? h('p', { class: 'hint' }, meta.join(' · ')) : null,
  );
}
