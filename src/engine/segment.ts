// The whole pipeline over a sheet's values: find the table, detect its columns (customer table or order log),
// read the cells, classify, summarise. This is what the sidebar and CUSTOMER_SEGMENTS call.
import { classifyCustomers, type Classified } from './classifyCustomers';
import { readCustomerTable, type CustomerTable } from './customerTable';
import { findTable, type TableLocation } from './findTable';
import { detectColumns, type HeaderMatch } from './headers';
import { aggregateOrderLog } from './orderLog';
import type { Settings } from './settings';
import { runNotes, type RunNote } from './runNotes';
import { summarize, type ClassificationSummary } from './summary';
import type { TaughtPhrases } from './taught';
import { cellToText } from './text';
import type { Cell, ColumnMap, LocaleHints, OrderLogColumns, Problem } from './types';

export interface SegmentOptions {
  settings: Settings;
  /** Day number of the analysis date. */
  asOf: number;
  hints: LocaleHints;
  /** Sheet row number of values[0] (1 when values start at A1). */
  firstRowNumber?: number;
  /** The user's choice of columns (the sidebar's dropdowns), replacing detection. Indices are within the table. */
  columns?: ColumnMap;
  /** The user's choice of an order log's columns, replacing detection: the table is read as an order log. */
  orderLog?: OrderLogColumns;
  /** Skip table finding (values are already the table, header first). */
  location?: TableLocation;
  /** Phrases the user taught: they decide a note's intent before the reader does. */
  taught?: TaughtPhrases;
  /** Skip the summary (custom functions do not show it). */
  summary?: boolean;
}

export interface Segmentation {
  location: TableLocation;
  header: string[];
  match: HeaderMatch;
  shape: 'customers' | 'orders';
  classified: Classified;
  /**
   * For each data row (location.firstDataRow …), the customer (index into classified.table), or -1: a blank row,
   * or in an order log a row left out (after as_of) or joining no customer (see log.rowProblems).
   */
  rowCustomer: Int32Array;
  /** For an order log: the rows that join no customer, with their problem, and the rows left out. */
  log: { rowProblems: Map<number, Problem>; excludedAfterAsOf: number; orderRows: number } | null;
  /** What the run did not use (unused RFM scores, the cycle rule skipped, rows after as_of). */
  notes: RunNote[];
  summary: ClassificationSummary[];
}

export type SegmentFailure = { ok: false; reason: 'no_table' | 'no_columns' };

export function segmentValues(
  values: readonly (readonly Cell[])[],
  options: SegmentOptions,
): ({ ok: true } & Segmentation) | SegmentFailure {
  const location = options.location ?? findTable(values);
  if (!location) return { ok: false, reason: 'no_table' };
  const headerCells = values[location.headerRow].slice(location.firstCol, location.lastCol + 1);
  const detected = detectColumns(headerCells);
  const match: HeaderMatch = options.orderLog
    ? { ...detected, shape: 'orders', orderLog: options.orderLog }
    : options.columns
      ? { ...detected, columns: options.columns, shape: 'customers', orderLog: undefined }
      : detected;
  if (match.shape === 'unknown' && Object.keys(match.columns).length === 0) return { ok: false, reason: 'no_columns' };

  const dataRows: Cell[][] = [];
  if (location.lastDataRow >= location.firstDataRow) {
    for (let r = location.firstDataRow; r <= location.lastDataRow; r++) {
      dataRows.push(values[r].slice(location.firstCol, location.lastCol + 1) as Cell[]);
    }
  }
  const readOptions = {
    hints: options.hints,
    asOf: options.asOf,
    firstRowNumber: (options.firstRowNumber ?? 1) + location.firstDataRow,
  };

  let table: CustomerTable;
  let rowCustomer: Int32Array;
  let shape: 'customers' | 'orders';
  let log: Segmentation['log'] = null;
  if (match.shape === 'orders' && match.orderLog) {
    const aggregated = aggregateOrderLog(dataRows, match.orderLog, readOptions);
    table = aggregated.table;
    rowCustomer = aggregated.rowCustomer;
    shape = 'orders';
    let orderRows = 0;
    for (let i = 0; i < rowCustomer.length; i++) if (rowCustomer[i] >= 0) orderRows++;
    log = { rowProblems: aggregated.rowProblems, excludedAfterAsOf: aggregated.excludedAfterAsOf, orderRows };
  } else {
    table = readCustomerTable(dataRows, match.columns, readOptions);
    rowCustomer = new Int32Array(dataRows.length);
    for (let i = 0; i < dataRows.length; i++) rowCustomer[i] = table.blank[i] ? -1 : i;
    shape = 'customers';
  }
  const classified = classifyCustomers(table, options.settings, options.asOf, options.taught);
  return {
    ok: true,
    location,
    header: headerCells.map((cell) => cellToText(cell)),
    match,
    shape,
    classified,
    rowCustomer,
    log,
    notes: runNotes(classified, log?.excludedAfterAsOf ?? 0),
    summary: options.summary === false ? [] : summarize(classified),
  };
}
