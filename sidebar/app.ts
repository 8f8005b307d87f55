// The sidebar's controller: calls the server, feeds results into the state, and asks the view to draw it.
import { UI_TEXT, uiLanguageOf } from './i18n';
import { createView, type Handlers } from './render';
import { createServer, type ScriptRunner } from './server';
import {
  actionAdvanced,
  actionFinished,
  actionStarted,
  analyzeFailed,
  analyzeStarted,
  analyzeSucceeded,
  canApply,
  canClear,
  classificationToggled,
  columnChanged,
  formChanged,
  logColumnChanged,
  shapeChanged,
  sqlChanged,
  teachFinished,
  teachStarted,
  initialState,
  outcomeShown,
  previewFinished,
  previewStarted,
  runnable,
  type Action,
  type SidebarState,
} from './state';

export interface SidebarOptions {
  root: HTMLElement;
  /** google.script.run, looked up at each call; undefined outside Sheets. */
  getRunner: () => ScriptRunner | undefined;
  /** navigator.language: the page's language until analyze tells the user's locale. */
  browserLanguage?: string;
  /** Quiet time after the last edit before the preview is asked for, so typing "365" makes one call, not three. */
  previewDelayMs?: number;
  /** Time per step of Apply's progress message. */
  stepDelayMs?: number;
}

export interface Sidebar {
  state(): SidebarState;
  /** Resolves once no server call or pending preview is left (for tests and the local preview). */
  settled(): Promise<void>;
}

export function startSidebar(options: SidebarOptions): Sidebar {
  const previewDelay = options.previewDelayMs ?? 400;
  const stepDelay = options.stepDelayMs ?? 1500;
  let state = initialState(uiLanguageOf(options.browserLanguage));
  const text = () => UI_TEXT[state.language];
  const server = createServer(options.getRunner, { notInSheets: () => text().notInSheets, unreachable: () => text().unreachable });

  // Work under way (server calls, a scheduled preview). "Settled" means none, still none after a macrotask: a call's
  // end often starts the next one (Apply → analyze → preview) in a continuation that has not run yet.
  let pending = 0;
  let waiters: (() => void)[] = [];
  const notifyIfSettled = () =>
    setTimeout(() => {
      if (pending !== 0) return;
      const ready = waiters;
      waiters = [];
      for (const resolve of ready) resolve();
    }, 0);
  const hold = () => {
    pending++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      pending--;
      if (pending === 0 && waiters.length) notifyIfSettled();
    };
  };
  async function tracked<T>(promise: Promise<T>): Promise<T> {
    const release = hold();
    try {
      return await promise;
    } finally {
      release();
    }
  }

  const set = (next: SidebarState) => {
    state = next;
    view.update(state);
  };

  // Each scheduled preview gets a number; an answer to an older request is dropped, whatever order answers come in.
  let previewRequest = 0;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let releasePreviewTimer: (() => void) | undefined;
  function schedulePreview(): void {
    previewRequest++;
    if (previewTimer !== undefined) clearTimeout(previewTimer);
    releasePreviewTimer?.();
    previewTimer = undefined;
    if (!runnable(state) || state.busy) return;
    const release = hold();
    releasePreviewTimer = release;
    previewTimer = setTimeout(() => {
      previewTimer = undefined;
      void runPreview().finally(release);
    }, previewDelay);
  }
  async function runPreview(): Promise<void> {
    const request = runnable(state);
    if (!request) return;
    const id = previewRequest;
    set(previewStarted(state));
    const result = await tracked(server.preview(request));
    if (id === previewRequest) set(previewFinished(state, result));
  }

  const analyze = () => tracked(analyzeNow());
  async function analyzeNow(): Promise<void> {
    set(analyzeStarted(state));
    const result = await tracked(server.analyze());
    set(result.ok ? analyzeSucceeded(state, result) : analyzeFailed(state, result));
    schedulePreview();
  }

  const run = (action: Action, keepHistory = true) => tracked(runNow(action, keepHistory));
  async function runNow(action: Action, keepHistory: boolean): Promise<void> {
    if (!(action === 'apply' ? canApply(state) : canClear(state))) return;
    const request = runnable(state);
    set(actionStarted(state, action));
    schedulePreview(); // drops a preview still in flight: the sheet is about to change under it
    const steps = action === 'apply' ? [1, 2].map((n) => setTimeout(() => set(actionAdvanced(state)), n * stepDelay)) : [];
    const result = await tracked(action === 'apply' && request ? server.apply(request) : server.clear(keepHistory));
    steps.forEach(clearTimeout);
    set(actionFinished(state, result));
    await analyze();
  }

  const handlers: Handlers = {
    shapeChanged(shape) {
      set(shapeChanged(state, shape));
      schedulePreview();
    },
    columnChanged(field, column) {
      set(columnChanged(state, field, column));
      schedulePreview();
    },
    logColumnChanged(field, column) {
      set(logColumnChanged(state, field, column));
      schedulePreview();
    },
    formChanged(patch) {
      set(formChanged(state, patch));
      schedulePreview();
    },
    classificationToggled(classification, on) {
      set(classificationToggled(state, classification, on));
      schedulePreview();
    },
    selectCell(row, column) {
      void tracked(server.selectCell(row, column)).then((result) => {
        if (!result.ok) set(outcomeShown(state, result));
      });
    },
    refresh() {
      if (!state.analyzing && !state.busy) void analyze();
    },
    teach(note, intent) {
      if (state.teaching || state.busy) return;
      set(teachStarted(state));
      void tracked(server.teach({ note, intent })).then((result) => {
        set(teachFinished(state, result));
        // The preview reads the sheet with the new phrase: the lists, counts and groups all follow it. Until it
        // answers, what is shown is the old reading (drawn faded).
        if (result.ok && runnable(state)) {
          set(previewStarted(state));
          schedulePreview();
        }
      });
    },
    sqlChanged(patch) {
      set(sqlChanged(state, patch));
    },
    apply: () => void run('apply'),
    clear: (keepHistory = true) => void run('clear', keepHistory),
    compare: (from, to) => tracked(server.compareRuns({ from, to })),
  };

  const view = createView(options.root, handlers);
  void analyze();

  return {
    state: () => state,
    settled: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        if (pending === 0) notifyIfSettled();
      }),
  };
}
