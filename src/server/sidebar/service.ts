// The sidebar's server calls: analyze the active sheet, preview the groups, apply (write, colour, summarise) and
// clear. Each is read → segment → plan → write: the gateway (sheetGateway.ts) is the only code that touches the
// spreadsheet, and the plans (applyPlan.ts) are decided before anything is written.
import {
  availableClassifications,
  cellToText,
  CLASSIFICATION_IDS,
  DEFAULT_SETTINGS,
  detectColumns,
  PALETTE,
  FIELDS,
  findTable,
  formatDayNumber,
  parseSettings,
  resolveAsOf,
  segmentValues,
  type Cell,
  type ColumnMap,
  type Field,
  type HeaderMatch,
  type Language,
  type Segmentation,
  type Settings,
  type SettingsInput,
  type TableLocation,
} from '../../engine';
import { catalogue, label, settingErrorText } from '../../i18n/text';
import type {
  AnalyzeResult,
  ApplyResult,
  ClearResult,
  Failure,
  PreviewResult,
  ProblemCount,
  Result,
  RunRequest,
} from '../../shared/contract';
import { contextOf, languageOfLocale, type SheetContext } from '../sheetContext';
import { planApply, planClear } from './applyPlan';
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

/** The user's dropdown choices win over detection; a saved choice is matched by header text. */
function chosenColumns(request: RunRequest | null, detected: HeaderMatch): ColumnMap | undefined {
  if (!request?.columns || Object.keys(request.columns).length === 0) return undefined;
  const map: ColumnMap = {};
  for (const field of FIELDS) {
    const column = request.columns[field];
    if (typeof column === 'number' && column >= 0) map[field] = column;
  }
  const same = FIELDS.every((f) => map[f] === detected.columns[f]);
  // Untouched dropdowns keep the detected shape (an order log stays an order log).
  return same ? undefined : map;
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
  if (open.gateway.read.summaryOf) return fail(t.onSummarySheet);
  if (!open.location || !open.detected) return fail(t.noTable);
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
    columns: chosenColumns(request, open.detected),
  });
  if (!result.ok) return fail(t.noColumns);
  if (result.classified.computed.length === 0) return fail(t.nothingToCompute);
  return { ok: true, result, settings: settings.settings };
}

/** A saved column choice (by header text) as an index within the table, or null for "not used". */
function savedColumnIndices(saved: SavedRun | null, header: readonly string[]): Partial<Record<Field, number | null>> {
  const out: Partial<Record<Field, number | null>> = {};
  if (!saved) return out;
  for (const field of FIELDS) {
    const wanted = saved.columns[field];
    if (wanted === null) out[field] = null;
    else if (typeof wanted === 'string' && header.includes(wanted)) out[field] = header.indexOf(wanted);
  }
  return out;
}

function headerOf(open: OpenSheet): string[] {
  const location = open.location as TableLocation;
  return open.values[location.headerRow].slice(location.firstCol, location.lastCol + 1).map((c) => cellToText(c));
}

export function analyze(): Result<AnalyzeResult> {
  const open = openActiveSheet();
  const t = messages(open.uiLanguage);
  if (open.gateway.read.summaryOf) return fail(t.onSummarySheet);
  if (!open.location || !open.detected) return fail(t.noTable);
  const { location, detected, ctx } = open;
  const saved = open.gateway.savedRun();
  const settings = settingsFor(saved?.settings, ctx, open.uiLanguage);
  const base: Settings = settings.ok ? settings.settings : { ...DEFAULT_SETTINGS, language: ctx.language };
  const header = headerOf(open);
  const columns: ColumnMap = { ...detected.columns };
  // A saved choice of column (by header text) is offered again when that header is still there.
  for (const [field, index] of Object.entries(savedColumnIndices(saved, header)) as [Field, number | null][]) {
    if (index === null) delete columns[field];
    else columns[field] = index;
  }
  const shape = detected.shape === 'orders' ? 'orders' : 'customers';
  const result = segmentValues(open.values, {
    settings: base,
    asOf: ctx.today,
    hints: ctx.hints,
    location,
    summary: false,
    columns: shape === 'orders' ? undefined : columns,
  });
  if (!result.ok) return fail(t.noColumns);
  const table = result.classified.table;
  const problems = table.problems;
  const counts = new Map<string, ProblemCount>();
  for (const p of problems) {
    const key = `${p.code}|${p.field}`;
    const entry = counts.get(key) ?? { code: p.code, field: p.field, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const has = (f: Field) => columns[f] !== undefined;
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
    shape,
    customers: countCustomers(result),
    problemCounts: [...counts.values()],
    firstProblems: problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => ({
      row: p.row,
      column: location.firstCol + 1 + (columns[p.field] ?? 0),
      field: p.field,
      value: p.value,
      code: p.code,
      severity: p.severity,
    })),
    problemTotal: problems.length,
    available: shape === 'orders' ? CLASSIFICATION_IDS.filter((c) => c !== 'intent') : availableClassifications(has, base.tierMetric),
    settings: base,
    today: formatDayNumber(ctx.today),
    hasOutput: open.gateway.read.block !== null,
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
    classifications: ordered.map((s) => ({
      classification: s.classification,
      title: catalogue(settings.language).headers[s.classification].group,
      groups: s.groups.map((g) => ({
        group: g.group,
        label: label(g.group, settings.language),
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

export function apply(request: RunRequest): Result<ApplyResult> {
  return withDocumentLock(uiLanguage(), () => applyLocked(request, false));
}

/** `savedChoices`: the menu's re-run, whose columns and settings are the saved ones, matched on this sheet. */
function applyLocked(given: RunRequest, savedChoices: boolean): Result<ApplyResult> {
  const open = openActiveSheet();
  const t = messages(open.uiLanguage);
  let request = given;
  if (savedChoices) {
    const saved = open.gateway.savedRun();
    request = {
      columns: open.location ? savedColumnIndices(saved, headerOf(open)) : {},
      settings: saved ? withoutAsOf(saved.settings) : {},
    };
  }
  const run = segment(open, request);
  if (!run.ok) return run;
  const { result, settings } = run;
  const { gateway, ctx } = open;
  const language = settings.language;
  const customers = countCustomers(result);
  const plan = planApply({
    read: gateway.read,
    result,
    settings,
    today: formatDayNumber(ctx.today),
    asOf: formatDayNumber(result.classified.asOf),
    frozenRows: gateway.read.block ? 0 : gateway.frozenRows(),
    newBlockId: Utilities.getUuid(),
    summaryInput: { summaries: result.summary, top: topCustomers(result, language), customers },
    saveRun: { settings: withoutAsOf(request.settings), columns: savedColumns(request, result) },
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
      message: t.applied(customers, plan.width),
    };
  } catch (error) {
    if (!(error instanceof PartialWriteError)) throw error;
    return refused(error, error.wrote ? t.applyStopped : t.applyNotStarted, open.uiLanguage);
  }
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

function savedColumns(request: RunRequest, result: Segmentation): Partial<Record<Field, string | null>> {
  const out: Partial<Record<Field, string | null>> = {};
  if (!request.columns) return out;
  for (const field of FIELDS) {
    const column = request.columns[field];
    if (column === null) out[field] = null;
    else if (typeof column === 'number') out[field] = result.header[column] ?? null;
  }
  return out;
}

export function clear(): Result<ClearResult> {
  const language = uiLanguage();
  return withDocumentLock(language, () => {
    const t = messages(language);
    const gateway = SheetGateway.openActive({ withValues: false });
    const plan = planClear(gateway.read);
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
