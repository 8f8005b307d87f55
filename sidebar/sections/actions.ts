// 4. Apply and Clear, kept at the bottom of the sidebar, with progress while a call runs and its result after.
import { h, replaceChildren } from '../dom';
import type { UiText } from '../i18n';
import { canApply, canClear } from '../state';
import type { Handlers, Part } from './part';

export function actionsPart(t: UiText, handlers: Handlers): Part {
  const apply = h(
    'button',
    { class: 'primary', testid: 'apply', attrs: { type: 'button' }, on: { click: () => handlers.apply() } },
    t.apply,
  );
  // Clear asks whether to keep the run history, and keeps it by default: it is the user's data once written.
  const keepBox = h('input', { testid: 'keep-history', attrs: { type: 'checkbox', id: 'keep-history', checked: '' } });
  const keep = h('label', { class: 'keep-history', attrs: { for: 'keep-history' } }, keepBox, ' ', t.history.keep);
  const clear = h(
    'button',
    { class: 'secondary', testid: 'clear', attrs: { type: 'button' }, on: { click: () => handlers.clear(keepBox.checked) } },
    t.clear,
  );
  const stepText = h('span', { testid: 'progress-step' });
  const progress = h(
    'div',
    { class: 'progress', testid: 'progress', attrs: { role: 'status' } },
    h('div', { class: 'progress-track', attrs: { role: 'progressbar', 'aria-busy': 'true' } }, h('div', { class: 'progress-bar' })),
    stepText,
  );
  const invalid = h('p', { class: 'field-error', testid: 'settings-invalid', attrs: { role: 'alert' } });
  const message = h('div', { class: 'notice', testid: 'result-message', attrs: { role: 'status' } });
  const element = h(
    'footer',
    { class: 'actions', testid: 'actions' },
    invalid,
    h('div', { class: 'buttons' }, apply, clear),
    keep,
    progress,
    message,
  );
  const steps = { reading: t.stepReading, classifying: t.stepClassifying, writing: t.stepWriting, clearing: t.stepClearing };
  return {
    element,
    update(state) {
      apply.disabled = !canApply(state);
      clear.disabled = !canClear(state);
      keep.hidden = (state.analysis?.historyRuns?.length ?? 0) === 0;
      progress.hidden = state.busy === null;
      stepText.textContent = state.busy ? steps[state.busy.step] : '';
      const problems = state.analysis && !state.validation.ok ? [t.fixSettings, ...state.validation.general] : [];
      invalid.textContent = problems.join(' ');
      invalid.hidden = problems.length === 0;
      const outcome = state.outcome;
      message.hidden = outcome === null;
      message.className = outcome ? `notice ${outcome.kind}` : 'notice';
      message.setAttribute('data-kind', outcome?.kind ?? '');
      replaceChildren(message, outcome?.message ?? '', ...(outcome?.details ?? []).map((d) => h('div', { class: 'detail' }, d)));
    },
  };
}
