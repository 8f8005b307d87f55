// Discounted lifetime value, against lifetimes' published output on CDNOW and against its definition.
import {
  DAYS_PER_MONTH,
  discountedPurchases,
  expectedPurchases,
  expectedSpend,
  fitBg,
  fitGammaGamma,
  lifetimeValue,
  monthlyDiscountRate,
  WEEKS_PER_MONTH,
} from '../../../src/engine/clv';
import { cdnowCustomers } from './helpers';

const customers = cdnowCustomers();
const bg = fitBg(customers, 'bgnbd');
const gg = fitGammaGamma(customers);

describe('the monthly discount rate', () => {
  test('compounds to the annual one', () => {
    for (const annual of [0, 0.05, 0.1, 0.127, 1]) expect((1 + monthlyDiscountRate(annual)) ** 12).toBeCloseTo(1 + annual, 12);
    expect(monthlyDiscountRate(1.01 ** 12 - 1)).toBeCloseTo(0.01, 14);
  });

  test('months are calendar averages', () => {
    expect(DAYS_PER_MONTH).toBeCloseTo(30.4375, 10);
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.348214, 6);
  });
});

describe('lifetimeValue', () => {
  test.each([
    // lifetimes' README: ggf.customer_lifetime_value(bgf, …, time=12, discount_rate=0.01) on the CDNOW summary. Its
    // default freq 'D' counts a month as 30 time units; the summary is in weeks, so those are 30-week "months".
    [0, 140.096218],
    [1, 18.943466],
    [2, 38.180575],
    [5, 1003.868107],
  ])('customer %p is lifetimes’ %p for 12 months at 1% a month, 30 units a month', (row, published) => {
    const value = lifetimeValue('bgnbd', bg.params, gg.params, customers[row], {
      months: 12,
      annualDiscountRate: 1.01 ** 12 - 1,
      unitsPerMonth: 30,
    });
    expect(Math.abs(value / published - 1)).toBeLessThan(1e-5);
  });

  test('is the sum over months of spend × that month’s expected purchases, discounted', () => {
    const c = customers[0];
    const d = monthlyDiscountRate(0.1);
    let byHand = 0;
    for (let i = 1; i <= 24; i++) {
      const month =
        expectedPurchases('mbgnbd', bg.params, i * WEEKS_PER_MONTH, c.x, c.tx, c.T) -
        expectedPurchases('mbgnbd', bg.params, (i - 1) * WEEKS_PER_MONTH, c.x, c.tx, c.T);
      byHand += month / (1 + d) ** i;
    }
    const options = { months: 24, annualDiscountRate: 0.1, unitsPerMonth: WEEKS_PER_MONTH };
    expect(discountedPurchases('mbgnbd', bg.params, c, options)).toBeCloseTo(byHand, 12);
    expect(lifetimeValue('mbgnbd', bg.params, gg.params, c, options)).toBeCloseTo(byHand * expectedSpend(gg.params, c.x, c.zbar), 10);
  });

  test('no months, no value; without discount it is spend × expected purchases over the horizon', () => {
    const c = customers[5];
    expect(lifetimeValue('bgnbd', bg.params, gg.params, c, { months: 0, annualDiscountRate: 0.1, unitsPerMonth: 4 })).toBe(0);
    const undiscounted = lifetimeValue('bgnbd', bg.params, gg.params, c, { months: 12, annualDiscountRate: 0, unitsPerMonth: 4 });
    expect(undiscounted).toBeCloseTo(expectedSpend(gg.params, c.x, c.zbar) * expectedPurchases('bgnbd', bg.params, 48, c.x, c.tx, c.T), 10);
  });

  test('a repeat buyer who only returned goods is worth 0', () => {
    const refunder = { x: 3, tx: 20, T: 38, zbar: -12 };
    expect(
      lifetimeValue('bgnbd', bg.params, gg.params, refunder, { months: 12, annualDiscountRate: 0.1, unitsPerMonth: WEEKS_PER_MONTH }),
    ).toBe(0);
  });
});
