// Nelder–Mead minimisation (Nelder & Mead 1965, with the standard coefficients of Lagarias et al. 1998: reflect 1,
// expand 2, contract ½, shrink ½). Derivative-free, so the likelihoods need no gradients; the models' parameters are
// positive and are searched as logarithms, which keeps them positive and makes the simplex scale-free.

// Math's functions as module constants: a global looked up in a hot loop is ~20× slower under jest's vm context.
const { abs, max, min } = Math;

export interface Minimum {
  x: number[];
  f: number;
  /** Simplex iterations over all restarts. */
  iterations: number;
}

export interface MinimizeOptions {
  /** Size of the first simplex's steps from x0, per coordinate. */
  step?: number;
  maxIterations?: number;
  /** Stop when the simplex's values differ by at most this much (absolute)… */
  fTol?: number;
  /** …and its vertices by at most this much per coordinate. */
  xTol?: number;
  /** Searches again from the best point with a fresh, smaller simplex, up to this many times (see nelderMead). */
  restarts?: number;
}

/**
 * Minimises f from x0. A simplex can collapse onto a line or stall on a ridge and report a false convergence, so the
 * search is restarted from its best point with a fresh simplex until a restart no longer improves (at most 4 times).
 * f may return Infinity (or NaN, treated as Infinity) to reject a point.
 */
export function nelderMead(f: (x: number[]) => number, x0: readonly number[], options: MinimizeOptions = {}): Minimum {
  const { step = 0.5, maxIterations = 5000, fTol = 1e-9, xTol = 1e-8, restarts = 4 } = options;
  let best = search(f, x0, step, maxIterations, fTol, xTol);
  for (let restart = 0; restart < restarts && best.iterations < maxIterations; restart++) {
    const again = search(f, best.x, step / 4, maxIterations - best.iterations, fTol, xTol);
    const improved = again.f < best.f - fTol;
    best = { x: again.f < best.f ? again.x : best.x, f: min(again.f, best.f), iterations: best.iterations + again.iterations };
    if (!improved) break;
  }
  return best;
}

/**
 * The best minimum from several starting points: each start is searched to a loose tolerance (enough to tell the
 * basins apart), then only the best is polished to the full one. Ties go to the earlier start.
 */
export function minimizeFromStarts(f: (x: number[]) => number, starts: readonly (readonly number[])[]): Minimum {
  let best: Minimum | null = null;
  let iterations = 0;
  for (const start of starts) {
    const rough = nelderMead(f, start, { fTol: 1e-3, xTol: 1e-3, restarts: 0 });
    iterations += rough.iterations;
    if (!best || rough.f < best.f) best = rough;
  }
  if (!best) throw new RangeError('no_starting_point');
  const polished = nelderMead(f, best.x, { step: 0.05 });
  return polished.f <= best.f ? { ...polished, iterations: iterations + polished.iterations } : { ...best, iterations };
}

function search(f: (x: number[]) => number, x0: readonly number[], step: number, maxIterations: number, fTol: number, xTol: number) {
  const n = x0.length;
  const value = (x: number[]): number => {
    const v = f(x);
    return Number.isNaN(v) ? Number.POSITIVE_INFINITY : v;
  };
  const simplex: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const vertex = x0.slice();
    vertex[i] += step;
    simplex.push(vertex);
  }
  const values = simplex.map(value);
  const order = simplex.map((_, i) => i);
  const along = (centroid: number[], worst: number[], t: number) => centroid.map((c, j) => c + t * (c - worst[j]));

  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    // Ties keep their earlier order, so the search is a deterministic function of f and x0.
    order.sort((i, j) => values[i] - values[j] || i - j);
    const lo = order[0];
    const hi = order[n];
    const fSpread = values[hi] - values[lo];
    let xSpread = 0;
    for (const v of simplex) for (let j = 0; j < n; j++) xSpread = max(xSpread, abs(v[j] - simplex[lo][j]));
    if (fSpread <= fTol && xSpread <= xTol) break;
    // Without a spread in values (a flat or all-Infinity region) only the size of the simplex can decide.
    if (!(fSpread <= fTol) && xSpread <= xTol * 1e-3) break;

    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let j = 0; j < n; j++) centroid[j] += simplex[order[k]][j] / n;
    const worst = simplex[hi];
    const reflected = along(centroid, worst, 1);
    const fr = value(reflected);
    const secondWorst = values[order[n - 1]];
    if (fr < values[lo]) {
      const expanded = along(centroid, worst, 2);
      const fe = value(expanded);
      replace(hi, fe < fr ? expanded : reflected, min(fe, fr));
    } else if (fr < secondWorst) {
      replace(hi, reflected, fr);
    } else {
      // Contract towards the better of the worst point and its reflection.
      const outside = fr < values[hi];
      const contracted = along(centroid, worst, outside ? 0.5 : -0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : values[hi])) {
        replace(hi, contracted, fc);
      } else {
        for (const i of order.slice(1)) {
          simplex[i] = simplex[i].map((v, j) => simplex[lo][j] + 0.5 * (v - simplex[lo][j]));
          values[i] = value(simplex[i]);
        }
      }
    }
  }
  order.sort((i, j) => values[i] - values[j] || i - j);
  return { x: simplex[order[0]], f: values[order[0]], iterations };

  function replace(i: number, x: number[], fx: number) {
    simplex[i] = x;
    values[i] = fx;
  }
}
