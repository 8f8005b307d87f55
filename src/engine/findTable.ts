// Finds the customer (or order) table on a sheet that may have titles, blank rows and columns, and notes around it.
// Only the first rows are read as header candidates; the end of the data is found in one backward pass,
// so a 50,000-row sheet costs one cheap look at each row.
import { detectColumnsScored, MIN_SCORE } from './headers';
import type { Cell } from './types';

export interface TableLocation {
  headerRow: number;
  firstCol: number;
  lastCol: number;
  /** First non-blank row under the header (headerRow + 1 when there is none). */
  firstDataRow: number;
  /** Inclusive; -1 when there are no data rows. */
  lastDataRow: number;
}

/** Titles, subtitles and blank lines rarely push the header further down than this. */
const HEADER_SEARCH_ROWS = 20;
/** This many blank rows in a row end the table when more text follows (notes, a second table); one does not. */
export const TABLE_ENDING_BLANK_ROWS = 2;
/** A row with a single filled cell is more likely a title than a one-column header. */
const SINGLE_CELL_WEIGHT = 0.5;
const NBSP = 160;

function isBlank(cell: Cell): boolean {
  if (cell === '' || cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  // Fast path: text that starts with a visible character is not blank, no trim needed.
  const first = cell.charCodeAt(0);
  if (first > 32 && first !== NBSP) return false;
  return cell.trim() === '';
}

function isBlankRow(row: readonly Cell[] | undefined, firstCol: number, lastCol: number): boolean {
  if (!row) return true;
  const end = Math.min(lastCol, row.length - 1);
  for (let c = firstCol; c <= end; c++) if (!isBlank(row[c])) return false;
  return true;
}

/**
 * Locates the header row (the row among the first 20 non-blank ones that best matches field headers), the columns it
 * spans (the run of adjacent non-blank header cells that matches best) and the data rows under it. The data runs down to the last non-blank row
 * before a run of TABLE_ENDING_BLANK_ROWS blank rows; blank rows at the end are excluded. null when no row looks like
 * a header.
 */
export function findTable(values: readonly (readonly Cell[])[]): TableLocation | null {
  let best: { row: number; firstCol: number; lastCol: number; score: number } | null = null;
  let candidates = 0;
  for (let r = 0; r < values.length && candidates < HEADER_SEARCH_ROWS; r++) {
    const row = values[r];
    if (!row) continue;
    let seen = false;
    // Each run of adjacent header cells is a candidate table: a blank column ends a table, so notes kept beside
    // it (after an empty column) are neither read as fields nor overwritten as part of it.
    for (let firstCol = 0; firstCol < row.length; ) {
      while (firstCol < row.length && isBlank(row[firstCol])) firstCol++;
      if (firstCol === row.length) break;
      let lastCol = firstCol;
      while (lastCol + 1 < row.length && !isBlank(row[lastCol + 1])) lastCol++;
      seen = true;
      const { score } = detectColumnsScored(row.slice(firstCol, lastCol + 1));
      const weighted = firstCol === lastCol ? score * SINGLE_CELL_WEIGHT : score;
      // Strictly greater: on a tie the upper row (a header is above its data) and the left run win.
      if (weighted >= MIN_SCORE && (!best || weighted > best.score)) best = { row: r, firstCol, lastCol, score: weighted };
      firstCol = lastCol + 1;
    }
    if (seen) candidates++;
  }
  if (!best) return null;

  const { row: headerRow, firstCol, lastCol } = best;
  let firstDataRow = headerRow + 1;
  while (firstDataRow < values.length && isBlankRow(values[firstDataRow], firstCol, lastCol)) firstDataRow++;
  if (firstDataRow === values.length) return { headerRow, firstCol, lastCol, firstDataRow: headerRow + 1, lastDataRow: -1 };

  // Walking up, each non-blank row that sits above a long enough blank run (or is the lowest one) is a candidate end;
  // the last candidate seen, i.e. the topmost, closes the block that starts under the header.
  let lastDataRow = -1;
  let blankRun = 0;
  for (let r = values.length - 1; r >= firstDataRow; r--) {
    if (isBlankRow(values[r], firstCol, lastCol)) {
      blankRun++;
      continue;
    }
    if (lastDataRow < 0 || blankRun >= TABLE_ENDING_BLANK_ROWS) lastDataRow = r;
    blankRun = 0;
  }
  return { headerRow, firstCol, lastCol, firstDataRow, lastDataRow };
}
