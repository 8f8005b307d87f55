// The columns the add-on writes and the cells of a row, for every place that writes them: the single formulas,
// CUSTOMER_SEGMENTS and Apply. Each classification's descriptor says which value columns it has; a problem row is
// told by its outcome, never by reading the text back.
import {
  dateOfDayNumber,
  descriptorOf,
  groupOf,
  nextStep,
  outcome,
  problemOf,
  type Cell,
  type ClassificationId,
  type Classified,
  type Language,
  type ValueColumn,
} from '../engine';
import { catalogue, label, nextStepText, outcomeReason, problemText, WARNING_SIGN } from '../i18n/text';

export type OutputColumn =
  | { kind: 'value'; classification: ClassificationId; value: ValueColumn }
  | { kind: 'reason'; classification: ClassificationId }
  | { kind: 'nextStep' };

/** Each classification's value columns (then its reason, with `reasons`), in order; the next step last when asked. */
export function outputColumns(computed: readonly ClassificationId[], options: { reasons: boolean; nextStep: boolean }): OutputColumn[] {
  const out: OutputColumn[] = [];
  for (const id of computed) {
    for (const value of descriptorOf(id).columns) out.push({ kind: 'value', classification: id, value });
    if (options.reasons) out.push({ kind: 'reason', classification: id });
  }
  if (options.nextStep) out.push({ kind: 'nextStep' });
  return out;
}

export function headerOf(column: OutputColumn, language: Language): string {
  const c = catalogue(language);
  if (column.kind === 'nextStep') return c.headers.nextStep;
  const headers = c.headers[column.classification];
  if (column.kind === 'reason') return c.reasonHeader(headers.group);
  return headers[column.value] as string;
}

/** Plain text for every column but the date: a value we write can never turn into a formula, number or date. */
export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';

export function columnFormat(column: OutputColumn): string {
  return column.kind === 'value' && column.value === 'date' ? DATE_FORMAT : TEXT_FORMAT;
}

/** What a group cell shows, without writing the reason: the label, `⚠ problem`, `—`, or '' (no answer). */
export function groupCell(c: Classified, id: ClassificationId, row: number, language: Language): string {
  const group = groupOf(c, id, row);
  if (group === null) return '';
  if (group === 'problem') return WARNING_SIGN + problemText(problemOf(c, id, row)!, language);
  if (group === 'none') return catalogue(language).notApplicable;
  return label(group, language);
}

/** One row's cells (`row`: the customer) for the columns; dates are Dates at midnight in the sheet's zone. */
export function rowCells(c: Classified, row: number, columns: readonly OutputColumn[], language: Language, timeZone?: string): Cell[] {
  return columns.map((column) => {
    if (column.kind === 'nextStep') {
      const step = nextStep(c, row);
      return step ? nextStepText(step, language) : '';
    }
    const id = column.classification;
    if (column.kind === 'reason') {
      const answer = outcome(c, id, row);
      return answer ? outcomeReason(answer, language) : '';
    }
    if (column.value === 'group') return groupCell(c, id, row, language);
    // A score or a date stays empty where the group cell shows a problem.
    if (groupOf(c, id, row) === 'problem') return '';
    const descriptor = descriptorOf(id);
    if (column.value === 'score') return descriptor.score!(c, row);
    const day = descriptor.date!(c, row);
    return day === day ? dateOfDayNumber(day, timeZone) : '';
  });
}

/**
 * The output block's rows: for each data row its customer's cells (`rowCustomer[i]`, -1 for a blank row, which
 * stays blank).
 */
export function blockRows(
  c: Classified,
  rowCustomer: Int32Array,
  columns: readonly OutputColumn[],
  language: Language,
  timeZone?: string,
): Cell[][] {
  const out: Cell[][] = [];
  const width = columns.length;
  for (let i = 0; i < rowCustomer.length; i++) {
    const customer = rowCustomer[i];
    out.push(customer < 0 ? new Array<Cell>(width).fill('') : rowCells(c, customer, columns, language, timeZone));
  }
  return out;
}
