// Everything Apply will write, decided before the first write: where the block goes, its cells, the rules, the
// freeze, the summary sheet and the record. Pure: the gateway (sheetGateway.ts) only carries it out.
import type { Cell, Segmentation, Settings } from '../../engine';
import { catalogue } from '../../i18n/text';
import { blockRows, columnFormat, headerOf, outputColumns, TEXT_FORMAT } from '../../output/columns';
import type { OutputRecord, PendingRun, SavedRun } from './ownership';
import { planRules, type PlannedRule } from './rulesPlan';
import type { SheetRead } from './sheetGateway';
import { planSummary, SUMMARY_WIDTH, type SummaryInput } from './summaryPlan';

export interface PlannedRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type Placement =
  /** New columns right after the table: the user's cells to the right move over instead of being overwritten. */
  | { kind: 'insert'; after: number }
  /** The earlier block, resized between its first and last column so that both markers stay on it. */
  | { kind: 'resize'; blockId: string; first: number; last: number; grow: number; shrink: number };

export interface ApplyPlan {
  placement: Placement;
  /** The block's first column and width once placed. */
  firstColumn: number;
  width: number;
  /** Every row of the data range: the answers beside the table, blanks above and below it. */
  blockRange: PlannedRange;
  blockValues: Cell[][];
  blockFormats: string[][];
  rules: PlannedRule[];
  /** The data rows from the table's first column to the block's last, coloured by the main grouping. */
  rowsRange: PlannedRange | null;
  /** Rows to freeze, or null to leave the freeze as it is. */
  freeze: number | null;
  summary: {
    /** Our summary sheet of an earlier run, rewritten in place, and the name we gave it; null to insert one. */
    reuseSheetId: number | null;
    reuseName: string | null;
    /** Names to try for a new one, in order: a user's own sheet of that name is never touched. */
    names: string[];
    width: number;
    values: Cell[][];
    formats: string[][];
    backgrounds: (string | null)[][];
    chart: { row: number; title: string; data: PlannedRange } | null;
  };
  /** The block's record; the writer fills in the summary sheet's id. */
  record: OutputRecord;
  pending: PendingRun;
  saveRun: SavedRun;
}

export interface ApplyContext {
  read: SheetRead;
  result: Segmentation;
  settings: Settings;
  /** Today and the analysis date, 'YYYY-MM-DD'. */
  today: string;
  asOf: string;
  /** The sheet's frozen rows now (read only for a first Apply). */
  frozenRows: number;
  /** A new block's id (a re-run keeps its block's). */
  newBlockId: string;
  summaryInput: Omit<SummaryInput, 'settings' | 'language' | 'asOf' | 'made'>;
  saveRun: SavedRun;
}

/** How many "Segments 2", "Segments 3"… to try when the user has sheets of those names. */
const SUMMARY_NAME_TRIES = 20;

export function planApply(ctx: ApplyContext): ApplyPlan {
  const { read, result, settings } = ctx;
  const location = result.location;
  const language = settings.language;
  const columns = outputColumns(result.classified.computed, { reasons: true, nextStep: true });
  const headers = columns.map((column) => headerOf(column, language));
  const width = columns.length;

  const block = read.block;
  const placement: Placement = block
    ? {
        kind: 'resize',
        blockId: block.record.blockId,
        first: block.first,
        last: block.last,
        grow: Math.max(0, width - (block.last - block.first + 1)),
        shrink: Math.max(0, block.last - block.first + 1 - width),
      }
    : { kind: 'insert', after: location.lastCol + 1 };
  const firstColumn = block ? block.first : location.lastCol + 2;

  // One write covers every row of the data range, so nothing of an earlier run stays behind when the table shrank.
  const answers = [headers, ...blockRows(result.classified, result.rowCustomer, columns, language, read.timeZone)];
  const height = Math.max(read.values.length, location.headerRow + answers.length);
  const values: Cell[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < height; r++) {
    const k = r - location.headerRow;
    values.push(k >= 0 && k < answers.length ? answers[k] : new Array<Cell>(width).fill(''));
    formats.push(k === 0 ? columns.map(() => TEXT_FORMAT) : columns.map(columnFormat));
  }

  const dataRows = location.lastDataRow - location.firstDataRow + 1;
  const rules =
    dataRows > 0
      ? planRules({
          columns,
          mainGrouping: result.classified.computed.includes(settings.mainGrouping) ? settings.mainGrouping : null,
          rfmPreset: settings.rfmPreset,
          language,
          firstColumn,
          firstRow: 1,
          rowsFirstRow: location.firstDataRow + 1,
        })
      : [];
  const rowsRange =
    dataRows > 0
      ? {
          row: location.firstDataRow + 1,
          column: location.firstCol + 1,
          numRows: dataRows,
          numColumns: firstColumn + width - 1 - location.firstCol,
        }
      : null;

  // Freeze the header row (as a user would for a long table); Clear restores what was there.
  const headerRow = location.headerRow + 1;
  const frozenRowsBefore = block ? block.record.frozenRowsBefore : ctx.frozenRows;
  const needsFreeze = frozenRowsBefore < headerRow && (!block || block.record.headerRow !== headerRow);
  const freeze = needsFreeze ? headerRow : null;
  const frozenRowsSet = freeze ?? (block ? block.record.frozenRowsSet : frozenRowsBefore);

  const summary = planSummary({ ...ctx.summaryInput, settings, language, asOf: ctx.asOf, made: ctx.today });
  const base = catalogue(language).summary.sheetName;
  const blockId = block ? block.record.blockId : (read.pending?.blockId ?? ctx.newBlockId);
  const reuseSheetId = block?.record.summarySheetId ?? read.pending?.summarySheetId ?? null;
  const record: OutputRecord = {
    version: 2,
    blockId,
    headers,
    frozenRowsBefore,
    frozenRowsSet,
    headerRow,
    summarySheetId: reuseSheetId,
    summaryName: block?.record.summaryName ?? null,
    appliedAt: ctx.today,
  };
  return {
    placement,
    firstColumn,
    width,
    blockRange: { row: 1, column: firstColumn, numRows: height, numColumns: width },
    blockValues: values,
    blockFormats: formats,
    rules,
    rowsRange,
    freeze,
    summary: {
      reuseSheetId,
      reuseName: block?.record.summaryName ?? null,
      names: [base, ...Array.from({ length: SUMMARY_NAME_TRIES - 1 }, (_, i) => `${base} ${i + 2}`)],
      width: SUMMARY_WIDTH,
      values: summary.values,
      formats: summary.formats,
      backgrounds: summary.backgrounds,
      chart: summary.tierRows
        ? {
            row: summary.chartRow,
            title: summary.chartTitle,
            data: { row: summary.tierRows.first, column: 2, numRows: summary.tierRows.count, numColumns: 2 },
          }
        : null,
    },
    record,
    pending: { sheetId: read.sheetId, blockId, frozenRowsBefore, summarySheetId: reuseSheetId, startedAt: ctx.today },
    saveRun: ctx.saveRun,
  };
}

/** What Clear removes from the active sheet, or from the sheet whose summary is active. */
export interface ClearPlan {
  sheetId: number;
  summarySheetIds: number[];
  frozenRows: { before: number; set: number } | null;
  columns: { first: number; last: number } | null;
}

/** null when there is nothing of ours to clear. */
export function planClear(read: SheetRead): ClearPlan | null {
  const block = read.block ?? read.summaryOf;
  const pending = read.block || !read.summaryOf ? read.pending : null;
  if (!block && !pending) return null;
  const ids = new Set<number>();
  if (block?.record.summarySheetId != null) ids.add(block.record.summarySheetId);
  if (pending?.summarySheetId != null) ids.add(pending.summarySheetId);
  return {
    sheetId: block ? block.sheetId : read.sheetId,
    summarySheetIds: [...ids],
    frozenRows: block ? { before: block.record.frozenRowsBefore, set: block.record.frozenRowsSet } : null,
    columns: block ? { first: block.first, last: block.last } : null,
  };
}
