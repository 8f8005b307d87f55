// Properties of the whole pipeline over random customer tables (fast-check).
import fc from 'fast-check';
import { DESCRIPTORS } from '../../src/engine/classifications';
import { CLASSIFICATION_IDS as CLASSIFICATIONS } from '../../src/engine/classifications/needs';
import { groupOf } from '../../src/engine/outcome';

const groupsOf = (id: string, preset: 'grid11' | 'class8' = 'grid11') =>
  DESCRIPTORS.find((d) => d.id === id)!.groups({ rfmPreset: preset });
import { segmentValues } from '../../src/engine/segment';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import type { Cell } from '../../src/engine/types';

const AS_OF = 20000;
const HEADER = ['Customer', 'First order', 'Last order', 'Orders', 'Revenue', 'Profit', 'Status', 'Lead score'];
const STATUSES = ['', 'Interested', 'thinking about it', 'no budget', 'not interested', 'lo está pensando', '以后再说', 'hot lead'];

const customer = fc
  .record({
    firstAgo: fc.integer({ min: 0, max: 2000 }),
    span: fc.integer({ min: 0, max: 2000 }),
    orders: fc.integer({ min: 0, max: 30 }),
    revenue: fc.integer({ min: -500, max: 50000 }),
    profit: fc.integer({ min: -2000, max: 9000 }),
    status: fc.constantFrom(...STATUSES),
    score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  })
  .map((c) => {
    const first = AS_OF - c.firstAgo;
    const last = Math.min(AS_OF, first + c.span);
    const bought = c.orders > 0;
    const iso = (d: number) => new Date(d * 86400000).toISOString().slice(0, 10);
    return [
      '',
      bought ? iso(first) : '',
      bought ? iso(last) : '',
      c.orders,
      bought ? c.revenue : 0,
      c.profit,
      c.status,
      c.score ?? '',
    ] as Cell[];
  });

const table = fc.array(customer, { minLength: 1, maxLength: 40 }).map((rows) => rows.map((r, i) => [`Customer ${i}`, ...r.slice(1)]));

function classify(rows: Cell[][]) {
  const result = segmentValues([HEADER, ...rows], { settings: DEFAULT_SETTINGS, asOf: AS_OF, hints: { locale: 'en_US', timeZone: 'UTC' } });
  if (!result.ok) throw new Error('no table');
  return result;
}

function groupsByRow(rows: Cell[][]) {
  const c = classify(rows).classified;
  return rows.map((_, i) => CLASSIFICATIONS.map((k) => groupOf(c, k, i)).join('|'));
}

describe('pipeline properties', () => {
  it('permuting rows never changes any row’s result', () => {
    fc.assert(
      fc.property(table, fc.infiniteStream(fc.nat()), (rows, seeds) => {
        const order = rows.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        const before = groupsByRow(rows);
        const after = groupsByRow(order.map((i) => rows[i]));
        order.forEach((source, position) => expect(after[position]).toBe(before[source]));
      }),
      { numRuns: 60 },
    );
  });

  it('equal inputs get equal outputs', () => {
    fc.assert(
      fc.property(table, fc.nat(), (rows, pick) => {
        const copy = [...rows[pick % rows.length]];
        copy[0] = 'Twin';
        const withTwin = [...rows, copy];
        const groups = groupsByRow(withTwin);
        expect(groups[withTwin.length - 1]).toBe(groups[pick % rows.length]);
      }),
      { numRuns: 60 },
    );
  });

  it('raising one customer’s revenue never lowers its tier', () => {
    fc.assert(
      fc.property(table, fc.nat(), fc.integer({ min: 1, max: 100000 }), (rows, pick, raise) => {
        const i = pick % rows.length;
        const tierOf = (r: Cell[][]) => groupOf(classify(r).classified, 'tier', i) as string;
        const raised = rows.map((r) => [...r]);
        raised[i][4] = (raised[i][4] as number) + raise;
        if (raised[i][3] === 0) raised[i][3] = 1; // revenue needs an order
        if (raised[i][1] === '') raised[i][1] = raised[i][2] = '2020-01-01';
        expect(tierOf(raised) <= tierOf(rows)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('every customer lands in exactly one group of each classification, and shares add up', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const result = classify(rows);
        for (const summary of result.summary) {
          const keys = groupsOf(summary.classification, DEFAULT_SETTINGS.rfmPreset);
          expect(summary.groups.map((g) => g.group)).toEqual([...keys]);
          const placed = summary.groups.reduce((a, g) => a + g.customers, 0) + summary.problems + summary.notApplicable;
          expect(placed).toBe(rows.length);
          if (summary.totalRevenue !== 0) expect(summary.groups.reduce((a, g) => a + g.share, 0)).toBeCloseTo(1, 9);
          const revenue = summary.groups.reduce((a, g) => a + g.revenue, 0);
          expect(revenue).toBeCloseTo(summary.totalRevenue, 6);
        }
      }),
      { numRuns: 80 },
    );
  });
});
