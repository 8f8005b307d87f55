// Everything Apply will write, decided before the first write: where the block goes, its cells, the rules, the
// freeze, the summary sheet and the record. Pure: the gateway (sheetGateway.ts) only carries it out.
import { churnSummary, dayNumberOfYmd, paretoCurve, type Cell, type Segmentation, type Settings } from '../../engine';
import { catalogue } from '../../i18n/text';
import { blockRows, columnFormat, headerOf, outputColumns, TEXT_FORMAT, type OutputColumn } from '../../output/columns';
import { planCustomerSheet } from './customerSheetPlan';
import type { OutputRecord, PendingRun, SavedRun } from './ownership';
import { planRules, type PlannedRule } from './rulesPlan';
import type { SheetRead } from './sheetGateway';
import type { HistoryPlan, HistoryWrite } from './historyPlan';
import { planSummary, SUMMARY_COLUMN_WIDTH, type SummaryInput } from './summaryPlan';

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

/** A sheet the add-on owns (the summary, an order log's customer list), written whole on every run. */
export interface OwnedSheetPlan {
  /** Ours from an earlier run, rewritten in place, and the name we gave it; null to insert one. */
  reuseSheetId: number | null;
  reuseName: string | null;
  /** Names to try for a new one, in order: a user's own sheet of that name is never touched. */
  names: string[];
  width: number;
  values: Cell[][];
  formats: string[][];
  backgrounds: (string | null)[][];
  /** One width (px) for every column of a new sheet, so that headers and labels show whole; null: Sheets' default. */
  columnWidth: number | null;
  /** Rows the sheet had room for after the last run (a new sheet has 1000): more need inserting first. */
  knownRows: number;
}

export interface ApplyPlan {
  shape: 'customers' | 'orders';
  placement: Placement;
  /** The block's first column and width once placed. */
  firstColumn: number;
  width: number;
  /** Every row of the data range: the answers beside the table, blanks above and below it. */
  blockRange: PlannedRange;
  blockValues: Cell[][];
  /** null: the block holds only labels and `⚠` sentences, which Sheets keeps as typed (an order log's one column). */
  blockFormats: string[][] | null;
  /**
   * Rules: 'block' ones on the block; 'rows' ones on the data range as read plus the block, their formulas limited
   * to the table's rows and columns (so no call is spent on another range).
   */
  rules: PlannedRule[];
  /** Rows to freeze, or null to leave the freeze as it is. */
  freeze: number | null;
  summary: OwnedSheetPlan & { chart: { row: number; title: string; data: PlannedRange } | null };
  /** An order log's customer list (customerSheetPlan.ts); null for a customer table. */
  customers: OwnedSheetPlan | null;
  /** The run history's block (historyPlan.ts) and the names to try for a new history sheet; null: nothing to write. */
  history: { write: HistoryWrite; names: string[] } | null;
  /** The block's record; the writer fills in the ids of the sheets it made. */
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
  /** The sheet's frozen rows now (read only for a first Apply on a customer table). */
  frozenRows: number;
  /** A new block's id (a re-run keeps its block's). */
  newBlockId: string;
  summaryInput: Omit<SummaryInput, 'settings' | 'language' | 'locale' | 'asOf' | 'made' | 'pareto' | 'notes' | 'history'>;
  /** The run history's part (historyPlan.ts), with `result.classified.history` already set; null without one. */
  history?: HistoryPlan | null;
  saveRun: SavedRun;
}

/** How many "Segments 2", "Segments 3"… to try when the user has sheets of those names. */
const NAME_TRIES = 20;
/** Rows of a sheet insertSheet makes (https://support.google.com/docs/answer/37603: new sheets have 1,000 rows). */
export const NEW_SHEET_ROWS = 1000;

function dayOfIso(iso: string): number {
  return dayNumberOfYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function namesFrom(base: string): string[] {
  return [base, ...Array.from({ length: NAME_TRIES - 1 }, (_, i) => `${base} ${i + 2}`)];
}

/**
 * The revenue column's own number format (its first data cell's), so that money the add-on writes shows the sheet's
 * currency; undefined when it has none that shows numbers.
 */
function revenueFormat(ctx: ApplyContext): string | undefined {
  const { read, result } = ctx;
  const column = result.match.columns.revenue;
  if (column === undefined || result.shape !== 'customers') return undefined;
  const format = read.numberFormats[result.location.firstDataRow]?.[result.location.firstCol + column];
  // Sheets' automatic format ('0.###############') and percentages say nothing about money; a currency or fixed
  // decimals do.
  const money = typeof format === 'string' && !format.includes('%') && (/[$€£¥₹]|\[\$/.test(format) || /0\.00/.test(format));
  return money ? format : undefined;
}

export function planApply(ctx: ApplyContext): ApplyPlan {
  const { read, result, settings } = ctx;
  const location = result.location;
  const language = settings.language;
  const place = { language, locale: read.locale, timeZone: read.timeZone };
  const isLog = result.shape === 'orders';
  const main = result.classified.computed.includes(settings.mainGrouping) ? settings.mainGrouping : null;
  // A customer table gets every answer beside its rows; an order log only its customer's main group on each order.
  const answerColumns = outputColumns(result.classified.computed, {
    reasons: true,
    nextStep: true,
    history: result.classified.history ? main : null,
  });
  const columns: OutputColumn[] = isLog
    ? [{ kind: 'value', classification: main ?? result.classified.computed[0], value: 'group' }]
    : answerColumns;
  const headers = columns.map((column) => headerOf(column, language, result.classified.settings));
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
  const answers = [headers, ...blockRows(result.classified, result.rowCustomer, columns, place, result.log?.rowProblems)];
  const height = Math.max(read.values.length, location.headerRow + answers.length);
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const rowFormats = columns.map((column) => columnFormat(column, read.locale, revenueFormat(ctx)));
  for (let r = 0; r < height; r++) {
    const k = r - location.headerRow;
    values.push(k >= 0 && k < answers.length ? answers[k] : new Array<Cell>(width).fill(''));
    formats.push(k === 0 ? columns.map(() => TEXT_FORMAT) : rowFormats);
  }

  const dataRows = location.lastDataRow - location.firstDataRow + 1;
  const readWidth = read.values.reduce((w, row) => Math.max(w, row.length), 0);
  const rules =
    dataRows > 0
      ? planRules({
          columns,
          mainGrouping: main,
          rfmPreset: settings.rfmPreset,
          language,
          firstColumn,
          firstRow: 1,
          // The data range starts at A1: the rows' rule is written for its first row, limited to the table's
          // columns and the block where the data range reaches beyond them.
          rowsFirstRow: 1,
          rowsColumns: {
            first: location.firstCol > 0 ? location.firstCol + 1 : null,
            last: readWidth > Math.max(location.lastCol + 1, block?.last ?? 0) ? firstColumn + width - 1 : null,
          },
        })
      : [];

  // Freeze the header row (as a user would for a long table); Clear restores what was there. An order log is left
  // as it is: Apply's 30 calls go to its customer sheet instead (see the README, "Order logs").
  const headerRow = location.headerRow + 1;
  const frozenRowsBefore = block ? block.record.frozenRowsBefore : ctx.frozenRows;
  const needsFreeze = !isLog && frozenRowsBefore < headerRow && (!block || block.record.headerRow !== headerRow);
  const freeze = needsFreeze ? headerRow : null;
  const frozenRowsSet = freeze ?? (block ? block.record.frozenRowsSet : frozenRowsBefore);

  const summary = planSummary({
    ...ctx.summaryInput,
    pareto: paretoCurve(result.classified),
    notes: result.notes,
    churn: result.classified.churn ? churnSummary(result.classified.churn) : null,
    settings,
    language,
    locale: read.locale,
    asOf: result.classified.asOf,
    made: dayOfIso(ctx.today),
    history: ctx.history ? { plan: ctx.history, result } : null,
  });
  const blockId = block ? block.record.blockId : (read.pending?.blockId ?? ctx.newBlockId);
  const summarySheetId = block?.record.summarySheetId ?? read.pending?.summarySheetId ?? null;
  const customerSheetId = isLog ? (block?.record.customerSheetId ?? read.pending?.customerSheetId ?? null) : null;
  const record: OutputRecord = {
    version: 2,
    blockId,
    headers,
    frozenRowsBefore,
    frozenRowsSet,
    headerRow,
    summarySheetId,
    summaryName: block?.record.summaryName ?? null,
    appliedAt: ctx.today,
  };
  let customers: OwnedSheetPlan | null = null;
  if (isLog) {
    const list = planCustomerSheet(result, answerColumns, settings, place);
    const reused = customerSheetId !== null && block?.record.customerSheetId === customerSheetId;
    customers = {
      reuseSheetId: customerSheetId,
      reuseName: block?.record.customerSheetName ?? null,
      names: namesFrom(catalogue(language).customerSheet),
      ...list,
      columnWidth: null,
      knownRows: reused ? Math.max(NEW_SHEET_ROWS, block?.record.customerSheetRows ?? 0) : NEW_SHEET_ROWS,
    };
    record.customerSheetId = customerSheetId;
    record.customerSheetName = customers.reuseName;
    record.customerSheetRows = Math.max(customers.knownRows, list.values.length);
  }
  return {
    shape: result.shape,
    placement,
    firstColumn,
    width,
    blockRange: { row: 1, column: firstColumn, numRows: height, numColumns: width },
    blockValues: values,
    blockFormats: isLog ? null : formats,
    rules,
    freeze,
    summary: {
      reuseSheetId: summarySheetId,
      reuseName: block?.record.summaryName ?? null,
      names: namesFrom(catalogue(language).summary.sheetName),
      width: summary.width,
      values: summary.values,
      formats: summary.formats,
      backgrounds: summary.backgrounds,
      columnWidth: SUMMARY_COLUMN_WIDTH,
      knownRows: NEW_SHEET_ROWS,
      chart: summary.chart,
    },
    customers,
    history: ctx.history?.write ? { write: ctx.history.write, names: namesFrom(catalogue(language).history.sheetName) } : null,
    record,
    pending: {
      sheetId: read.sheetId,
      blockId,
      frozenRowsBefore,
      summarySheetId,
      ...(isLog ? { customerSheetId } : {}),
      startedAt: ctx.today,
    },
    saveRun: ctx.saveRun,
  };
}

/** What Clear removes from the active sheet, or from the sheet whose summary or customer list is active. */
export interface ClearPlan {
  sheetId: number;
  /** The summary sheet and an order log's customer sheet (and the history sheet when it is not kept). */
  ownedSheetIds: number[];
  frozenRows: { before: number; set: number } | null;
  columns: { first: number; last: number } | null;
}

/**
 * null when there is nothing of ours to clear. The history is the user's data once written: it stays unless
 * `keepHistory` is false; a history sheet a stopped Apply made but never marked (pending) always goes.
 */
export function planClear(read: SheetRead, keepHistory = true): ClearPlan | null {
  const block = read.block ?? read.resultsOf;
  const pending = read.block || !read.resultsOf ? read.pending : null;
  const history = keepHistory ? null : (read.historySheetId ?? null);
  if (!block && !pending && history === null) return null;
  const ids = new Set<number>();
  for (const id of [
    block?.record.summarySheetId,
    block?.record.customerSheetId,
    pending?.summarySheetId,
    pending?.customerSheetId,
    pending?.historySheetId,
    history,
  ]) {
    if (typeof id === 'number') ids.add(id);
  }
  return {
    sheetId: block ? block.sheetId : read.sheetId,
    ownedSheetIds: [...ids],
    frozenRows: block ? { before: block.record.frozenRowsBefore, set: block.record.frozenRowsSet } : null,
    columns: block ? { first: block.first, last: block.last } : null,
  };
}
