import fc from 'fast-check';
import { lifecycle, lifecycleReason } from '../../src/engine/classify/lifecycle';
import { nextContact } from '../../src/engine/classify/nextContact';
import { profitReason, profitSplit, type ProfitRule } from '../../src/engine/classify/profitSplit';
import { quadrant } from '../../src/engine/classify/quadrant';
import { gridSegment, rfm, rfmScoreText, rfmSegmentKey } from '../../src/engine/classify/rfm';
import { LIFECYCLE, PROFIT, QUADRANT, RFM_GRID, TOUCH } from '../../src/engine/groups';
import { reasonText } from '../../src/i18n/text';

const [LIFECYCLE_KEYS, TOUCH_KEYS, PROFIT_KEYS, QUADRANT_KEYS, RFM_GRID_GROUPS] = [
  LIFECYCLE.keys,
  TOUCH.keys,
  PROFIT.keys,
  QUADRANT.keys,
  RFM_GRID.keys,
];

const split = (values: number[], rule: ProfitRule = 'loss') => Array.from(profitSplit(values, rule).groups, (g) => PROFIT_KEYS[g] ?? '-');

describe('profit split 20/60/20', () => {
  it('puts the top fifth with a profit in Core, losses in Drain, the rest in Maintain', () => {
    const profits = [100, 90, 80, 70, 60, 50, 40, 30, 0, -10];
    // n = 10: Core needs g < 2 → 100 and 90.
    expect(split(profits)).toEqual([
      'core',
      'core',
      'maintain',
      'maintain',
      'maintain',
      'maintain',
      'maintain',
      'maintain',
      'maintain',
      'drain',
    ]);
  });
  it('with rule bottom20 makes the bottom fifth Drain, even if profitable', () => {
    const profits = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10];
    expect(split(profits, 'bottom20')).toEqual([
      'core',
      'core',
      'maintain',
      'maintain',
      'maintain',
      'maintain',
      'maintain',
      'maintain',
      'drain',
      'drain',
    ]);
  });
  it('never makes a zero or negative profit Core', () => {
    expect(split([0, 0, 0])).toEqual(['maintain', 'maintain', 'maintain']);
    expect(split([-1, -2])).toEqual(['drain', 'drain']);
  });
  it('guards 0.2 × 15 = 3: the fourth customer (g = 3) is not Core', () => {
    const profits = Array.from({ length: 15 }, (_, i) => 15 - i);
    expect(split(profits).slice(0, 4)).toEqual(['core', 'core', 'core', 'maintain']);
  });
  it('gives ties the same group and a single customer Core', () => {
    expect(split([5, 5, 5, 5, 5])).toEqual(['core', 'core', 'core', 'core', 'core']);
    expect(split([7])).toEqual(['core']);
  });
  it('explains each group', () => {
    const r = profitSplit([100, 50, -5, 10, 20], 'loss');
    expect(reasonText(profitReason(r, 0, 100), 'en')).toBe('Core: only 0.0% of customers bring more profit (< 20%)');
    expect(reasonText(profitReason(r, 2, -5), 'en')).toBe('Drain: profit is negative (-5)');
    expect(reasonText(profitReason(r, 1, 50), 'en')).toBe('Maintain: neither in the top 20% nor a loss (profit 50)');
    expect(reasonText(profitReason(r, 1, 50), 'zh')).toContain('维持');
  });
  it('places every customer in exactly one group (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom<ProfitRule>('loss', 'bottom20'),
        (values, rule) => {
          const groups = split(values, rule);
          expect(groups.every((g) => PROFIT_KEYS.includes(g as never))).toBe(true);
          const n = values.length;
          values.forEach((x, i) => {
            const g = values.filter((v) => v > x).length;
            const s = values.filter((v) => v < x).length;
            const expected = g < 0.2 * n - 1e-9 && x > 0 ? 'core' : (rule === 'loss' ? x < 0 : s < 0.2 * n - 1e-9) ? 'drain' : 'maintain';
            expect(groups[i]).toBe(expected);
          });
        },
      ),
    );
  });
});

describe('quadrant', () => {
  const asOf = 20000;
  it('old when as_of − first ≥ tenure (exactly tenure days old is old)', () => {
    const big = Uint8Array.from([1, 1, 0, 0]);
    const first = [asOf - 365, asOf - 364, asOf - 364, asOf - 1000];
    expect(Array.from(quadrant(first, big, asOf, 365).groups, (g) => QUADRANT_KEYS[g])).toEqual([
      'old_big',
      'new_big',
      'new_small',
      'old_small',
    ]);
  });
  it('has no quadrant without a first purchase or a size', () => {
    expect(quadrant([NaN, asOf], Uint8Array.from([1, 255]), asOf, 365).groups).toEqual(Uint8Array.from([4, 4]));
  });
});

describe('lifecycle', () => {
  const asOf = 20000;
  const run = (rows: { orders: number; first?: number; last?: number; intent?: number; score?: number }[], lapseDays = 365) =>
    Array.from(
      lifecycle({
        orders: rows.map((r) => r.orders),
        firstPurchase: rows.map((r) => r.first ?? NaN),
        lastPurchase: rows.map((r) => r.last ?? NaN),
        intent: Uint8Array.from(rows.map((r) => r.intent ?? 4)),
        leadScore: rows.map((r) => r.score ?? NaN),
        asOf,
        lapseDays,
      }).groups,
      (g) => LIFECYCLE_KEYS[g] ?? '-',
    );

  it('checks the rules in order', () => {
    expect(
      run([
        { orders: 5, first: asOf - 900, last: asOf - 366 }, // lapsed by the window
        { orders: 5, first: asOf - 900, last: asOf - 365 }, // exactly 365 days: not > 365; own cycle 133.75 → 401.25: loyal
        { orders: 0 }, // prospect
        { orders: 0, intent: 1 }, // considering → potential
        { orders: 0, intent: 0 }, // ready → potential
        { orders: 0, score: 60 }, // score 60 → potential
        { orders: 0, score: 59 }, // prospect
        { orders: 1, first: asOf - 10, last: asOf - 10 }, // one-time
        { orders: 2, first: asOf - 100, last: asOf - 10 }, // loyal
      ]),
    ).toEqual(['lapsed', 'loyal', 'prospect', 'potential', 'potential', 'potential', 'prospect', 'one_time', 'loyal']);
  });
  it('lapses a regular buyer who stayed away more than three of their own cycles (and at least 30 days)', () => {
    // 3 orders over 20 days: cycle 10 days; 31 days away > max(30, 30)
    expect(run([{ orders: 3, first: asOf - 51, last: asOf - 31 }])).toEqual(['lapsed']);
    expect(run([{ orders: 3, first: asOf - 50, last: asOf - 30 }])).toEqual(['loyal']);
    // cycle 100 days: 250 days away is not > 300
    expect(run([{ orders: 3, first: asOf - 450, last: asOf - 250 }])).toEqual(['loyal']);
    // two orders never use the cycle rule
    expect(run([{ orders: 2, first: asOf - 60, last: asOf - 50 }])).toEqual(['loyal']);
  });
  it('honours the lapse window setting', () => {
    expect(run([{ orders: 1, first: asOf - 100, last: asOf - 100 }], 90)).toEqual(['lapsed']);
  });
  it('explains lapse by cycle', () => {
    const result = { groups: Uint8Array.of(LIFECYCLE.code.lapsed), lapseRule: Uint8Array.of(2) };
    const facts = { orders: 3, daysSinceLast: 31, cycleDays: 10, lapseDays: 365, intent: null, leadScore: NaN };
    const text = reasonText(lifecycleReason(result, 0, facts), 'en');
    expect(text).toBe('Lapsed: quiet 31 days, 3× their usual 10-day cycle (cut-off 30 days)');
  });
});

/** RFM takes last purchases and as_of; these tests think in days since the last purchase. */
const RFM_AS_OF = 20000;
function recency(days: ArrayLike<number>) {
  return { lastPurchase: Array.from(days, (d) => RFM_AS_OF - d), asOf: RFM_AS_OF };
}

describe('RFM', () => {
  it('assigns every grid cell to exactly one segment', () => {
    const seen = new Set<number>();
    for (let r = 1; r <= 5; r++) for (let fm = 1; fm <= 5; fm++) seen.add(gridSegment(r, fm));
    expect(seen.size).toBe(11);
    expect(RFM_GRID_GROUPS[gridSegment(5, 5)]).toBe('champions');
    expect(RFM_GRID_GROUPS[gridSegment(1, 1)]).toBe('lost');
    expect(RFM_GRID_GROUPS[gridSegment(1, 5)]).toBe('cant_lose_them');
    expect(RFM_GRID_GROUPS[gridSegment(5, 1)]).toBe('recent_customers');
    expect(RFM_GRID_GROUPS[gridSegment(3, 2)]).toBe('needs_attention');
  });
  it('scores 1 + floor(5p) with ties sharing a score; recency: fewer days is better', () => {
    const days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const orders = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const revenue = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10];
    const r = rfm({ ...recency(days), orders, revenue }, 'grid11');
    expect(Array.from(r.r)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(rfmScoreText(r, 0)).toBe('555');
    expect(rfmSegmentKey(r, 0)).toBe('champions');
    expect(rfmScoreText(r, 9)).toBe('111');
    expect(rfmSegmentKey(r, 9)).toBe('lost');
    const tied = rfm({ ...recency([5, 5, 5, 5]), orders: [1, 1, 1, 1], revenue: [10, 10, 10, 10] }, 'grid11');
    expect(rfmScoreText(tied, 0)).toBe('111');
    expect(tied.unusedScores.r).toEqual([2, 3, 4, 5]);
  });
  it('ranks nobody when nobody bought', () => {
    const r = rfm({ ...recency([NaN, NaN]), orders: [0, 0], revenue: [0, 0] }, 'grid11');
    expect([r.ranked, rfmScoreText(r, 0), rfmSegmentKey(r, 1)]).toEqual([0, '—', null]);
  });
  it('does not rank customers without a purchase', () => {
    const r = rfm({ ...recency([NaN, 3]), orders: [0, 2], revenue: [0, 50] }, 'grid11');
    expect(rfmScoreText(r, 0)).toBe('—');
    expect(rfmSegmentKey(r, 0)).toBeNull();
    expect(r.ranked).toBe(1);
  });
  it('rounds FM half up', () => {
    // Row 0: F 5, M 4 → FM round(4.5) = 5; R 5 → cell 55, Champions
    const r = rfm({ ...recency([1, 9, 9, 9, 9]), orders: [9, 1, 2, 3, 4], revenue: [40, 10, 20, 30, 50] }, 'grid11');
    expect(rfmScoreText(r, 0)).toBe('554');
    expect(rfmSegmentKey(r, 0)).toBe('champions');
    expect(rfmScoreText(r, 4)).toBe('145');
    expect(rfmSegmentKey(r, 4)).toBe('cant_lose_them'); // R1, FM round(4.5) = 5
  });
  it('8-class preset: near means few days (≤ mean), frequent ≥ mean, high ≥ mean', () => {
    const r = rfm({ ...recency([10, 10, 100, 100]), orders: [5, 1, 5, 1], revenue: [100, 100, 1, 1] }, 'class8');
    expect([0, 1, 2, 3].map((i) => rfmSegmentKey(r, i))).toEqual([
      'important_value',
      'important_develop',
      'general_keep',
      'general_retain',
    ]);
  });
  it('reads the money cuts off ABC’s sorted revenues when they are the ranked ones, with the same scores', () => {
    const row = fc.record({ d: fc.integer({ min: 0, max: 50 }), o: fc.integer({ min: 0, max: 8 }), m: fc.integer({ min: -5, max: 30 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        // Buyers spent something, the others nothing: the usual shape, where the sorted revenues are the ranked ones.
        const revenue = rows.map((x) => (x.o >= 1 ? Math.abs(x.m) + 1 : 0));
        const input = { ...recency(rows.map((x) => x.d)), orders: rows.map((x) => x.o), revenue };
        const sortedPositiveRevenue = Float64Array.from(revenue.filter((m) => m > 0)).sort();
        const plain = rfm(input, 'grid11');
        const reused = rfm({ ...input, sortedPositiveRevenue }, 'grid11');
        expect(Array.from(reused.m)).toEqual(Array.from(plain.m));
        expect(Array.from(reused.segments)).toEqual(Array.from(plain.segments));
      }),
    );
  });
  it('matches the definition (property)', () => {
    const row = fc.record({ d: fc.integer({ min: 0, max: 50 }), o: fc.integer({ min: 1, max: 8 }), m: fc.integer({ min: 1, max: 30 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const result = rfm({ ...recency(rows.map((x) => x.d)), orders: rows.map((x) => x.o), revenue: rows.map((x) => x.m) }, 'grid11');
        const n = rows.length;
        rows.forEach((x, i) => {
          const R = 1 + Math.floor((5 * rows.filter((y) => y.d > x.d).length) / n);
          const F = 1 + Math.floor((5 * rows.filter((y) => y.o < x.o).length) / n);
          const M = 1 + Math.floor((5 * rows.filter((y) => y.m < x.m).length) / n);
          expect(rfmScoreText(result, i)).toBe(`${R}${F}${M}`);
        });
      }),
    );
  });
});

describe('next contact', () => {
  const asOf = 20000;
  const run = (last: number[], lapsed: number[] = last.map(() => 0)) => {
    const r = nextContact(last, Uint8Array.from(lapsed), asOf);
    return last.map((_, i) => [TOUCH_KEYS[r.touches[i]] ?? 'none', r.dates[i] - asOf]);
  };
  it('schedules thank-you by L+2, follow-up by L+7, then every 30 days', () => {
    expect(run([asOf, asOf - 2, asOf - 3, asOf - 7, asOf - 8, asOf - 30, asOf - 31, asOf - 60, asOf - 61])).toEqual([
      ['thank_you', 2],
      ['thank_you', 0],
      ['usage_follow_up', 4],
      ['usage_follow_up', 0],
      ['keep_in_touch', 22],
      ['keep_in_touch', 0],
      ['keep_in_touch', 29],
      ['keep_in_touch', 0],
      ['keep_in_touch', 29],
    ]);
  });
  it('calls lapsed customers now and schedules nothing without a purchase', () => {
    expect(run([asOf - 400, NaN], [1, 0])).toEqual([
      ['win_back', 0],
      ['none', NaN],
    ]);
  });
});
