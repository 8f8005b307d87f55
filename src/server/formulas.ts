// The work behind each Sheets formula: normalise the ranges, run the engine, answer one row per input row.
// customFunctions.ts only carries the documented signatures and calls these.
import { classifyCustomers, type Classified } from '../engine/classifyCustomers';
import { readCustomerTable } from '../engine/customerTable';
import { describe, groupOf, nextStep, NOT_APPLICABLE, rfmScore, WARNING_SIGN } from '../engine/describe';
import { detectColumns } from '../engine/headers';
import { CJK_CONCEPTS, STATUS, WORD_CONCEPTS } from '../engine/headerLexicon';
import { readIntent } from '../engine/intent';
import { groupAction } from '../engine/i18n/actions';
import { columnHeader, type OutputColumn } from '../engine/i18n/columnHeaders';
import { groupLabel, groupsForLabel } from '../engine/i18n/labels';
import { dateOfDayNumber, parseAsOf } from '../engine/parse/dates';
import { segmentValues } from '../engine/segment';
import { normalizeText } from '../engine/text';
import { parseSettings, type Settings, type SettingsInput } from '../engine/settings';
import type { Classification } from '../engine/groups';
import { LANGUAGES, type Cell, type Field, type Language } from '../engine/types';
import {
  checkSameHeight,
  choiceArgument,
  columnArgument,
  FormulaError,
  isOmitted,
  tableArgument,
  usedHeight,
  type ColumnArgument,
} from './ranges';
import { sheetContext, type SheetContext } from './sheetContext';

export type Answer = Cell[][];

interface Run {
  ctx: SheetContext;
  language: Language;
  asOf: number;
  settings: Settings;
}

// Settings are validated by the engine under its own names; the user typed the formula's parameter names.
const ARGUMENT_NAMES: Record<string, string> = { tierA: 'a', tierB: 'b', tenureDays: 'tenure_days', lapseDays: 'lapse_days' };
const SETTING_NAME = /\b(?:tierA|tierB|tenureDays|lapseDays)\b/g;

function startRun(asOfValue: unknown, languageValue: unknown, settings: SettingsInput, classifications: Classification[]): Run {
  const ctx = sheetContext();
  const language = choiceArgument('language', languageValue, LANGUAGES) ?? ctx.language;
  let asOf = ctx.today;
  if (!isOmitted(asOfValue)) {
    const parsed = parseAsOf(asOfValue as Cell, ctx.hints);
    if (typeof parsed !== 'number') {
      throw new FormulaError(`as_of must be a date: a date cell or a text like 2026-11-22 (got "${String(asOfValue)}").`);
    }
    asOf = parsed;
  }
  const parsed = parseSettings({ ...settings, classifications, language }, 'en');
  if (!parsed.ok) throw new FormulaError(parsed.errors.map((e) => e.message.replace(SETTING_NAME, (n) => ARGUMENT_NAMES[n])).join(' '));
  return { ctx, language, asOf, settings: parsed.settings };
}

interface FieldArgument {
  field: Field;
  column: ColumnArgument;
  /** Other fields whose header may top this range (CUSTOMER_TIER's values may be revenue or profit). */
  alsoNamedBy?: readonly Field[];
}

let statusHeaderWords: Set<string> | undefined;

/** A status header of one word (or our own Intent header): '意向' and '购买意向' read as an intent, yet alone they name the column. */
function isStatusHeaderWord(text: string): boolean {
  if (!statusHeaderWords) {
    statusHeaderWords = new Set(LANGUAGES.map((l) => normalizeText(columnHeader('intent', l))));
    for (const [word, bits] of WORD_CONCEPTS) if (bits & STATUS) statusHeaderWords.add(word);
    for (const [term, bits] of CJK_CONCEPTS) if (bits & STATUS) statusHeaderWords.add(term);
  }
  return statusHeaderWords.has(normalizeText(text));
}

/**
 * A header cell on top of the ranges is answered with the output's own header. It must be text naming the
 * argument's own field and not itself a value: status notes such as "Hot lead" or "有意向" contain header words.
 */
function startsWithHeader(args: readonly FieldArgument[]): boolean {
  let named = false;
  for (const { field, column, alsoNamedBy } of args) {
    const cell = column.cells[0];
    if (cell === '' || cell === null || cell === undefined) continue;
    if (typeof cell !== 'string') return false;
    const detected = Object.keys(detectColumns([cell]).columns) as Field[];
    if (!detected.some((f) => f === field || alsoNamedBy?.includes(f))) continue;
    if (field === 'status' && readIntent(cell, NaN).via === 'text' && !isStatusHeaderWord(cell)) continue;
    named = true;
  }
  return named;
}

/**
 * The shared shape of the column formulas: ranges in, the engine over them as one customer table, one answer row
 * per input row. Trailing blank rows (open ranges) are answered blank without being read.
 */
function answerColumns(
  args: readonly FieldArgument[],
  run: Run,
  headers: readonly OutputColumn[],
  answer: (c: Classified, row: number, run: Run) => Cell[],
): Answer {
  const height = checkSameHeight(args.map((a) => a.column));
  const header = height > 0 && startsWithHeader(args);
  const start = header ? 1 : 0;
  const end = Math.max(start, usedHeight(args.map((a) => a.column), height));
  const rows: Cell[][] = new Array(end - start);
  for (let i = start; i < end; i++) rows[i - start] = args.map((a) => a.column.cells[i]);
  const columns: Partial<Record<Field, number>> = {};
  args.forEach((a, index) => (columns[a.field] = index));
  const table = readCustomerTable(rows, columns, {
    hints: run.ctx.hints,
    asOf: run.asOf,
    firstRowNumber: start + 1,
    language: run.language,
  });
  const classified = classifyCustomers(table, run.settings, run.asOf);
  const width = headers.length;
  const blank = () => new Array<Cell>(width).fill('');
  const out: Answer = [];
  if (header) out.push(headers.map((h) => columnHeader(h, run.language)));
  for (let i = 0; i < rows.length; i++) out.push(table.blank[i] ? blank() : answer(classified, i, run));
  for (let i = end; i < height; i++) out.push(blank());
  return out;
}

/** What a cell shows: the group's label; only a problem or "not applicable" needs the reason written out. */
function label(c: Classified, classification: Classification, row: number, language: Language): string {
  const group = groupOf(c, classification, row);
  if (group === null) return '';
  if (group === 'problem' || group === 'none') return describe(c, classification, row, language)?.label ?? '';
  return groupLabel(group, language);
}

function present(name: string, field: Field, value: unknown): FieldArgument[] {
  return isOmitted(value) ? [] : [{ field, column: columnArgument(name, value) }];
}

export function tier(values: unknown, a: unknown, b: unknown, method: unknown): Answer {
  const chosen = choiceArgument('method', method, ['share', 'count', 'amount'] as const) ?? 'share';
  const run = startRun(undefined, undefined, {
    tierMethod: chosen,
    tierA: thresholdArgument('a', a, chosen),
    tierB: thresholdArgument('b', b, chosen),
  }, ['tier']);
  const args: FieldArgument[] = [{ field: 'revenue', column: columnArgument('values', values), alsoNamedBy: ['profit'] }];
  return answerColumns(args, run, ['tier'], (c, i, r) => [
    label(c, 'tier', i, r.language),
  ]);
}

/** A threshold of CUSTOMER_TIER; below 0 it is refused here, with what the method allows (the rest is checked by the settings). */
function thresholdArgument(name: string, value: unknown, method: 'share' | 'count' | 'amount'): number | undefined {
  if (isOmitted(value)) return undefined;
  const n = numberOrThrow(name, value);
  if (n < 0) {
    throw new FormulaError(
      method === 'amount'
        ? `${name} must be an amount of money above 0 for the amount method (got ${n}).`
        : `${name} must be a fraction between 0 and 1 for the ${method} method, e.g. 0.8 (got ${n}).`,
    );
  }
  return n;
}

function numberOrThrow(name: string, value: unknown): number {
  const n = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
  if (!Number.isFinite(n)) throw new FormulaError(`${name} must be a number (got "${String(value)}").`);
  return n;
}

export function profitSplit(profits: unknown, rule: unknown): Answer {
  const chosen = choiceArgument('rule', rule, ['loss', 'bottom20'] as const) ?? 'loss';
  const run = startRun(undefined, undefined, { profitRule: chosen }, ['profit']);
  return answerColumns([{ field: 'profit', column: columnArgument('profits', profits) }], run, ['profit'], (c, i, r) => [
    label(c, 'profit', i, r.language),
  ]);
}

export function quadrant(firstPurchases: unknown, revenues: unknown, asOf: unknown, tenureDays: unknown): Answer {
  const run = startRun(asOf, undefined, { tenureDays: optionalNumber('tenure_days', tenureDays) }, ['quadrant']);
  const args = [
    { field: 'first_purchase' as const, column: columnArgument('first_purchases', firstPurchases) },
    { field: 'revenue' as const, column: columnArgument('revenues', revenues) },
  ];
  return answerColumns(args, run, ['quadrant'], (c, i, r) => [label(c, 'quadrant', i, r.language)]);
}

function optionalNumber(name: string, value: unknown): number | undefined {
  return isOmitted(value) ? undefined : numberOrThrow(name, value);
}

export function lifecycle(
  orders: unknown,
  firstPurchases: unknown,
  lastPurchases: unknown,
  statuses: unknown,
  leadScores: unknown,
  asOf: unknown,
  lapseDays: unknown,
): Answer {
  const run = startRun(asOf, undefined, { lapseDays: optionalNumber('lapse_days', lapseDays) }, ['lifecycle']);
  const args: FieldArgument[] = [
    { field: 'orders', column: columnArgument('orders', orders) },
    { field: 'first_purchase', column: columnArgument('first_purchases', firstPurchases) },
    { field: 'last_purchase', column: columnArgument('last_purchases', lastPurchases) },
    ...present('statuses', 'status', statuses),
    ...present('lead_scores', 'lead_score', leadScores),
  ];
  return answerColumns(args, run, ['lifecycle'], (c, i, r) => [label(c, 'lifecycle', i, r.language)]);
}

export function intent(statuses: unknown, leadScores: unknown): Answer {
  const run = startRun(undefined, undefined, {}, ['intent']);
  const args: FieldArgument[] = [
    { field: 'status', column: columnArgument('statuses', statuses) },
    ...present('lead_scores', 'lead_score', leadScores),
  ];
  return answerColumns(args, run, ['intent'], (c, i, r) => [label(c, 'intent', i, r.language)]);
}

export function rfm(lastPurchases: unknown, orders: unknown, revenues: unknown, asOf: unknown, preset: unknown): Answer {
  const chosen = choiceArgument('preset', preset, ['grid11', 'class8'] as const) ?? 'grid11';
  const run = startRun(asOf, undefined, { rfmPreset: chosen }, ['rfm']);
  const args: FieldArgument[] = [
    { field: 'last_purchase', column: columnArgument('last_purchases', lastPurchases) },
    { field: 'orders', column: columnArgument('orders', orders) },
    { field: 'revenue', column: columnArgument('revenues', revenues) },
  ];
  return answerColumns(args, run, ['rfmScore', 'rfmSegment'], (c, i, r) => {
    const segment = label(c, 'rfm', i, r.language);
    return [segment.startsWith(WARNING_SIGN) ? '' : rfmScore(c, i), segment];
  });
}

export function nextContact(lastPurchases: unknown, asOf: unknown, lapseDays: unknown): Answer {
  const run = startRun(asOf, undefined, { lapseDays: optionalNumber('lapse_days', lapseDays) }, ['nextContact']);
  const args: FieldArgument[] = [{ field: 'last_purchase', column: columnArgument('last_purchases', lastPurchases) }];
  return answerColumns(args, run, ['nextContact', 'nextTouch'], (c, i, r) => contactCells(c, i, r));
}

/** A due date as a real Date (so Sheets formats it as a date in the user's locale), and the touch. */
function contactCells(c: Classified, row: number, run: Run): Cell[] {
  const touch = label(c, 'nextContact', row, run.language);
  const due = c.nextContact ? c.nextContact.dates[row] : NaN;
  return [due === due && !touch.startsWith(WARNING_SIGN) ? dateOfDayNumber(due, run.ctx.hints.timeZone) : '', touch];
}

export function action(labels: unknown, language: unknown): Answer {
  const ctx = sheetContext();
  const lang = choiceArgument('language', language, LANGUAGES) ?? ctx.language;
  const column = columnArgument('labels', labels);
  const end = usedHeight([column], column.cells.length);
  const knownHeaders = new Set<string>();
  for (const l of LANGUAGES) {
    for (const h of ['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfmSegment', 'nextTouch'] as const) knownHeaders.add(columnHeader(h, l).toLowerCase());
  }
  return column.cells.map((cell, i) => {
    if (i >= end) return [''];
    const text = typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell);
    if (!text || text === NOT_APPLICABLE) return [''];
    if (i === 0 && knownHeaders.has(text.toLowerCase())) return [columnHeader('action', lang)];
    if (text.startsWith(WARNING_SIGN.trim())) {
      return [{ en: 'Fix the data first: ', es: 'Corrija primero los datos: ', zh: '请先修正数据：' }[lang] + text.slice(1).trim()];
    }
    const groups = groupsForLabel(text);
    if (groups.length === 0) {
      return [WARNING_SIGN + { en: `"${text}" is not a label of this add-on.`, es: `«${text}» no es una etiqueta de este complemento.`, zh: `“${text}”不是本插件的分类标签。` }[lang]];
    }
    return [groupAction(groups[0], lang)];
  });
}

/** The output columns of CUSTOMER_SEGMENTS for what was computed, in a fixed order. */
export function segmentColumns(computed: readonly Classification[]): OutputColumn[] {
  const out: OutputColumn[] = [];
  for (const c of computed) {
    if (c === 'rfm') out.push('rfmScore', 'rfmSegment');
    else if (c === 'nextContact') out.push('nextContact', 'nextTouch');
    else out.push(c);
  }
  out.push('nextStep');
  return out;
}

/** One row's cells for the given output columns (shared with the sidebar's writer). */
export function segmentCells(c: Classified, row: number, columns: readonly OutputColumn[], language: Language, timeZone?: string): Cell[] {
  return columns.map((column) => {
    switch (column) {
      case 'rfmScore': {
        const segment = label(c, 'rfm', row, language);
        return segment.startsWith(WARNING_SIGN) ? '' : rfmScore(c, row);
      }
      case 'rfmSegment':
        return label(c, 'rfm', row, language);
      case 'nextContact': {
        const touch = label(c, 'nextContact', row, language);
        const due = c.nextContact ? c.nextContact.dates[row] : NaN;
        return due === due && !touch.startsWith(WARNING_SIGN) ? dateOfDayNumber(due, timeZone) : '';
      }
      case 'nextTouch':
        return label(c, 'nextContact', row, language);
      case 'nextStep':
        return nextStep(c, row, language)?.text ?? '';
      case 'action':
        return '';
      default:
        return label(c, column, row, language);
    }
  });
}

export function segments(table: unknown, asOf: unknown, language: unknown): Answer {
  const values = tableArgument('table', table);
  const run = startRun(asOf, language, {}, ['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfm', 'nextContact']);
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  let last = values.length - 1;
  while (last > 0 && values[last].every((cell) => cell === '' || cell === null || cell === undefined)) last--;
  const result = segmentValues(values, {
    settings: run.settings,
    asOf: run.asOf,
    hints: run.ctx.hints,
    location: { headerRow: 0, firstCol: 0, lastCol: width - 1, firstDataRow: 1, lastDataRow: last },
    summary: false,
  });
  if (!result.ok) {
    throw new FormulaError(
      'table must start with a header row naming its columns (e.g. Customer, First order, Last order, Orders, Revenue, Profit, Status).',
    );
  }
  const columns = segmentColumns(result.classified.computed);
  const out: Answer = [columns.map((c) => columnHeader(c, run.language))];
  const blank = new Array<Cell>(columns.length).fill('');
  for (let r = 1; r < values.length; r++) {
    const customer = r <= last ? result.rowCustomer[r - 1] : -1;
    out.push(customer >= 0 ? segmentCells(result.classified, customer, columns, run.language, run.ctx.hints.timeZone) : [...blank]);
  }
  return out;
}
