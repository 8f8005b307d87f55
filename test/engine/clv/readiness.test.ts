// Small and messy data get an honest "not enough", never a wild number.
import { fitBg, fitReadiness, isValidCustomer, MIN_CUSTOMERS, MIN_REPEAT_BUYERS, NotEnoughDataError } from '../../../src/engine/clv';

const oneTimers = (n: number) => Array.from({ length: n }, (_, i) => ({ x: 0, tx: 0, T: 20 + (i % 7) }));
const repeat = (n: number) => Array.from({ length: n }, (_, i) => ({ x: 1 + (i % 3), tx: 5 + (i % 11), T: 30 }));

describe('fitReadiness', () => {
  test('40 customers, all one-time buyers: no repeat buyers, and the fit refuses', () => {
    const data = oneTimers(40);
    expect(fitReadiness(data)).toEqual({
      ok: false,
      reason: 'no_repeat_buyers',
      needs: MIN_REPEAT_BUYERS,
      has: 0,
      customers: 40,
      repeatBuyers: 0,
      excluded: 0,
    });
    for (const model of ['bgnbd', 'mbgnbd'] as const) {
      expect(() => fitBg(data, model)).toThrow(NotEnoughDataError);
      try {
        fitBg(data, model);
      } catch (error) {
        expect((error as NotEnoughDataError).readiness.reason).toBe('no_repeat_buyers');
      }
    }
  });

  test('too few customers comes first, whatever else', () => {
    expect(fitReadiness([...oneTimers(10), ...repeat(15)])).toMatchObject({
      ok: false,
      reason: 'too_few_customers',
      needs: MIN_CUSTOMERS,
      has: 25,
    });
    expect(fitReadiness([])).toMatchObject({ ok: false, reason: 'too_few_customers', has: 0 });
  });

  test('some repeat buyers, but fewer than the minimum', () => {
    expect(fitReadiness([...oneTimers(40), ...repeat(6)])).toMatchObject({ ok: false, reason: 'too_few_repeat_buyers', needs: 10, has: 6 });
    expect(() => fitBg([...oneTimers(40), ...repeat(6)], 'bgnbd')).toThrow(NotEnoughDataError);
  });

  test('enough: ok, with the counts', () => {
    expect(fitReadiness([...oneTimers(30), ...repeat(10)])).toEqual({ ok: true, customers: 40, repeatBuyers: 10, excluded: 0 });
  });

  test('invalid rows are left out and counted, and do not count towards the minimums', () => {
    const messy = [
      ...oneTimers(25),
      ...repeat(9),
      { x: -1, tx: 0, T: 10 },
      { x: 1.5, tx: 2, T: 10 },
      { x: 2, tx: 12, T: 10 },
      { x: 2, tx: -1, T: 10 },
      { x: 1, tx: 1, T: 0 },
      { x: 1, tx: Number.NaN, T: 10 },
      { x: 1, tx: 1, T: Number.POSITIVE_INFINITY },
    ];
    expect(fitReadiness(messy)).toMatchObject({ ok: false, reason: 'too_few_repeat_buyers', has: 9, customers: 34, excluded: 7 });
    expect(isValidCustomer({ x: 0, tx: Number.NaN, T: 10 })).toBe(true); // t_x is not used when x = 0
  });

  test('just enough data fits to finite, positive parameters', () => {
    const fit = fitBg([...oneTimers(20), ...repeat(10)], 'mbgnbd');
    for (const v of Object.values(fit.params)) expect(Number.isFinite(v) && v > 0).toBe(true);
    expect(Number.isFinite(fit.logLik)).toBe(true);
  });
});
