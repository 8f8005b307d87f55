// The special functions: ln Γ against known values and an independent Stirling series; the BG/NBD expectation series
// against the paper's closed form summed directly, and against a direct numerical integral where the closed form
// cannot be summed (a = 1, a + b < 1, posterior parameters with x in the hundreds).
import { expectedTransactions, lnGamma, logHyp2f1 } from '../../../src/engine/clv/special';
import { expectedTransactionsByIntegral, lnGammaRef } from './helpers';

describe('lnGamma', () => {
  test.each([
    [1, 0],
    [2, 0],
    [0.5, 0.5 * Math.log(Math.PI)],
    [10, Math.log(362880)],
    [3.5, Math.log((15 / 8) * Math.sqrt(Math.PI))],
  ])('lnΓ(%p) is exact to 1e-13', (x, expected) => {
    expect(Math.abs(lnGamma(x) - expected)).toBeLessThan(1e-13);
  });

  test('agrees with a Stirling series from 1e-8 to 1e7, relative 1e-13', () => {
    for (let e = -8; e <= 7; e += 0.25) {
      const x = 10 ** e * 1.37;
      const ref = lnGammaRef(x);
      expect(Math.abs(lnGamma(x) - ref)).toBeLessThan(1e-13 * Math.max(1, Math.abs(ref)));
    }
  });
});

/** The plain Gauss series of 2F1, summed term by term: fine for moderate parameters and z. */
function hyp2f1Direct(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 100_000 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
  }
  return sum;
}

/** FHL 2005 eq. 7 as printed. */
function paperExpectation(r: number, alpha: number, a: number, b: number, t: number): number {
  return ((a + b - 1) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * hyp2f1Direct(r, b, a + b - 1, t / (alpha + t)));
}

describe('logHyp2f1', () => {
  test('is the log of the direct sum where that is finite', () => {
    for (const [A, B, C, z] of [
      [0.243, 2.426, 2.219, 0.9],
      [2.243, 4.426, 4.219, 0.47],
      [30, 31, 30.5, 0.5],
    ]) {
      expect(logHyp2f1(A, B, C, z)).toBeCloseTo(Math.log(hyp2f1Direct(A, B, C, z)), 12);
    }
  });

  test('converges for large A (a posterior r + x with x = 500) to the known 2F1(A, B; B; z) = (1 − z)^(−A)', () => {
    for (const [A, z] of [
      [500.24, 0.5],
      [500.24, 0.99],
      [5000, 0.9],
    ]) {
      const exact = -A * Math.log1p(-z);
      expect(Math.abs(logHyp2f1(A, 7.5, 7.5, z) / exact - 1)).toBeLessThan(1e-13);
    }
    // beyond the largest double: the plain sum is Infinity
    expect(hyp2f1Direct(500.24, 7.5, 7.5, 0.99)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('expectedTransactions (the BG/NBD expectation, FHL 2005 eq. 7)', () => {
  test.each([
    [0.243, 4.414, 0.793, 2.426, 39],
    [0.243, 4.414, 0.793, 2.426, 78],
    [2.243, 43.27, 0.793, 4.426, 39],
    [0.525, 6.183, 0.891, 2.614, 52],
    [3, 10, 2.5, 4, 20],
  ])('is the printed closed form, summed directly, for (r, α, a, b, t) = (%p, %p, %p, %p, %p)', (r, alpha, a, b, t) => {
    expect(expectedTransactions(r, alpha, a, b, t)).toBeCloseTo(paperExpectation(r, alpha, a, b, t), 11);
  });

  test.each([
    ['a = 1 exactly (the printed form divides by 0)', 0.5, 4, 1, 2, 50],
    ['a just off 1', 0.5, 4, 1 + 1e-9, 2, 50],
    ['a + b < 1 (the printed 2F1 has c < 0)', 0.5, 4, 0.3, 0.4, 100],
    ['a + b < 1, a long horizon', 3, 2, 0.2, 0.3, 5000],
    ['a posterior with x = 500 (the printed series overflows)', 500.24, 1047, 0.793, 502.4, 39],
    ['x = 500 over 20 years', 500.24, 1047, 0.793, 502.4, 1043],
    ['20 years ahead for a new customer, z = 0.996', 0.525, 6.183, 0.891, 2.614, 1043],
    ['large a with a posterior x = 500', 500.46, 1043, 25, 540, 1043],
    ['r far above a + b', 40, 2, 0.5, 0.3, 39],
    ['a ≪ 1 and t ≫ α (integrated)', 0.3, 0.05, 0.02, 0.5, 1043],
  ])('matches a direct integral when %s', (_, r, alpha, a, b, t) => {
    const series = expectedTransactions(r, alpha, a, b, t);
    const integral = expectedTransactionsByIntegral(r, alpha, a, b, t);
    expect(Number.isFinite(series)).toBe(true);
    expect(Math.abs(series - integral)).toBeLessThan(1e-9 * Math.max(1, integral));
  });

  test('with a and b in the millions, is the limit of a fixed dropout probability p = a/(a+b)', () => {
    // A Beta(a, b) that concentrated falls between any quadrature's nodes; the limit (1 − (α/(α+pt))^r)/p is off by
    // O(1/(a+b)) only.
    const [r, alpha, a, b, t] = [0.46, 43.1, 2.7e6, 7.3e6, 273];
    const p = a / (a + b);
    const limit = -Math.expm1(-r * Math.log1p((p * t) / alpha)) / p;
    expect(Math.abs(expectedTransactions(r, alpha, a, b, t) / limit - 1)).toBeLessThan(1e-5);
  });

  test('the printed series does overflow where this one is fine', () => {
    // 2F1(r+x, b+x; a+b+x−1; z) for x = 500 at z = 0.9: the plain sum passes 1e308 on the way.
    expect(hyp2f1Direct(500.24, 502.4, 501.2, 0.9)).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isFinite(expectedTransactions(500.24, 100, 0.793, 502.4, 900))).toBe(true);
    expect(expectedTransactions(500.24, 100, 0.793, 502.4, 900)).toBeCloseTo(
      expectedTransactionsByIntegral(500.24, 100, 0.793, 502.4, 900),
      8,
    );
  });

  test('is 0 at t = 0 and grows with t', () => {
    expect(expectedTransactions(0.243, 4.414, 0.793, 2.426, 0)).toBe(0);
    let before = 0;
    for (const t of [0.01, 0.1, 1, 10, 100, 1000, 1e4]) {
      const e = expectedTransactions(0.243, 4.414, 0.793, 2.426, t);
      expect(e).toBeGreaterThan(before);
      before = e;
    }
  });
});
