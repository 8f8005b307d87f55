// The work behind each Sheets formula: normalise the ranges, run the engine, answer one row per input row through
// the output builder (src/output/columns.ts), the same one Apply writes with. customFunctions.ts only carries the
// documented signatures and calls these.
import {
  ALL_GROUPS,
  classifyCustomers,
  DEFAULT_CLASSIFICATIONS,
  cjkConcepts,
  detectColumns,
  DESCRIPTORS,
  LANGUAGES,
  movement,
  normalizeText,
  parseSettings,
  readCustomerTable,
  readIntent,
  resolveAsOf,
  segmentValues,
  STATUS,
  wordConcepts,
  type Cell,
  type ClassificationId,
  type Classified,
  type Field,
  type Language,
  type Settings,
  type SettingsInput,
  type ValueColumn,
} from '../engine';
import { action as actionOf, catalogue, groupsForLabel, reasonText, say, settingErrorText, WARNING_SIGN } from '../i18n/text';
import { blockRows, headerOf, outputColumns, rowCells, type OutputColumn, type OutputPlace } from '../output/columns';
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
import { readTaughtPhrases } from './taughtStore';

export type Answer = Cell[][];

interface Run {
  ctx: SheetContext;
  language: Language;
  asOf: number;
  settings: Settings;
}

/** Words in the formula's language; numbers and dates as the spreadsheet's locale and time zone have them. */
function placeOf(run: Run): OutputPlace {
  return { language: run.language, locale: run.ctx.hints.locale, timeZone: run.ctx.hints.timeZone };
}

// Settings are checked by the engine under its own names; the user typed the formula's parameter names.
const ARGUMENT_NAMES: Record<string, string> = {
  tierA: 'a',
  tierB: 'b',
  tenureDays: 'tenure_days',
  lapseDays: 'lapse_days',
  valueMonths: 'months',
  annualDiscount: 'annual_discount',
};

function startRun(asOfValue: unknown, languageValue: unknown, settings: SettingsInput, classifications: ClassificationId[]): Run {
  const ctx = sheetContext();
  const language = choiceArgument('language', languageValue, LANGUAGES) ?? ctx.language;
  const asOf = resolveAsOf(asOfValue, ctx.hints, ctx.today);
  if (!asOf.ok) throw new FormulaError({ code: 'as_of', got: asOf.got });
  const parsed = parseSettings({ ...settings, classifications, language });
  if (!parsed.ok) {
    const message = parsed.errors.map((e) => settingErrorText(e, ctx.language, (setting) => ARGUMENT_NAMES[setting])).join(' ');
    throw new FormulaError({ code: 'settings', message });
  }
  return { ctx, language, asOf: asOf.day, settings: parsed.settings };
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
    statusHeaderWords = new Set(LANGUAGES.map((l) => normalizeText(catalogue(l).headers.intent.group)));
    for (const [word, bits] of wordConcepts()) if (bits & STATUS) statusHeaderWords.add(word);
    for (const [term, bits] of cjkConcepts()) if (bits & STATUS) statusHeaderWords.add(term);
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
 * per input row with the classification's value columns. Trailing blank rows (open ranges) are answered blank
 * without being read.
 */
function answerColumns(
  args: readonly FieldArgument[],
  run: Run,
  classification: ClassificationId,
  values?: readonly ValueColumn[],
): Answer {
  return answerRows(args, run, classification, values).answer;
}

function answerRows(
  args: readonly FieldArgument[],
  run: Run,
  classification: ClassificationId,
  values?: readonly ValueColumn[],
): { answer: Answer; classified: Classified } {
  const height = checkSameHeight(args.map((a) => a.column));
  const header = height > 0 && startsWithHeader(args);
  const start = header ? 1 : 0;
  const end = Math.max(
    start,
    usedHeight(
      args.map((a) => a.column),
      height,
    ),
  );
  const rows: Cell[][] = new Array(end - start);
  for (let i = start; i < end; i++) rows[i - start] = args.map((a) => a.column.cells[i]);
  const fields: Partial<Record<Field, number>> = {};
  args.forEach((a, index) => (fields[a.field] = index));
  const table = readCustomerTable(rows, fields, { hints: run.ctx.hints, asOf: run.asOf, firstRowNumber: start + 1 });
  // Taught phrases are read (one call) only by a formula that reads notes.
  const taught = fields.status !== undefined ? readTaughtPhrases() : undefined;
  const classified = classifyCustomers(table, run.settings, run.asOf, taught);
  const all = outputColumns([classification], { reasons: false, nextStep: false });
  const columns = values ? all.filter((c) => c.kind === 'value' && values.includes(c.value)) : all;
  const blank = () => new Array<Cell>(columns.length).fill('');
  const out: Answer = [];
  if (header) out.push(columns.map((c) => headerOf(c, run.language, run.settings)));
  for (let i = 0; i < rows.length; i++) out.push(table.blank[i] ? blank() : rowCells(classified, i, columns, placeOf(run)));
  for (let i = end; i < height; i++) out.push(blank());
  return { answer: out, classified };
}

function present(name: string, field: Field, value: unknown): FieldArgument[] {
  return isOmitted(value) ? [] : [{ field, column: columnArgument(name, value) }];
}

export function tier(values: unknown, a: unknown, b: unknown, method: unknown): Answer {
  const chosen = choiceArgument('method', method, ['share', 'count', 'amount'] as const) ?? 'share';
  const run = startRun(
    undefined,
    undefined,
    { tierMethod: chosen, tierA: thresholdArgument('a', a, chosen), tierB: thresholdArgument('b', b, chosen) },
    ['tier'],
  );
  return answerColumns([{ field: 'revenue', column: columnArgument('values', values), alsoNamedBy: ['profit'] }], run, 'tier');
}

/** A threshold of CUSTOMER_TIER; below 0 it is refused here, with what the method allows (the rest is checked by the settings). */
function thresholdArgument(name: string, value: unknown, method: 'share' | 'count' | 'amount'): number | undefined {
  if (isOmitted(value)) return undefined;
  const n = numberOrThrow(name, value);
  if (n < 0) {
    throw new FormulaError(
      method === 'amount' ? { code: 'threshold_amount', name, got: n } : { code: 'threshold_fraction', name, method, got: n },
    );
  }
  return n;
}

function numberOrThrow(name: string, value: unknown): number {
  const n = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
  if (!Number.isFinite(n)) throw new FormulaError({ code: 'not_a_number', name, got: String(value) });
  return n;
}

function optionalNumber(name: string, value: unknown): number | undefined {
  return isOmitted(value) ? undefined : numberOrThrow(name, value);
}

export function profitSplit(profits: unknown, rule: unknown): Answer {
  const chosen = choiceArgument('rule', rule, ['loss', 'bottom20'] as const) ?? 'loss';
  const run = startRun(undefined, undefined, { profitRule: chosen }, ['profit']);
  return answerColumns([{ field: 'profit', column: columnArgument('profits', profits) }], run, 'profit');
}

export function quadrant(firstPurchases: unknown, revenues: unknown, asOf: unknown, tenureDays: unknown): Answer {
  const run = startRun(asOf, undefined, { tenureDays: optionalNumber('tenure_days', tenureDays) }, ['quadrant']);
  const args: FieldArgument[] = [
    { field: 'first_purchase', column: columnArgument('first_purchases', firstPurchases) },
    { field: 'revenue', column: columnArgument('revenues', revenues) },
  ];
  return answerColumns(args, run, 'quadrant');
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
  return answerColumns(args, run, 'lifecycle');
}

export function intent(statuses: unknown, leadScores: unknown): Answer {
  const run = startRun(undefined, undefined, {}, ['intent']);
  const args: FieldArgument[] = [
    { field: 'status', column: columnArgument('statuses', statuses) },
    ...present('lead_scores', 'lead_score', leadScores),
  ];
  return answerColumns(args, run, 'intent');
}

export function rfm(lastPurchases: unknown, orders: unknown, revenues: unknown, asOf: unknown, preset: unknown): Answer {
  const chosen = choiceArgument('preset', preset, ['grid11', 'class8'] as const) ?? 'grid11';
  const run = startRun(asOf, undefined, { rfmPreset: chosen }, ['rfm']);
  const args: FieldArgument[] = [
    { field: 'last_purchase', column: columnArgument('last_purchases', lastPurchases) },
    { field: 'orders', column: columnArgument('orders', orders) },
    { field: 'revenue', column: columnArgument('revenues', revenues) },
  ];
  return answerColumns(args, run, 'rfm');
}

export function nextContact(lastPurchases: unknown, asOf: unknown, lapseDays: unknown): Answer {
  const run = startRun(asOf, undefined, { lapseDays: optionalNumber('lapse_days', lapseDays) }, ['nextContact']);
  return answerColumns([{ field: 'last_purchase', column: columnArgument('last_purchases', lastPurchases) }], run, 'nextContact');
}

/** The columns of a customer-base model's formulas: orders, first and last purchase, and revenue for the value. */
function churnArguments(orders: unknown, firstPurchases: unknown, lastPurchases: unknown): FieldArgument[] {
  return [
    { field: 'orders', column: columnArgument('orders', orders) },
    { field: 'first_purchase', column: columnArgument('first_purchases', firstPurchases) },
    { field: 'last_purchase', column: columnArgument('last_purchases', lastPurchases) },
  ];
}

/** CUSTOMER_VALUE: the model is fitted on the rows given, inside the call (classify/churn.ts). */
export function customerValue(
  orders: unknown,
  firstPurchases: unknown,
  lastPurchases: unknown,
  revenues: unknown,
  asOf: unknown,
  months: unknown,
  annualDiscount: unknown,
): Answer {
  const given = { valueMonths: optionalNumber('months', months), annualDiscount: optionalNumber('annual_discount', annualDiscount) };
  const run = startRun(asOf, undefined, given, ['churn']);
  const args = [
    ...churnArguments(orders, firstPurchases, lastPurchases),
    { field: 'revenue' as const, column: columnArgument('revenues', revenues) },
  ];
  return fitted(answerRows(args, run, 'churn', ['expected', 'orderValue', 'value']), run);
}

/**
 * A model that could not be fitted fails the formula with the reason (too few customers or repeat buyers), as a bad
 * argument does: every row would otherwise show the same `—`, and a formula has no reason column to say why.
 */
function fitted(rows: { answer: Answer; classified: Classified }, run: Run): Answer {
  const notReady = rows.classified.churn?.notReady;
  if (!notReady) return rows.answer;
  const text = reasonText({ code: 'churn_not_ready', ...notReady }, run.ctx.language).replace(/^—[:：]\s*/, '');
  throw new FormulaError({
    code: 'settings',
    message: text.charAt(0).toUpperCase() + text.slice(1) + (run.ctx.language === 'zh' ? '。' : '.'),
  });
}

/** CUSTOMER_CHURN: chance still active and the churn-risk group. */
export function customerChurn(orders: unknown, firstPurchases: unknown, lastPurchases: unknown, asOf: unknown): Answer {
  const run = startRun(asOf, undefined, {}, ['churn']);
  return fitted(answerRows(churnArguments(orders, firstPurchases, lastPurchases), run, 'churn', ['chance', 'group']), run);
}

export function action(labels: unknown, language: unknown): Answer {
  const ctx = sheetContext();
  const lang = choiceArgument('language', language, LANGUAGES) ?? ctx.language;
  const c = catalogue(lang);
  const column = columnArgument('labels', labels);
  const end = usedHeight([column], column.cells.length);
  // A header on top is one of our group columns' headers, in any language.
  const knownHeaders = new Set<string>();
  for (const l of LANGUAGES) for (const d of DESCRIPTORS) knownHeaders.add(catalogue(l).headers[d.id].group.toLowerCase());
  return column.cells.map((cell, i) => {
    if (i >= end) return [''];
    const text = typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell);
    if (!text || text === c.notApplicable) return [''];
    if (i === 0 && knownHeaders.has(text.toLowerCase())) return [c.headers.action];
    if (text.startsWith(WARNING_SIGN.trim())) return [say(lang, undefined, c.actionFormula.fixFirst, { problem: text.slice(1).trim() })];
    const groups = groupsForLabel(text);
    if (groups.length === 0) return [WARNING_SIGN + say(lang, undefined, c.actionFormula.notALabel, { text })];
    return [actionOf(groups[0], lang)];
  });
}

export function segments(table: unknown, asOf: unknown, language: unknown): Answer {
  const values = tableArgument('table', table);
  const run = startRun(asOf, language, {}, [...DEFAULT_CLASSIFICATIONS]);
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  let last = values.length - 1;
  while (last > 0 && values[last].every((cell) => cell === '' || cell === null || cell === undefined)) last--;
  const result = segmentValues(values, {
    settings: run.settings,
    asOf: run.asOf,
    hints: run.ctx.hints,
    location: { headerRow: 0, firstCol: 0, lastCol: width - 1, firstDataRow: 1, lastDataRow: last },
    summary: false,
    taught: readTaughtPhrases(),
  });
  if (!result.ok) throw new FormulaError({ code: 'no_header', name: 'table' });
  const columns: OutputColumn[] = outputColumns(result.classified.computed, { reasons: false, nextStep: true });
  const out: Answer = [columns.map((c) => headerOf(c, run.language))];
  const rows = blockRows(result.classified, result.rowCustomer, columns, placeOf(run), result.log?.rowProblems);
  for (let r = 1; r < values.length; r++) out.push(r <= last ? rows[r - 1] : new Array<Cell>(columns.length).fill(''));
  return out;
}

/**
 * CUSTOMER_MOVEMENT: the from → to matrix of two label columns, row by row the same customer (two snapshots side by
 * side, e.g. last month's CUSTOMER_TIER and this month's). A label on one side only is new (blank before) or gone
 * (blank now). The groups of this add-on come in their own order, other labels as they first appear; a header row
 * on top (a group column's header, in any language) is skipped. Counts are numbers, so the matrix can be summed.
 */
export function customerMovement(previous: unknown, current: unknown): Answer {
  const ctx = sheetContext();
  const c = catalogue(ctx.language);
  const before = columnArgument('previous_labels', previous);
  const after = columnArgument('current_labels', current);
  const height = checkSameHeight([before, after]);
  const knownHeaders = new Set<string>();
  for (const l of LANGUAGES) for (const d of DESCRIPTORS) knownHeaders.add(catalogue(l).headers[d.id].group.toLowerCase());
  const text = (cell: Cell) => (typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell));
  const isHeader = (cell: Cell) => knownHeaders.has(text(cell).toLowerCase());
  const start = height > 0 && (isHeader(before.cells[0]) || isHeader(after.cells[0])) ? 1 : 0;
  const keys: string[] = [];
  const from: string[] = [];
  const to: string[] = [];
  for (let i = start; i < height; i++) {
    keys.push(String(i));
    from.push(text(before.cells[i]));
    to.push(text(after.cells[i]));
  }
  // Our groups in their order (a label in any language), then any other label in order of appearance.
  const rank = (label: string) => {
    const groups = groupsForLabel(label);
    return groups.length ? ALL_GROUPS.indexOf(groups[0]) : ALL_GROUPS.length;
  };
  const labels = [...new Set([...from, ...to].filter(Boolean))];
  const order = labels.map((label, i) => ({ label, i, r: rank(label) })).sort((x, y) => x.r - y.r || x.i - y.i);
  const m = movement(
    { keys, labels: from },
    { keys, labels: to },
    order.map((x) => x.label),
  );
  const rows = m.from.map((_, i) => i).filter((i) => m.cells[i].some((x) => x.count) || m.gone[i].count);
  const cols = m.to.map((_, j) => j).filter((j) => m.cells.some((r) => r[j].count) || m.added[j].count);
  const h = c.history;
  const out: Answer = [[h.formulaCorner, ...cols.map((j) => m.to[j]), h.gone, h.total]];
  let grand = 0;
  for (const i of rows) {
    const counts = cols.map((j) => m.cells[i][j].count);
    const total = counts.reduce((s, n) => s + n, 0) + m.gone[i].count;
    grand += total;
    out.push([m.from[i], ...counts, m.gone[i].count, total]);
  }
  const added = cols.map((j) => m.added[j].count);
  const addedTotal = added.reduce((s, n) => s + n, 0);
  out.push([h.added, ...added, '', addedTotal]);
  const columnTotals = cols.map((j) => m.cells.reduce((s, r) => s + r[j].count, 0) + m.added[j].count);
  const gone = rows.reduce((s, i) => s + m.gone[i].count, 0);
  out.push([h.total, ...columnTotals, gone, grand + addedTotal]);
  return out;
}
