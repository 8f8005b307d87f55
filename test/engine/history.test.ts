// The run history's pure rules: customer keys, the last-different rule, and movement with its conservation laws.
import fc from 'fast-check';
import { DEFAULT_SETTINGS, NEXT_STEP_ORDER, nextStep, segmentValues, type Cell } from '../../src/engine';
import {
  advance,
  customerKeys,
  decodeStates,
  encodeStates,
  isUrgentDrop,
  movement,
  NO_STATE,
  stateOf,
  type Drop,
  type GroupState,
} from '../../src/engine/history';
import { dayNumberOfYmd } from '../../src/engine/parse/dates';
import { nextStepText } from '../../src/i18n/text';

/** Runs of a table through the history: each run's names and groups; returns each customer's state after the last. */
function follow(runs: { date: string; rows: [string, string][] }[]): Map<string, GroupState> {
  let states = new Map<string, GroupState>();
  for (const run of runs) {
    const keys = customerKeys(run.rows.map(([name]) => name));
    const next = new Map<string, GroupState>();
    keys.forEach((key, i) => next.set(key, advance(states.get(key) ?? NO_STATE, run.rows[i][1], run.date)));
    states = next;
  }
  return states;
}

describe('the last-different rule', () => {
  test('A → B → B → A → C: Previous A, changed on the fifth run', () => {
    const dates = ['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];
    const groups = ['A', 'B', 'B', 'A', 'C'];
    const state = stateOf(groups.map((group, i) => ({ group, date: dates[i] })));
    expect(state).toEqual({ last: 'C', previous: 'A', changedOn: '2026-10-01' });
    // After each run in turn.
    const seen = groups.map((_, n) => stateOf(groups.slice(0, n + 1).map((group, i) => ({ group, date: dates[i] }))));
    expect(seen.map((s) => [s.previous, s.changedOn])).toEqual([
      ['', ''],
      ['A', '2026-07-01'],
      ['A', '2026-07-01'],
      ['B', '2026-09-01'],
      ['A', '2026-10-01'],
    ]);
  });

  test('re-runs on unchanged data give no Previous', () => {
    const state = stateOf(['2026-01-01', '2026-01-01', '2026-02-01'].map((date) => ({ group: 'B', date })));
    expect(state).toEqual({ last: 'B', previous: '', changedOn: '' });
  });

  test('a run without a group (problem, not computed) is not a movement', () => {
    const state = stateOf([
      { group: 'A', date: '2026-01-01' },
      { group: '', date: '2026-02-01' },
      { group: 'A', date: '2026-03-01' },
    ]);
    expect(state.previous).toBe('');
  });

  test('states survive their cell of text', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('tier', 'rfm', 'lifecycle', 'churn_risk'),
          fc.record({
            last: fc.constantFrom('A', 'B', 'champions', 'at_risk'),
            previous: fc.constantFrom('', 'C', 'lost'),
            changedOn: fc.constantFrom('', '2026-10-01'),
          }),
        ),
        (dict) => {
          const map = new Map(Object.entries(dict));
          expect(decodeStates(encodeStates(map))).toEqual(map);
        },
      ),
    );
    expect(decodeStates('=1 tier=A/B/not-a-date rubbish')).toEqual(new Map());
    expect(decodeStates(42)).toEqual(new Map());
  });
});

describe('customers are keyed by name, not by row', () => {
  test('a re-ordered table, a renamed, an added and a deleted customer', () => {
    const states = follow([
      {
        date: '2026-09-01',
        rows: [
          ['Acme', 'A'],
          ['Bolt', 'B'],
          ['Crux', 'C'],
          ['Dyne', 'B'],
        ],
      },
      // Re-ordered; Bolt renamed Bolt Ltd; Crux deleted; Echo added; Acme moved to B; case and spaces do not matter.
      {
        date: '2026-10-01',
        rows: [
          ['Echo', 'A'],
          ['  dyne ', 'A'],
          ['Bolt Ltd', 'B'],
          ['ACME', 'B'],
        ],
      },
    ]);
    expect(states.get('acme')).toEqual({ last: 'B', previous: 'A', changedOn: '2026-10-01' });
    expect(states.get('dyne')).toEqual({ last: 'A', previous: 'B', changedOn: '2026-10-01' });
    // A renamed customer is a new key: no history follows the new name.
    expect(states.get('bolt ltd')).toEqual({ last: 'B', previous: '', changedOn: '' });
    expect(states.get('echo')?.previous).toBe('');
    expect(states.has('crux')).toBe(false);
  });

  test('duplicates are matched by their order among rows of the same name', () => {
    expect(customerKeys(['Acme', 'Bolt', 'acme', ' ', 'ACME '])).toEqual(['acme', 'bolt', 'acme#2', '', 'acme#3']);
    const states = follow([
      {
        date: '2026-09-01',
        rows: [
          ['Acme', 'A'],
          ['Acme', 'C'],
        ],
      },
      {
        date: '2026-10-01',
        rows: [
          ['Bolt', 'B'],
          ['Acme', 'A'],
          ['Acme', 'B'],
        ],
      },
    ]);
    expect(states.get('acme')?.previous).toBe('');
    expect(states.get('acme#2')).toEqual({ last: 'B', previous: 'C', changedOn: '2026-10-01' });
  });
});

describe('movement', () => {
  test('the cells, new and gone of a small example', () => {
    const m = movement(
      { keys: ['a', 'b', 'c', 'd'], labels: ['A', 'A', 'B', 'C'], revenue: [100, 90, 40, 5] },
      { keys: ['b', 'a', 'e', 'c'], labels: ['A', 'B', 'C', 'B'], revenue: [95, 80, 3, 45] },
      ['A', 'B', 'C'],
    );
    expect(m.from).toEqual(['A', 'B', 'C']);
    expect(m.cells.map((row) => row.map((c) => c.count))).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
    expect(m.cells[0][1]).toEqual({ count: 1, revenueBefore: 100, revenueAfter: 80 });
    expect(m.gone.map((c) => c.count)).toEqual([0, 0, 1]);
    expect(m.added[2]).toEqual({ count: 1, revenueBefore: 0, revenueAfter: 3 });
  });

  test('re-running on unchanged data is diagonal', () => {
    const run = { keys: ['a', 'b', 'c'], labels: ['A', 'B', 'B'], revenue: [3, 2, 1] };
    const m = movement(run, run, ['A', 'B', 'C']);
    m.cells.forEach((row, i) => row.forEach((c, j) => expect(c.count > 0).toBe(i === j && i < 2)));
    expect([...m.gone, ...m.added].every((c) => c.count === 0)).toBe(true);
  });

  const run = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 25 }).chain((ids) =>
    fc.record({
      keys: fc.constant(ids.map(String)),
      labels: fc.array(fc.constantFrom('A', 'B', 'C', 'X'), { minLength: ids.length, maxLength: ids.length }),
      revenue: fc.array(fc.integer({ min: -50, max: 1000 }), { minLength: ids.length, maxLength: ids.length }),
    }),
  );

  test('conservation: rows sum to the earlier run minus the gone, columns to the later minus the new, counts and revenue', () => {
    fc.assert(
      fc.property(run, run, (before, after) => {
        const m = movement(before, after, ['A', 'B', 'C']);
        m.from.forEach((label, i) => {
          const inGroup = before.labels.map((l, k) => [l, k] as const).filter(([l]) => l === label);
          const rowCount = m.cells[i].reduce((s, c) => s + c.count, 0);
          const rowRevenue = m.cells[i].reduce((s, c) => s + c.revenueBefore, 0);
          expect(rowCount).toBe(inGroup.length - m.gone[i].count);
          expect(rowRevenue).toBe(inGroup.reduce((s, [, k]) => s + before.revenue[k], 0) - m.gone[i].revenueBefore);
        });
        m.to.forEach((label, j) => {
          const inGroup = after.labels.map((l, k) => [l, k] as const).filter(([l]) => l === label);
          const colCount = m.cells.reduce((s, row) => s + row[j].count, 0);
          const colRevenue = m.cells.reduce((s, row) => s + row[j].revenueAfter, 0);
          expect(colCount).toBe(inGroup.length - m.added[j].count);
          expect(colRevenue).toBe(inGroup.reduce((s, [, k]) => s + after.revenue[k], 0) - m.added[j].revenueAfter);
        });
        // Gone and new are exactly the keys missing on the other side.
        const gone = before.keys.filter((k) => !after.keys.includes(k)).length;
        const added = after.keys.filter((k) => !before.keys.includes(k)).length;
        expect(m.gone.reduce((s, c) => s + c.count, 0)).toBe(gone);
        expect(m.added.reduce((s, c) => s + c.count, 0)).toBe(added);
      }),
    );
  });
});

describe('the next step of a customer who just dropped', () => {
  const AS_OF = dayNumberOfYmd(2026, 11, 1);
  const rows: Cell[][] = [
    ['Customer', 'First order', 'Last order', 'Orders', 'Revenue', 'Status'],
    ['Lapsed big', '2024-01-01', '2025-06-01', 8, 9000, ''],
    ['Ready', '2024-01-01', '2026-10-20', 3, 500, 'ready to buy'],
    ['Quiet', '2024-01-01', '2026-10-25', 2, 100, ''],
  ];
  const classified = () => {
    const result = segmentValues(rows, { settings: DEFAULT_SETTINGS, asOf: AS_OF, hints: { locale: 'en_US', timeZone: 'UTC' } });
    if (!result.ok) throw new Error(result.reason);
    return result.classified;
  };

  test('only tier A to lower, and Loyal to Lapsed, are urgent drops', () => {
    expect(isUrgentDrop('tier', 'A', 'B')).toBe(true);
    expect(isUrgentDrop('tier', 'A', 'C')).toBe(true);
    expect(isUrgentDrop('tier', 'B', 'C')).toBe(false);
    expect(isUrgentDrop('lifecycle', 'loyal', 'lapsed')).toBe(true);
    expect(isUrgentDrop('lifecycle', 'one_time', 'lapsed')).toBe(false);
    expect(isUrgentDrop('rfm', 'champions', 'lost')).toBe(false);
  });

  test('comes before winning back a lapsed customer, after closing one ready to buy, and only with a drop', () => {
    const c = classified();
    expect(nextStep(c, 0)?.rule).toBe('win_back');
    const drop: Drop = { classification: 'lifecycle', from: 'loyal', to: 'lapsed' };
    c.history = {
      classification: 'tier',
      previous: ['', '', ''],
      changedOn: new Float64Array(3).fill(Number.NaN),
      dropped: [drop, { classification: 'tier', from: 'A', to: 'B' }, null],
    };
    expect(nextStep(c, 0)).toEqual({ rule: 'dropped', classification: 'lifecycle', from: 'loyal', to: 'lapsed' });
    expect(nextStep(c, 1)?.rule).toBe('close');
    expect(nextStep(c, 2)?.rule).not.toBe('dropped');
    expect(nextStepText(nextStep(c, 0)!, 'es')).toMatch(/^Llámelo personalmente ahora.*Por qué: acaba de pasar de Fiel a Inactivo/);
    expect(NEXT_STEP_ORDER.indexOf('dropped')).toBe(NEXT_STEP_ORDER.indexOf('close') + 1);
  });
});
