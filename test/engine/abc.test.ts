import fc from 'fast-check';
import { abcReason, abcTiers, type AbcOptions } from '../../src/engine/classify/abc';
import { TIER } from '../../src/engine/groups';
import { reasonText } from '../../src/i18n/text';

const TIER_KEYS = TIER.keys;
const NO_TIER = TIER.none;
import { strictlyBelow } from '../../src/engine/classify/compare';

const share: AbcOptions = { method: 'share', a: 0.8, b: 0.95 };
const count: AbcOptions = { method: 'count', a: 0.2, b: 0.5 };
const tiersOf = (values: number[], options: AbcOptions = share) => Array.from(abcTiers(values, options).tiers, (t) => TIER_KEYS[t] ?? '-');

/** The definition, written the slow and obvious way, to compare the fast one against. */
function reference(values: number[], options: AbcOptions): string[] {
  const positive = values.filter((v) => v > 0);
  const total = positive.reduce((a, b) => a + b, 0);
  return values.map((x) => {
    if (Number.isNaN(x)) return '-';
    if (x <= 0) return 'C';
    if (options.method === 'amount') return x >= options.a ? 'A' : x >= options.b ? 'B' : 'C';
    if (options.method === 'share') {
      const before = positive.filter((v) => v > x).reduce((a, b) => a + b, 0);
      return strictlyBelow(before, options.a * total) ? 'A' : strictlyBelow(before, options.b * total) ? 'B' : 'C';
    }
    const g = positive.filter((v) => v > x).length;
    return strictlyBelow(g, options.a * positive.length) ? 'A' : strictlyBelow(g, options.b * positive.length) ? 'B' : 'C';
  });
}

describe('ABC tiers, share method', () => {
  it('follows the definition on a worked example', () => {
    // total 100: 50 → before 0 (A), 30 → before 50% (A), 15 → before 80% (not < 80%: B), 4 → 95% (C), 1 → 99% (C)
    expect(tiersOf([50, 30, 15, 4, 1])).toEqual(['A', 'A', 'B', 'C', 'C']);
  });
  it('always puts the top customer in A, even alone', () => {
    expect(tiersOf([42])).toEqual(['A']);
    expect(tiersOf([1000, 1, 1])).toEqual(['A', 'C', 'C']); // before(1) = 1000 / 1002
  });
  it('gives tied customers the same tier', () => {
    expect(tiersOf([10, 10, 10, 10])).toEqual(['A', 'A', 'A', 'A']);
    expect(tiersOf([60, 20, 20])).toEqual(['A', 'A', 'A']); // before(20) = 60% < 80%
  });
  it('puts zero and negative revenue in C and leaves them out of the total', () => {
    expect(tiersOf([0, -5, 100, 50])).toEqual(['C', 'C', 'A', 'A']);
    const r = abcTiers([0, -5, 100, 50], share);
    expect(r.positiveTotal).toBe(150);
    expect(r.positiveCount).toBe(2);
  });
  it('marks unreadable values (NaN) as no tier, not C', () => {
    expect(abcTiers([NaN, 5], share).tiers[0]).toBe(NO_TIER);
  });
  it('treats a share exactly at the threshold as not below it, despite floating point', () => {
    // Customers above 1.71 hold 5.26 + 2.77 + 1.85 = 9.88 of 12.35: exactly 80%. Summed in floating point that is
    // 9.879999999999999 < 9.88, which would wrongly make it A.
    expect(tiersOf([5.26, 2.77, 1.85, 1.71, 0.76])).toEqual(['A', 'A', 'A', 'B', 'B']);
    expect(tiersOf([0.5, 0.2, 0.1, 0.1, 0.1])).toEqual(['A', 'A', 'A', 'A', 'A']); // before(0.1) = 70%
  });
  it('handles the 70/90 preset', () => {
    expect(tiersOf([50, 30, 15, 4, 1], { method: 'share', a: 0.7, b: 0.9 })).toEqual(['A', 'A', 'B', 'C', 'C']);
  });
  it('explains a row', () => {
    const values = [500, 300, 150, 40, 10];
    const r = abcTiers(values, share);
    expect(reasonText(abcReason(r, 1, 300, 'revenue'), 'en')).toBe('A: customers ranked above hold 50.0% of revenue (< 80%)');
    expect(reasonText(abcReason(r, 2, 150, 'revenue'), 'en')).toBe('B: customers ranked above hold 80.0% of revenue (< 95%)');
    expect(reasonText(abcReason(r, 3, 40, 'revenue'), 'en')).toBe('C: customers ranked above hold 95.0% of revenue (≥ 95%)');
    expect(reasonText(abcReason(r, 2, 150, 'revenue'), 'es')).toContain('80,0%');
    expect(reasonText(abcReason(r, 2, 150, 'revenue'), 'zh')).toContain('80.0%');
    expect(reasonText(abcReason(abcTiers([0], share), 0, 0, 'revenue'), 'en')).toBe('C: no positive revenue');
    expect(reasonText(abcReason(abcTiers([-3], share), 0, -3, 'profit'), 'en')).toBe('C: no positive profit');
  });
});

describe('ABC tiers, count method', () => {
  it('guards 0.2 × 15 = 3 against floating point (g = 3 is not < 3)', () => {
    const values = Array.from({ length: 15 }, (_, i) => 15 - i); // distinct, g = index
    const tiers = tiersOf(values, count);
    expect(tiers.slice(0, 3)).toEqual(['A', 'A', 'A']);
    expect(tiers[3]).toBe('B'); // g = 3: not < 3
    expect(tiers.slice(4, 7)).toEqual(['B', 'B', 'B']);
    expect(tiers[7]).toBe('B'); // g = 7 < 7.5
    expect(tiers[8]).toBe('C'); // g = 8
  });
  it('gives ties the same tier', () => {
    expect(tiersOf([5, 5, 5, 5, 5], count)).toEqual(['A', 'A', 'A', 'A', 'A']);
  });
  it('explains with the count above', () => {
    const r = abcTiers([3, 2, 1], count);
    expect(reasonText(abcReason(r, 1, 2, 'revenue'), 'en')).toBe('B: 1 customer ranked above, 33.3% of all (< 50%)');
  });
});

describe('ABC tiers, amount method', () => {
  it('compares the metric with the amounts', () => {
    expect(tiersOf([10000, 5000, 4999.99, 0], { method: 'amount', a: 10000, b: 5000 })).toEqual(['A', 'B', 'C', 'C']);
    const r = abcTiers([12000], { method: 'amount', a: 10000, b: 5000 });
    expect(reasonText(abcReason(r, 0, 12000, 'revenue'), 'en')).toBe('A: revenue 12,000 ≥ 10,000');
  });
});

describe('ABC properties', () => {
  const revenues = fc.array(fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ min: 0.01, max: 1e6, noNaN: true })), {
    minLength: 1,
    maxLength: 60,
  });
  const methods = fc.constantFrom<AbcOptions>(share, count, { method: 'share', a: 0.7, b: 0.9 }, { method: 'amount', a: 500, b: 100 });

  it('matches the definition', () => {
    fc.assert(
      fc.property(revenues, methods, (values, options) => {
        expect(tiersOf(values, options)).toEqual(reference(values, options));
      }),
    );
  });
  it('permuting rows never changes any row’s result', () => {
    fc.assert(
      fc.property(revenues, methods, fc.infiniteStream(fc.nat()), (values, options, seeds) => {
        const order = values.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        const before = tiersOf(values, options);
        const after = tiersOf(
          order.map((i) => values[i]),
          options,
        );
        order.forEach((source, position) => expect(after[position]).toBe(before[source]));
      }),
    );
  });
  it('raising one customer’s revenue never lowers its tier', () => {
    fc.assert(
      fc.property(revenues, methods, fc.nat(), fc.double({ min: 0, max: 1e6, noNaN: true }), (values, options, pick, raise) => {
        const i = pick % values.length;
        const before = tiersOf(values, options)[i];
        const raised = [...values];
        raised[i] += raise;
        const after = tiersOf(raised, options)[i];
        expect(after <= before).toBe(true); // 'A' < 'B' < 'C'
      }),
    );
  });
  it('equal inputs get equal outputs', () => {
    fc.assert(
      fc.property(revenues, methods, (values, options) => {
        const tiers = tiersOf(values, options);
        values.forEach((v, i) => values.forEach((w, j) => v === w && expect(tiers[i]).toBe(tiers[j])));
      }),
    );
  });
});
