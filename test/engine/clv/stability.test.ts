// No NaN, no Infinity, no negative count: x up to 500, T up to 20 years (1,043 weeks), a + b < 1, a ≈ 1, and the
// parameters an optimiser can wander to.
import { type BgParams, type ClvModel, expectedPurchases, expectedPurchasesNew, fitBg, pAlive } from '../../../src/engine/clv';
import { bgLogLikelihood, collectCustomers } from '../../../src/engine/clv';
import { expectedTransactionsByIntegral, seeded } from './helpers';

const MODELS: ClvModel[] = ['bgnbd', 'mbgnbd'];
const PARAMS: BgParams[] = [
  { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, // CDNOW, weeks
  { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, // CDNOW MBG/NBD
  { r: 0.243, alpha: 30.9, a: 0.793, b: 2.426 }, // the same in days
  { r: 0.5, alpha: 4, a: 0.3, b: 0.4 }, // a + b < 1
  { r: 2, alpha: 10, a: 1, b: 0.2 }, // a = 1, a + b > 1
  { r: 0.05, alpha: 0.5, a: 0.05, b: 0.05 }, // both tiny
  { r: 8, alpha: 200, a: 40, b: 900 }, // large a and b
  { r: 1e-4, alpha: 1e-3, a: 1e-3, b: 1e4 },
  { r: 1e4, alpha: 1e2, a: 0.5, b: 0.5 }, // r far above a + b
];
const HISTORIES: [number, number, number][] = [
  [0, 0, 0.01],
  [0, 0, 1043],
  [1, 0.01, 1043],
  [1, 1043, 1043],
  [500, 1043, 1043],
  [500, 5, 1043],
  [500, 38, 38.86],
];
const HORIZONS = [0.01, 1, 39, 520, 1043];

describe('every prediction is a finite, non-negative number', () => {
  test.each(PARAMS.map((p) => [JSON.stringify(p), p]))('%s', (_, params) => {
    for (const model of MODELS) {
      for (const [x, tx, T] of HISTORIES) {
        const alive = pAlive(model, params as BgParams, x, tx, T);
        expect(alive >= 0 && alive <= 1).toBe(true);
        for (const t of HORIZONS) {
          const e = expectedPurchases(model, params as BgParams, t, x, tx, T);
          expect(Number.isFinite(e) && e >= 0).toBe(true);
        }
      }
      for (const t of HORIZONS) {
        const e = expectedPurchasesNew(model, params as BgParams, t);
        expect(Number.isFinite(e) && e >= 0).toBe(true);
      }
    }
  });
});

describe('and an accurate one where it matters', () => {
  test('x = 500 over 20 years, a + b < 1, a = 1: the conditional expectation equals the posterior integral', () => {
    for (const params of PARAMS.slice(0, 6)) {
      const { r, alpha, a, b } = params;
      for (const [x, tx, T] of HISTORIES.slice(1)) {
        for (const t of [39, 1043]) {
          const byIntegral = pAlive('bgnbd', params, x, tx, T) * expectedTransactionsByIntegral(r + x, alpha + T, a, b + x, t);
          const e = expectedPurchases('bgnbd', params, t, x, tx, T);
          expect(Math.abs(e - byIntegral)).toBeLessThanOrEqual(1e-8 * Math.max(1, byIntegral));
        }
      }
    }
  });

  test('the log-likelihood is finite for x up to 500 and T of 20 years, for extreme parameters too', () => {
    const rows = collectCustomers(HISTORIES.map(([x, tx, T]) => ({ x, tx, T })));
    for (const model of MODELS) {
      for (const params of PARAMS) expect(Number.isFinite(bgLogLikelihood(model, params, rows))).toBe(true);
    }
  });

  test('a fit on heavy buyers over 20 years is finite and sensible', () => {
    const u = seeded(5);
    const data = Array.from({ length: 200 }, () => {
      const T = 520 + Math.floor(u() * 523);
      const x = Math.floor(u() * 500);
      return { x, tx: x === 0 ? 0 : T * (0.5 + u() / 2), T };
    });
    for (const model of MODELS) {
      const fit = fitBg(data, model);
      expect(Number.isFinite(fit.logLik)).toBe(true);
      for (const v of Object.values(fit.params)) expect(Number.isFinite(v) && v > 0).toBe(true);
      const e = expectedPurchases(model, fit.params, 52, 499, 1000, 1040);
      expect(Number.isFinite(e) && e > 0).toBe(true);
    }
  });
});
