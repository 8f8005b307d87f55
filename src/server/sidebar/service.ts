// The sidebar's server calls: analyze the active sheet, preview the groups, apply (write, colour, summarise) and
// clear. Each is read → segment → plan → write: the gateway (sheetGateway.ts) is the only code that touches the
// spreadsheet, and the plans (applyPlan.ts) are decided before anything is written.
import {
  availableClassifications,
  churnSummary,
  cellToText,
  DEFAULT_SETTINGS,
  derivedFromLog,
  detectColumns,
  PALETTE,
  PROBLEM_COLOR,
  FIELDS,
  LOG_FIELDS,
  findTable,
  formatDayNumber,
  parseSettings,
  resolveAsOf,
  segmentValues,
  TAUGHT_INTENTS,
  type Cell,
  type ClassificationId,
  type ColumnMap,
  type Field,
  type HeaderMatch,
  type Language,
  type LogColumnMap,
  type LogField,
  type OrderLogColumns,
  type Problem,
  type Segmentation,
  type Settings,
  type SettingsInput,
  type TableLocation,
} from '../../engine';
import { catalogue, say, settingErrorText } from '../../i18n/text';
import type {
  AnalyzeResult,
  ApplyResult,
  ClearResult,
  CompareRequest,
  CompareResult,
  Failure,
  PreviewResult,
  ProblemCount,
  Result,
  RunRequest,
  TableShape,
  TeachRequest,
  TeachResult,
} from '../../shared/contract';
import { MAX_KEY_LENGTH, MAX_TAUGHT, phrasesOf } from '../taughtStore';
import { teachingList } from './teachingList';
import { contextOf, languageOfLocale, type SheetContext } from '../sheetContext';
import { planApply, planClear } from './applyPlan';
import { compareRows, planHistory, type HistoryPlan } from './historyPlan';
import { messages, refusalDetail } from './messages';
import type { SavedRun } from './ownership';
import { PartialWriteError, SheetGateway } from './sheetGateway';
import { topCustomers } from './topCustomers';

/** Wait this long for another run (another tab, the menu) to finish before giving up with a message. */
const LOCK_WAIT_MS = 30000;
const MAX_LISTED_PROBLEMS = 20;

interface OpenSheet {
  gateway: SheetGateway;
  ctx: SheetContext;
  uiLanguage: Language;
  values: Cell[][];
  location: TableLocation | null;
  detected: HeaderMatch | null;
}

function uiLanguage(): Language {
  return languageOfLocale(Session.getActiveUserLocale());
}

function openActiveSheet(): OpenSheet {
  const gateway = SheetGateway.openActive({ withValues: true });
  const { values, numberFormats, locale, timeZone } = gateway.read;
  showPercents(values, numberFormats);
  const location = findTable(values);
  const detected = location ? detectColumns(values[location.headerRow].slice(location.firstCol, location.lastCol + 1)) : null;
  return { gateway, ctx: contextOf(locale, timeZone), uiLanguage: uiLanguage(), values, location, detected };
}

/**
 * Sheets turns a typed `12%` into the number 0.12 shown with a percent format. Given back as the text the user sees,
 * the engine reports it ("a percentage, not an amount of money") instead of reading 0.12 as money.
 */
function showPercents(values: Cell[][], formats: string[][]): void {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const rowFormats = formats[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value === 'number' && rowFormats[c].includes('%')) row[c] = `${Number((value * 100).toPrecision(12))}%`;
    }
  }
}

function fail(message: string, errors?: Failure['errors']): Failure {
  return errors ? { ok: false, message, errors } : { ok: false, message };
}

/** How to read the table: a customer table's columns, an order log's, or `{}` for what detection found. */
interface TableChoice {
  columns?: ColumnMap;
  orderLog?: OrderLogColumns;
}

function detectedShape(detected: HeaderMatch): TableShape {
  return detected.shape === 'orders' ? 'orders' : 'customers';
}

/** Indices as the request or the saved run gives them: a number ≥ 0 is a column, anything else "not used". */
function columnIndices<F extends string>(
  fields: readonly F[],
  given: Partial<Record<F, number | null>> | undefined,
): Partial<Record<F, number>> {
  const map: Partial<Record<F, number>> = {};
  for (const field of fields) {
    const column = given?.[field];
    if (typeof column === 'number' && column >= 0) map[field] = column;
  }
  return map;
}

/** An order log needs a date, a customer and an amount; the rest is optional. */
function completeLog(log: LogColumnMap): OrderLogColumns | null {
  return log.order_date !== undefined && log.customer !== undefined && log.amount !== undefined ? (log as OrderLogColumns) : null;
}

/**
 * The user's choices win over detection: the shape, then that shape's dropdowns. null: an order log was asked for
 * without its date, customer or amount column.
 */
function chosenTable(request: RunRequest | null, detected: HeaderMatch): TableChoice | null {
  const shape = request?.shape ?? detectedShape(detected);
  if (shape === 'orders') {
    const given = request?.logColumns;
    if (!given || Object.keys(given).length === 0) return detected.orderLog ? {} : null;
    const log = completeLog(columnIndices(LOG_FIELDS, given));
    return log ? { orderLog: log } : null;
  }
  const map = columnIndices(FIELDS, request?.columns);
  const untouched = !request?.columns || Object.keys(request.columns).length === 0 || FIELDS.every((f) => map[f] === detected.columns[f]);
  // Untouched dropdowns keep detection, except that a detected order log is now read one row per customer.
  if (untouched) return detected.shape === 'orders' ? { columns: { ...detected.columns } } : {};
  return { columns: map };
}

/** The settings of a run; a rejected one is said in the user's language, naming the setting. */
function settingsFor(
  input: SettingsInput | undefined,
  ctx: SheetContext,
  uiLanguage: Language,
): { ok: true; settings: Settings } | Failure {
  const parsed = parseSettings({ language: ctx.language, ...(input ?? {}) });
  if (parsed.ok) return parsed;
  const errors = parsed.errors.map((e) => ({ setting: e.setting, message: settingErrorText(e, uiLanguage) }));
  return fail(errors.map((e) => e.message).join(' '), errors);
}

function segment(open: OpenSheet, request: RunRequest | null): { ok: true; result: Segmentation; settings: Settings } | Failure {
  const t = messages(open.uiLanguage);
  if (open.gateway.read.resultsOf || open.gateway.read.isHistory) return fail(t.onResultsSheet);
  if (!open.location || !open.detected) return fail(t.noTable);
  const choice = chosenTable(request, open.detected);
  if (!choice) return fail(t.logColumnsNeeded);
  const settings = settingsFor(request?.settings, open.ctx, open.uiLanguage);
  if (!settings.ok) return settings;
  // The analysis date is an input of this run only: left out, today in the spreadsheet's zone.
  const asOf = resolveAsOf(request?.asOf, open.ctx.hints, open.ctx.today);
  if (!asOf.ok) {
    const message = settingErrorText({ setting: 'asOf', code: 'as_of' }, open.uiLanguage);
    return fail(message, [{ setting: 'asOf', message }]);
  }
  const result = segmentValues(open.values, {
    settings: settings.settings,
    asOf: asOf.day,
    hints: open.ctx.hints,
    location: open.location,
    taught: phrasesOf(open.gateway.taughtEntries()),
    ...choice,
  });
  if (!result.ok) return fail(t.noColumns);
  if (result.classified.computed.length === 0) return fail(t.nothingToCompute);
  return { ok: true, result, settings: settings.settings };
}

/** Saved column choices (by header text) as indices within the table, or null for "not used". */
function savedIndices<F extends string>(
  fields: readonly F[],
  saved: Partial<Record<F, string | null>> | undefined,
  header: readonly string[],
): Partial<Record<F, number | null>> {
  const out: Partial<Record<F, number | null>> = {};
  if (!saved) return out;
  for (const field of fields) {
    const wanted = saved[field];
    if (wanted === null) out[field] = null;
    else if (typeof wanted === 'string' && header.includes(wanted)) out[field] = header.indexOf(wanted);
  }
  return out;
}

/** The saved run as a request on this sheet: its shape, and its columns where their headers are still there. */
function savedRequest(saved: SavedRun | null, header: readonly string[]): RunRequest {
  const request: RunRequest = {
    columns: savedIndices(FIELDS, saved?.columns, header),
    settings: saved ? withoutAsOf(saved.settings) : {},
  };
  if (saved?.shape) request.shape = saved.shape;
  if (saved?.logColumns) request.logColumns = savedIndices(LOG_FIELDS, saved.logColumns, header);
  return request;
}

function headerOf(open: OpenSheet): string[] {
  const location = open.location as TableLocation;
  return open.values[location.headerRow].slice(location.firstCol, location.lastCol + 1).map((c) => cellToText(c));
}

/**
 * An order log's columns to offer: the detected ones, else a guess from the customer columns (customer, revenue as
 * the amount, profit, status), so that switching the shape starts from something sensible.
 */
function offeredLogColumns(detected: HeaderMatch): LogColumnMap {
  if (detected.orderLog) return { ...detected.orderLog };
  const c = detected.columns;
  const guess: LogColumnMap = {};
  if (c.customer !== undefined) guess.customer = c.customer;
  if (c.revenue !== undefined) guess.amount = c.revenue;
  if (c.profit !== undefined) guess.profit = c.profit;
  if (c.status !== undefined) guess.status = c.status;
  return guess;
}

/** Where a problem's cell is: an order log's problems name the log's own columns. */
function problemColumn(problem: Problem, result: Segmentation): number {
  const logColumn = result.shape === 'orders' ? result.match.orderLog?.[problem.field as LogField] : undefined;
  return result.location.firstCol + 1 + (logColumn ?? result.classified.table.columns[problem.field as Field] ?? 0);
}

export function analyze(): Result<AnalyzeResult> {
  const open = openActiveSheet();
  const t = messages(open.uiLanguage);
  if (open.gateway.read.resultsOf || open.gateway.read.isHistory) return fail(t.onResultsSheet);
  if (!open.location || !open.detected) return fail(t.noTable);
  const { location, detected, ctx } = open;
  const saved = open.gateway.savedRun();
  const settings = settingsFor(saved?.settings, ctx, open.uiLanguage);
  const base: Settings = settings.ok ? settings.settings : { ...DEFAULT_SETTINGS, language: ctx.language };
  const header = headerOf(open);
  // A saved choice of shape and columns (by header text) is offered again where those headers are still there.
  const request = savedRequest(saved, header);
  const columns: ColumnMap = { ...detected.columns };
  for (const [field, index] of Object.entries(request.columns) as [Field, number | null][]) {
    if (index === null) delete columns[field];
    else columns[field] = index;
  }
  const logColumns: LogColumnMap = { ...offeredLogColumns(detected) };
  for (const [field, index] of Object.entries(request.logColumns ?? {}) as [LogField, number | null][]) {
    if (index === null) delete logColumns[field];
    else logColumns[field] = index;
  }
  const log = completeLog(logColumns);
  const shape: TableShape = (request.shape ?? detectedShape(detected)) === 'orders' && log ? 'orders' : 'customers';
  const result = segmentValues(open.values, {
    settings: base,
    asOf: ctx.today,
    hints: ctx.hints,
    location,
    summary: false,
    ...(shape === 'orders' ? { orderLog: log as OrderLogColumns } : { columns }),
  });
  if (!result.ok) return fail(t.noColumns);
  const problems = result.classified.table.problems;
  const counts = new Map<string, ProblemCount>();
  for (const p of problems) {
    const key = `${p.code}|${p.field}`;
    const entry = counts.get(key) ?? { code: p.code, field: p.field, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const has =
    shape === 'orders' ? (f: Field) => derivedFromLog(f, (l) => logColumns[l] !== undefined) : (f: Field) => columns[f] !== undefined;
  return {
    ok: true,
    sheetName: open.gateway.sheetName(),
    uiLanguage: open.uiLanguage,
    headerRow: location.headerRow + 1,
    firstDataRow: location.firstDataRow + 1,
    lastDataRow: location.lastDataRow + 1,
    firstColumn: location.firstCol + 1,
    lastColumn: location.lastCol + 1,
    header,
    columns: FIELDS.map((field) => ({ field, column: columns[field] ?? null })),
    logColumns: LOG_FIELDS.map((field) => ({ field, column: logColumns[field] ?? null })),
    shape,
    customers: countCustomers(result),
    orderRows: result.log ? result.log.orderRows : null,
    locale: ctx.hints.locale,
    problemCounts: [...counts.values()],
    firstProblems: problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => ({
      row: p.row,
      column: problemColumn(p, result),
      field: p.field,
      value: p.value,
      code: p.code,
      severity: p.severity,
    })),
    problemTotal: problems.length,
    available: availableClassifications(has, base.tierMetric),
    settings: base,
    today: formatDayNumber(ctx.today),
    hasOutput: open.gateway.read.block !== null,
    historyRuns: open.gateway.historyRuns().map((r) => r.date),
  };
}

export function preview(request: RunRequest): Result<PreviewResult> {
  const open = openActiveSheet();
  const run = segment(open, request);
  if (!run.ok) return run;
  const { result, settings } = run;
  const main = settings.mainGrouping;
  const ordered = [...result.summary].sort((a, b) => Number(b.classification === main) - Number(a.classification === main));
  return {
    ok: true,
    customers: countCustomers(result),
    orderRows: result.log ? result.log.orderRows : null,
    ordersWithoutCustomer: result.log ? result.log.rowProblems.size : 0,
    ordersAfterAsOf: result.log ? result.log.excludedAfterAsOf : 0,
    notes: result.notes,
    churn: result.classified.churn ? churnSummary(result.classified.churn) : null,
    teaching: teachingList(result, open.gateway.taughtEntries()),
    classifications: ordered.map((s) => ({
      classification: s.classification,
      groups: s.groups.map((g) => ({
        group: g.group,
        color: PALETTE[g.group],
        customers: g.customers,
        share: g.share,
        revenue: g.revenue,
      })),
      problems: s.problems,
      notApplicable: s.notApplicable,
    })),
  };
}

/**
 * The document lock keeps two runs (two tabs, the menu) from writing at once. getDocumentLock() is null outside a
 * containing document (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()); the
 * user's lock then still keeps one person from racing themselves.
 */
function withDocumentLock<T>(language: Language, work: () => T): T | Failure {
  const lock = LockService.getDocumentLock() ?? LockService.getUserLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return fail(messages(language).busy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** A refused change as the sidebar shows it: one sentence of what happened, and the platform's reason under it. */
function refused(error: unknown, sentence: string, language: Language): Failure {
  const platform = error instanceof PartialWriteError ? error.message : String((error as { message?: unknown })?.message ?? error);
  return { ok: false, message: sentence, detail: refusalDetail(platform, language) };
}

/** Teaches a note its intent, or forgets it; the sidebar then previews again to show what it changed. */
export function teachNote(request: TeachRequest): Result<TeachResult> {
  const language = uiLanguage();
  const t = messages(language);
  const note = String(request?.note ?? '');
  const intent = request?.intent ?? null;
  if (intent !== null && !TAUGHT_INTENTS.includes(intent)) return fail(t.teachEmpty);
  return withDocumentLock(language, () => {
    const gateway = SheetGateway.openActive({ withValues: false });
    const ctx = contextOf(gateway.read.locale, gateway.read.timeZone);
    const done = gateway.teach(note, intent, formatDayNumber(ctx.today));
    if (!done.ok) {
      if (done.reason === 'too_long') return fail(say(language, undefined, t.teachTooLong, { max: MAX_KEY_LENGTH }));
      if (done.reason === 'too_many') return fail(say(language, undefined, t.teachTooMany, { max: MAX_TAUGHT }));
      return fail(t.teachEmpty);
    }
    const shown = note.trim();
    const message =
      intent === null
        ? say(language, undefined, t.forgot, { note: shown })
        : say(language, undefined, t.taught, { note: shown, label: catalogue(language).labels[intent] });
    return { ok: true, message };
  });
}

export function apply(request: RunRequest): Result<ApplyResult> {
  return withDocumentLock(uiLanguage(), () => applyLocked(request, false));
}

/** `savedChoices`: the menu's re-run, whose columns and settings are the saved ones, matched on this sheet. */
function applyLocked(given: RunRequest, savedChoices: boolean): Result<ApplyResult> {
  const open = openActiveSheet();
  const t = messages(open.uiLanguage);
  const request = savedChoices ? savedRequest(open.gateway.savedRun(), open.location ? headerOf(open) : []) : given;
  const run = segment(open, request);
  if (!run.ok) return run;
  const { result, settings } = run;
  const { gateway, ctx } = open;
  const language = settings.language;
  const customers = countCustomers(result);
  const history = historyOf(gateway, result, settings);
  const plan = planApply({
    read: gateway.read,
    result,
    settings,
    today: formatDayNumber(ctx.today),
    asOf: formatDayNumber(result.classified.asOf),
    // Only a first Apply on a customer table freezes its header (applyPlan.ts): only then is the freeze read.
    frozenRows: gateway.read.block || result.shape === 'orders' ? 0 : gateway.frozenRows(),
    newBlockId: Utilities.getUuid(),
    summaryInput: { summaries: result.summary, top: topCustomers(result, language), customers },
    saveRun: savedRunOf(request, result),
    history,
  });
  try {
    const written = gateway.apply(plan);
    return {
      ok: true,
      firstOutputColumn: plan.firstColumn,
      outputColumns: plan.width,
      rows: customers,
      summarySheet: written.summaryName,
      insertedColumns: plan.placement.kind === 'insert' && plan.placement.after < open.values[0].length,
      message:
        result.log && written.customerSheetName !== null
          ? say(open.uiLanguage, ctx.hints.locale, t.appliedLog, {
              customers,
              orders: result.log.orderRows,
              sheet: written.customerSheetName,
            })
          : say(open.uiLanguage, ctx.hints.locale, t.applied, { rows: customers, columns: plan.width }),
    };
  } catch (error) {
    if (!(error instanceof PartialWriteError)) throw error;
    return refused(error, error.wrote ? t.applyStopped : t.applyNotStarted, open.uiLanguage);
  }
}

/**
 * The run history's part of this Apply (historyPlan.ts), its row states set on the classification result; null for a
 * table without customer names, which cannot be followed from run to run.
 */
function historyOf(gateway: SheetGateway, result: Segmentation, settings: Settings): HistoryPlan | null {
  const t = result.classified.table;
  if (!t.customer.some((name, i) => !t.blank[i] && name.trim() !== '')) return null;
  const date = formatDayNumber(result.classified.asOf);
  const words = catalogue(settings.language);
  const headerOf = (column: string) =>
    column in words.headers ? words.headers[column as ClassificationId].group : (words.history[column as 'date'] as string);
  const { plan, rows } = planHistory(gateway.readHistory(date), result, settings, date, headerOf);
  result.classified.history = rows;
  return plan;
}

function countCustomers(result: Segmentation): number {
  const t = result.classified.table;
  let n = 0;
  for (let i = 0; i < t.n; i++) if (!t.blank[i]) n++;
  return n;
}

/** Settings as saved: an analysis date an older version kept there is dropped (a date is never saved). */
function withoutAsOf(settings: SettingsInput & { asOf?: unknown }): SavedRun['settings'] {
  const { asOf: _runOnly, ...rest } = settings ?? {};
  return rest;
}

/** What the next run offers again: the settings, the shape, and the chosen columns by header text. */
function savedRunOf(request: RunRequest, result: Segmentation): SavedRun {
  const byHeader = <F extends string>(fields: readonly F[], given: Partial<Record<F, number | null>> | undefined) => {
    const out: Partial<Record<F, string | null>> = {};
    for (const field of fields) {
      const column = given?.[field];
      if (column === null) out[field] = null;
      else if (typeof column === 'number') out[field] = result.header[column] ?? null;
    }
    return out;
  };
  const run: SavedRun = { settings: withoutAsOf(request.settings), columns: byHeader(FIELDS, request.columns), shape: result.shape };
  if (result.shape === 'orders') run.logColumns = byHeader(LOG_FIELDS, request.logColumns);
  return run;
}

/** Clear; the history stays unless the user chose to drop it (`keepHistory: false`). */
export function clear(options?: { keepHistory?: boolean }): Result<ClearResult> {
  const language = uiLanguage();
  return withDocumentLock(language, () => {
    const t = messages(language);
    const gateway = SheetGateway.openActive({ withValues: false });
    const plan = planClear(gateway.read, options?.keepHistory !== false);
    if (!plan) return { ok: true, message: t.nothingToClear } as ClearResult;
    try {
      gateway.clear(plan);
    } catch (error) {
      return refused(error, t.clearStopped, language);
    }
    return { ok: true, message: t.cleared } as ClearResult;
  });
}

export function selectCell(row: number, column: number): void {
  SheetGateway.selectCell(row, column);
}

/** The menu's "Re-run the last classification": the saved settings and columns on the active sheet, as of today. */
export function rerunLast(): Result<ApplyResult> {
  return withDocumentLock(uiLanguage(), () => applyLocked({ columns: {}, settings: {} }, true));
}

/** Two runs of the history, compared: each classification's from → to counts (the sidebar's "compare runs"). */
export function compareRuns(request: CompareRequest): Result<CompareResult> {
  const t = messages(uiLanguage());
  const gateway = SheetGateway.openActive({ withValues: false });
  const runs = gateway.historyRuns();
  const from = runs.find((r) => r.date === request?.from);
  const to = runs.find((r) => r.date === request?.to);
  const read = from && to ? gateway.historyRows([from, to]) : null;
  if (!from || !to || !read) return fail(t.noHistoryRun);
  const [before, after] = read.rows;
  return {
    ok: true,
    from: from.date,
    to: to.date,
    classifications: compareRows(read.record, before, after).map(({ classification, movement: m }) => ({
      classification,
      from: m.from,
      to: m.to,
      colors: Object.fromEntries([...m.from, ...m.to].map((g) => [g, (PALETTE as Record<string, string>)[g] ?? PROBLEM_COLOR])),
      cells: m.cells.map((row) => row.map((c) => c.count)),
      gone: m.gone.map((c) => c.count),
      added: m.added.map((c) => c.count),
    })),
  };
}
