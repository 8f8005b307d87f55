// The `Customers` sheet Apply makes for an order log: one row per customer, with what the log says about them (first
// and last purchase, orders, revenue…) and every answer beside it, coloured like the rows of a customer table. A log
// has one row per order, so a list per customer is what the owner reads and filters; the log itself only gets the
// customer's group on each order row (applyPlan.ts). Pure: the gateway writes it with one call per kind of content.
import { dateOfDayNumber, groupOf, PALETTE, PROBLEM_COLOR, type Cell, type Field, type Segmentation, type Settings } from '../../engine';
import { dateNumberFormat } from '../../i18n/format';
import { fieldLabel } from '../../i18n/text';
import { columnFormat, headerOf, rowCells, TEXT_FORMAT, type OutputColumn, type OutputPlace } from '../../output/columns';

export const HEADER_BACKGROUND = '#f1f3f4';
const COUNT_FORMAT = '0';
const MONEY_FORMAT = '#,##0.00';

export interface CustomerSheetPlan {
  width: number;
  values: Cell[][];
  formats: string[][];
  backgrounds: (string | null)[][];
}

/** The customer fields the log gives, in the order a customer table would have them. */
function fieldsShown(result: Segmentation): Field[] {
  const log = result.match.orderLog;
  const fields: Field[] = ['customer', 'first_purchase', 'last_purchase', 'orders', 'revenue'];
  if (log?.profit !== undefined) fields.push('profit');
  if (log?.status !== undefined) fields.push('status');
  return fields;
}

function fieldCell(result: Segmentation, field: Field, k: number, timeZone: string | undefined): Cell {
  const t = result.classified.table;
  const number = (value: number) => (value === value ? value : '');
  switch (field) {
    case 'customer':
      return t.customer[k];
    case 'status':
      return t.status[k];
    case 'first_purchase':
    case 'last_purchase': {
      const day = field === 'first_purchase' ? t.firstPurchase[k] : t.lastPurchase[k];
      return day === day ? dateOfDayNumber(day, timeZone) : '';
    }
    case 'orders':
      return number(t.orders[k]);
    case 'revenue':
      return number(t.revenue[k]);
    case 'profit':
      return number(t.profit[k]);
    default:
      return '';
  }
}

function fieldFormat(field: Field, locale: string): string {
  if (field === 'first_purchase' || field === 'last_purchase') return dateNumberFormat(locale);
  if (field === 'orders') return COUNT_FORMAT;
  if (field === 'revenue' || field === 'profit') return MONEY_FORMAT;
  // Names and notes come from the user's cells: plain text, so `=HYPERLINK(…)` is shown, never run.
  return TEXT_FORMAT;
}

/** One row per customer, the most revenue first (ties by name), under a header row. */
export function planCustomerSheet(
  result: Segmentation,
  columns: readonly OutputColumn[],
  settings: Settings,
  place: OutputPlace & { locale: string },
): CustomerSheetPlan {
  const c = result.classified;
  const t = c.table;
  const fields = fieldsShown(result);
  const width = fields.length + columns.length;
  const header = [
    ...fields.map((f) => fieldLabel(f, place.language)),
    ...columns.map((column) => headerOf(column, place.language, c.settings)),
  ];
  const values: Cell[][] = [header];
  const formats: string[][] = [new Array(width).fill(TEXT_FORMAT)];
  const backgrounds: (string | null)[][] = [new Array(width).fill(HEADER_BACKGROUND)];
  const rowFormats = [
    ...fields.map((f) => fieldFormat(f, place.locale)),
    ...columns.map((column) => columnFormat(column, place.locale, MONEY_FORMAT)),
  ];
  const main = c.computed.includes(settings.mainGrouping) ? settings.mainGrouping : null;

  const order = Array.from({ length: t.n }, (_, k) => k);
  const revenue = (k: number) => (t.revenue[k] === t.revenue[k] ? t.revenue[k] : -Infinity);
  order.sort((a, b) => revenue(b) - revenue(a) || t.customer[a].localeCompare(t.customer[b]) || a - b);
  for (const k of order) {
    values.push([...fields.map((f) => fieldCell(result, f, k, place.timeZone)), ...rowCells(c, k, columns, place)]);
    formats.push(rowFormats);
    const rowGroup = main ? groupOf(c, main, k) : null;
    const rowColor = colourOf(rowGroup);
    backgrounds.push([
      ...fields.map(() => rowColor),
      ...columns.map((column) =>
        column.kind === 'value' && column.value === 'group' ? (colourOf(groupOf(c, column.classification, k)) ?? rowColor) : rowColor,
      ),
    ]);
  }
  return { width, values, formats, backgrounds };
}

function colourOf(group: ReturnType<typeof groupOf>): string | null {
  if (group === null || group === 'none') return null;
  return group === 'problem' ? PROBLEM_COLOR : PALETTE[group];
}
