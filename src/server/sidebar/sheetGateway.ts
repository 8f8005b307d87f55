// The only code of the sidebar's server that calls SpreadsheetApp and PropertiesService: it reads the active sheet
// and what the add-on owns in the spreadsheet, and carries out an Apply or Clear plan in an order where every state
// in between can be found and removed by Clear (ownership.ts). Each read is one call for the whole sheet and each
// block one write, so the number of Spreadsheet calls does not grow with the number of rows.
import type { Cell } from '../../engine';
import { columnLetter } from '../../shared/a1';
import type { ApplyPlan, ClearPlan, PlannedRange } from './applyPlan';
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
  /** The block whose summary sheet this sheet is, if it is one. */
  summaryOf: OwnedBlock | null;
  /** A run on this sheet that did not finish, if any. */
  pending: PendingRun | null;
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

export class SheetGateway {
  private readonly markers: FoundMarker[];
  private readonly entries: Map<string, DeveloperMetadata>;
  private props: GoogleAppsScript.Properties.Properties | null = null;

  private constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly sheet: Sheet,
    readonly read: SheetRead,
    markers: FoundMarker[],
    entries: Map<string, DeveloperMetadata>,
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
    const { markers, entries } = findMarkers(spreadsheet);
    let sheetId: number;
    let values: Cell[][] = [];
    let numberFormats: string[][] = [];
    if (options.withValues) {
      const dataRange = sheet.getDataRange();
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
    const summaryOf = blocks.find((b) => b.record.summarySheetId === sheetId) ?? null;
    const gateway = new SheetGateway(
      spreadsheet,
      sheet,
      { sheetId, locale, timeZone, values, numberFormats, block, summaryOf, pending: null },
      markers,
      entries,
    );
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

  savedRun(): SavedRun | null {
    return parseSavedRun(this.properties().getProperty(LAST_RUN_KEY));
  }

  frozenRows(): number {
    return this.sheet.getFrozenRows();
  }

  /**
   * Carries out an Apply plan. The summary sheet comes first, so that the block's record can name it; the columns are
   * marked as soon as they exist. A refused change stops the run with a PartialWriteError after putting back what only
   * this call could know about: columns it inserted but could not mark yet, and the user's sheet as the active one.
   */
  apply(plan: ApplyPlan): { summarySheetId: number; summaryName: string } {
    const props = this.properties();
    const pending: PendingRun = { ...plan.pending };
    let wrote = false;
    let summary: Sheet | null = null;
    let summaryId: number | null = null;
    let activeMoved = false;
    let summaryName = plan.summary.reuseName ?? plan.summary.names[0];
    let inserted = false;
    let marked = plan.placement.kind === 'resize';
    const savePending = (value: PendingRun = pending) => props.setProperty(pendingKey(value.sheetId), JSON.stringify(value));
    try {
      // The pending record is ours alone: the user's spreadsheet is unchanged until the summary sheet's call.
      savePending();

      // The summary sheet: rewritten in place when ours still exists, else a new one under the first free name.
      summary = plan.summary.reuseSheetId !== null ? this.spreadsheet.getSheetById(plan.summary.reuseSheetId) : null;
      let charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[] = [];
      if (summary) {
        summary.clear();
        charts = summary.getCharts();
      } else {
        const made = this.insertSheetNamed(plan.summary.names);
        summary = made.sheet;
        summaryName = made.name;
        activeMoved = true; // insertSheet makes the new sheet the active one
      }
      wrote = true;
      const area = summary.getRange(1, 1, plan.summary.values.length, plan.summary.width);
      summaryId = area.getGridId();
      if (pending.summarySheetId !== summaryId) {
        savePending({ ...pending, summarySheetId: summaryId });
        pending.summarySheetId = summaryId;
      }
      if (activeMoved) {
        this.sheet.activate();
        activeMoved = false;
      }
      area.setNumberFormats(plan.summary.formats);
      area.setValues(plan.summary.values);
      area.setBackgrounds(plan.summary.backgrounds);
      if (plan.summary.chart) {
        const c = plan.summary.chart;
        const data = summary.getRange(c.data.row, c.data.column, c.data.numRows, c.data.numColumns);
        const builder = (charts.length ? charts[0].modify().clearRanges() : summary.newChart())
          .setChartType(Charts.ChartType.COLUMN)
          .addRange(data)
          .setPosition(c.row, 1, 0, 0)
          .setOption('title', c.title)
          .setOption('legend', { position: 'none' })
          .setOption('vAxis', { format: 'percent' });
        if (charts.length) summary.updateChart(builder.build());
        else summary.insertChart(builder.build());
      } else if (charts.length) {
        summary.removeChart(charts[0]);
      }

      // The block: placed (inserted, or resized between its markers), marked, then written.
      const placement = plan.placement;
      const record = { ...plan.record, summarySheetId: pending.summarySheetId, summaryName };
      if (placement.kind === 'insert') {
        this.sheet.insertColumnsAfter(placement.after, plan.width);
        inserted = true;
        this.sheet.getRange(columnRef(plan.firstColumn)).addDeveloperMetadata(METADATA_KEY, markerText({ role: 'first', record }));
        this.sheet
          .getRange(columnRef(plan.firstColumn + plan.width - 1))
          .addDeveloperMetadata(METADATA_KEY, markerText({ role: 'last', blockId: record.blockId }));
        marked = true;
      } else {
        // Grow before the last column and shrink after the first, so both markers stay where they are.
        if (placement.grow > 0) this.sheet.insertColumnsBefore(placement.last, placement.grow);
        if (placement.shrink > 0) this.sheet.deleteColumns(placement.first + 1, placement.shrink);
        this.firstMarkerOf(placement.blockId)?.setValue(markerText({ role: 'first', record }));
      }
      const block = this.range(plan.blockRange);
      // Inserted columns take the formats and validation of their neighbour: ours are set, never inherited.
      block.clear({ formatOnly: true, validationsOnly: true });
      block.setNumberFormats(plan.blockFormats);
      block.setValues(plan.blockValues);

      // Rules: the user's stay first, in their order (theirs win where both apply); ours replace our old ones.
      const theirs = this.sheet.getConditionalFormatRules().filter((rule) => !isOurRule(ruleFormula(rule)));
      const rows = plan.rowsRange ? this.range(plan.rowsRange) : null;
      const ours = plan.rules.map((rule) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(rule.formula)
          .setBackground(rule.background)
          .setRanges([rule.target === 'block' || !rows ? block : rows])
          .build(),
      );
      this.sheet.setConditionalFormatRules([...theirs, ...ours]);

      if (plan.freeze !== null) this.sheet.setFrozenRows(plan.freeze);
      props.setProperty(LAST_RUN_KEY, JSON.stringify(plan.saveRun));
    } catch (error) {
      this.recover({ inserted, marked, plan, summary, summaryId, pending, activeMoved });
      throw new PartialWriteError(error, wrote);
    }
    // Finished: the record now lives on the markers. A pending record left by a refused delete is harmless.
    try {
      props.deleteProperty(pendingKey(pending.sheetId));
    } catch {
      // Clear and the next Apply read the markers first.
    }
    return { summarySheetId: pending.summarySheetId as number, summaryName };
  }

  /** What a refused change leaves that only this run knows about, put right as far as the platform lets us. */
  private recover(state: {
    inserted: boolean;
    marked: boolean;
    plan: ApplyPlan;
    summary: Sheet | null;
    summaryId: number | null;
    pending: PendingRun;
    activeMoved: boolean;
  }): void {
    const { inserted, marked, plan, summary, summaryId, pending, activeMoved } = state;
    // Columns inserted but not (fully) marked could not be found again: take them out now.
    if (inserted && !marked) ignoreErrors(() => this.sheet.deleteColumns(plan.firstColumn, plan.width));
    // A summary sheet made but not yet recorded as ours: record it, so Clear and the next Apply find it.
    if (summary && pending.summarySheetId === null) {
      ignoreErrors(() => {
        const id = summaryId ?? summary.getSheetId();
        this.properties().setProperty(pendingKey(pending.sheetId), JSON.stringify({ ...pending, summarySheetId: id }));
      });
    }
    // Clear works on the active sheet: the user's must be it again.
    if (activeMoved) ignoreErrors(() => this.sheet.activate());
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
      for (const id of plan.summarySheetIds) {
        const summary = this.spreadsheet.getSheetById(id);
        if (summary) this.spreadsheet.deleteSheet(summary);
      }
      if (target && target !== this.sheet) target.activate();
      if (target) {
        const rules = target.getConditionalFormatRules();
        const theirs = rules.filter((rule) => !isOurRule(ruleFormula(rule)));
        if (theirs.length !== rules.length) target.setConditionalFormatRules(theirs);
        if (plan.frozenRows) {
          if (target.getFrozenRows() === plan.frozenRows.set) target.setFrozenRows(plan.frozenRows.before);
        }
        if (plan.columns) target.deleteColumns(plan.columns.first, plan.columns.last - plan.columns.first + 1);
      }
      props.deleteProperty(pendingKey(plan.sheetId));
    } catch (error) {
      throw new PartialWriteError(error, true);
    }
  }

  private sheetOfBlock(sheetId: number): Sheet | null {
    for (const m of this.markers) {
      if (m.sheetId !== sheetId) continue;
      const entry = this.entries.get(entryKey(m));
      const sheet = entry?.getLocation().getSheet();
      if (sheet) return sheet;
    }
    return null;
  }

  private firstMarkerOf(blockId: string): DeveloperMetadata | undefined {
    const m = this.markers.find((x) => x.value.role === 'first' && x.value.record.blockId === blockId);
    return m ? this.entries.get(entryKey(m)) : undefined;
  }

  private range(r: PlannedRange): Range {
    return this.sheet.getRange(r.row, r.column, r.numRows, r.numColumns);
  }
}

function findMarkers(spreadsheet: Spreadsheet): { markers: FoundMarker[]; entries: Map<string, DeveloperMetadata> } {
  const markers: FoundMarker[] = [];
  const entries = new Map<string, DeveloperMetadata>();
  for (const entry of spreadsheet.createDeveloperMetadataFinder().withKey(METADATA_KEY).find()) {
    const value = parseMarker(entry.getValue());
    const column = entry.getLocation().getColumn();
    if (!value || !column) continue;
    const marker = { sheetId: column.getGridId(), column: column.getColumn(), value };
    markers.push(marker);
    entries.set(entryKey(marker), entry);
  }
  return { markers, entries };
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
