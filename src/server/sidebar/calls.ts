// The functions google.script.run reaches (names in src/shared/contract.ts SERVER_CALLS). Whatever goes wrong
// returns a message for the sidebar to show, never a stack trace.
import type {
  AnalyzeResult,
  ApplyResult,
  ClearResult,
  CompareRequest,
  CompareResult,
  Failure,
  PreviewResult,
  Result,
  RunRequest,
  TeachRequest,
  TeachResult,
} from '../../shared/contract';
import { analyze, apply, clear, compareRuns, preview, selectCell, teachNote } from './service';

function safely<T>(work: () => Result<T>): Result<T> {
  try {
    return work();
  } catch (error) {
    // Read .message rather than test instanceof Error: a service's error may come from another realm.
    const message = (error as { message?: unknown } | null)?.message;
    const failure: Failure = { ok: false, message: typeof message === 'string' ? message : String(error) };
    return failure;
  }
}

export function sidebarAnalyze(): Result<AnalyzeResult> {
  return safely(analyze);
}

export function sidebarPreview(request: RunRequest): Result<PreviewResult> {
  return safely(() => preview(request));
}

export function sidebarApply(request: RunRequest): Result<ApplyResult> {
  return safely(() => apply(request));
}

export function sidebarClear(options?: { keepHistory?: boolean }): Result<ClearResult> {
  return safely(() => clear(options));
}

export function sidebarSelectCell(row: number, column: number): void {
  selectCell(row, column);
}

export function sidebarTeach(request: TeachRequest): Result<TeachResult> {
  return safely(() => teachNote(request));
}

export function sidebarCompareRuns(request: CompareRequest): Result<CompareResult> {
  return safely(() => compareRuns(request));
}
