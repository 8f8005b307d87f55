// Column readers: a whole column is read at once so that per-column conventions (decimal mark, day-first or
// month-first) are decided from the column's own values before the locale is consulted.

import { cellToText } from '../text';
import type { Cell, DayNumber, LocaleHints, ProblemCode } from '../types';
import {
  civilDayReader,
  dateOrderVote,
  dayNumberOfCell,
  decideDateOrder,
  formatDayNumber,
  isDate,
  parseDateText,
  DAY_FIRST_VOTE,
  MONTH_FIRST_VOTE,
  type DateOrder,
} from './dates';
import {
  AMBIGUOUS_SEPARATOR,
  COMMA_PROOF,
  decideDecimalMark,
  decimalMarkOfLocale,
  lastSeparatorProof,
  POINT_PROOF,
  scanAmount,
  type AmountKind,
  type DecimalMark,
  type SeparatorProof,
} from './numbers';

/** A read column. `values[i]` is NaN for a blank or unreadable cell; `errors` holds only the unreadable ones. */
export interface NumberColumn {
  values: Float64Array;
  errors: Map<number, ProblemCode>;
}

// Distinct texts remembered per column read. A full cache means mostly distinct texts: it is then bypassed,
// since a lookup that misses costs about as much as parsing.
const MAX_CACHED_TEXTS = 50_000;

interface ScannedText {
  result: number | ProblemCode;
  proof: SeparatorProof;
}

// The proof of the text last read by scanCached: a variable rather than a returned object, to allocate nothing.
let scannedProof: SeparatorProof = 0;

function scanCached(cache: Map<string, ScannedText>, text: string, mark: DecimalMark, kind: AmountKind): number | ProblemCode {
  const caching = cache.size < MAX_CACHED_TEXTS;
  if (caching) {
    const hit = cache.get(text);
    if (hit !== undefined) {
      scannedProof = hit.proof;
      return hit.result;
    }
  }
  const result = scanAmount(text, mark, kind);
  scannedProof = typeof result === 'number' ? lastSeparatorProof.value : 0;
  if (caching) cache.set(text, { result, proof: scannedProof });
  return result;
}

/**
 * One pass: numbers go straight through; texts are read with the locale's mark while their proofs are counted.
 * Only if the column proves the other mark are its ambiguous texts (`1,234`) read again.
 */
function readAmountColumn(cells: readonly Cell[], hints: LocaleHints, kind: AmountKind): NumberColumn {
  const count = cells.length;
  const values = new Float64Array(count);
  const errors = new Map<number, ProblemCode>();
  const unreadable: ProblemCode = kind === 'money' ? 'unparseable_money' : 'unparseable_number';
  const localeMark = decimalMarkOfLocale(hints.locale);
  const cache = new Map<string, ScannedText>();
  let pointProofs = 0;
  let commaProofs = 0;
  let ambiguous: number[] | null = null;

  for (let i = 0; i < count; i++) {
    const cell = cells[i];
    if (typeof cell === 'number') {
      if (cell - cell === 0) {
        values[i] = cell;
      } else {
        values[i] = NaN;
        errors.set(i, unreadable);
      }
      continue;
    }
    values[i] = NaN;
    if (typeof cell === 'string') {
      const result = scanCached(cache, cell, localeMark, kind);
      if (typeof result === 'number') {
        values[i] = result;
        if (scannedProof === POINT_PROOF) pointProofs++;
        else if (scannedProof === COMMA_PROOF) commaProofs++;
        else if (scannedProof === AMBIGUOUS_SEPARATOR) {
          ambiguous ??= [];
          ambiguous.push(i);
        }
      } else if (result !== 'missing_value') {
        errors.set(i, result);
      }
    } else if (cell !== null && cell !== undefined) {
      errors.set(i, unreadable); // booleans, Dates
    }
  }

  const columnMark = decideDecimalMark(pointProofs, commaProofs, localeMark);
  if (ambiguous !== null && columnMark !== localeMark) {
    const columnCache = new Map<string, ScannedText>();
    for (const i of ambiguous) values[i] = scanCached(columnCache, cells[i] as string, columnMark, kind) as number;
  }
  return { values, errors };
}

/**
 * Revenue, profit, order amounts. Numbers pass through; text is parsed as money (`parseMoneyText`);
 * booleans and Dates are `unparseable_money`.
 */
export function readMoneyColumn(cells: readonly Cell[], hints: LocaleHints): NumberColumn {
  return readAmountColumn(cells, hints, 'money');
}

/**
 * Orders, lead score: the separator rules of money, but a currency or percent sign makes the cell
 * `unparseable_number` (in a count or score it points at the wrong column or a typo).
 */
export function readNumberColumn(cells: readonly Cell[], hints: LocaleHints): NumberColumn {
  return readAmountColumn(cells, hints, 'number');
}

/** The decimal mark a money or number column is read with: the one more of its texts prove, else the locale's. */
export function decimalMarkOf(cells: readonly Cell[], hints: LocaleHints): DecimalMark {
  const localeMark = decimalMarkOfLocale(hints.locale);
  const cache = new Map<string, ScannedText>();
  let pointProofs = 0;
  let commaProofs = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    scanCached(cache, cell, localeMark, 'money');
    if (scannedProof === POINT_PROOF) pointProofs++;
    else if (scannedProof === COMMA_PROOF) commaProofs++;
  }
  return decideDecimalMark(pointProofs, commaProofs, localeMark);
}

/** Day-first or month-first for the column: the order more of its texts prove, else the locale's. */
export function dateOrderOf(cells: readonly Cell[], hints: LocaleHints): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell !== 'string') continue;
    const vote = dateOrderVote(cell);
    if (vote === DAY_FIRST_VOTE) dayFirst++;
    else if (vote === MONTH_FIRST_VOTE) monthFirst++;
  }
  return decideDateOrder(dayFirst, monthFirst, hints.locale);
}

/**
 * Dates, date texts and serial numbers → day numbers (DayNumber) in `hints.timeZone`. Every text is read in the
 * column's order, so in a day-first column `01/13/2024` is `impossible_date`: a column mixing orders is flagged,
 * not guessed.
 */
export function readDateColumn(cells: readonly Cell[], hints: LocaleHints): NumberColumn {
  const count = cells.length;
  const values = new Float64Array(count);
  const errors = new Map<number, ProblemCode>();
  const order = dateOrderOf(cells, hints);
  const dayOfDate = civilDayReader(hints.timeZone);
  const cache = new Map<string, DayNumber | ProblemCode>();

  for (let i = 0; i < count; i++) {
    const cell = cells[i];
    let result: DayNumber | ProblemCode;
    if (cell instanceof Date) {
      result = dayOfDate(cell);
      if (result !== result) result = 'unparseable_date';
    } else if (typeof cell === 'string') {
      const full = cache.size >= MAX_CACHED_TEXTS;
      const hit = full ? undefined : cache.get(cell);
      if (hit === undefined) {
        result = parseDateText(cell, order);
        if (!full) cache.set(cell, result);
      } else {
        result = hit;
      }
    } else {
      result = dayNumberOfCell(cell, order, dayOfDate);
    }
    if (typeof result === 'number') {
      values[i] = result;
    } else {
      values[i] = NaN;
      if (result !== 'missing_value') errors.set(i, result);
    }
  }
  return { values, errors };
}

/** Trimmed text of each cell, `''` for blank; Dates as `YYYY-MM-DD` of their civil day in the process zone. */
export function readTextColumn(cells: readonly Cell[]): string[] {
  const texts = new Array<string>(cells.length);
  const dayOfDate = civilDayReader();
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === 'string') texts[i] = cell.trim();
    else if (isDate(cell) && cell.getTime() === cell.getTime()) texts[i] = formatDayNumber(dayOfDate(cell));
    else texts[i] = cellToText(cell);
  }
  return texts;
}
