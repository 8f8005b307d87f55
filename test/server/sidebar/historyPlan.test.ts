// The history plan, pure: where a run goes, which old runs are thinned or dropped, and a run dated before the last.
import { DEFAULT_SETTINGS, segmentValues, type Cell } from '../../../src/engine';
import {
  HISTORY_CELL_BUDGET,
  planHistory,
  runsOf,
  trackedIds,
  type HistoryRead,
  type HistoryRun,
} from '../../../src/server/sidebar/historyPlan';

const AS_OF = Date.UTC(2026, 5, 1) / 86_400_000;
const TABLE: Cell[][] = [
  ['Customer', 'First order', 'Last order', 'Orders', 'Revenue'],
  ['Acme', '2024-01-10', '2026-05-20', 12, 9000],
  ['Bolt', '2024-03-01', '2026-05-25', 8, 5000],
  ['Crux', '2025-01-01', '2026-05-01', 3, 400],
];
const result = (() => {
  const r = segmentValues(TABLE, { settings: DEFAULT_SETTINGS, asOf: AS_OF, hints: { locale: 'en_US', timeZone: 'UTC' } });
  if (!r.ok) throw new Error(r.reason);
  return r;
})();
const header = (c: string) => c;

function read(runs: HistoryRun[], maxRows?: number): HistoryRead {
  const last = runs[runs.length - 1];
  return {
    sheetId: 9,
    record: { role: 'history', version: 1, columns: trackedIds() },
    runs,
    maxRows: maxRows ?? (last ? last.row + last.count - 1 : 1),
    base: null,
  };
}

/** Runs on the given dates, `count` rows each, from row 2. */
function runsOn(dates: string[], count = 3): HistoryRun[] {
  return dates.map((date, i) => ({ date, row: 2 + i * count, count }));
}

test('runsOf: stretches of one date; blank rows belong to none', () => {
  expect(runsOf([['2026-01-01'], ['2026-01-01'], [''], ['2026-02-01'], ['x'], ['2026-02-01']])).toEqual([
    { date: '2026-01-01', row: 2, count: 2 },
    { date: '2026-02-01', row: 5, count: 1 },
    { date: '2026-02-01', row: 7, count: 1 },
  ]);
});

test('a new run goes after the last, in one block', () => {
  const { plan } = planHistory(read(runsOn(['2026-04-01', '2026-05-01'])), result, DEFAULT_SETTINGS, '2026-06-01', header);
  expect(plan.write?.row).toBe(8);
  expect(plan.write?.values.length).toBe(3);
  expect(plan.write?.deletes).toEqual([]);
  expect(plan.runs).toBe(3);
});

test('a run of the same date is replaced: removed first, then written where it was', () => {
  const { plan } = planHistory(read(runsOn(['2026-05-01', '2026-06-01'], 5)), result, DEFAULT_SETTINGS, '2026-06-01', header);
  expect(plan.write?.deletes).toEqual([{ row: 7, count: 5 }]);
  expect(plan.write?.row).toBe(7);
  expect(plan.runs).toBe(2);
});

test('after a year, runs are thinned to the last of each month, one stretch per Apply', () => {
  const dates: string[] = [];
  for (let m = 1; m <= 12; m++) for (const d of ['01', '15']) dates.push(`2025-${String(m).padStart(2, '0')}-${d}`);
  const runs = runsOn(dates);
  const { plan } = planHistory(read(runs), result, DEFAULT_SETTINGS, '2026-06-01', header);
  // 2025-01-01 is more than a year old and not the last run of January: it goes; 2025-01-15 stays.
  expect(plan.write?.deletes).toEqual([{ row: 2, count: 3 }]);
  expect(plan.write?.thinned).toBe(1);
  expect(plan.write?.row).toBe(runs[runs.length - 1].row + 3 - 3);
});

test('past the cell budget the oldest runs are dropped, whole, so the history fits', () => {
  const width = 4 + trackedIds().length;
  const count = Math.floor(HISTORY_CELL_BUDGET / width / 4);
  const runs = runsOn(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'], count);
  const { plan } = planHistory(read(runs), result, DEFAULT_SETTINGS, '2026-06-01', header);
  expect(plan.write?.dropped).toBe(1);
  expect(plan.write?.deletes).toEqual([{ row: 2, count }]);
  const rows = 1 + 3 * count + 3;
  expect(rows * width).toBeLessThanOrEqual(HISTORY_CELL_BUDGET);
  expect(plan.runsFit).toBe(Math.floor((HISTORY_CELL_BUDGET - width) / (3 * width)));
});

test("a run dated before the history's last run is not added, and says so", () => {
  const { plan } = planHistory(read(runsOn(['2026-07-01'])), result, DEFAULT_SETTINGS, '2026-06-01', header);
  expect(plan.write).toBeNull();
  expect(plan.lastRun).toBe('2026-07-01');
});
