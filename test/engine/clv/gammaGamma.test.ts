// Gamma-Gamma on CDNOW's 946 repeat buyers, against Fader, Hardie & Lee's figures and lifetimes' published output.
import { expectedSpend, fitGammaGamma, NotEnoughDataError, spendReadiness } from '../../../src/engine/clv';
import { cdnowCustomers } from './helpers';

const customers = cdnowCustomers();
const gg = fitGammaGamma(customers);

describe('Gamma-Gamma on CDNOW (Fader, Hardie & Lee 2005, "RFM and CLV")', () => {
  test('fits on the 946 repeat buyers, the 1,411 one-time buyers left aside', () => {
    expect(gg.buyers).toBe(946);
    expect(gg.nonPositive).toBe(0);
  });

  test('p, q, γ within 0.5% of 6.25, 3.74, 15.44', () => {
    expect(Math.abs(gg.params.p / 6.25 - 1)).toBeLessThan(0.005);
    expect(Math.abs(gg.params.q / 3.74 - 1)).toBeLessThan(0.005);
    expect(Math.abs(gg.params.gamma / 15.44 - 1)).toBeLessThan(0.005);
  });

  test.each([
    // lifetimes' README, conditional_expected_average_profit(...).head(10) on the same data
    [2, 22.35, 24.658619],
    [1, 11.77, 18.911489],
    [0, 0, 35.170981],
    [7, 73.74, 71.462843],
    [2, 25.55, 27.282408],
  ])('expected spend per purchase for x = %p, zbar = %p is lifetimes’ %p', (x, zbar, published) => {
    expect(Math.abs(expectedSpend(gg.params, x, zbar) - published)).toBeLessThan(1e-4);
  });

  test('lies between the population mean pγ/(q−1) and the customer’s own mean, nearer their own the more they bought', () => {
    const { p, q, gamma } = gg.params;
    const population = (p * gamma) / (q - 1);
    let before = population;
    for (const x of [1, 2, 5, 20, 100]) {
      const e = expectedSpend(gg.params, x, 200);
      expect(e).toBeGreaterThan(before);
      expect(e).toBeLessThan(200);
      before = e;
    }
  });
});

describe('spend data that cannot be used', () => {
  test('zero, negative and missing mean spends are left out of the fit and counted', () => {
    const messy = [...customers, { x: 3, zbar: 0 }, { x: 2, zbar: -15 }, { x: 1, zbar: Number.NaN }, { x: 0, zbar: -4 }];
    const fit = fitGammaGamma(messy);
    expect(fit.nonPositive).toBe(3);
    expect(fit.buyers).toBe(946);
    expect(fit.params).toEqual(gg.params);
  });

  test('a repeat buyer with a non-positive mean spend is valued at 0 per purchase, one with none known at the population mean', () => {
    expect(expectedSpend(gg.params, 3, -10)).toBe(0);
    expect(expectedSpend(gg.params, 3, 0)).toBe(0);
    expect(expectedSpend(gg.params, 3, Number.NaN)).toBe(expectedSpend(gg.params, 0, 0));
  });

  test('no repeat buyer with a positive spend: not ready, and the fit refuses', () => {
    const oneTimers = Array.from({ length: 40 }, () => ({ x: 0, zbar: 0 }));
    expect(spendReadiness(oneTimers)).toEqual({ ok: false, reason: 'no_repeat_buyers', needs: 10, has: 0, buyers: 0, nonPositive: 0 });
    expect(() => fitGammaGamma(oneTimers)).toThrow(NotEnoughDataError);
    const refunds = Array.from({ length: 40 }, () => ({ x: 2, zbar: -5 }));
    expect(spendReadiness(refunds)).toMatchObject({ ok: false, reason: 'no_repeat_buyers', nonPositive: 40 });
  });

  test('fewer than 10 usable repeat buyers: too few', () => {
    const few = [...Array.from({ length: 30 }, () => ({ x: 0, zbar: 0 })), ...[10, 20, 30, 40].map((zbar) => ({ x: 1, zbar }))];
    expect(spendReadiness(few)).toEqual({ ok: false, reason: 'too_few_repeat_buyers', needs: 10, has: 4, buyers: 4, nonPositive: 0 });
  });
});
