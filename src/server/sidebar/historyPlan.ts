// The run history sheet: one snapshot per Apply (run date, customer, revenue, the group of each classification, and
// the state the Previous / Changed on columns are worked out from), appended as one block. Pure: the gateway reads
// the sheet (the run-date column and the rows of one earlier run) and carries out the plan.
//
// The sheet is the record. Each run is a stretch of rows with the same run date in column A, so every state a failed
// write can leave is still readable: rows are only ever written by one setValues (all of a run, or none), and rows
// are only ever removed whole runs at a time. The sheet itself is found by developer metadata on the sheet
// (ownership.ts), never by its name.
import {
  ALL_GROUPS,
  advance,
  CLASSIFICATION_IDS,
  customerKeys,
  dayNumberOfYmd,
  decodeStates,
  descriptorOf,
  encodeStates,
  groupOf,
  isUrgentDrop,
  movement,
  NO_STATE,
  type Cell,
  type ClassificationId,
  type Drop,
  type GroupState,
  type Movement,
  type RowHistory,
  type Segmentation,
  type Settings,
} from '../../engine';

/** The classifications the history keeps: every one with a group, except the next touch, which only follows dates. */
export function trackedIds(): ClassificationId[] {
  return CLASSIFICATION_IDS.filter((id) => id !== 'nextContact');
}

/** The value of the history sheet's own metadata entry: its classification columns, in order. */
export interface HistoryRecord {
  role: 'history';
  version: 1;
  columns: string[];
}

export function parseHistoryRecord(text: string | null): HistoryRecord | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as HistoryRecord;
    return v?.role === 'history' && v.version === 1 && Array.isArray(v.columns) ? v : null;
  } catch {
    return null;
  }
}

/**
 * Columns before the groups: run date, customer, revenue and the state (encodeStates). The groups come last, so a
 * classification added later is a column added at the end and nothing moves.
 */
const FIXED = 4;
const STATE = 3;
export const historyWidth = (columns: readonly string[]) => FIXED + columns.length;

/**
 * The history stays under this many cells (rows × columns), well inside the 10 million cells a spreadsheet may hold
 * (https://support.google.com/drive/answer/37603), leaving the rest for the user's own sheets.
 */
export const HISTORY_CELL_BUDGET = 6_000_000;
/** After this many days a run is kept only if it is the last run of its calendar month. */
export const MONTHLY_AFTER_DAYS = 365;
/**
 * The most Spreadsheet calls the history adds to an Apply, whatever the rows and runs (sheetGateway.ts): reading it 8
 * (the sheet of its metadata and its id, its last and max row, the run-date column and one run's rows); writing at
 * most 12 (three whole-run deletes, columns for a new classification with its header and record, the rows inserted,
 * their formats and values). A new history sheet takes fewer (9).
 */
export const HISTORY_CALLS = 20;

export interface HistoryRun {
  date: string;
  /** Sheet row of its first customer, and its number of rows. */
  row: number;
  count: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const dayOf = (iso: string) => dayNumberOfYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** The runs of the run-date column (read from row 2): stretches of one date; rows without a date belong to none. */
export function runsOf(dates: readonly (readonly Cell[])[]): HistoryRun[] {
  const runs: HistoryRun[] = [];
  let current: HistoryRun | null = null;
  dates.forEach((row, i) => {
    const date = typeof row[0] === 'string' && ISO.test(row[0]) ? row[0] : '';
    if (current && date === current.date && current.row + current.count === i + 2) current.count++;
    else if (date) {
      current = { date, row: i + 2, count: 1 };
      runs.push(current);
    } else current = null;
  });
  return runs;
}

/** What the gateway read of the history: its record, runs, size and the rows of the run this one follows. */
export interface HistoryRead {
  sheetId: number;
  record: HistoryRecord;
  runs: HistoryRun[];
  /** Rows the sheet has (blank ones count toward the cell limit too). */
  maxRows: number;
  /** The latest run dated before this one, and its rows (every column), or null. */
  base: { run: HistoryRun; rows: Cell[][] } | null;
}

/** The latest run dated before `date` (the run this one follows), if any. */
export function baseRunOf(runs: readonly HistoryRun[], date: string): HistoryRun | null {
  for (let i = runs.length - 1; i >= 0; i--) if (runs[i].date < date) return runs[i];
  return null;
}

export interface HistoryWrite {
  /** Make the sheet (no history yet): its name choices and record. */
  create: boolean;
  record: HistoryRecord;
  /** Whether the record's columns changed (a classification added since): the header and record are rewritten. */
  recordChanged: boolean;
  header: Cell[];
  /** Whole runs to remove (a same-date run replaced, thinning), bottom first so each row number holds in its turn. */
  deletes: { row: number; count: number }[];
  /** The block: rows inserted after `row - 1` (the end of the runs kept), then written from `row`. */
  row: number;
  values: Cell[][];
  formats: string[][];
  width: number;
  /** Runs dropped to keep the history within its budget (oldest first), and thinned to one per month. */
  dropped: number;
  thinned: number;
}

/** One classification's movement from the base run to this one. */
export interface ClassificationMovement {
  classification: ClassificationId;
  movement: Movement;
}

export interface Mover {
  customer: number;
  /** Revenue at the earlier run (the list is ordered by it: what was at stake) and now. */
  revenueThen: number;
  revenue: number;
  /** Each classification in which the customer left one of its two best groups, with from and to. */
  moves: { classification: ClassificationId; from: string; to: string }[];
}

export interface HistoryPlan {
  /** null: this run is dated before the history's last run and is not added (the base is still used). */
  write: HistoryWrite | null;
  /** The base run's date ('YYYY-MM-DD'), or null before a second run. */
  since: string | null;
  movements: ClassificationMovement[];
  movers: Mover[];
  /** How many runs of this size fit in the budget. */
  runsFit: number;
  runs: number;
  /** The history's last run when this one is dated before it and so not recorded; else null. */
  lastRun: string | null;
}

/** A row's label of one classification in the history: its group key, `⚠` for a problem, `—` for not applicable. */
function labelOf(result: Segmentation, id: ClassificationId, row: number): string {
  const g = groupOf(result.classified, id, row);
  if (g === null) return '';
  if (g === 'problem') return '⚠';
  if (g === 'none') return '—';
  return g;
}

/** Best first: for the movers list, "down" is towards the end. Others use their display order. */
const RANK: Partial<Record<string, readonly string[]>> = {
  lifecycle: ['loyal', 'one_time', 'potential', 'prospect', 'lapsed'],
  intent: ['ready', 'considering', 'not_now', 'unknown', 'not_interested'],
};
/** Classifications whose groups have a best and a worst; the quadrant's four types do not. Churn risk's are in
 * order (Active, Slipping, Likely lost), so a customer slipping from Active is a mover. */
const RANKED = new Set(['tier', 'lifecycle', 'rfm', 'profit', 'churn']);

function rankOf(id: ClassificationId, settings: Settings): readonly string[] {
  return RANK[id] ?? descriptorOf(id).groups(settings);
}

export const MAX_MOVERS = 25;

/**
 * The history's part of an Apply: the row states (Previous / Changed on of the main grouping, drops for the next
 * step), the block to write, the movement since the base run and the movers. `read` null: no history sheet yet.
 */
export function planHistory(
  read: HistoryRead | null,
  result: Segmentation,
  settings: Settings,
  date: string,
  headerOf: (column: string) => string,
): { plan: HistoryPlan; rows: RowHistory } {
  const c = result.classified;
  const t = c.table;
  const tracked = trackedIds();
  const computed = tracked.filter((id) => c.computed.includes(id));
  const columns = read ? [...read.record.columns] : [...tracked];
  for (const id of tracked) if (!columns.includes(id)) columns.push(id);
  const recordChanged = !read || columns.length !== read.record.columns.length;
  const width = historyWidth(columns);
  const names = Array.from({ length: t.n }, (_, i) => (t.blank[i] ? '' : t.customer[i]));
  const keys = customerKeys(names);

  // The base run: each customer's states after it, its labels and revenue by column.
  const base = read?.base ?? null;
  const baseRows = base?.rows ?? [];
  const baseColumns = read ? read.record.columns : [];
  const baseKeys = customerKeys(baseRows.map((r) => String(r[1] ?? '')));
  const baseIndex = new Map<string, number>();
  baseKeys.forEach((k, i) => k && baseIndex.set(k, i));
  const stateAfterBase = (i: number): Map<string, GroupState> => {
    const states = decodeStates(baseRows[i][STATE]);
    baseColumns.forEach((id, k) => {
      const label = String(baseRows[i][FIXED + k] ?? '');
      states.set(id, advance(states.get(id) ?? NO_STATE, isGroup(label) ? label : '', base!.run.date));
    });
    return states;
  };

  const main = settings.mainGrouping;
  const rows: RowHistory = {
    classification: main,
    previous: new Array<string>(t.n).fill(''),
    changedOn: new Float64Array(t.n).fill(Number.NaN),
    dropped: new Array<Drop | null>(t.n).fill(null),
  };
  const values: Cell[][] = [];
  for (let i = 0; i < t.n; i++) {
    if (!keys[i]) continue;
    const j = baseIndex.get(keys[i]);
    const before = j === undefined ? new Map<string, GroupState>() : stateAfterBase(j);
    const after = new Map<string, GroupState>();
    const labels: string[] = [];
    for (const id of columns) {
      const label = computed.includes(id as ClassificationId) ? labelOf(result, id as ClassificationId, i) : '';
      labels.push(label);
      const state = advance(before.get(id) ?? NO_STATE, isGroup(label) ? label : '', date);
      after.set(id, state);
      if (state.changedOn === date && !rows.dropped[i] && isUrgentDrop(id, state.previous, state.last)) {
        rows.dropped[i] = { classification: id as Drop['classification'], from: state.previous, to: state.last };
      }
    }
    const mine = after.get(main);
    if (mine?.previous) {
      rows.previous[i] = mine.previous;
      rows.changedOn[i] = dayOf(mine.changedOn);
    }
    const revenue = t.revenue[i];
    values.push([date, t.customer[i], revenue === revenue ? revenue : '', encodeStates(after), ...labels]);
  }

  // Movement since the base run, for each classification both runs have.
  const movements: ClassificationMovement[] = [];
  const movers = new Map<number, Mover>();
  if (base) {
    for (const id of computed) {
      const k = baseColumns.indexOf(id);
      if (k < 0) continue;
      const before = {
        keys: baseKeys,
        labels: baseRows.map((r) => String(r[FIXED + k] ?? '')),
        revenue: baseRows.map((r) => (typeof r[2] === 'number' ? r[2] : 0)),
      };
      const labels = Array.from({ length: t.n }, (_, i) => (keys[i] ? labelOf(result, id, i) : ''));
      const order = [...descriptorOf(id).groups(settings), '⚠', '—'];
      movements.push({ classification: id, movement: movement(before, { keys, labels, revenue: t.revenue }, order) });
      if (!RANKED.has(id)) continue;
      const rank = rankOf(id, settings);
      for (let i = 0; i < t.n; i++) {
        const j = keys[i] ? baseIndex.get(keys[i]) : undefined;
        if (j === undefined) continue;
        const from = before.labels[j];
        const to = labels[i];
        const a = rank.indexOf(from);
        const b = rank.indexOf(to);
        if (a < 0 || a > 1 || b <= a) continue;
        const entry = movers.get(i) ?? {
          customer: i,
          revenueThen: before.revenue[j],
          revenue: t.revenue[i] === t.revenue[i] ? t.revenue[i] : 0,
          moves: [],
        };
        entry.moves.push({ classification: id, from, to });
        movers.set(i, entry);
      }
    }
  }
  const moverList = [...movers.values()].sort((x, y) => y.revenueThen - x.revenueThen || x.customer - y.customer).slice(0, MAX_MOVERS);

  const runs = read?.runs ?? [];
  const last = runs.length ? runs[runs.length - 1] : null;
  const runsFit = Math.max(1, Math.floor((HISTORY_CELL_BUDGET - width) / Math.max(1, values.length * width)));
  const plan: HistoryPlan = {
    write: null,
    since: base ? base.run.date : null,
    movements,
    movers: moverList,
    runsFit,
    runs: runs.length,
    lastRun: null,
  };
  if (last && last.date > date) {
    plan.lastRun = last.date;
    return { plan, rows };
  }

  if (values.length === 0) return { plan, rows };

  // Where it goes: after the last run, in rows inserted for it. A run of the same date is replaced: removed first
  // (a refusal after that leaves the runs before it, whole), as are the runs the thinning takes out.
  const replaced = last && last.date === date ? last : null;
  const kept = replaced ? runs.slice(0, -1) : runs;
  const { deletes, dropped, thinned } = thinning(kept, values.length, width, date, (read?.maxRows ?? 0) - (replaced?.count ?? 0));
  if (replaced) deletes.unshift({ row: replaced.row, count: replaced.count });
  const removedAbove = deletes.reduce((s, d) => s + (d.row < (replaced?.row ?? Number.POSITIVE_INFINITY) ? d.count : 0), 0);
  const endOfKept = kept.length ? kept[kept.length - 1].row + kept[kept.length - 1].count : 2;
  const row = endOfKept - removedAbove;
  const format = ['@', '@', '#,##0.00', '@', ...columns.map(() => '@')];
  plan.write = {
    create: !read,
    record: { role: 'history', version: 1, columns },
    recordChanged,
    header: [headerOf('date'), headerOf('customer'), headerOf('revenue'), headerOf('state'), ...columns.map(headerOf)],
    deletes,
    row,
    values,
    formats: values.map(() => format),
    width,
    dropped,
    thinned,
  };
  plan.runs = kept.length - dropped - thinned + 1;
  return { plan, rows };
}

function isGroup(label: string): boolean {
  return label !== '' && label !== '⚠' && label !== '—';
}

/**
 * Which earlier runs to remove before writing a new one of `rows` rows: runs older than a year that are not the last
 * of their month (one stretch of neighbours per run, so the calls stay constant; later runs catch up), and, when the
 * sheet would pass its cell budget, the oldest runs.
 */
function thinning(
  runs: readonly HistoryRun[],
  rows: number,
  width: number,
  date: string,
  maxRows: number,
): { deletes: { row: number; count: number }[]; dropped: number; thinned: number } {
  const deletes: { row: number; count: number }[] = [];
  const total = 1 + runs.reduce((s, r) => s + r.count, 0) + rows;
  let excess = Math.max(total, maxRows) * width - HISTORY_CELL_BUDGET;
  let dropped = 0;
  let droppedRows = 0;
  while (excess > 0 && dropped < runs.length) {
    excess -= runs[dropped].count * width;
    droppedRows += runs[dropped].count;
    dropped++;
  }
  const today = dayOf(date);
  const thinnable = (i: number) => {
    const r = runs[i];
    const next = runs[i + 1];
    return today - dayOf(r.date) > MONTHLY_AFTER_DAYS && next !== undefined && next.date.slice(0, 7) === r.date.slice(0, 7);
  };
  let first = dropped;
  while (first < runs.length && !thinnable(first)) first++;
  let end = first;
  while (end < runs.length && thinnable(end)) end++;
  if (end > first) deletes.push({ row: runs[first].row, count: runs[end - 1].row + runs[end - 1].count - runs[first].row });
  if (dropped > 0) deletes.push({ row: runs[0].row, count: droppedRows });
  return { deletes, dropped, thinned: end - first };
}

/** Two runs' rows of the history as movements, one per classification column of the record (the sidebar's compare). */
export function compareRows(
  record: HistoryRecord,
  before: readonly (readonly Cell[])[],
  after: readonly (readonly Cell[])[],
): { classification: string; movement: Movement }[] {
  const side = (rows: readonly (readonly Cell[])[], k: number) => ({
    keys: customerKeys(rows.map((r) => String(r[1] ?? ''))),
    labels: rows.map((r) => String(r[FIXED + k] ?? '')),
    revenue: rows.map((r) => (typeof r[2] === 'number' ? r[2] : 0)),
  });
  const out: { classification: string; movement: Movement }[] = [];
  record.columns.forEach((id, k) => {
    const a = side(before, k);
    const b = side(after, k);
    if (!a.labels.some(Boolean) || !b.labels.some(Boolean)) return;
    const order = [...(ALL_GROUPS as readonly string[]), '⚠', '—'];
    const m = movement(a, b, order);
    // Only the labels someone has, in either run.
    const rows = m.from.map((_, i) => i).filter((i) => m.cells[i].some((x) => x.count) || m.gone[i].count);
    const cols = m.to.map((_, j) => j).filter((j) => m.cells.some((r) => r[j].count) || m.added[j].count);
    out.push({
      classification: id,
      movement: {
        from: rows.map((i) => m.from[i]),
        to: cols.map((j) => m.to[j]),
        cells: rows.map((i) => cols.map((j) => m.cells[i][j])),
        gone: rows.map((i) => m.gone[i]),
        added: cols.map((j) => m.added[j]),
      },
    });
  });
  return out;
}
