// Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: Using Iso-Value Curves for Customer Base
// Analysis", JMR 42(4); the note "The Gamma-Gamma Model of Monetary Value", Fader & Hardie 2013). A customer's
// transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, independent of how often they buy; the
// data are each repeat buyer's x and mean spend per repeat purchase zbar (called m below).
import { minimizeFromStarts } from './nelderMead';
import { assertSpendReady, type SpendInput } from './readiness';
import { lnGamma } from './special';

// Math's functions as module constants: a global looked up in a hot loop is ~20× slower under jest's vm context.
const { abs, exp, log } = Math;

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLik: number;
  iterations: number;
  /** Repeat buyers fitted on, and repeat buyers left out for a zero, negative or missing mean spend. */
  buyers: number;
  nonPositive: number;
}

interface SpendRows {
  x: number[];
  m: number[];
  /** ln m, which does not depend on the parameters: taken once, not once per likelihood evaluation. */
  lnM: number[];
  count: number[];
}

/** Distinct (x, m) of the usable repeat buyers, sorted so that the input's order changes nothing. */
function collectSpend(data: readonly SpendInput[]): SpendRows {
  const counts = new Map<string, { x: number; m: number; n: number }>();
  for (const c of data) {
    if (!(Number.isInteger(c.x) && c.x > 0 && Number.isFinite(c.zbar) && c.zbar > 0)) continue;
    const key = `${c.x} ${c.zbar}`;
    const row = counts.get(key);
    if (row) row.n++;
    else counts.set(key, { x: c.x, m: c.zbar, n: 1 });
  }
  const rows = [...counts.values()].sort((u, v) => u.x - v.x || u.m - v.m);
  return { x: rows.map((r) => r.x), m: rows.map((r) => r.m), lnM: rows.map((r) => log(r.m)), count: rows.map((r) => r.n) };
}

/**
 * Σ ln f(m | x) with f(m | p, q, γ, x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q m^(px−1) x^(px) / (γ + m x)^(px+q)
 * (Fader & Hardie 2013 eq. 3; lifetimes' GammaGammaFitter), taken in logs throughout.
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, rows: SpendRows): number {
  const { p, q, gamma } = params;
  const shared = -lnGamma(q) + q * log(gamma);
  let total = 0;
  let lastX = -1;
  let head = 0;
  for (let i = 0; i < rows.x.length; i++) {
    const x = rows.x[i];
    const px = p * x;
    if (x !== lastX) {
      lastX = x;
      head = shared + lnGamma(px + q) - lnGamma(px) + px * log(x);
    }
    const m = rows.m[i];
    total += rows.count[i] * (head + (px - 1) * rows.lnM[i] - (px + q) * log(gamma + m * x));
  }
  return total;
}

const LOG_BOUND = 30;

/**
 * q is searched as q = 1 + e^θ, i.e. kept above 1: the mean spend of a customer with no history is pγ/(q−1), finite
 * only for q > 1, and every expected value below needs it. On data whose unconstrained fit has q ≤ 1 (spend so
 * heavy-tailed that its population mean does not exist) the fit stops near q = 1 and the prior mean is very large;
 * on CDNOW (q = 3.74) the constraint does not bind.
 */
const toLog = (g: GammaGammaParams): number[] => [log(g.p), log(g.q - 1), log(g.gamma)];
const fromLog = (v: readonly number[]): GammaGammaParams => ({ p: exp(v[0]), q: 1 + exp(v[1]), gamma: exp(v[2]) });

/** Maximum-likelihood fit of (p, q, γ) on the repeat buyers with positive mean spend, from several starts. */
export function fitGammaGamma(data: readonly SpendInput[], options: { starts?: readonly GammaGammaParams[] } = {}): GammaGammaFit {
  const { buyers, nonPositive } = assertSpendReady(data);
  const rows = collectSpend(data);
  let total = 0;
  for (let i = 0; i < rows.m.length; i++) total += rows.count[i] * rows.m[i];
  const mean = total / buyers;
  // Each start has prior mean pγ/(q−1) equal to the observed mean spend; they differ in how much customers differ.
  const starts = options.starts ?? [
    { p: 1, q: 2, gamma: mean },
    { p: 5, q: 3, gamma: (mean * 2) / 5 },
    { p: 20, q: 10, gamma: (mean * 9) / 20 },
  ];
  const objective = (v: number[]): number => {
    if (v.some((t) => abs(t) > LOG_BOUND)) return Number.POSITIVE_INFINITY;
    return -gammaGammaLogLikelihood(fromLog(v), rows);
  };
  const best = minimizeFromStarts(objective, starts.map(toLog));
  if (!Number.isFinite(best.f)) throw new RangeError('clv_fit_failed');
  return { params: fromLog(best.x), logLik: -best.f, iterations: best.iterations, buyers, nonPositive };
}

/**
 * The expected mean spend per purchase of a customer with x repeat purchases of mean m (FHL 2005 "RFM and CLV" eq. 2;
 * lifetimes' conditional_expected_average_profit):
 *
 *   E[M | x, m] = (γ + m x) p / (p x + q − 1) = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m,
 *
 * a weighted mean of the population's pγ/(q−1) and the customer's own m. With x = 0 (or no usable m) it is the
 * population's mean. A repeat buyer whose mean spend is zero or negative (returns, free orders) is outside the
 * model, which was fitted without them; their expected spend is taken as 0 rather than lifted to the population's.
 */
export function expectedSpend(params: GammaGammaParams, x: number, zbar: number): number {
  const { p, q, gamma } = params;
  if (!(x > 0) || !Number.isFinite(zbar)) return (p * gamma) / (q - 1);
  if (zbar <= 0) return 0;
  return ((gamma + zbar * x) * p) / (p * x + q - 1);
}
