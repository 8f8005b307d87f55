// BG/NBD (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", Marketing Science 24(2)) and its modified
// form MBG/NBD (Batislam, Denizel & Filiztekin 2007, IJRM 24(3); BTYDplus `mbgcnbd` with k = 1). Both: while alive a
// customer buys at a rate λ ~ Gamma(r, α) and, after a purchase, leaves with a probability p ~ Beta(a, b). BG/NBD
// only lets customers leave after a repeat purchase, so it holds every one-time buyer certainly alive; MBG/NBD also
// lets them leave right after the first purchase (one more chance to leave: b + x + 1 below instead of b + x).
import { type ClvInput, collectCustomers, type CustomerRows } from './customers';
import { minimizeFromStarts } from './nelderMead';
import { assertReady } from './readiness';
import { expectedTransactions, lnGamma } from './special';

// Math's functions as module constants: a global looked up in a hot loop is ~20× slower under jest's vm context.
const { abs, exp, log, log1p } = Math;

export type ClvModel = 'mbgnbd' | 'bgnbd';

export interface BgParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgFit {
  model: ClvModel;
  params: BgParams;
  logLik: number;
  /** Nelder–Mead iterations, summed over the starting points. */
  iterations: number;
  /** Customers fitted on, and rows left out as invalid (see isValidCustomer). */
  customers: number;
  excluded: number;
}

export interface BgFitOptions {
  /** Starting points to search from, replacing the defaults (see defaultStarts); the best fit of all is kept. */
  starts?: readonly BgParams[];
}

/** 1 when the model lets a customer leave right after the first purchase (MBG/NBD), 0 otherwise (BG/NBD). */
const dropsAtZero = (model: ClvModel): number => (model === 'mbgnbd' ? 1 : 0);

/**
 * The log-likelihood of the customers (FHL 2005 eq. 6; Batislam et al. 2007 eq. 3; BTYDplus xbgcnbd.LL, k = 1):
 *
 *   L = B(a, b+x+δ)/B(a,b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 *     + [δ = 1 or x > 0] · B(a+1, b+x+δ−1)/B(a,b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x))
 *
 * with δ = 1 for MBG/NBD. B(a+1, b+x+δ−1)/B(a, b+x+δ) = a/(b+x+δ−1), so both terms share the first factor and the
 * sum is taken as a log-sum-exp: neither (α+T)^(r+x) nor Γ(r+x) is ever formed, for any x or T.
 */
export function bgLogLikelihood(model: ClvModel, params: BgParams, rows: CustomerRows): number {
  const { r, alpha, a, b } = params;
  const d = dropsAtZero(model);
  const shared = -lnGamma(r) + r * log(alpha) - lnGamma(b) + lnGamma(a + b);
  const lnA = log(a);
  const lnAlphaT = rows.tValues.map((v) => log(alpha + v));
  const lnAlphaTx = rows.txValues.map((v) => log(alpha + v));
  const { x: xs, count, tIndex, txIndex } = rows;
  let total = 0;
  let lastX = -1;
  let rx = 0;
  let head = 0;
  let lnCoef = 0;
  let second = false;
  // Rows are sorted by x, so the Gamma terms are computed once per distinct x.
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x !== lastX) {
      lastX = x;
      rx = r + x;
      head = shared + lnGamma(rx) + lnGamma(b + x + d) - lnGamma(a + b + x + d);
      second = d === 1 || x > 0;
      lnCoef = second ? lnA - log(b + x + d - 1) : 0;
    }
    const lnT = lnAlphaT[tIndex[i]];
    let ll = head - rx * lnT;
    if (second) {
      // ln(e^u + e^v) − u with u = −(r+x)·ln(α+T), v = lnCoef − (r+x)·ln(α+t_x): the log-sum-exp, inlined.
      const w = lnCoef - rx * (lnAlphaTx[txIndex[i]] - lnT);
      ll += w > 0 ? w + log1p(exp(-w)) : log1p(exp(w));
    }
    total += count[i] * ll;
  }
  return total;
}

/** Log-parameters beyond ±LOG_BOUND (1e-13 … 4e13) are rejected: no data set supports them, and it keeps exp finite. */
const LOG_BOUND = 30;

/**
 * Starting points, scaled to the data's time unit: α = r / (mean purchase rate), so the Gamma's mean rate r/α is the
 * observed one whatever the unit (days, weeks). The four (a, b) pairs cover a dropout probability that is low and
 * concentrated, high and spread, and in between; each start is searched and the best fit kept.
 */
export function defaultStarts(rows: CustomerRows): BgParams[] {
  let purchases = 0;
  let exposure = 0;
  for (let i = 0; i < rows.x.length; i++) {
    purchases += rows.count[i] * rows.x[i];
    exposure += rows.count[i] * rows.T[i];
  }
  const rate = purchases > 0 && exposure > 0 ? purchases / exposure : 1;
  return [
    [1, 1, 1],
    [0.5, 0.7, 2.5],
    [2, 2, 0.5],
    [0.3, 3, 10],
  ].map(([r, a, b]) => ({ r, alpha: r / rate, a, b }));
}

const toLog = (p: BgParams): number[] => [log(p.r), log(p.alpha), log(p.a), log(p.b)];
const fromLog = (v: readonly number[]): BgParams => ({ r: exp(v[0]), alpha: exp(v[1]), a: exp(v[2]), b: exp(v[3]) });

/**
 * Maximum-likelihood fit by Nelder–Mead on the logs of (r, α, a, b) from several starting points. Throws a
 * NotEnoughDataError when fitReadiness says no (see readiness.ts): a fit on such data would be a wild number.
 */
export function fitBg(data: readonly ClvInput[], model: ClvModel, options: BgFitOptions = {}): BgFit {
  const rows = collectCustomers(data);
  assertReady(rows);
  const objective = (v: number[]): number => {
    if (v.some((t) => abs(t) > LOG_BOUND)) return Number.POSITIVE_INFINITY;
    return -bgLogLikelihood(model, fromLog(v), rows);
  };
  const best = minimizeFromStarts(objective, (options.starts ?? defaultStarts(rows)).map(toLog));
  if (!Number.isFinite(best.f)) throw new RangeError('clv_fit_failed');
  return {
    model,
    params: fromLog(best.x),
    logLik: -best.f,
    iterations: best.iterations,
    customers: rows.customers,
    excluded: rows.excluded,
  };
}

/**
 * P(alive at T | x, t_x, T) (FHL 2005 eq. 13; Batislam et al. 2007 eq. 5):
 *   1 / (1 + [δ = 1 or x > 0] · a/(b+x+δ−1) · ((α+T)/(α+t_x))^(r+x))
 * The power is taken in logs (log1p of the quiet time over α + t_x), so large x and T give 0 or 1, never NaN.
 * Under BG/NBD a customer with x = 0 is alive for certain; under MBG/NBD not.
 */
export function pAlive(model: ClvModel, params: BgParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const d = dropsAtZero(model);
  if (d === 0 && x === 0) return 1;
  const quiet = x === 0 ? T : T - tx;
  const lnOdds = log(a) - log(b + x + d - 1) + (r + x) * log1p(quiet / (alpha + (x === 0 ? 0 : tx)));
  return 1 / (1 + exp(lnOdds));
}

/**
 * Expected purchases in (T, T + t] of a customer with history (x, t_x, T) (FHL 2005 eq. 10; Batislam et al. 2007
 * eq. 6). Given alive at T, λ's posterior is Gamma(r+x, α+T) and p's is Beta(a, b+x+δ), and from then on the customer
 * behaves like a new BG/NBD one: P(alive) × the BG/NBD expectation at the posterior parameters.
 */
export function expectedPurchases(model: ClvModel, params: BgParams, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const alive = pAlive(model, params, x, tx, T);
  return alive === 0 ? 0 : alive * expectedTransactions(r + x, alpha + T, a, b + x + dropsAtZero(model), t);
}

/**
 * E[X(t)]: expected repeat purchases of a new customer in (0, t] (FHL 2005 eq. 7). Under MBG/NBD the customer is
 * still there after the first purchase with probability E[1−p] = b/(a+b), and if so p's posterior is Beta(a, b+1)
 * (Batislam et al. 2007 eq. 4: b/(a−1) · [1 − (α/(α+t))^r 2F1(r, b+1; a+b; t/(α+t))]).
 */
export function expectedPurchasesNew(model: ClvModel, params: BgParams, t: number): number {
  const { r, alpha, a, b } = params;
  return model === 'bgnbd' ? expectedTransactions(r, alpha, a, b, t) : (b / (a + b)) * expectedTransactions(r, alpha, a, b + 1, t);
}
