// The line at the top: loading, or why the sheet could not be read, with a way to try again.
import { h } from '../dom';
import type { UiText } from '../i18n';
import type { Handlers, Part } from './part';

export function statusPart(t: UiText, handlers: Handlers): Part {
  const loading = h('div', { class: 'loading', testid: 'loading', attrs: { role: 'status' } }, h('span', { class: 'spinner' }));
  const loadingText = h('span');
  loading.append(loadingText);
  const errorText = h('div', { testid: 'load-error' });
  const retry = h(
    'button',
    { class: 'link', testid: 'retry', attrs: { type: 'button' }, on: { click: () => handlers.refresh() } },
    t.retry,
  );
  const error = h('div', { class: 'notice error', attrs: { role: 'alert' } }, errorText, retry);
  const element = h('div', { class: 'status' }, loading, error);
  return {
    element,
    update(state) {
      loading.hidden = !state.analyzing;
      loadingText.textContent = state.analysis ? t.refreshing : t.loading;
      error.hidden = state.loadError === null;
      errorText.textContent = state.loadError ?? '';
      retry.disabled = state.analyzing || state.busy !== null;
    },
  };
}
