// The host page: draws the workbook the server holds, hosts the add-on's sidebar in an iframe and answers its
// google.script.run calls (sent by the bridge injected into Sidebar.html) by running them on the server.
// Requests go one at a time, so the views arrive in the order the changes were made.
import type { PreviewText } from '../../../src/i18n/catalogue';
import type { WorkbookView } from '../viewTypes';
import { api } from './api';
import { columnLetter } from '../../../src/shared/a1';
import { fill } from '../fill';
import { Grid } from './grid';

const $ = <T extends HTMLElement>(testid: string) => document.querySelector(`[data-testid="${testid}"]`) as T;

const frame = $<HTMLIFrameElement>('sidebar-frame');
const panel = $('sidebar-panel');
const formulaInput = $<HTMLInputElement>('formula-input');
const toast = $('toast');
let view: WorkbookView | null = null;
let drawnSheet = '';
// The page's words: given with the page, then with every view (the user may change the language).
let text = JSON.parse(document.querySelector('meta[name="preview-text"]')?.getAttribute('content') || '{}') as PreviewText;
// Settings chosen in the top bar and not yet answered: views drawn meanwhile (a call that was running when the user
// chose) must not put the old choice back in the dropdown.
const pendingSettings: { locale?: string; userLocale?: string; today?: string } = {};

let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

function showToast(text: string): void {
  toast.textContent = text;
  toast.hidden = false;
  window.clearTimeout(Number(toast.dataset.timer));
  toast.dataset.timer = String(window.setTimeout(() => (toast.hidden = true), 5000));
}

/** What went wrong, for the toast: a request that never reached the server means the server is gone. */
function failure(error: Error): string {
  return error instanceof TypeError ? text.serverGone : error.message;
}

/** Calls the server and draws the view it answers with; a failure is shown, never thrown. */
function change(work: () => Promise<WorkbookView>, reveal = false): Promise<void> {
  return serially(work).then(
    (next) => draw(next, reveal),
    (error: Error) => showToast(failure(error)),
  );
}

/** The page's own words in the user's language: the {{word}} places the server filled, again after a change. */
function showText(next: WorkbookView): void {
  text = next.text;
  document.documentElement.lang = next.language;
  document.title = text.pageTitle;
  const words = text as unknown as Record<string, string>;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-text]'))) el.textContent = words[el.dataset.text ?? ''];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-text-label]')))
    el.setAttribute('aria-label', words[el.dataset.textLabel ?? '']);
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-text-title]'))) el.title = words[el.dataset.textTitle ?? ''];
}

const grid = new Grid($<HTMLTableElement>('grid'), document.querySelector('.grid-layer') as HTMLElement, $('grid-scroll'), {
  select: (row, col) => {
    syncFormulaBar();
    void change(() => api.select(row, col));
  },
  edit: (row, col, input) => void change(() => api.type(row, col, input)),
});

function draw(next: WorkbookView, reveal: boolean): void {
  const previous = view;
  view = next;
  for (const t of next.toasts) showToast(t.title ? `${t.title}: ${t.message}` : t.message);
  showText(next);
  $('doc-name').textContent = next.name;
  $('time-zone').textContent = fill(text.timeZone, { zone: next.timeZone });
  choose($<HTMLSelectElement>('locale'), pendingSettings.locale ?? next.locale);
  choose($<HTMLSelectElement>('user-locale'), pendingSettings.userLocale ?? next.userLocale);
  $<HTMLInputElement>('today').value = pendingSettings.today ?? next.today;
  $('formula-hint').textContent = next.formulaHint;
  $('formula-hint').title = `${next.formulaHint}\n${text.supported}`;
  drawMenu(next);
  drawTabs(next);
  if (next.sidebar) {
    $('sidebar-title').textContent = next.sidebar.title;
    panel.style.width = `${next.sidebar.width || 300}px`;
  }
  const note = $('grid-note');
  note.hidden = next.sheet.lastRow <= next.sheet.shownRows;
  const count = (n: number) => n.toLocaleString(next.language);
  note.textContent = fill(text.rowsShown, { shown: count(next.sheet.shownRows), total: count(next.sheet.lastRow) });
  // The sidebar asks for previews often: redraw the cells only when they changed, else at most move the selection
  // (so an answer arriving while the user types into a cell leaves the typing alone).
  const sheet = JSON.stringify(next.sheet);
  const moved = JSON.stringify(previous?.selection) !== JSON.stringify(next.selection) || previous?.activeIndex !== next.activeIndex;
  if (sheet !== drawnSheet) {
    drawnSheet = sheet;
    grid.render(next.sheet, next.selection, reveal || moved);
  } else if (moved || reveal) {
    grid.showSelection(next.selection, reveal || moved);
  }
  syncFormulaBar();
}

/** Selects `value`, adding it first when it is not offered (a locale given to `npm start --locale`). */
function choose(select: HTMLSelectElement, value: string): void {
  if (!Array.from(select.options).some((o) => o.value === value)) select.append(new Option(value, value));
  select.value = value;
}

function syncFormulaBar(): void {
  const { row, col } = grid.selected;
  $('name-box').textContent = `${columnLetter(col)}${row}`;
  const cell = grid.selectedCell();
  if (document.activeElement !== formulaInput) formulaInput.value = cell?.f ?? cell?.t ?? '';
  formulaInput.title = cell?.e ?? '';
}

function drawTabs(next: WorkbookView): void {
  const tabs = next.sheets.map((sheet, index) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = index === next.activeIndex ? 'tab active' : 'tab';
    tab.textContent = sheet.name;
    tab.hidden = sheet.hidden;
    tab.setAttribute('data-testid', 'sheet-tab');
    tab.setAttribute('data-name', sheet.name);
    if (sheet.tabColor) tab.style.borderBottomColor = sheet.tabColor;
    tab.addEventListener('click', () => void change(() => api.activate(index), true));
    return tab;
  });
  $('tabs').replaceChildren(...tabs);
}

function drawMenu(next: WorkbookView): void {
  const list = $('extensions-menu');
  if (!next.menu) {
    list.replaceChildren();
    return;
  }
  const heading = document.createElement('div');
  heading.className = 'menu-heading';
  heading.textContent = next.menu.title;
  const items = next.menu.items.map((item) => {
    if (!item) return document.createElement('hr');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'menu-item';
    button.setAttribute('role', 'menuitem');
    button.setAttribute('data-function', item.functionName);
    button.textContent = item.caption;
    button.addEventListener('click', () => {
      closeMenu();
      void runMenuItem(item.functionName);
    });
    return button;
  });
  list.replaceChildren(heading, ...items);
}

function closeMenu(): void {
  $('extensions-menu').hidden = true;
  $('extensions').setAttribute('aria-expanded', 'false');
}

async function runMenuItem(name: string): Promise<void> {
  try {
    const reply = await serially(() => api.run(name, []));
    draw(reply.view, false);
    if (!reply.ok) showToast(reply.message);
    if (reply.showedSidebar) openSidebar();
    else if (!panel.hidden) reloadSidebar();
  } catch (error) {
    showToast(failure(error as Error));
  }
}

function reloadSidebar(): void {
  frame.src = `/sidebar?t=${Date.now()}`;
}

function openSidebar(): void {
  panel.hidden = false;
  reloadSidebar();
}

// google.script.run from the sidebar: run the call on the server, redraw the grid, then answer the sidebar, so
// whatever the sidebar shows next the grid already shows too.
window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== frame.contentWindow) return;
  const message = event.data as { type?: string; id?: number; name?: string; args?: unknown[] } | null;
  if (message?.type === 'preview:close') {
    panel.hidden = true;
    return;
  }
  if (message?.type !== 'preview:run' || typeof message.name !== 'string') return;
  const reply = (answer: object) => frame.contentWindow?.postMessage({ type: 'preview:result', id: message.id, ...answer }, '*');
  serially(() => api.run(message.name as string, Array.isArray(message.args) ? message.args : [])).then(
    (result) => {
      draw(result.view, message.name === 'sidebarSelectCell');
      reply(result.ok ? { ok: true, value: result.value } : { ok: false, message: result.message });
    },
    (error: Error) => reply({ ok: false, message: failure(error) }),
  );
});

// Toolbar.
const fileInput = $<HTMLInputElement>('file-input');
$('open-file').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  fileInput.value = '';
  if (file) void change(() => api.open(file)).then(reloadSidebar);
});
$('download').addEventListener('click', () => {
  window.location.href = '/api/download';
});
/**
 * A setting chosen in the top bar. Its value is read now: the change waits for any running call, whose answer redraws
 * the top bar from the server's settings, which do not have the new choice yet; until the choice is answered the
 * dropdown keeps showing it.
 */
function chooseSetting(name: 'locale' | 'userLocale' | 'today', value: string): void {
  pendingSettings[name] = value;
  void change(() => api.settings({ [name]: value })).then(() => {
    if (pendingSettings[name] === value) delete pendingSettings[name];
    reloadSidebar();
  });
}
$<HTMLSelectElement>('locale').addEventListener('change', (event) => chooseSetting('locale', (event.target as HTMLSelectElement).value));
// The clock moves forward between Applies: the sidebar's next run is as of that day.
$<HTMLInputElement>('today').addEventListener('change', (event) => chooseSetting('today', (event.target as HTMLInputElement).value));
$<HTMLSelectElement>('user-locale').addEventListener('change', (event) =>
  chooseSetting('userLocale', (event.target as HTMLSelectElement).value),
);
$('extensions').addEventListener('click', (event) => {
  event.stopPropagation();
  const list = $('extensions-menu');
  list.hidden = !list.hidden;
  $('extensions').setAttribute('aria-expanded', String(!list.hidden));
});
document.addEventListener('click', closeMenu);
$('sidebar-close').addEventListener('click', () => (panel.hidden = true));

// The formula bar edits the active cell.
formulaInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    const { row, col } = grid.selected;
    const input = formulaInput.value;
    formulaInput.blur();
    void change(() => api.type(row, col, input));
  } else if (event.key === 'Escape') {
    formulaInput.blur();
    syncFormulaBar();
  }
});

void change(() => api.state()).then(openSidebar);
