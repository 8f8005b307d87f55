// The sidebar's server calls: analyze the active sheet, preview the groups, apply (write, colour, summarise) and
// clear. Every sheet read is one getValues and every block one write, so the number of Spreadsheet calls does not
// grow with the number of rows.
import { availableClassifications } from '../../engine/classifyCustomers';
import { findTable, type TableLocation } from '../../engine/findTable';
import { CLASSIFICATIONS } from '../../engine/groups';
import { detectColumns, type HeaderMatch } from '../../engine/headers';
import { classificationTitle } from '../../engine/i18n/columnHeaders';
import { dayNumberOfYmd, formatDayNumber } from '../../engine/parse/dates';
import { segmentValues, type Segmentation } from '../../engine/segment';
import { DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsInput } from '../../engine/settings';
import { cellToText } from '../../engine/text';
import { FIELDS, type Cell, type ColumnMap, type Field, type Language } from '../../engine/types';
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
import { languageOfLocale, sheetContext, type SheetContext } from '../sheetContext';
import { messages } from './messages';
import { findOwnedBlock, recordBlock, type OwnedBlock, type OutputRecord } from './ownership';
import { blockValues, columnFormat, planColumns } from './outputPlan';
import { isOurRule, planRules } from './rulesPlan';
import { topCustomers } from './topCustomers';
import { isSummarySheet, writeSummarySheet } from './summarySheet';
import { loadSavedRun, saveRun } from './settingsStore';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Wait this long for another run (another tab, the menu) to finish before giving up with a message. */
const LOCK_WAIT_MS = 30000;
const MAX_LISTED_PROBLEMS = 20;

interface OpenSheet {
  spreadsheet: Spreadsheet;
  sheet: Sheet;
  ctx: SheetContext;
  uiLanguage: Language;
  values: Cell[][];
  owned: OwnedBlock | null;
  location: TableLocation | null;
  detected: HeaderMatch | null;
}

function uiLanguage(): Language {
  return languageOfLocale(Session.getActiveUserLocale());
}

/** One read of the active sheet. Our own output columns are blanked so they are never read as the user's data. */
function openActiveSheet(): OpenSheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const ctx = sheetContext(spreadsheet);
  const owned = findOwnedBlock(sheet);
  const dataRange = sheet.getDataRange();
  const values = dataRange.getValues() as Cell[][];
  showPercents(values, dataRange.getNumberFormats());
  if (owned) {
    const end = owned.firstColumn - 1 + owned.width;
    for (const row of values) for (let c = owned.firstColumn - 1; c < end && c < row.length; c++) row[c] = '';
  }
  const location = findTable(values);
  const detected = location ? detectColumns(values[location.headerRow].slice(location.firstCol, location.lastCol + 1)) : null;
  return { spreadsheet, sheet, ctx, uiLanguage: uiLanguage(), values, owned, location, detected };
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
  if (!request || !request.columns || Object.keys(request.columns).length === 0) return undefined;
  const map: ColumnMap = {};
  for (const field of FIELDS) {
    const column = request.columns[field];
    if (typeof column === 'number' && column >= 0) map[field] = column;
  }
  const same = FIELDS.every((f) => map[f] === detected.columns[f]);
  // Untouched dropdowns keep the detected shape (an order log stays an order log).
  return same ? undefined : map;
}

function settingsFor(input: SettingsInput | undefined, ctx: SheetContext): { ok: true; settings: Settings } | Failure {
  const parsed = parseSettings({ language: ctx.language, ...(input ?? {}) }, ctx.language);
  if (!parsed.ok) return fail(parsed.errors.map((e) => e.message).join(' '), parsed.errors);
  return parsed;
}

function asOfOf(settings: Settings, ctx: SheetContext): number {
  if (!settings.asOf) return ctx.today;
  const [y, m, d] = settings.asOf.split('-').map(Number);
  return dayNumberOfYmd(y, m, d);
}

function segment(open: OpenSheet, request: RunRequest | null): { ok: true; result: Segmentation; settings: Settings } | Failure {
  const t = messages(open.uiLanguage);
  if (isSummarySheet(open.values)) return fail(t.onSummarySheet);
  if (!open.location || !open.detected) return fail(t.noTable);
  const settings = settingsFor(request?.settings, open.ctx);
  if (!settings.ok) return settings;
  const result = segmentValues(open.values, {
    settings: settings.settings,
    asOf: asOfOf(settings.settings, open.ctx),
    hints: open.ctx.hints,
    location: open.location,
    columns: chosenColumns(request, open.detected),
  });
  if (!result.ok) return fail(t.noColumns);
  if (result.classified.computed.length === 0) return fail(t.nothingToCompute);
  return { ok: true, result, settings: settings.settings };
}

export function analyze(): Result<AnalyzeResult> {
  const open = openActiveSheet();
  const t = messages(open.uiLanguage);
  if (isSummarySheet(open.values)) return fail(t.onSummarySheet);
  if (!open.location || !open.detected) return fail(t.noTable);
  const { location, detected, ctx } = open;
  const saved = loadSavedRun();
  const settings = settingsFor(saved?.settings, ctx);
  const base: Settings = settings.ok ? settings.settings : { ...DEFAULT_SETTINGS, language: ctx.language };
  const header = open.values[location.headerRow].slice(location.firstCol, location.lastCol + 1).map((c) => cellToText(c));
  const columns: ColumnMap = { ...detected.columns };
  // A saved choice of column (by header text) is offered again when that header is still there.
  if (saved) {
    for (const field of FIELDS) {
      const wanted = saved.columns[field];
      if (wanted === null) delete columns[field];
      else if (typeof wanted === 'string') {
        const index = header.indexOf(wanted);
        if (index >= 0) columns[field] = index;
      }
    }
  }
  const shape = detected.shape === 'orders' ? 'orders' : 'customers';
  const result = segmentValues(open.values, {
    settings: base,
    asOf: asOfOf(base, ctx),
    hints: ctx.hints,
    location,
    summary: false,
    columns: shape === 'orders' ? undefined : columns,
  });
  if (!result.ok) return fail(t.noColumns);
  const table = result.classified.table;
  let customers = 0;
  for (let i = 0; i < table.n; i++) if (!table.blank[i]) customers++;
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
    sheetName: open.sheet.getName(),
    uiLanguage: open.uiLanguage,
    headerRow: location.headerRow + 1,
    firstDataRow: location.firstDataRow + 1,
    lastDataRow: location.lastDataRow + 1,
    firstColumn: location.firstCol + 1,
    lastColumn: location.lastCol + 1,
    header,
    columns: FIELDS.map((field) => ({ field, column: columns[field] ?? null })),
    shape,
    customers,
    problemCounts: [...counts.values()],
    firstProblems: problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => ({
      row: p.row,
      column: location.firstCol + 1 + (columns[p.field] ?? 0),
      field: p.field,
      value: p.value,
      reason: p.reason,
      severity: p.severity,
    })),
    problemTotal: problems.length,
    available: shape === 'orders' ? CLASSIFICATIONS.filter((c) => c !== 'intent') : availableClassifications(has, base.tierMetric),
    settings: base,
    today: formatDayNumber(ctx.today),
    hasOutput: open.owned !== null,
  };
}

export function preview(request: RunRequest): Result<PreviewResult> {
  const open = openActiveSheet();
  const run = segment(open, request);
  if (!run.ok) return run;
  const { result, settings } = run;
  const main = settings.mainGrouping;
  const ordered = [...result.summary].sort((a, b) => Number(b.classification === main) - Number(a.classification === main));
  let customers = 0;
  for (let i = 0; i < result.classified.table.n; i++) if (!result.classified.table.blank[i]) customers++;
  return {
    ok: true,
    customers,
    classifications: ordered.map((s) => ({
      classification: s.classification,
      title: classificationTitle(s.classification, settings.language),
      groups: s.groups.map((g) => ({ group: g.group, label: g.label, color: g.color, customers: g.customers, share: g.share, revenue: g.revenue })),
      problems: s.problems,
      notApplicable: s.notApplicable,
    })),
  };
}

function withDocumentLock<T>(language: Language, work: () => T): T | Failure {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return fail(messages(language).busy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

export function apply(request: RunRequest): Result<ApplyResult> {
  return withDocumentLock(uiLanguage(), () => applyLocked(request));
}

function applyLocked(request: RunRequest): Result<ApplyResult> {
  const open = openActiveSheet();
  const t = messages(open.uiLanguage);
  const run = segment(open, request);
  if (!run.ok) return run;
  const { result, settings } = run;
  const { sheet, owned, ctx } = open;
  const location = result.location;
  const language = settings.language;
  const planned = planColumns(result.classified.computed, language);
  const width = planned.length;

  // Where the block goes: where it was, resized inside (so the metadata on its columns follows); else new columns
  // right after the table, so the user's cells to the right move over instead of being overwritten.
  let firstColumn: number;
  let insertedColumns = false;
  if (owned) {
    firstColumn = owned.firstColumn;
    const lastOwned = owned.firstColumn + owned.width - 1;
    if (width > owned.width) sheet.insertColumnsBefore(lastOwned, width - owned.width);
    if (width < owned.width) sheet.deleteColumns(owned.firstColumn, owned.width - width);
  } else {
    const lastTableColumn = location.lastCol + 1;
    insertedColumns = lastTableColumn < open.values[0].length;
    sheet.insertColumnsAfter(lastTableColumn, width);
    firstColumn = lastTableColumn + 1;
  }

  // One write covers every row of the data range: the answers beside the table, blanks above and below it, so
  // nothing of an earlier run stays behind when the table shrank or moved.
  const answers = blockValues(result.classified, result.rowCustomer, planned, language, ctx.hints.timeZone);
  const height = Math.max(open.values.length, location.headerRow + answers.length);
  const blank = () => new Array<Cell>(width).fill('');
  const values: Cell[][] = [];
  for (let r = 0; r < height; r++) {
    const k = r - location.headerRow;
    values.push(k >= 0 && k < answers.length ? answers[k] : blank());
  }
  const block = sheet.getRange(1, firstColumn, height, width);
  const formats = values.map(() => planned.map((column) => columnFormat(column)));
  formats[location.headerRow] = planned.map(() => '@');
  block.setNumberFormats(formats);
  block.setValues(values);

  // Rules: keep the user's, in their order, and put ours after them (theirs take priority where both apply).
  const dataRows = location.lastDataRow - location.firstDataRow + 1;
  const rules = sheet.getConditionalFormatRules().filter((rule) => !isOurRule(ruleFormula(rule)));
  if (dataRows > 0) {
    const planRows = planRules({
      columns: planned,
      mainGrouping: result.classified.computed.includes(settings.mainGrouping) ? settings.mainGrouping : null,
      rfmPreset: settings.rfmPreset,
      language,
      firstColumn,
      firstRow: 1,
      rowsFirstRow: location.firstDataRow + 1,
    });
    // Whole rows: from the table's first column to the block's last, data rows only.
    const rows = sheet.getRange(location.firstDataRow + 1, location.firstCol + 1, dataRows, firstColumn + width - 1 - location.firstCol);
    for (const rule of planRows) {
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(rule.formula)
          .setBackground(rule.background)
          .setRanges([rule.target === 'block' ? block : rows])
          .build(),
      );
    }
  }
  sheet.setConditionalFormatRules(rules);

  // Freeze the header row (as a user would for a long table); Clear restores what was there.
  const frozenRowsBefore = owned ? owned.record.frozenRowsBefore : sheet.getFrozenRows();
  const headerRow = location.headerRow + 1;
  if (frozenRowsBefore < headerRow && owned?.record.headerRow !== headerRow) sheet.setFrozenRows(headerRow);

  const rowsClassified = countCustomers(result);
  const summary = writeSummarySheet({
    spreadsheet: open.spreadsheet,
    previous: owned && owned.record.summarySheetId !== null ? { id: owned.record.summarySheetId, name: owned.record.summarySheetName } : null,
    summaries: result.summary,
    top: topCustomers(result, language),
    settings,
    language,
    asOf: formatDayNumber(result.classified.asOf),
    made: formatDayNumber(ctx.today),
    customers: rowsClassified,
  });
  // Inserting a sheet makes it the active one: the user stays on the sheet they classified.
  sheet.activate();

  const record: OutputRecord = {
    version: 1,
    headers: planned.map((c) => c.header),
    frozenRowsBefore,
    headerRow,
    summarySheetId: summary.id,
    summarySheetName: summary.name,
    appliedAt: formatDayNumber(ctx.today),
  };
  if (owned) owned.metadata.setValue(JSON.stringify(record));
  else recordBlock(sheet, firstColumn, width, record);
  saveRun({ settings: { ...request.settings }, columns: savedColumns(request, result) });
  return {
    ok: true,
    firstOutputColumn: firstColumn,
    outputColumns: width,
    rows: rowsClassified,
    summarySheet: summary.name,
    insertedColumns,
    message: t.applied(rowsClassified, width),
  };
}

function countCustomers(result: Segmentation): number {
  let n = 0;
  for (let i = 0; i < result.rowCustomer.length; i++) if (result.rowCustomer[i] >= 0) n++;
  return n;
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

function ruleFormula(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): string | null {
  const condition = rule.getBooleanCondition();
  if (!condition) return null;
  const values = condition.getCriteriaValues();
  return typeof values[0] === 'string' ? values[0] : null;
}

export function clear(): Result<ClearResult> {
  const language = uiLanguage();
  return withDocumentLock(language, () => {
    const t = messages(language);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = spreadsheet.getActiveSheet();
    const owned = findOwnedBlock(sheet);
    if (!owned) return { ok: true, message: t.nothingToClear } as ClearResult;
    const rules = sheet.getConditionalFormatRules();
    const theirs = rules.filter((rule) => !isOurRule(ruleFormula(rule)));
    if (theirs.length !== rules.length) sheet.setConditionalFormatRules(theirs);
    // The metadata sits on these columns and goes with them.
    sheet.deleteColumns(owned.firstColumn, owned.width);
    if (sheet.getFrozenRows() !== owned.record.frozenRowsBefore) sheet.setFrozenRows(owned.record.frozenRowsBefore);
    if (owned.record.summarySheetId !== null) {
      const summary = spreadsheet.getSheetById(owned.record.summarySheetId);
      if (summary) spreadsheet.deleteSheet(summary);
    }
    return { ok: true, message: t.cleared } as ClearResult;
  });
}

export function selectCell(row: number, column: number): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  sheet.getRange(row, column).activate();
}

/** The menu's "Re-run the last classification": the saved settings and columns on the active sheet. */
export function rerunLast(): Result<ApplyResult> {
  const saved = loadSavedRun();
  const open = openActiveSheet();
  const columns: RunRequest['columns'] = {};
  if (saved && open.location) {
    const header = open.values[open.location.headerRow].slice(open.location.firstCol, open.location.lastCol + 1).map((c) => cellToText(c));
    for (const field of FIELDS) {
      const wanted = saved.columns[field];
      if (wanted === null) columns[field] = null;
      else if (typeof wanted === 'string' && header.includes(wanted)) columns[field] = header.indexOf(wanted);
    }
  }
  return apply({ columns, settings: saved?.settings ?? {} });
}
