// The sidebar page in a DOM with a fake google.script.run, for the page's tests (each runs under
// `@jest-environment jsdom`): finding elements as a person sees them, the server's answers, and a user's input.
import { SERVER_CALLS, type AnalyzeResult, type RunRequest } from '../../src/shared/contract';
import { startSidebar, type Sidebar } from '../../sidebar/app';
import { analyzeAnswer, previewAnswer } from './answers';
import { fakeScriptRun, type FakeScriptRun, type ServerFunction } from './fakeScriptRun';

export const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`) as T;
export const allByTestId = <T extends HTMLElement = HTMLElement>(id: string) => [...document.querySelectorAll<T>(`[data-testid="${id}"]`)];
/** Shown: the element exists and neither it nor a parent is hidden. */
export const visible = (el: HTMLElement | null) => {
  for (let e = el; e; e = e.parentElement) if (e.hidden) return false;
  return el !== null;
};

/** The server's calls answered from test/sidebar/answers.ts; `more` replaces or adds calls. */
export function server(analysis: Partial<AnalyzeResult> = {}, more: Record<string, ServerFunction> = {}) {
  return fakeScriptRun({
    [SERVER_CALLS.analyze]: () => analyzeAnswer(analysis),
    [SERVER_CALLS.preview]: (request: RunRequest) => previewAnswer(request),
    [SERVER_CALLS.apply]: () => ({
      ok: true,
      firstOutputColumn: 10,
      outputColumns: 15,
      rows: 500,
      summarySheet: 'Segments',
      insertedColumns: false,
      message: 'Classified 500 customers; see the Segments sheet.',
    }),
    [SERVER_CALLS.clear]: () => ({ ok: true, message: 'Removed the classification.' }),
    [SERVER_CALLS.selectCell]: () => undefined,
    ...more,
  });
}

/** The page started afresh in an empty body, with short delays so tests do not wait. */
export function start(fake: FakeScriptRun, browserLanguage = 'en-US'): Sidebar {
  document.body.textContent = '';
  const root = document.createElement('main');
  document.body.append(root);
  return startSidebar({ root, getRunner: () => fake.run, browserLanguage, previewDelayMs: 5, stepDelayMs: 5 });
}

/** Typing into a field, as the input event tells the page. */
export function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Choosing in a dropdown. */
export function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
