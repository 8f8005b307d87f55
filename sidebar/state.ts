// The sidebar's state and its transitions, as pure functions: each returns a new state, and the page is drawn from it.
import { DEFAULT_SETTINGS } from '../src/engine/settings';
import type { ClassificationId as Classification } from '../src/engine/classifications/needs';
import type { Field, Language, LogField } from '../src/engine/types';
import type { SqlDialectName } from '../src/sql/dialect';
import type { AnalyzeResult, Failure, PreviewResult, RunRequest, TableShape } from '../src/shared/contract';
import {
  availableFor,
  chosenClassifications,
  NO_TABLE_CHOICE,
  tableChoiceOf,
  errorsByField,
  formOf,
  mainGroupingOf,
  runRequestOf,
  toggleClassification,
  updateForm,
  validate,
  type SettingsForm,
  type TableChoice,
  type Validation,
} from './form';

export type PreviewState =
  | { status: 'idle' }
  /** Settings invalid or nothing chosen: there is nothing honest to show. */
  | { status: 'blocked' }
  | { status: 'loading'; last: PreviewResult | null }
  | { status: 'ready'; result: PreviewResult }
  | { status: 'failed'; message: string };

export type Action = 'apply' | 'clear';

/** Step of a long call, for the progress message; the server reports nothing until it returns, so steps are timed. */
export type Step = 'reading' | 'classifying' | 'writing' | 'clearing';

export interface Outcome {
  kind: 'success' | 'error';
  message: string;
  /** Per-setting messages of a rejected run. */
  details: string[];
}

/** Export as SQL: whether its section is open, the dialect, and the table name as typed. */
export interface SqlChoice {
  open: boolean;
  dialect: SqlDialectName;
  table: string;
}

export interface SidebarState {
  language: Language;
  /** An analyze call is under way (first load or refresh after Apply/Clear). */
  analyzing: boolean;
  loadError: string | null;
  analysis: AnalyzeResult | null;
  /** The header the columns were chosen for, kept across a failed refresh (e.g. while another tab is active). */
  columnsHeader: string[] | null;
  /** False until an analysis has filled the form from the saved settings; from then on the form is the user's. */
  formFilled: boolean;
  /** The shape and columns the user chose (detected ones to start with). */
  table: TableChoice;
  form: SettingsForm;
  validation: Validation;
  preview: PreviewState;
  busy: { action: Action; step: Step } | null;
  /** A taught phrase is being saved (the teaching list waits for the preview that follows). */
  teaching: boolean;
  outcome: Outcome | null;
  /** Kept across refreshes: the page is rebuilt after Apply, the user's choice is not. */
  sql: SqlChoice;
}

export function initialState(language: Language): SidebarState {
  return {
    language,
    analyzing: true,
    loadError: null,
    analysis: null,
    columnsHeader: null,
    formFilled: false,
    table: NO_TABLE_CHOICE,
    form: formOf(DEFAULT_SETTINGS, ''),
    validation: { ok: true, fields: {}, general: [] },
    preview: { status: 'idle' },
    busy: null,
    teaching: false,
    outcome: null,
    sql: { open: false, dialect: 'bigquery', table: '' },
  };
}

export function analyzeStarted(state: SidebarState): SidebarState {
  return { ...state, analyzing: true };
}

/**
 * The first analysis fills the form from the saved settings. A refresh (after Apply or Clear) keeps what the user
 * chose, and keeps their column choices while the header is the same table's.
 */
export function analyzeSucceeded(state: SidebarState, analysis: AnalyzeResult): SidebarState {
  const sameTable = state.columnsHeader !== null && state.columnsHeader.join('\u0000') === analysis.header.join('\u0000');
  const next: SidebarState = {
    ...state,
    language: analysis.uiLanguage,
    analyzing: false,
    loadError: null,
    analysis,
    columnsHeader: analysis.header,
    table: sameTable ? state.table : tableChoiceOf(analysis),
    formFilled: true,
    form: state.formFilled ? state.form : formOf(analysis.settings, analysis.today),
  };
  return revalidated(next);
}

export function analyzeFailed(state: SidebarState, failure: Failure): SidebarState {
  return { ...state, analyzing: false, loadError: failure.message, analysis: null, preview: { status: 'idle' } };
}

export function columnChanged(state: SidebarState, field: Field, column: number | null): SidebarState {
  return revalidated({ ...state, table: { ...state.table, columns: { ...state.table.columns, [field]: column } } });
}

export function logColumnChanged(state: SidebarState, field: LogField, column: number | null): SidebarState {
  return revalidated({ ...state, table: { ...state.table, logColumns: { ...state.table.logColumns, [field]: column } } });
}

export function shapeChanged(state: SidebarState, shape: TableShape): SidebarState {
  return revalidated({ ...state, table: { ...state.table, shape } });
}

export function formChanged(state: SidebarState, patch: Partial<SettingsForm>): SidebarState {
  return revalidated({ ...state, form: updateForm(state.form, patch) });
}

export function classificationToggled(state: SidebarState, classification: Classification, on: boolean): SidebarState {
  return revalidated({ ...state, form: toggleClassification(state.form, classification, on) });
}

export function sqlChanged(state: SidebarState, patch: Partial<SqlChoice>): SidebarState {
  const next = { ...state.sql, ...patch };
  const same = next.open === state.sql.open && next.dialect === state.sql.dialect && next.table === state.sql.table;
  return same ? state : { ...state, sql: next };
}

export function previewStarted(state: SidebarState): SidebarState {
  const last = state.preview.status === 'ready' ? state.preview.result : state.preview.status === 'loading' ? state.preview.last : null;
  return { ...state, preview: { status: 'loading', last } };
}

export function previewFinished(state: SidebarState, result: PreviewResult | Failure): SidebarState {
  return { ...state, preview: result.ok ? { status: 'ready', result } : { status: 'failed', message: result.message } };
}

export function actionStarted(state: SidebarState, action: Action): SidebarState {
  return { ...state, busy: { action, step: action === 'apply' ? 'reading' : 'clearing' }, outcome: null };
}

/** Moves the progress message on; Apply reads, classifies, then writes, and stays on writing until it returns. */
export function actionAdvanced(state: SidebarState): SidebarState {
  if (state.busy?.action !== 'apply') return state;
  const step: Step = state.busy.step === 'reading' ? 'classifying' : 'writing';
  return { ...state, busy: { ...state.busy, step } };
}

export function actionFinished(state: SidebarState, result: { ok: true; message: string } | Failure): SidebarState {
  const outcome: Outcome = result.ok
    ? { kind: 'success', message: result.message, details: [] }
    : {
        kind: 'error',
        message: result.message,
        details: [...(result.errors ? errorsOf(result.errors) : []), ...(result.detail ? [result.detail] : [])],
      };
  return { ...state, busy: null, outcome };
}

export function teachStarted(state: SidebarState): SidebarState {
  return { ...state, teaching: true };
}

/** The taught phrase's sentence (or why it was refused) shows where Apply's does. */
export function teachFinished(state: SidebarState, result: { ok: true; message: string } | Failure): SidebarState {
  return { ...actionFinished(state, result), busy: state.busy, teaching: false };
}

export function outcomeShown(state: SidebarState, failure: Failure): SidebarState {
  return { ...state, outcome: { kind: 'error', message: failure.message, details: [] } };
}

/** What the page can run now: the classifications to compute and the request, or null while there is nothing valid. */
export function runnable(state: SidebarState): RunRequest | null {
  if (!state.analysis || !state.validation.ok) return null;
  const request = runRequestOf(state.table, state.form);
  return request.settings.classifications?.length ? request : null;
}

export function available(state: SidebarState): Classification[] {
  return availableFor(state.table, state.form.tierMetric);
}

export function chosen(state: SidebarState): Classification[] {
  return chosenClassifications(state.form, available(state));
}

export function mainGrouping(state: SidebarState): Classification {
  return mainGroupingOf(state.form, chosen(state));
}

export function canApply(state: SidebarState): boolean {
  return !state.busy && !state.analyzing && runnable(state) !== null;
}

/** Clear needs no valid settings, only something to remove; when analysis failed, the server decides. */
export function canClear(state: SidebarState): boolean {
  // A run history alone can be cleared too, when the user chooses not to keep it.
  return (
    !state.busy && !state.analyzing && (state.analysis ? state.analysis.hasOutput || (state.analysis.historyRuns?.length ?? 0) > 0 : true)
  );
}

function revalidated(state: SidebarState): SidebarState {
  const request = runRequestOf(state.table, state.form);
  const validation = validate(request, state.language);
  const blocked = !validation.ok || !request.settings.classifications?.length;
  const preview: PreviewState = blocked ? { status: 'blocked' } : state.preview.status === 'blocked' ? { status: 'idle' } : state.preview;
  return { ...state, validation, preview };
}

function errorsOf(errors: readonly { setting: string; message: string }[]): string[] {
  const placed = errorsByField(errors);
  return [...Object.values(placed.fields), ...placed.general];
}
