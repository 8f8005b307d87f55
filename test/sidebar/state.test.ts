import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import {
  actionAdvanced,
  actionFinished,
  actionStarted,
  analyzeFailed,
  analyzeStarted,
  analyzeSucceeded,
  available,
  canApply,
  canClear,
  chosen,
  classificationToggled,
  columnChanged,
  logColumnChanged,
  shapeChanged,
  formChanged,
  initialState,
  mainGrouping,
  previewFinished,
  previewStarted,
  runnable,
  sqlChanged,
} from '../../sidebar/state';
import { analyzeAnswer, previewAnswer } from './answers';

const loaded = (overrides = {}) => analyzeSucceeded(initialState('en'), analyzeAnswer(overrides));

describe('loading', () => {
  test('starts in the browser’s language, analyzing, with nothing to apply', () => {
    const state = initialState('es');
    expect(state).toMatchObject({ language: 'es', analyzing: true, analysis: null, busy: null });
    expect(canApply(state)).toBe(false);
    expect(runnable(state)).toBeNull();
  });

  test('the analysis sets the language, columns and form', () => {
    const state = analyzeSucceeded(
      initialState('en'),
      analyzeAnswer({ uiLanguage: 'zh', settings: { ...DEFAULT_SETTINGS, language: 'es', mainGrouping: 'lifecycle' } }),
    );
    expect(state.language).toBe('zh');
    expect(state.analyzing).toBe(false);
    expect(state.table.columns.revenue).toBe(4);
    expect(state.form).toMatchObject({ language: 'es', mainGrouping: 'lifecycle', asOf: '2026-11-02' });
    expect(state.validation.ok).toBe(true);
    expect(state.preview).toEqual({ status: 'idle' });
    expect(canApply(state)).toBe(true);
  });

  test('a failed analysis shows its message and leaves Clear usable', () => {
    const state = analyzeFailed(initialState('en'), { ok: false, message: 'No table found on this sheet.' });
    expect(state).toMatchObject({ analyzing: false, loadError: 'No table found on this sheet.', analysis: null });
    expect(canApply(state)).toBe(false);
    expect(canClear(state)).toBe(true);
  });

  test('a refresh keeps the user’s choices while the table is the same one', () => {
    let state = columnChanged(loaded(), 'status', 8);
    state = formChanged(state, { lapseDays: '180' });
    const refreshed = analyzeSucceeded(analyzeStarted(state), analyzeAnswer({ hasOutput: true }));
    expect(refreshed.table.columns.status).toBe(8);
    expect(refreshed.form.lapseDays).toBe('180');
    expect(refreshed.analysis?.hasOutput).toBe(true);
    const otherTable = analyzeSucceeded(
      state,
      analyzeAnswer({
        header: ['Name', 'Sales'],
        columns: [
          { field: 'customer', column: 0 },
          { field: 'revenue', column: 1 },
        ],
      }),
    );
    expect(otherTable.table.columns).toMatchObject({ status: null, revenue: 1 });
    expect(otherTable.form.lapseDays).toBe('180');
  });

  test('a failed refresh (say, the summary tab is active) forgets nothing the user chose', () => {
    let state = formChanged(columnChanged(loaded(), 'status', 8), { rfmPreset: 'class8' });
    state = analyzeFailed(analyzeStarted(state), { ok: false, message: 'This is the summary sheet.' });
    expect(state.analysis).toBeNull();
    state = analyzeSucceeded(state, analyzeAnswer());
    expect(state.table.columns.status).toBe(8);
    expect(state.form.rfmPreset).toBe('class8');
  });
});

describe('columns and classifications', () => {
  test('dropping the revenue column disables what needs it and moves the main grouping', () => {
    const state = columnChanged(loaded(), 'revenue', null);
    expect(available(state)).toEqual(['profit', 'lifecycle', 'intent', 'nextContact', 'churn']);
    expect(chosen(state)).toEqual(['profit', 'lifecycle', 'intent', 'nextContact']);
    expect(mainGrouping(state)).toBe('profit');
    // The user's wish is kept: giving revenue back brings tier back, and it colours the rows again.
    const back = columnChanged(state, 'revenue', 4);
    expect(chosen(back)).toContain('tier');
    expect(mainGrouping(back)).toBe('tier');
  });

  test('switching to an order log offers its own columns, and every classification they allow', () => {
    let state = shapeChanged(loaded(), 'orders');
    // The answer's guess: customer and amount, but no order date yet.
    expect(available(state)).toEqual([]);
    expect(runnable(state)).toBeNull();
    state = logColumnChanged(state, 'order_date', 1);
    expect(available(state)).toEqual(['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfm', 'nextContact', 'churn']);
    expect(runnable(state)).toMatchObject({ shape: 'orders', logColumns: { order_date: 1, customer: 0, amount: 4 } });
    expect(runnable(shapeChanged(state, 'customers'))).toMatchObject({ shape: 'customers' });
  });

  test('tiering by profit needs the profit column', () => {
    const state = formChanged(columnChanged(loaded(), 'profit', null), { tierMetric: 'profit' });
    expect(available(state)).not.toContain('tier');
  });

  test('unchecking everything blocks the preview and Apply', () => {
    let state = loaded();
    for (const c of chosen(state)) state = classificationToggled(state, c, false);
    expect(chosen(state)).toEqual([]);
    expect(state.preview).toEqual({ status: 'blocked' });
    expect(canApply(state)).toBe(false);
    state = classificationToggled(state, 'rfm', true);
    expect(state.preview).toEqual({ status: 'idle' });
    expect(runnable(state)?.settings).toMatchObject({ classifications: ['rfm'], mainGrouping: 'rfm' });
  });
});

describe('validation as the user types', () => {
  test('an invalid setting marks its field, blocks preview and Apply; fixing it lifts both', () => {
    let state = formChanged(loaded(), { tenureDays: '36' });
    state = formChanged(state, { tenureDays: '36.5' });
    expect(state.validation.fields).toEqual({
      tenureDays: 'Old customer after (days) must be a whole number of days from 1 to 36,500, for example 365.',
    });
    expect(state.preview.status).toBe('blocked');
    expect(canApply(state)).toBe(false);
    state = formChanged(state, { tenureDays: '365' });
    expect(state.validation.ok).toBe(true);
    expect(canApply(state)).toBe(true);
  });

  test('messages follow the sidebar’s language', () => {
    const state = formChanged(loaded({ uiLanguage: 'es' }), { lapseDays: '' });
    expect(state.validation.fields.lapseDays).toBe(
      'Inactivo como máximo tras (días sin comprar) debe ser un número entero de días entre 1 y 36.500, por ejemplo 365.',
    );
  });
});

describe('preview', () => {
  test('keeps the last result on screen while the next one loads', () => {
    const state = loaded();
    const request = runnable(state);
    expect(request).not.toBeNull();
    const result = previewAnswer(request!);
    const shown = previewFinished(previewStarted(state), result);
    expect(shown.preview).toEqual({ status: 'ready', result });
    expect(previewStarted(shown).preview).toEqual({ status: 'loading', last: result });
    expect(previewFinished(shown, { ok: false, message: 'Sheet changed.' }).preview).toEqual({
      status: 'failed',
      message: 'Sheet changed.',
    });
  });
});

describe('Apply and Clear', () => {
  test('progress steps, then the result; nothing else can start meanwhile', () => {
    let state = actionStarted(loaded(), 'apply');
    expect(state.busy).toEqual({ action: 'apply', step: 'reading' });
    expect(canApply(state)).toBe(false);
    expect(canClear(state)).toBe(false);
    state = actionAdvanced(state);
    expect(state.busy?.step).toBe('classifying');
    state = actionAdvanced(actionAdvanced(state));
    expect(state.busy?.step).toBe('writing');
    state = actionFinished(state, { ok: true, message: 'Classified 500 customers.' });
    expect(state.busy).toBeNull();
    expect(state.outcome).toEqual({ kind: 'success', message: 'Classified 500 customers.', details: [] });
  });

  test('Clear has one step; a failure keeps its per-setting details', () => {
    let state = actionStarted(loaded({ hasOutput: true }), 'clear');
    expect(state.busy).toEqual({ action: 'clear', step: 'clearing' });
    expect(actionAdvanced(state)).toBe(state);
    state = actionFinished(state, { ok: false, message: 'Settings rejected.', errors: [{ setting: 'tierA', message: 'tierA is wrong.' }] });
    expect(state.outcome).toEqual({ kind: 'error', message: 'Settings rejected.', details: ['tierA is wrong.'] });
  });

  test('Clear is offered only when the sheet has output to remove', () => {
    expect(canClear(loaded({ hasOutput: false }))).toBe(false);
    expect(canClear(loaded({ hasOutput: true }))).toBe(true);
    expect(canClear(analyzeStarted(loaded({ hasOutput: true })))).toBe(false);
  });
});

describe('Export as SQL', () => {
  test('starts folded, BigQuery, no table; a change that changes nothing keeps the state', () => {
    const state = loaded();
    expect(state.sql).toEqual({ open: false, dialect: 'bigquery', table: '' });
    expect(sqlChanged(state, { dialect: 'bigquery' })).toBe(state);
    const next = sqlChanged(state, { open: true, table: 'sales.orders' });
    expect(next.sql).toEqual({ open: true, dialect: 'bigquery', table: 'sales.orders' });
    // A refresh keeps it: the user's choice, like the form.
    expect(analyzeSucceeded(next, analyzeAnswer()).sql).toBe(next.sql);
  });
});
