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
  type GroupKey,
  type Language,
  DEFAULT_SETTINGS,
  type NumberColumn,
  type Problem,
  type Settings,
  type ValueColumn,
} from '../engine';
import { dateNumberFormat } from '../i18n/format';
import { catalogue, label, nextStepText, outcomeReason, problemText, reasonWithPrevious, say, WARNING_SIGN } from '../i18n/text';

export type OutputColumn =
  | { kind: 'value'; classification: ClassificationId; value: ValueColumn }
  | { kind: 'reason'; classification: ClassificationId }
  | { kind: 'nextStep' }
  /** The run history's Previous and Changed on of the classification that colours the rows (Apply only). */
  | { kind: 'history'; value: 'previous' | 'changedOn' };

/**
 * Each classification's value columns (then its reason, with `reasons`; then Previous and Changed on for the
 * `history` one), in order; the next step last when asked.
 */
export function outputColumns(
  computed: readonly ClassificationId[],
  options: { reasons: boolean; nextStep: boolean; history?: ClassificationId | null },
): OutputColumn[] {
  const out: OutputColumn[] = [];
  for (const id of computed) {
    for (const value of descriptorOf(id).columns) out.push({ kind: 'value', classification: id, value });
    if (options.reasons) out.push({ kind: 'reason', classification: id });
    if (options.history === id) out.push({ kind: 'history', value: 'previous' }, { kind: 'history', value: 'changedOn' });
  }
  if (options.nextStep) out.push({ kind: 'nextStep' });
  return out;
}

/** The horizons a header names ("Expected orders (next 90 days)"); the defaults when left out. */
export type HeaderSettings = Pick<Settings, 'churnDays' | 'valueMonths'>;

export function headerOf(column: OutputColumn, language: Language, settings: HeaderSettings = DEFAULT_SETTINGS): string {
  const c = catalogue(language);
  if (column.kind === 'nextStep') return c.headers.nextStep;
  if (column.kind === 'history') return c.history[column.value];
  const headers = c.headers[column.classification];
  if (column.kind === 'reason') return say(language, undefined, c.reasonHeader, { header: headers.group });
  return (headers[column.value] as string).replace('{n}', String(settings.churnDays)).replace('{m}', String(settings.valueMonths));
}

/** Number columns' formats, as Sheets patterns (the locale shows its own marks): a whole percent, two decimals. */
const NUMBER_FORMATS: Record<NumberColumn, string> = { chance: '0%', expected: '0.00', orderValue: '#,##0.00', value: '#,##0.00' };

function isNumberColumn(value: ValueColumn): value is NumberColumn {
  return value in NUMBER_FORMATS;
}

/** Where cells are written: words in the output language, dates and numbers as the spreadsheet's locale shows them. */
export interface OutputPlace {
  language: Language;
  /** The spreadsheet's locale ('es_ES'); left out, the language's main one. */
  locale?: string;
  /** The spreadsheet's time zone: a date is written as midnight there. */
  timeZone?: string;
}

/** Plain text for every column but the date: a value we write can never turn into a formula, number or date. */
export const TEXT_FORMAT = '@';

/** The date column shows the locale's short date, as Sheets shows a date a formula returns. */
export function columnFormat(column: OutputColumn, locale: string, money?: string): string {
  if (column.kind === 'history') return column.value === 'changedOn' ? dateNumberFormat(locale) : TEXT_FORMAT;
  if (column.kind !== 'value') return TEXT_FORMAT;
  if (column.value === 'date') return dateNumberFormat(locale);
  // Money columns take the revenue column's own format when it has one, so they show the sheet's currency.
  if (isNumberColumn(column.value))
    return (column.value === 'orderValue' || column.value === 'value') && money ? money : NUMBER_FORMATS[column.value];
  return TEXT_FORMAT;
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
export function rowCells(c: Classified, row: number, columns: readonly OutputColumn[], place: OutputPlace): Cell[] {
  const { language, locale, timeZone } = place;
  return columns.map((column) => {
    if (column.kind === 'nextStep') {
      const step = nextStep(c, row);
      return step ? nextStepText(step, language, locale) : '';
    }
    if (column.kind === 'history') {
      const h = c.history;
      const previous = h ? (h.previous[row] as GroupKey | '') : '';
      if (!h || !previous) return '';
      return column.value === 'previous' ? label(previous, language) : dateOfDayNumber(h.changedOn[row], timeZone);
    }
    const id = column.classification;
    if (column.kind === 'reason') {
      const answer = outcome(c, id, row);
      if (!answer) return '';
      const text = outcomeReason(answer, language, locale);
      const h = c.history;
      const previous = h && h.classification === id ? (h.previous[row] as GroupKey | '') : '';
      return previous && answer.kind === 'group'
        ? reasonWithPrevious(text, answer.group, previous, h!.changedOn[row], language, locale)
        : text;
    }
    if (column.value === 'group') return groupCell(c, id, row, language);
    // A score or a date stays empty where the group cell shows a problem.
    if (groupOf(c, id, row) === 'problem') return '';
    const descriptor = descriptorOf(id);
    if (column.value === 'score') return descriptor.score!(c, row);
    if (isNumberColumn(column.value)) {
      const value = descriptor.number!(c, row, column.value);
      return value === value ? value : '';
    }
    const day = descriptor.date!(c, row);
    return day === day ? dateOfDayNumber(day, timeZone) : '';
  });
}

/** A row that joins no customer (an order without one): each classification's cell says why, the rest is blank. */
export function problemRowCells(problem: Problem, columns: readonly OutputColumn[], language: Language): Cell[] {
  const text = WARNING_SIGN + problemText(problem, language);
  return columns.map((column) => (column.kind === 'value' && column.value === 'group' ? text : ''));
}

/**
 * The output block's rows: for each data row its customer's cells (`rowCustomer[i]`); a row of no customer stays
 * blank, or says its problem (`rowProblems`, an order log's rows without a customer).
 */
export function blockRows(
  c: Classified,
  rowCustomer: Int32Array,
  columns: readonly OutputColumn[],
  place: OutputPlace,
  rowProblems?: ReadonlyMap<number, Problem>,
): Cell[][] {
  const out: Cell[][] = [];
  const width = columns.length;
  for (let i = 0; i < rowCustomer.length; i++) {
    const customer = rowCustomer[i];
    const problem = customer < 0 ? rowProblems?.get(i) : undefined;
    if (customer >= 0) out.push(rowCells(c, customer, columns, place));
    else out.push(problem ? problemRowCells(problem, columns, place.language) : new Array<Cell>(width).fill(''));
  }
  return out;
}
