// The only code of the sidebar's server that calls SpreadsheetApp and PropertiesService: it reads the active sheet
// and what the add-on owns in the spreadsheet, and carries out an Apply or Clear plan in an order where every state
// in between can be found and removed by Clear (ownership.ts). Each read is one call for the whole sheet and each
// block one write, so the number of Spreadsheet calls does not grow with the number of rows.
import type { Cell } from '../../engine';
import type { TaughtIntent } from '../../engine';
import { columnLetter } from '../../shared/a1';
import { readTaughtEntries, teach, type TaughtEntry } from '../taughtStore';
import { TEXT_FORMAT } from '../../output/columns';
import { NEW_SHEET_ROWS, type ApplyPlan, type ClearPlan, type OwnedSheetPlan, type PlannedRange } from './applyPlan';
import {
  blocksOf,
  LAST_RUN_KEY,
  markerText,
  METADATA_KEY,
  parseMarker,
  parsePending,
  parseSavedRun,
  pendingKey,
  type FoundMarker,
  type OwnedBlock,
  type PendingRun,
  type SavedRun,
} from './ownership';
import { isOurRule } from './rulesPlan';
import {
  baseRunOf,
  historyWidth,
  parseHistoryRecord,
  runsOf,
  type HistoryRead,
  type HistoryRecord,
  type HistoryRun,
  type HistoryWrite,
} from './historyPlan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** What one look at the active sheet gives: its cells, conventions and what the add-on owns. */
export interface SheetRead {
  sheetId: number;
  locale: string;
  timeZone: string;
  /** The data range's values, our own output columns blanked so they are never read as the user's data. */
  values: Cell[][];
  /** Number formats of the same cells (a typed `12%` is a number with a percent format). */
  numberFormats: string[][];
  /** Our block on this sheet, if any. */
  block: OwnedBlock | null;
  /** The block whose summary sheet or customer sheet (an order log's) this sheet is, if it is one. */
  resultsOf: OwnedBlock | null;
  /** A run on this sheet that did not finish, if any. */
  pending: PendingRun | null;
  /** The run history sheet (historyPlan.ts), found by its metadata, and whether it is the active sheet. */
  historySheetId?: number | null;
  isHistory?: boolean;
}

/** The history sheet as found: the sheet, its metadata entry and record. */
interface FoundHistory {
  sheet: Sheet;
  entry: DeveloperMetadata;
  record: HistoryRecord;
}

/** A change that Google Sheets refused part way; `wrote` tells whether anything had been changed before it. */
export class PartialWriteError extends Error {
  constructor(
    refusal: unknown,
    readonly wrote: boolean,
  ) {
    // Read .message rather than test instanceof Error: the platform's errors may come from another realm.
    const message = (refusal as { message?: unknown } | null)?.message;
    super(typeof message === 'string' ? message : String(refusal));
  }
}

interface OwnedSheet {
  sheet: Sheet;
  id: number;
  name: string;
  isNew: boolean;
  /** The range the plan's rectangle is written to. */
  area: Range;
}

/** What an Apply has done so far that a refused change must know about. */
interface RecoveryState {
  /** Columns inserted, and marked so that Clear finds them. */
  inserted: boolean;
  marked: boolean;
  /** Sheets this run made, by id. */
  made: { summary?: number; customers?: number };
  /** insertSheet made the new sheet the active one. */
  activeMoved: boolean;
  /** A history sheet this run made, by id, until its metadata marks it as ours. */
  unmarkedHistory?: Sheet;
}

/** Columns of a sheet insertSheet makes (https://support.google.com/docs/answer/37603: 1,000 rows and 26 columns). */
const NEW_SHEET_COLUMNS = 26;

export class SheetGateway {
  private readonly markers: FoundMarker[];
  private readonly entries: Map<string, DeveloperMetadata>;
  private props: GoogleAppsScript.Properties.Properties | null = null;
  private taught: TaughtEntry[] | null = null;

  private constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly sheet: Sheet,
    readonly read: SheetRead,
    markers: FoundMarker[],
    entries: Map<string, DeveloperMetadata>,
    /** The data range as read: the rows' colour rules sit on it, at no further call (rulesPlan.ts). */
    private readonly dataRange: Range | null,
    private readonly history: FoundHistory | null,
  ) {
    this.markers = markers;
    this.entries = entries;
  }

  /** One read of the active sheet and of every entry the add-on keeps in the spreadsheet. */
  static openActive(options: { withValues: boolean }): SheetGateway {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = spreadsheet.getActiveSheet();
    const locale = spreadsheet.getSpreadsheetLocale();
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const { markers, entries, history } = findMarkers(spreadsheet);
    let sheetId: number;
    let values: Cell[][] = [];
    let numberFormats: string[][] = [];
    let dataRange: Range | null = null;
    if (options.withValues) {
      dataRange = sheet.getDataRange();
      sheetId = dataRange.getGridId();
      values = dataRange.getValues() as Cell[][];
      numberFormats = dataRange.getNumberFormats();
    } else {
      sheetId = sheet.getSheetId();
    }
    const blocks = blocksOf(markers);
    const block = blocks.find((b) => b.sheetId === sheetId) ?? null;
    if (block) {
      for (const row of values) for (let c = block.first - 1; c < block.last && c < row.length; c++) row[c] = '';
    }
    const resultsOf = blocks.find((b) => b.record.summarySheetId === sheetId || b.record.customerSheetId === sheetId) ?? null;
    const gateway = new SheetGateway(
      spreadsheet,
      sheet,
      {
        sheetId,
        locale,
        timeZone,
        values,
        numberFormats,
        block,
        resultsOf,
        pending: null,
        historySheetId: history ? history.sheet.getSheetId() : null,
        isHistory: false,
      },
      markers,
      entries,
      dataRange,
      history,
    );
    gateway.read.isHistory = gateway.read.historySheetId === sheetId;
    gateway.read.pending = parsePending(gateway.properties().getProperty(pendingKey(sheetId)));
    return gateway;
  }

  /** Selecting a problem's cell needs nothing else. */
  static selectCell(row: number, column: number): void {
    SpreadsheetApp.getActiveSheet().getRange(row, column).activate();
  }

  sheetName(): string {
    return this.sheet.getName();
  }

  private properties(): GoogleAppsScript.Properties.Properties {
    this.props ??= PropertiesService.getDocumentProperties();
    return this.props;
  }

  /** The phrases the user taught (taughtStore.ts), read once. */
  taughtEntries(): TaughtEntry[] {
    this.taught ??= readTaughtEntries(this.properties());
    return this.taught;
  }

  teach(note: string, intent: TaughtIntent | null, today: string): ReturnType<typeof teach> {
    const done = teach(this.properties(), note, intent, this.taughtEntries(), today);
    this.taught = null;
    return done;
  }

  savedRun(): SavedRun | null {
    return parseSavedRun(this.properties().getProperty(LAST_RUN_KEY));
  }

  frozenRows(): number {
    return this.sheet.getFrozenRows();
  }

  /**
   * Carries out an Apply plan. The owned sheets come first (the summary, an order log's customer list), so that the
   * block's record can name them; the columns are marked as soon as they exist. A refused change stops the run with a
   * PartialWriteError after putting back what only this call could know about: columns it inserted but could not
   * mark yet, and the user's sheet as the active one.
   */
  apply(plan: ApplyPlan): { summarySheetId: number; summaryName: string; customerSheetName: string | null } {
    const props = this.properties();
    const pending: PendingRun = { ...plan.pending };
    const state: RecoveryState = { inserted: false, marked: plan.placement.kind === 'resize', made: {}, activeMoved: false };
    let wrote = false;
    const savePending = () => props.setProperty(pendingKey(pending.sheetId), JSON.stringify(pending));
    try {
      // The pending record is ours alone: the user's spreadsheet is unchanged until the first sheet is made.
      savePending();
      const summary = this.ownedSheet(plan.summary, 'summary', state);
      wrote = true;
      pending.summarySheetId = summary.id;
      savePending();
      const customers = plan.customers ? this.ownedSheet(plan.customers, 'customers', state) : null;
      if (customers) {
        pending.customerSheetId = customers.id;
        savePending();
      }
      const historySheet = plan.history ? this.historySheet(plan.history.write, plan.history.names, state) : null;
      // Back to the user's sheet: the sidebar goes on working on it.
      if (state.activeMoved) {
        this.sheet.activate();
        state.activeMoved = false;
      }
      this.writeOwned(summary, plan.summary);
      this.writeChart(summary, plan.summary.chart);
      if (customers && plan.customers) this.writeOwned(customers, plan.customers);

      // The block: placed (inserted, or resized between its markers), marked, then written.
      const placement = plan.placement;
      const record = {
        ...plan.record,
        summarySheetId: summary.id,
        summaryName: summary.name,
        ...(customers ? { customerSheetId: customers.id, customerSheetName: customers.name } : {}),
      };
      const lastColumn = plan.firstColumn + plan.width - 1;
      let firstColumnRange: Range | null = null;
      if (placement.kind === 'insert') {
        this.sheet.insertColumnsAfter(placement.after, plan.width);
        state.inserted = true;
        firstColumnRange = this.sheet.getRange(columnRef(plan.firstColumn));
        firstColumnRange.addDeveloperMetadata(METADATA_KEY, markerText({ role: 'first', record }));
        // A one-column block needs no second marker: its first marker is also its last (ownership.ts blocksOf).
        if (plan.width > 1) {
          this.sheet
            .getRange(columnRef(lastColumn))
            .addDeveloperMetadata(METADATA_KEY, markerText({ role: 'last', blockId: record.blockId }));
        }
        state.marked = true;
      } else {
        // Grow before the last column and shrink after the first, so both markers stay where they are.
        if (placement.grow > 0) this.sheet.insertColumnsBefore(placement.last, placement.grow);
        if (placement.shrink > 0) this.sheet.deleteColumns(placement.first + 1, placement.shrink);
        this.firstMarkerOf(placement.blockId)?.setValue(markerText({ role: 'first', record }));
      }
      // A one-column block is written through its whole column (one range for the marker and the cells); a wider one
      // through the rows it needs.
      const block = plan.width === 1 ? (firstColumnRange ?? this.sheet.getRange(columnRef(plan.firstColumn))) : this.range(plan.blockRange);
      // Inserted columns take the formats and validation of their neighbour: ours are set, never inherited.
      block.clear({ formatOnly: true, validationsOnly: true });
      if (plan.blockFormats) block.setNumberFormats(padRows(plan.blockFormats, block.getNumRows(), TEXT_FORMAT));
      block.setValues(padRows(plan.blockValues, block.getNumRows(), ''));

      // Rules: the user's stay first, in their order (theirs win where both apply); ours replace our old ones. The
      // rows' rules sit on the data range as read and on the block (rulesPlan.ts limits them to the table).
      const theirs = this.sheet.getConditionalFormatRules().filter((rule) => !isOurRule(ruleFormula(rule)));
      const rowRanges = this.dataRange ? [this.dataRange, block] : [block];
      const ours = plan.rules.map((rule) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(rule.formula)
          .setBackground(rule.background)
          .setRanges(rule.target === 'block' ? [block] : rowRanges)
          .build(),
      );
      this.sheet.setConditionalFormatRules([...theirs, ...ours]);

      if (plan.freeze !== null) this.sheet.setFrozenRows(plan.freeze);
      if (historySheet && plan.history) this.writeHistory(historySheet, plan.history.write);
      props.setProperty(LAST_RUN_KEY, JSON.stringify(plan.saveRun));
      // Finished: the record now lives on the markers. A pending record left by a refused delete is harmless.
      ignoreErrors(() => props.deleteProperty(pendingKey(pending.sheetId)));
      return { summarySheetId: summary.id, summaryName: summary.name, customerSheetName: customers?.name ?? null };
    } catch (error) {
      this.recover(state, plan, pending);
      throw new PartialWriteError(error, wrote);
    }
  }

  /**
   * Our sheet of an earlier run, emptied, or a new one under the first free name (insertSheet makes it active), with
   * room for the plan's rows and the range to write them. Its id comes from that range, at no cost.
   */
  private ownedSheet(plan: OwnedSheetPlan, role: keyof RecoveryState['made'], state: RecoveryState): OwnedSheet {
    let sheet = plan.reuseSheetId !== null ? this.spreadsheet.getSheetById(plan.reuseSheetId) : null;
    let name = plan.reuseName ?? plan.names[0];
    const isNew = sheet === null;
    if (sheet) {
      sheet.clear();
    } else {
      const made = this.insertSheetNamed(plan.names);
      sheet = made.sheet;
      name = made.name;
    }
    const height = plan.values.length;
    const known = isNew ? NEW_SHEET_ROWS : plan.knownRows;
    if (height > known) sheet.insertRowsAfter(known, height - known);
    const area = sheet.getRange(1, 1, height, plan.width);
    const id = area.getGridId();
    if (isNew) {
      state.made[role] = id;
      state.activeMoved = true;
    }
    return { sheet, id, name, isNew, area };
  }

  /** One rectangle of values, formats and colours; a new sheet's layout set. */
  private writeOwned(owned: OwnedSheet, plan: OwnedSheetPlan): void {
    const area = owned.area;
    area.setNumberFormats(plan.formats);
    area.setValues(plan.values);
    area.setBackgrounds(plan.backgrounds);
    if (owned.isNew && plan.columnWidth !== null) owned.sheet.setColumnWidths(1, plan.width, plan.columnWidth);
  }

  /** The chart of a new summary, or the one an earlier run made, changed in place. */
  private writeChart(owned: OwnedSheet, chart: ApplyPlan['summary']['chart']): void {
    const sheet = owned.sheet;
    const charts = owned.isNew ? [] : sheet.getCharts();
    if (!chart) {
      if (charts.length) sheet.removeChart(charts[0]);
      return;
    }
    const data = sheet.getRange(chart.data.row, chart.data.column, chart.data.numRows, chart.data.numColumns);
    const builder = (charts.length ? charts[0].modify().clearRanges() : sheet.newChart())
      .setChartType(Charts.ChartType.LINE)
      .addRange(data)
      .setNumHeaders(1)
      .setPosition(chart.row, 1, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend', { position: 'bottom' })
      .setOption('hAxis', { format: 'percent', viewWindow: { min: 0, max: 1 } })
      .setOption('vAxis', { format: 'percent', viewWindow: { min: 0, max: 1 } })
      // The curve, the 80% line dashed, and tier A's end as a point.
      .setOption('series', { 1: { lineDashStyle: [4, 4] }, 2: { pointSize: 8, lineWidth: 0 } });
    if (charts.length) sheet.updateChart(builder.build());
    else sheet.insertChart(builder.build());
  }

  /**
   * The history sheet: ours already, or made now (with exactly the columns it needs) and marked at once, so that
   * from its next call on it is found by its metadata. Until then `state.unmarkedHistory` holds it for recover().
   */
  private historySheet(write: HistoryWrite, names: readonly string[], state: RecoveryState): Sheet {
    if (!write.create && this.history) return this.history.sheet;
    const sheet = this.insertSheetNamed(names).sheet;
    state.unmarkedHistory = sheet;
    state.activeMoved = true;
    sheet.addDeveloperMetadata(METADATA_KEY, JSON.stringify(write.record));
    state.unmarkedHistory = undefined;
    if (write.width < NEW_SHEET_COLUMNS) sheet.deleteColumns(write.width + 1, NEW_SHEET_COLUMNS - write.width);
    else if (write.width > NEW_SHEET_COLUMNS) sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, write.width - NEW_SHEET_COLUMNS);
    return sheet;
  }

  /**
   * One run appended (or a same-day run replaced) in one block, after removing whole older runs (historyPlan.ts
   * thinning). Each step leaves runs that are whole: a refused call leaves the history as it was or with this run.
   */
  private writeHistory(sheet: Sheet, write: HistoryWrite): void {
    const existing = !write.create && this.history !== null;
    for (const d of write.deletes) sheet.deleteRows(d.row, d.count);
    if (existing && write.recordChanged) {
      const columns = sheet.getMaxColumns();
      if (write.width > columns) sheet.insertColumnsAfter(columns, write.width - columns);
    }
    if (write.create || write.recordChanged) sheet.getRange(1, 1, 1, write.width).setValues([write.header]);
    // Rows of its own for the run, whatever the sheet has below: one call, as many rows as it writes.
    sheet.insertRowsAfter(write.row - 1, write.values.length);
    const area = sheet.getRange(write.row, 1, write.values.length, write.width);
    area.setNumberFormats(write.formats);
    area.setValues(write.values);
    if (existing && write.recordChanged) this.history?.entry.setValue(JSON.stringify(write.record));
  }

  private historyMaxRows: number | null = null;

  /** The history's runs (the run-date column only); empty without a history. */
  historyRuns(): HistoryRun[] {
    const sheet = this.history?.sheet;
    if (!sheet) return [];
    const lastRow = sheet.getLastRow();
    return lastRow >= 2 ? runsOf(sheet.getRange(2, 1, lastRow - 1, 1).getValues() as Cell[][]) : [];
  }

  /** The history's record and the rows of some of its runs, one read each. */
  historyRows(runs: readonly HistoryRun[]): { record: HistoryRecord; rows: Cell[][][] } | null {
    const found = this.history;
    if (!found) return null;
    const width = historyWidth(found.record.columns);
    return { record: found.record, rows: runs.map((r) => found.sheet.getRange(r.row, 1, r.count, width).getValues() as Cell[][]) };
  }

  /** The history's runs and the rows of the run `date` follows, in a fixed number of calls; null without one. */
  readHistory(date: string): HistoryRead | null {
    const found = this.history;
    if (!found) return null;
    const sheet = found.sheet;
    const lastRow = sheet.getLastRow();
    this.historyMaxRows = sheet.getMaxRows();
    const runs = lastRow >= 2 ? runsOf(sheet.getRange(2, 1, lastRow - 1, 1).getValues() as Cell[][]) : [];
    const width = historyWidth(found.record.columns);
    const run = baseRunOf(runs, date);
    const base = run ? { run, rows: sheet.getRange(run.row, 1, run.count, width).getValues() as Cell[][] } : null;
    return {
      sheetId: this.read.historySheetId ?? -1,
      record: found.record,
      runs,
      maxRows: this.historyMaxRows,
      base,
    };
  }

  /** What a refused change leaves that only this run knows about, put right as far as the platform lets us. */
  private recover(state: RecoveryState, plan: ApplyPlan, pending: PendingRun): void {
    // A history sheet made but not marked could not be found again: it holds nothing yet, take it out.
    const unmarked = state.unmarkedHistory;
    if (unmarked) {
      let id: number | null = null;
      let deleted = false;
      ignoreErrors(() => {
        id = unmarked.getSheetId();
      });
      ignoreErrors(() => {
        this.spreadsheet.deleteSheet(unmarked);
        deleted = true;
      });
      // Not deleted: the pending record names it, and Clear removes it.
      if (!deleted && id !== null) pending.historySheetId = id;
    }
    // Columns inserted but not (fully) marked could not be found again: take them out now.
    if (state.inserted && !state.marked) ignoreErrors(() => this.sheet.deleteColumns(plan.firstColumn, plan.width));
    // Sheets made but not yet recorded as ours: record them, so Clear and the next Apply find them.
    // (Written again even when the run's own write of it seemed done: that may be the write that was refused.)
    const { summary, customers } = state.made;
    if (summary !== undefined || customers !== undefined || pending.historySheetId !== undefined) {
      ignoreErrors(() => {
        const record: PendingRun = { ...pending, summarySheetId: summary ?? pending.summarySheetId };
        if (customers !== undefined) record.customerSheetId = customers;
        this.properties().setProperty(pendingKey(pending.sheetId), JSON.stringify(record));
      });
    }
    // Clear works on the active sheet: the user's must be it again.
    if (state.activeMoved) ignoreErrors(() => this.sheet.activate());
  }

  /** insertSheet under the first name no sheet has; a user's own sheet of that name is never touched. */
  private insertSheetNamed(names: readonly string[]): { sheet: Sheet; name: string } {
    let last: unknown = null;
    for (const name of names) {
      try {
        return { sheet: this.spreadsheet.insertSheet(name), name };
      } catch (error) {
        // Only a name clash moves on to the next name; any other refusal stops the run.
        if (!/already exists/i.test(String((error as { message?: unknown })?.message ?? ''))) throw error;
        last = error;
      }
    }
    throw last;
  }

  /**
   * Carries out a Clear plan. The block's columns go last: their first marker holds the record, so a Clear that
   * stops part way can always be run again and finish.
   */
  clear(plan: ClearPlan): void {
    const target = plan.sheetId === this.read.sheetId ? this.sheet : this.sheetOfBlock(plan.sheetId);
    const props = this.properties();
    try {
      for (const id of plan.ownedSheetIds) {
        const owned = this.spreadsheet.getSheetById(id);
        if (owned) this.spreadsheet.deleteSheet(owned);
      }
      // Clearing from the history sheet itself with the history dropped: there is no sheet of the user's to tidy.
      const tidy = target && !plan.ownedSheetIds.includes(plan.sheetId) ? target : null;
      if (tidy && tidy !== this.sheet) tidy.activate();
      if (tidy) {
        const rules = tidy.getConditionalFormatRules();
        const theirs = rules.filter((rule) => !isOurRule(ruleFormula(rule)));
        if (theirs.length !== rules.length) tidy.setConditionalFormatRules(theirs);
        if (plan.frozenRows) {
          if (tidy.getFrozenRows() === plan.frozenRows.set) tidy.setFrozenRows(plan.frozenRows.before);
        }
        if (plan.columns) tidy.deleteColumns(plan.columns.first, plan.columns.last - plan.columns.first + 1);
      }
      props.deleteProperty(pendingKey(plan.sheetId));
    } catch (error) {
      throw new PartialWriteError(error, true);
    }
  }

  private sheetOfBlock(sheetId: number): Sheet | null {
    return sheetOfMarker(this.markers, this.entries, sheetId);
  }

  private firstMarkerOf(blockId: string): DeveloperMetadata | undefined {
    const m = this.markers.find((x) => x.value.role === 'first' && x.value.record.blockId === blockId);
    return m ? this.entries.get(entryKey(m)) : undefined;
  }

  private range(r: PlannedRange): Range {
    return this.sheet.getRange(r.row, r.column, r.numRows, r.numColumns);
  }
}

function findMarkers(spreadsheet: Spreadsheet): {
  markers: FoundMarker[];
  entries: Map<string, DeveloperMetadata>;
  history: FoundHistory | null;
} {
  const markers: FoundMarker[] = [];
  const entries = new Map<string, DeveloperMetadata>();
  let history: FoundHistory | null = null;
  for (const entry of spreadsheet.createDeveloperMetadataFinder().withKey(METADATA_KEY).find()) {
    const text = entry.getValue();
    const record = parseHistoryRecord(text);
    if (record) {
      // On the sheet itself: metadata sits on a spreadsheet, a sheet, or one row or column
      // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata#DeveloperMetadataLocation).
      const sheet: Sheet | null = history ? null : entry.getLocation().getSheet();
      if (sheet) history = { sheet, entry, record };
      continue;
    }
    const value = parseMarker(text);
    const column = entry.getLocation().getColumn();
    if (!value || !column) continue;
    const marker = { sheetId: column.getGridId(), column: column.getColumn(), value };
    markers.push(marker);
    entries.set(entryKey(marker), entry);
  }
  return { markers, entries, history };
}

/** A sheet holding one of our markers, from the metadata entry already fetched (no further call). */
function sheetOfMarker(markers: readonly FoundMarker[], entries: Map<string, DeveloperMetadata>, sheetId: number): Sheet | null {
  for (const m of markers) {
    if (m.sheetId !== sheetId) continue;
    const sheet = entries.get(entryKey(m))?.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/** The rows of a whole-column range: what the plan gives, then blanks to the sheet's last row. */
function padRows<T>(rows: T[][], height: number, filler: T): T[][] {
  if (rows.length >= height) return rows;
  const width = rows[0]?.length ?? 1;
  const out = rows.slice();
  for (let r = rows.length; r < height; r++) out.push(new Array<T>(width).fill(filler));
  return out;
}

function entryKey(m: FoundMarker): string {
  return `${m.sheetId}:${m.column}:${m.value.role}`;
}

/** 'K:K': one whole column, the only column shape metadata may sit on. */
function columnRef(column: number): string {
  const letters = columnLetter(column);
  return `${letters}:${letters}`;
}

function ruleFormula(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): string | null {
  const condition = rule.getBooleanCondition();
  if (!condition) return null;
  const values = condition.getCriteriaValues();
  return typeof values[0] === 'string' ? values[0] : null;
}

function ignoreErrors(work: () => void): void {
  try {
    work();
  } catch {
    // Best effort while reporting the first failure.
  }
}
