// abc_1m_ratio: ABC tiers (share method, 80/95) of n revenues over a plain Float64Array sort of the same values.
// The sort is the floor: tiers by share need the values in order, so the rest should cost little beyond it.
// Each side of a pair is the fastest of three runs (see pairedRatio).
import { abcTiers } from '../src/engine';
import { revenues } from './data';
import { fastestOf, pairedRatio, timeOnce, type Paired } from './timing';

export function measureAbc(n: number, runs: number, warmup = 2): Paired {
  const values = revenues(n);
  // Enough untimed calls for the optimising compiler to have compiled abcTiers, whatever n (small n loops little).
  for (let i = Math.ceil(3_000_000 / n); i > 0; i--) abcTiers(values, { method: 'share', a: 0.8, b: 0.95 });
  const sortOnly = () =>
    timeOnce(
      (copy: Float64Array) => copy.sort(),
      () => values.slice(),
    );
  // As short as the sort itself, so measured the same way: the fastest of three back-to-back runs.
  const tiers = () =>
    fastestOf(3, () =>
      timeOnce(
        (input: Float64Array) => abcTiers(input, { method: 'share', a: 0.8, b: 0.95 }),
        () => values,
      ),
    );
  return pairedRatio(runs, warmup, sortOnly, tiers);
}
