// Timing helpers for the benchmarks: medians of several runs, and ratios taken run by run in the same process so
// that a noisy neighbour on the shared machine slows both sides of a ratio alike.
import { performance } from 'node:perf_hooks';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Collects garbage between runs when node runs with --expose-gc (bench/run.mjs does), so one run's garbage is not
 * billed to the next. Then waits while V8 sweeps in the background: right after a full collection of a large heap
 * that work slows a 1M-value sort by half on this 2-core machine (measured: 128 ms instead of 87 ms).
 */
export function settle(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  Atomics.wait(pause, 0, 0, Math.min(250, Math.max(5, heapMb / 2)));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds of one call of `work`; `prepare` runs first, untimed (e.g. a fresh copy to sort). */
export function timeOnce<T>(work: (input: T) => unknown, prepare: () => T): number {
  const input = prepare();
  settle();
  const start = performance.now();
  work(input);
  return performance.now() - start;
}

export interface Paired {
  /** Median milliseconds of the measured work and of the baseline. */
  workMs: number;
  baselineMs: number;
  /** Median of the per-run ratios work / baseline (each pair measured back to back). */
  ratio: number;
  runs: number;
}

/** Back-to-back baseline runs per pair; the fastest counts, so a burst of noise cannot shrink a ratio. */
const BASELINE_REPEATS = 3;

/** Fastest of `repeats` back-to-back runs of `run` (each returns its own milliseconds). */
export function fastestOf(repeats: number, run: () => number): number {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) best = Math.min(best, run());
  return best;
}

/**
 * Runs baseline and work alternately `runs` times after `warmup` unmeasured rounds (to let the JIT settle) and
 * reports the median of each and the median of the per-run ratios. The baseline of a pair is the fastest of
 * BASELINE_REPEATS runs: on this shared VM a short sort is easily slowed twofold for a moment, which would
 * flatter the ratio; taking its best time keeps the ratio conservative. Work as short as the sort (ABC tiers) should
 * be passed as `() => fastestOf(3, …)` too, so both sides are measured alike.
 */
export function pairedRatio(runs: number, warmup: number, baseline: () => number, work: () => number): Paired {
  for (let i = 0; i < warmup; i++) {
    baseline();
    work();
  }
  const baselineTimes: number[] = [];
  const workTimes: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const b = fastestOf(BASELINE_REPEATS, baseline);
    const w = work();
    baselineTimes.push(b);
    workTimes.push(w);
    ratios.push(w / b);
  }
  return { workMs: median(workTimes), baselineMs: median(baselineTimes), ratio: median(ratios), runs };
}

/** Median per-call milliseconds of a fast call: `batch` calls per sample, `samples` samples. */
export function perCallMs(samples: number, batch: number, call: () => unknown): number {
  for (let i = 0; i < batch; i++) call();
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    settle();
    const start = performance.now();
    for (let i = 0; i < batch; i++) call();
    times.push((performance.now() - start) / batch);
  }
  return median(times);
}
