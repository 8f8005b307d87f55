// BG/NBD and MBG/NBD on CDNOW, against the published figures in test/fixtures/cdnow/README.md.
import {
  type BgParams,
  bgLogLikelihood,
  collectCustomers,
  defaultStarts,
  expectedPurchases,
  expectedPurchasesNew,
  fitBg,
  pAlive,
} from '../../../src/engine/clv';
import { cdnowCustomers, expectedTransactionsByIntegral } from './helpers';

const customers = cdnowCustomers();
const bg = fitBg(customers, 'bgnbd');
const mbg = fitBg(customers, 'mbgnbd');

function expectWithin(actual: BgParams, published: BgParams, share: number) {
  for (const key of ['r', 'alpha', 'a', 'b'] as const) {
    expect(Math.abs(actual[key] / published[key] - 1)).toBeLessThan(share);
  }
}

describe('BG/NBD on CDNOW (Fader, Hardie & Lee 2005)', () => {
  test('the data are the 2,357 customers, 946 of them repeat buyers', () => {
    expect(customers).toHaveLength(2357);
    expect(customers.filter((c) => c.x > 0)).toHaveLength(946);
    expect(bg.customers).toBe(2357);
    expect(bg.excluded).toBe(0);
  });

  test('fits r, α, a, b within 0.5% of 0.243, 4.414, 0.793, 2.426', () => {
    expectWithin(bg.params, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0.005);
  });

  test('with log-likelihood −9582.4 ± 0.1', () => {
    expect(Math.abs(bg.logLik - -9582.4)).toBeLessThan(0.1);
    // and the published parameters are no better than the fit
    expect(bgLogLikelihood('bgnbd', { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, collectCustomers(customers))).toBeLessThan(bg.logLik);
  });

  test('expects 1.226 purchases in the next 39 weeks of the customer with x = 2, t_x = 30.43, T = 38.86', () => {
    expect(Math.abs(expectedPurchases('bgnbd', bg.params, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(0.001);
  });

  test.each([
    [0.1429, 0.0078],
    [1, 0.0532],
    [3, 0.1506],
    [31.8571, 1.0405],
    [32, 1.0437],
    [78, 1.8576],
  ])('E[X(%p weeks)] of a new customer is %p to 3 decimals', (t, published) => {
    expect(expectedPurchasesNew('bgnbd', bg.params, t).toFixed(3)).toBe(published.toFixed(3));
  });

  test('a one-time buyer is alive for certain; one quiet since an early repeat purchase much less', () => {
    expect(pAlive('bgnbd', bg.params, 0, 0, 38.86)).toBe(1);
    const early = pAlive('bgnbd', bg.params, 3, 2, 38.86);
    const late = pAlive('bgnbd', bg.params, 3, 38, 38.86);
    expect(early).toBeLessThan(0.5);
    // at most 1/(1 + a/(b+x−1)) = 0.85 however recent: every purchase is a chance to have left
    expect(late).toBeGreaterThan(0.8);
  });
});

describe('MBG/NBD on CDNOW (Batislam, Denizel & Filiztekin 2007; BTYDplus)', () => {
  test('fits r, α, a, b within 0.5% of 0.525, 6.183, 0.891, 1.614', () => {
    expectWithin(mbg.params, { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 0.005);
  });

  test('a one-time buyer is not certainly alive, and less so the longer ago the first purchase', () => {
    const recent = pAlive('mbgnbd', mbg.params, 0, 0, 1);
    const old = pAlive('mbgnbd', mbg.params, 0, 0, 38.86);
    expect(recent).toBeLessThan(1);
    expect(old).toBeLessThan(recent);
    expect(old).toBeGreaterThan(0);
  });

  test('its E[X(t)] is the expectation over p ~ Beta(a, b) of (1 − p)/p · (1 − (α/(α + pt))^r), by integral', () => {
    // Under MBG/NBD the customer may leave right after the first purchase: E[(1−p)/p (1 − e^(−λpt))].
    // (1−p)·Beta(a, b) density = b/(a+b) · Beta(a, b+1) density.
    const { r, alpha, a, b } = mbg.params;
    for (const t of [1, 39, 78, 520]) {
      const integral = (b / (a + b)) * expectedTransactionsByIntegral(r, alpha, a, b + 1, t);
      expect(expectedPurchasesNew('mbgnbd', mbg.params, t)).toBeCloseTo(integral, 9);
    }
  });

  test('its conditional expectation is P(alive) times the expectation under the posterior, by integral', () => {
    const { r, alpha, a, b } = mbg.params;
    for (const [x, tx, T] of [
      [0, 0, 38.86],
      [2, 30.43, 38.86],
      [40, 30, 38.86],
    ]) {
      const byIntegral = pAlive('mbgnbd', mbg.params, x, tx, T) * expectedTransactionsByIntegral(r + x, alpha + T, a, b + x + 1, 39);
      expect(expectedPurchases('mbgnbd', mbg.params, 39, x, tx, T)).toBeCloseTo(byIntegral, 9);
    }
  });
});

describe('several starting points', () => {
  // Huge r and α with a tiny mean rate, and p pinned near 0.09 by huge a and b: a nearly Poisson, nearly
  // dropout-free model, from where the simplex settles on a ridge far below the maximum.
  const bad: BgParams = { r: 1e6, alpha: 1e8, a: 1e5, b: 1e6 };

  test('every default start reaches the same fit', () => {
    for (const start of defaultStarts(collectCustomers(customers))) {
      const one = fitBg(customers, 'bgnbd', { starts: [start] });
      expect(one.logLik).toBeCloseTo(bg.logLik, 6);
    }
  });

  test('a bad first start alone stops short; with the others after it the best fit is kept', () => {
    const alone = fitBg(customers, 'bgnbd', { starts: [bad] });
    expect(alone.logLik).toBeLessThan(bg.logLik - 1);
    const withOthers = fitBg(customers, 'bgnbd', { starts: [bad, ...defaultStarts(collectCustomers(customers))] });
    expect(withOthers.logLik).toBeCloseTo(bg.logLik, 6);
    expectWithin(withOthers.params, bg.params, 1e-4);
  });
});
