// What Apply writes to the right of the data: for each chosen classification its group and its reason, then the
// next step. Pure: the values and formats of the block, computed from a segmentation; the sheet writer only writes them.
import type { Classified } from '../../engine/classifyCustomers';
import { describe, nextStep, rfmScore, WARNING_SIGN } from '../../engine/describe';
import type { Classification } from '../../engine/groups';
import { columnHeader, GROUP_COLUMN, reasonHeader } from '../../engine/i18n/columnHeaders';
import { dateOfDayNumber } from '../../engine/parse/dates';
import type { Cell, Language } from '../../engine/types';

export type PlannedColumn =
  | { kind: 'group'; classification: Classification; header: string }
  | { kind: 'reason'; classification: Classification; header: string }
  | { kind: 'rfmScore'; header: string }
  | { kind: 'contactDate'; header: string }
  | { kind: 'nextStep'; header: string };


export function planColumns(computed: readonly Classification[], language: Language): PlannedColumn[] {
  const out: PlannedColumn[] = [];
  for (const c of computed) {
    if (c === 'nextContact') out.push({ kind: 'contactDate', header: columnHeader('nextContact', language) });
    out.push({ kind: 'group', classification: c, header: columnHeader(GROUP_COLUMN[c], language) });
    if (c === 'rfm') out.push({ kind: 'rfmScore', header: columnHeader('rfmScore', language) });
    out.push({ kind: 'reason', classification: c, header: reasonHeader(GROUP_COLUMN[c], language) });
  }
  out.push({ kind: 'nextStep', header: columnHeader('nextStep', language) });
  return out;
}

/** Plain text for every column but the date: a value we write can never turn into a formula, number or date. */
export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';

export function columnFormat(column: PlannedColumn): string {
  return column.kind === 'contactDate' ? DATE_FORMAT : TEXT_FORMAT;
}

export function cellFor(c: Classified, customer: number, column: PlannedColumn, language: Language, timeZone?: string): Cell {
  switch (column.kind) {
    case 'group':
      return describe(c, column.classification, customer, language)?.label ?? '';
    case 'reason': {
      const outcome = describe(c, column.classification, customer, language);
      // The group cell already shows `⚠ reason`; repeating it would only add noise.
      return outcome && !outcome.label.startsWith(WARNING_SIGN) ? outcome.reason : '';
    }
    case 'rfmScore': {
      const label = describe(c, 'rfm', customer, language)?.label ?? '';
      return label.startsWith(WARNING_SIGN) ? '' : rfmScore(c, customer);
    }
    case 'contactDate': {
      const label = describe(c, 'nextContact', customer, language)?.label ?? '';
      const due = c.nextContact ? c.nextContact.dates[customer] : NaN;
      return due === due && !label.startsWith(WARNING_SIGN) ? dateOfDayNumber(due, timeZone) : '';
    }
    case 'nextStep':
      return nextStep(c, customer, language)?.text ?? '';
  }
}

/**
 * The block's values: the header row, then one row per data row (its customer's answers; blank rows stay blank).
 * `rowCustomer[i]` is the customer of data row i, -1 for blank.
 */
export function blockValues(
  c: Classified,
  rowCustomer: Int32Array,
  columns: readonly PlannedColumn[],
  language: Language,
  timeZone?: string,
): Cell[][] {
  const out: Cell[][] = [columns.map((col) => col.header)];
  const width = columns.length;
  for (let i = 0; i < rowCustomer.length; i++) {
    const customer = rowCustomer[i];
    if (customer < 0) {
      out.push(new Array<Cell>(width).fill(''));
      continue;
    }
    const row = new Array<Cell>(width);
    for (let k = 0; k < width; k++) row[k] = cellFor(c, customer, columns[k], language, timeZone);
    out.push(row);
  }
  return out;
}
