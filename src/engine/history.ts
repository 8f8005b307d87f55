// Run history, pure: how a customer is keyed from one run to the next, the "last different group" rule behind the
// Previous and Changed on columns, and the from → to movement between two runs. Dates are 'YYYY-MM-DD' text; groups
// are the engine's keys (any label works for movement). No clock, no words.

/**
 * Customer keys of a run, in row order: the name as the duplicate check compares it (trimmed, case folded), and for
 * the k-th row of the same name (a duplicate, already flagged as a problem) `#k`, so duplicates are matched by their
 * order in the table: the first "Acme" with the first "Acme", the second with the second. '' for a row without a
 * name: it cannot be followed from run to run.
 */
export function customerKeys(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base = String(name ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase();
    if (!base) return '';
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base}#${k}`;
  });
}

/** Where one customer stands in one classification: the last group seen, the group before it, when it changed. */
export interface GroupState {
  last: string;
  /** '' until the group first changes. */
  previous: string;
  changedOn: string;
}

export const NO_STATE: GroupState = { last: '', previous: '', changedOn: '' };

/**
 * The state after a run that gave `group` on `date`. Only a group counts: a run without one (not computed, a problem,
 * not applicable: '') leaves the state as it was, so fixing a typo is not a movement. The first group seen has no
 * previous; a different group makes the last one the previous and this run's date the change date; the same group
 * keeps both (the last *different* group).
 */
export function advance(state: GroupState, group: string, date: string): GroupState {
  if (!group) return state;
  if (!state.last) return { last: group, previous: '', changedOn: '' };
  if (group === state.last) return state;
  return { last: group, previous: state.last, changedOn: date };
}

/** The state after a whole sequence of runs, oldest first. */
export function stateOf(runs: readonly { group: string; date: string }[]): GroupState {
  let state = NO_STATE;
  for (const run of runs) state = advance(state, run.group, run.date);
  return state;
}

/**
 * A row's states as one cell of text (the history's last column), one `id=last/previous/changedOn` per classification
 * with a group seen; group keys and ids hold no `=`, `/` or space.
 */
export function encodeStates(states: ReadonlyMap<string, GroupState>): string {
  const parts: string[] = [];
  for (const [id, s] of states) if (s.last) parts.push(`${id}=${s.last}/${s.previous}/${s.changedOn}`);
  return parts.join(' ');
}

export function decodeStates(text: unknown): Map<string, GroupState> {
  const out = new Map<string, GroupState>();
  if (typeof text !== 'string') return out;
  for (const part of text.split(' ')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const [last = '', previous = '', changedOn = ''] = part.slice(eq + 1).split('/');
    if (last && /^(\d{4}-\d{2}-\d{2})?$/.test(changedOn)) out.set(part.slice(0, eq), { last, previous, changedOn });
  }
  return out;
}

/** One cell of a movement matrix: customers who were in `from` and are in `to`, and their revenue then and now. */
export interface MovementCell {
  count: number;
  /** Revenue at the earlier run (row sums) and at the later run (column sums). */
  revenueBefore: number;
  revenueAfter: number;
}

export interface Movement {
  /** The earlier run's labels (rows) and the later run's (columns), in the order given, then any others first seen. */
  from: string[];
  to: string[];
  /** cells[i][j]: from[i] → to[j]. */
  cells: MovementCell[][];
  /** Customers of the earlier run not in the later one, per from-label; of the later not in the earlier, per to-label. */
  gone: MovementCell[];
  added: MovementCell[];
}

/** A run as movement reads it: each customer's key, label and revenue (NaN: unknown, counted as 0). */
export interface RunLabels {
  keys: readonly string[];
  labels: readonly string[];
  revenue?: ArrayLike<number>;
}

const emptyCell = (): MovementCell => ({ count: 0, revenueBefore: 0, revenueAfter: 0 });
const money = (revenue: ArrayLike<number> | undefined, i: number) => {
  const v = revenue ? revenue[i] : 0;
  return v === v ? v : 0;
};

/**
 * The from → to matrix between two runs, matched by key (a row with key '' or label '' is in neither run). Every
 * customer of the earlier run is in exactly one cell of its row or in `gone`, every customer of the later run in
 * exactly one cell of its column or in `added`: row sums are the earlier count minus the gone, column sums the later
 * count minus the new, and likewise for revenue (before by rows, after by columns).
 */
export function movement(before: RunLabels, after: RunLabels, order: readonly string[] = []): Movement {
  const from = [...order];
  const to = [...order];
  const index = (list: string[], label: string) => {
    let i = list.indexOf(label);
    if (i < 0) i = list.push(label) - 1;
    return i;
  };
  const earlier = new Map<string, number>();
  for (let i = 0; i < before.keys.length; i++) {
    if (before.keys[i] && before.labels[i]) {
      earlier.set(before.keys[i], i);
      index(from, before.labels[i]);
    }
  }
  const matched = new Map<number, number>();
  const laterRows: number[] = [];
  for (let j = 0; j < after.keys.length; j++) {
    if (!after.keys[j] || !after.labels[j]) continue;
    index(to, after.labels[j]);
    laterRows.push(j);
    const i = earlier.get(after.keys[j]);
    if (i !== undefined) matched.set(i, j);
  }
  const cells = from.map(() => to.map(emptyCell));
  const gone = from.map(emptyCell);
  const added = to.map(emptyCell);
  for (const i of earlier.values()) {
    const a = from.indexOf(before.labels[i]);
    const j = matched.get(i);
    const cell = j === undefined ? gone[a] : cells[a][to.indexOf(after.labels[j])];
    cell.count++;
    cell.revenueBefore += money(before.revenue, i);
    if (j !== undefined) cell.revenueAfter += money(after.revenue, j);
  }
  const matchedLater = new Set(matched.values());
  for (const j of laterRows) {
    if (matchedLater.has(j)) continue;
    const cell = added[to.indexOf(after.labels[j])];
    cell.count++;
    cell.revenueAfter += money(after.revenue, j);
  }
  return { from, to, cells, gone, added };
}

/**
 * What the history says about each row of a run, for the classification that colours the rows (set by the sidebar's
 * server on `Classified.history` before the output is written): the last different group ('' before any change),
 * the day number of the run that saw the change (NaN for none), and whether the customer just dropped from a top
 * group in this run (the next step's "dropped" rule).
 */
export interface RowHistory {
  classification: string;
  previous: string[];
  changedOn: Float64Array;
  /** Per row, the drop this run saw that calls for a personal call (isUrgentDrop), or null. */
  dropped: (Drop | null)[];
}

export interface Drop {
  classification: 'tier' | 'lifecycle';
  from: string;
  to: string;
}

/**
 * A drop that calls for a personal call at once (the next step's "dropped" rule): out of tier A, or from Loyal to
 * Lapsed. `from`/`to` are group keys of one classification.
 */
export function isUrgentDrop(classification: string, from: string, to: string): boolean {
  if (classification === 'tier') return from === 'A' && (to === 'B' || to === 'C');
  if (classification === 'lifecycle') return from === 'loyal' && to === 'lapsed';
  return false;
}
