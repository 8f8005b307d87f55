// Shared by the lifetime-value tests: the CDNOW fixture, a seeded simulator of BG/NBD customers, and an independent
// numerical integral to check the series against.
import fs from 'node:fs';
import path from 'node:path';
import type { BgParams, ClvInput } from '../../../src/engine/clv';

const CDNOW = path.join(__dirname, '../../fixtures/cdnow');

export interface CdnowCustomer extends ClvInput {
  zbar: number;
}

/** The 2,357 CDNOW customers (weeks): x, t_x, T and the mean spend per repeat purchase. */
export function cdnowCustomers(): CdnowCustomer[] {
  const lines = fs.readFileSync(path.join(CDNOW, 'cdnow_customers_summary_with_transactions.csv'), 'utf8').trim().split('\n');
  expect(lines[0].trim()).toBe('ID,x,t_x,T,zbar');
  return lines.slice(1).map((line) => {
    const [, x, tx, T, zbar] = line.split(',').map(Number);
    return { x, tx, T, zbar };
  });
}

/** mulberry32: a tiny seeded generator of uniforms in [0, 1), so that simulated data are the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Gamma(shape, rate 1) by Marsaglia & Tsang (2000), with the u^(1/k) boost for shapes below 1. */
function gamma(u: () => number, shape: number): number {
  if (shape < 1) return gamma(u, shape + 1) * (1 - u()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(u);
    const v = (1 + c * z) ** 3;
    if (v > 0 && Math.log(1 - u()) < (z * z) / 2 + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * n customers drawn from BG/NBD (or MBG/NBD with dropAtZero) with the given parameters, in days: each first buys on
 * a day of a 90-day cohort and is observed to day 90 + `observed`; purchases on the same day merge, as in the
 * usual summaries, so x counts distinct later days, and times are whole days.
 */
export function simulateCustomers(
  n: number,
  params: BgParams,
  seed: number,
  options: { observed?: number; dropAtZero?: boolean } = {},
): ClvInput[] {
  const u = seeded(seed);
  const observed = options.observed ?? 275;
  const out: ClvInput[] = [];
  for (let i = 0; i < n; i++) {
    const lambda = gamma(u, params.r) / params.alpha;
    const ga = gamma(u, params.a);
    const p = ga / (ga + gamma(u, params.b));
    const T = observed + Math.floor(u() * 90);
    let day = 0;
    let x = 0;
    let t = 0;
    let alive = !(options.dropAtZero && u() < p);
    while (alive) {
      t += -Math.log(1 - u()) / lambda;
      if (!(t <= T)) break;
      const d = Math.ceil(t);
      if (d > day) {
        x++;
        day = d;
      }
      alive = u() >= p;
    }
    out.push({ x, tx: day, T });
  }
  return out;
}

/**
 * ∫₀¹ g(p) dp by tanh-sinh quadrature (p = 1/(1 + e^(−π sinh τ)), τ in [−8.5, 8.5] by 1/64), accurate to about
 * 1e-12 even with the integrable endpoint singularities of a Beta density with a or b below 1, down to p near
 * e^(−7700). f gets ln p and ln(1 − p), each accurate near its own end, and returns g(p)·p·(1 − p) (the
 * Jacobian's p(1 − p) folded in, so that it can work in logs throughout).
 */
export function integrateUnit(f: (lnP: number, lnQ: number) => number): number {
  const h = 1 / 64;
  let sum = 0;
  for (let k = -8.5 * 64; k <= 8.5 * 64; k++) {
    const tau = k * h;
    const s = Math.PI * Math.sinh(tau);
    // ln(1/(1+e^(−s))) and ln(1/(1+e^s)) without overflowing e^|s|
    const lnP = s < 0 ? s - Math.log1p(Math.exp(s)) : -Math.log1p(Math.exp(-s));
    const lnQ = s > 0 ? -s - Math.log1p(Math.exp(-s)) : -Math.log1p(Math.exp(s));
    sum += f(lnP, lnQ) * Math.PI * Math.cosh(tau);
  }
  return sum * h;
}

const lnBeta = (a: number, b: number) => lnGammaRef(a) + lnGammaRef(b) - lnGammaRef(a + b);

/** ln Γ by Stirling's series after shifting the argument above 20: independent of the Lanczos one under test. */
export function lnGammaRef(x: number): number {
  let shift = 0;
  let y = x;
  while (y < 20) {
    shift += Math.log(y);
    y += 1;
  }
  const y2 = 1 / (y * y);
  const series = (1 / 12 - y2 * (1 / 360 - y2 * (1 / 1260 - y2 / 1680))) / y;
  return (y - 0.5) * Math.log(y) - y + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

/** E over p ~ Beta(a, b), λ ~ Gamma(r, α) of (1 − e^(−λpt))/p: the BG/NBD expectation, by direct integration. */
export function expectedTransactionsByIntegral(r: number, alpha: number, a: number, b: number, t: number): number {
  const lnB = lnBeta(a, b);
  return integrateUnit((lnP, lnQ) => {
    const p = Math.exp(lnP);
    // (1 − (1 + pt/α)^(−r))/p, which is r·t/α in the limit p → 0
    const perP = p > 1e-300 ? -Math.expm1(-r * Math.log1p((p * t) / alpha)) / p : (r * t) / alpha;
    return Math.exp(a * lnP + b * lnQ - lnB) * perP;
  });
}
