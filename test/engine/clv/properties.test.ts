// Properties of the models, over generated parameters and customers (fast-check for the pure functions, a seeded
// simulator for whole customer bases).
import fc from 'fast-check';
import { type BgParams, type ClvModel, fitBg, fitGammaGamma, lifetimeValue, pAlive, WEEKS_PER_MONTH } from '../../../src/engine/clv';
import { seeded, simulateCustomers } from './helpers';

const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const params: fc.Arbitrary<BgParams> = fc.record({
  r: positive(0.01, 20),
  alpha: positive(0.1, 500),
  a: positive(0.01, 50),
  b: positive(0.01, 50),
});
const model = fc.constantFrom<ClvModel>('bgnbd', 'mbgnbd');
const spend = fc.record({ p: positive(0.5, 40), q: positive(1.05, 30), gamma: positive(0.5, 500) });

describe('P(alive)', () => {
  test('falls as the quiet time T − t_x grows, for fixed x ≥ 1 and T', () => {
    fc.assert(
      fc.property(
        model,
        params,
        fc.integer({ min: 1, max: 500 }),
        positive(1, 1043),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (m, p, x, T, u, v) => {
          const [early, late] = [Math.min(u, v) * T, Math.max(u, v) * T];
          // the earlier the last purchase, the longer the quiet, the less likely alive
          expect(pAlive(m, p, x, early, T)).toBeLessThanOrEqual(pAlive(m, p, x, late, T));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('is a probability', () => {
    fc.assert(
      fc.property(
        model,
        params,
        fc.integer({ min: 0, max: 500 }),
        positive(0.01, 1043),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (m, p, x, T, u) => {
          const a = pAlive(m, p, x, x === 0 ? 0 : u * T, T);
          expect(a >= 0 && a <= 1).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('lifetime value', () => {
  test('is at least 0 and grows with the customer’s spend', () => {
    fc.assert(
      fc.property(
        model,
        params,
        spend,
        fc.integer({ min: 1, max: 200 }),
        positive(1, 520),
        fc.double({ min: 0, max: 1, noNaN: true }),
        positive(0.01, 1000),
        positive(0.01, 1000),
        (m, p, g, x, T, u, z1, z2) => {
          const options = { months: 12, annualDiscountRate: 0.1, unitsPerMonth: WEEKS_PER_MONTH };
          const customer = { x, tx: u * T, T };
          const low = lifetimeValue(m, p, g, { ...customer, zbar: Math.min(z1, z2) }, options);
          const high = lifetimeValue(m, p, g, { ...customer, zbar: Math.max(z1, z2) }, options);
          expect(Number.isFinite(low) && low >= 0).toBe(true);
          expect(high).toBeGreaterThanOrEqual(low);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the order of the customers changes nothing', () => {
  const truth = { r: 0.243, alpha: 30.9, a: 0.793, b: 2.426 };
  const customers = simulateCustomers(400, truth, 11);
  const u = seeded(3);
  const withSpend = customers.map((c) => ({ ...c, zbar: c.x > 0 ? 5 + Math.round(u() * 9000) / 100 : 0 }));

  function shuffled<T>(rows: readonly T[], seed: number): T[] {
    const next = seeded(seed);
    const out = rows.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  test.each(['bgnbd', 'mbgnbd'] as const)('%s: the same fit, to the last bit, for shuffled and reversed rows', (m) => {
    const fit = fitBg(customers, m);
    expect(fitBg(shuffled(customers, 1), m)).toEqual(fit);
    expect(fitBg(customers.slice().reverse(), m)).toEqual(fit);
  });

  test('Gamma-Gamma: the same fit for shuffled rows', () => {
    const fit = fitGammaGamma(withSpend);
    expect(fitGammaGamma(shuffled(withSpend, 2))).toEqual(fit);
  });
});
