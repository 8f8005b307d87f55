// A promise-based client over google.script.run. Every call resolves, never rejects: a thrown server error or a lost
// connection becomes a Failure like the ones the server returns itself, so the page has one path for "it did not work".
import {
  SERVER_CALLS,
  type AnalyzeResult,
  type ApplyResult,
  type ClearResult,
  type CompareRequest,
  type CompareResult,
  type Failure,
  type PreviewResult,
  type Result,
  type RunRequest,
  type TeachRequest,
  type TeachResult,
} from '../src/shared/contract';

/** The part of google.script.run the sidebar uses: handlers are set on a runner, then a server function is named. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

export interface SelectCellResult {
  ok: true;
}

export interface SidebarServer {
  analyze(): Promise<Result<AnalyzeResult>>;
  preview(request: RunRequest): Promise<Result<PreviewResult>>;
  apply(request: RunRequest): Promise<Result<ApplyResult>>;
  /** Clear; the run history stays unless `keepHistory` is false. */
  clear(keepHistory?: boolean): Promise<Result<ClearResult>>;
  compareRuns(request: CompareRequest): Promise<Result<CompareResult>>;
  selectCell(row: number, column: number): Promise<Result<SelectCellResult>>;
  teach(request: TeachRequest): Promise<Result<TeachResult>>;
}

/**
 * @param getRunner returns google.script.run, or undefined outside Sheets (looked up per call, so a test or the
 *   local preview may install it late)
 * @param messages the sentences for a call that could not be made at all
 */
export function createServer(
  getRunner: () => ScriptRunner | undefined,
  messages: { notInSheets: () => string; unreachable: () => string },
): SidebarServer {
  function call<T>(name: string, args: unknown[], returnsNothing = false): Promise<Result<T>> {
    return new Promise((resolve) => {
      const runner = getRunner();
      if (!runner) {
        resolve(failure(messages.notInSheets()));
        return;
      }
      const target = runner
        .withSuccessHandler((value) => resolve(asResult<T>(value, returnsNothing, messages.unreachable)))
        .withFailureHandler((error) => resolve(failure(errorMessage(error) || messages.unreachable())));
      const fn = target[name];
      if (typeof fn !== 'function') {
        resolve(failure(messages.unreachable()));
        return;
      }
      try {
        (fn as (...a: unknown[]) => void).apply(target, args);
      } catch (error) {
        resolve(failure(errorMessage(error) || messages.unreachable()));
      }
    });
  }
  return {
    analyze: () => call<AnalyzeResult>(SERVER_CALLS.analyze, []),
    preview: (request) => call<PreviewResult>(SERVER_CALLS.preview, [request]),
    apply: (request) => call<ApplyResult>(SERVER_CALLS.apply, [request]),
    clear: (keepHistory = true) => call<ClearResult>(SERVER_CALLS.clear, [{ keepHistory }]),
    compareRuns: (request) => call<CompareResult>(SERVER_CALLS.compareRuns, [request]),
    selectCell: (row, column) => call<SelectCellResult>(SERVER_CALLS.selectCell, [row, column], true),
    teach: (request) => call<TeachResult>(SERVER_CALLS.teach, [request]),
  };
}

function failure(message: string): Failure {
  return { ok: false, message };
}

// Selecting a cell may return nothing, which counts as success; every other answer must carry `ok`.
function asResult<T>(value: unknown, returnsNothing: boolean, unreachable: () => string): Result<T> {
  if (returnsNothing && (value === undefined || value === null)) return { ok: true } as Result<T>;
  if (typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean') {
    const result = value as { ok: boolean; message?: unknown };
    if (result.ok === false && typeof result.message !== 'string') return failure(unreachable());
    return value as Result<T>;
  }
  return failure(unreachable());
}

// google.script.run hands the failure handler an Error whose message is the server's; be lenient about the shape.
function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return '';
}
