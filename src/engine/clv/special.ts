// Special functions of the customer-base models, written here rather than imported: see README.md beside this file
// (the @stdlib equivalents weigh 49–83 KB minified each, against a budget of ~9 KB for the whole library).

// Math's functions as module constants: a global looked up in a hot loop is ~20× slower under jest's vm context.
const { abs, exp, expm1, log, log1p, max } = Math;

/** Lanczos coefficients for g = 7, n = 9 (the set in Numerical Recipes 3rd ed. §6.1 and Wikipedia): ~1e-15 relative. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046728;

/**
 * ln Γ(x) for x > 0. Below 0.5 it steps up once (Γ(x) = Γ(x+1)/x) instead of reflecting, since the models only
 * ever need positive arguments (r + x, a + b, p·x …).
 */
export function lnGamma(x: number): number {
  if (x < 0.5) return lnGamma(x + 1) - log(x);
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < 9; i++) sum += LANCZOS[i] / (y + i);
  const t = y + 7.5;
  return HALF_LOG_2PI + (y + 0.5) * log(t) - t + log(sum);
}

/** (e^(e·L) − 1)/e, continuous at e = 0 where it is L (the a = 1 case of the BG/NBD expectations). */
function expm1Ratio(e: number, L: number): number {
  const u = e * L;
  return abs(u) < 1e-10 ? L * (1 + u / 2) : expm1(u) / e;
}

/** A safety net: the series are only used for t ≤ 10^5·α (z ≤ 1 − 1e-5), where far fewer terms suffice. */
const MAX_TERMS = 1_000_000;
/** Partial sums are rescaled by this factor (and its log carried) before they can overflow. */
const BIG = 1e250;
const LN_BIG = log(BIG);

/**
 * ln 2F1(A, B; C; z) for A, B, C > 0 and 0 ≤ z < 1, by the Gauss series Σ (A)_n (B)_n / ((C)_n n!) z^n. Its terms
 * are all positive, so there is no cancellation; they may grow a long way before they shrink (A = r + x with x in
 * the hundreds: the sum passes 1e308), so the partial sum is carried as a scaled number and its logarithm returned.
 * Summing stops once the remaining tail, bounded by a geometric series, is below 1e-16 of the sum.
 */
export function logHyp2f1(A: number, B: number, C: number, z: number): number {
  let term = 1;
  let sum = 1;
  let lnScale = 0;
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = ((A + n) * (B + n) * z) / ((C + n) * (n + 1));
    term *= ratio;
    sum += term;
    if (sum > BIG) {
      sum /= BIG;
      term /= BIG;
      lnScale += LN_BIG;
    }
    // The ratio tends to z; once below 1, the rest is at most a geometric tail with ratio max(ratio, z).
    const rho = max(ratio, z);
    if (ratio < 1 && (term * rho) / (1 - rho) <= 1e-16 * sum) break;
  }
  return lnScale + log(sum);
}

/**
 * The expected number of transactions in (0, t] of a customer who is alive at 0, buys at a Gamma(r, α) rate λ and
 * leaves after each transaction with a Beta(a, b) probability p:
 *
 *   G = E[(1 − e^(−λpt)) / p]
 *     = (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; z)],  z = t/(α+t)      (FHL 2005 eq. 7)
 *
 * Every BG/NBD and MBG/NBD expectation is G at prior or posterior parameters (see bgnbd.ts), and it is evaluated
 * one of two ways, each where it is well-conditioned:
 *
 * - a > 3/2: as printed, with the 2F1 in logs (logHyp2f1: r + x in the hundreds would overflow it) and the bracket
 *   as −expm1(r·ln(1−z) + ln 2F1). Here a − 1 ≥ ½ and c = a+b−1 > ½, so the division and the series are safe, and
 *   the series converges fast however large a and b are (its ratio is about (1 − a/(a+b))·z·(r+n)/(n+1)).
 *
 * - a ≤ 3/2: the printed form divides by a − 1 (a ≈ 1 is common: CDNOW's MBG/NBD has a = 0.891) and its 2F1 has
 *   c = a+b−1 ≤ 0 when a + b ≤ 1. Euler's transformation 2F1(r, b; c; z) = (1−z)^(c−r−b)·2F1(c−r, a−1; c; z)
 *   turns (α/(α+t))^r·2F1 into (1−z)^(a−1)·2F1(c−r, a−1; c; z); every term after the first of that series has the
 *   factor (a−1)_n = (a−1)·(a)_(n−1), which cancels the division, and c/(c)_n = 1/(a+b)_(n−1). With L = ln(1−z)
 *   and e = a − 1:
 *
 *     G = −c·(e^(eL) − 1)/e − e^(eL) · Σ_(n≥1) (c−r)_n (a)_(n−1) / ((a+b)_(n−1) n!) · z^n
 *
 *   whose denominators are positive for any a, b > 0. c − r = a+b−1−r does not grow with a posterior's x, so the
 *   terms shrink from the start for large x; with a ≤ 3/2 they can grow at most about e^(3/2)-fold. (For large a
 *   they would grow like e^(a·z) before shrinking, which is why large a takes the first way.)
 */
export function expectedTransactions(r: number, alpha: number, a: number, b: number, t: number): number {
  if (!(t > 0)) return 0;
  const z = t / (alpha + t);
  const L = -log1p(t / alpha);
  const c = a + b - 1;
  const e = a - 1;
  const cr = c - r;
  // Integrate instead where a series would need too many terms (t above 10^5·α or r·z above 10^5 for the first,
  // t above 2000·α for the second, whose terms can shrink only like n^(a−r−2) until z^n takes over), or where the
  // second would lose digits: with a < 1 its two parts cancel when (1−z)^(a−1) is beyond e^8, and with r far above
  // a + b its terms alternate in sign and grow like e^(|c−r|·z) before they shrink. (The quadrature is not used for
  // a > 3/2 below 10^5·α: a concentrated Beta there would fall between its nodes.)
  const series = a > 1.5 ? t <= 1e5 * alpha && r * z <= 1e5 : t <= 2000 * alpha && e * L <= 8 && -cr * z <= 30;
  if (!series) return integrateExpectation(r, alpha, a, b, t);
  // Rounding can leave a result that should be 0 a hair below it (r tiny): never report a negative count.
  if (a > 1.5) return max(0, (c / e) * -expm1(r * L + logHyp2f1(r, b, c, z)));
  let term = cr * z;
  let sum = term;
  for (let n = 1; n < MAX_TERMS && term !== 0; n++) {
    const ratio = ((cr + n) * (a + n - 1) * z) / ((a + b + n - 1) * (n + 1));
    term *= ratio;
    sum += term;
    const rho = max(abs(ratio), z);
    if (abs(ratio) < 1 && (abs(term) * rho) / (1 - rho) <= 1e-16 * abs(sum)) break;
  }
  return max(0, -c * expm1Ratio(e, L) - exp(e * L) * sum);
}

/**
 * G as the integral over p of its Beta(a, b) density times (1 − (α/(α+pt))^r)/p, by tanh-sinh quadrature
 * (p = 1/(1 + e^(−s)), s = π·sinh τ, τ in [−8, 8] by 1/32): its nodes crowd double-exponentially into both ends,
 * where a density with a or b below 1 piles up. Everything is in logs of p and 1 − p, so p may be far below the
 * smallest double; there (1 − (1+pt/α)^(−r))/p is its limit r·t/α.
 */
function integrateExpectation(r: number, alpha: number, a: number, b: number, t: number): number {
  const lnB = lnGamma(a) + lnGamma(b) - lnGamma(a + b);
  let sum = 0;
  for (let k = -256; k <= 256; k++) {
    const tau = k / 32;
    const s = Math.PI * Math.sinh(tau);
    const lnP = s < 0 ? s - log1p(exp(s)) : -log1p(exp(-s));
    const lnQ = s > 0 ? -s - log1p(exp(-s)) : -log1p(exp(s));
    const p = exp(lnP);
    const perP = p > 1e-300 ? -expm1(-r * log1p((p * t) / alpha)) / p : (r * t) / alpha;
    // the density p^(a−1) q^(b−1) / B times the Jacobian dp/dτ = p·q·π·cosh τ
    sum += exp(a * lnP + b * lnQ - lnB) * perP * Math.PI * Math.cosh(tau);
  }
  return sum / 32;
}
