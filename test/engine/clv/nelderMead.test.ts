import { nelderMead } from '../../../src/engine/clv/nelderMead';

describe('nelderMead', () => {
  test('finds the minimum of Rosenbrock’s valley in 4 dimensions', () => {
    const rosenbrock = (v: number[]) => {
      let s = 0;
      for (let i = 0; i < v.length - 1; i++) s += 100 * (v[i + 1] - v[i] ** 2) ** 2 + (1 - v[i]) ** 2;
      return s;
    };
    const found = nelderMead(rosenbrock, [-1.2, 1, -1.2, 1]);
    expect(found.f).toBeLessThan(1e-9);
    for (const x of found.x) expect(x).toBeCloseTo(1, 4);
  });

  test('treats Infinity and NaN as rejected points and still converges inside the allowed region', () => {
    const f = (v: number[]) => (v[0] < 0 ? Number.NaN : v[1] > 3 ? Number.POSITIVE_INFINITY : (v[0] - 2) ** 2 + (v[1] - 1) ** 2);
    const found = nelderMead(f, [0.1, 2.9]);
    expect(found.x[0]).toBeCloseTo(2, 5);
    expect(found.x[1]).toBeCloseTo(1, 5);
  });

  test('is deterministic', () => {
    const f = (v: number[]) => Math.cos(v[0]) + (v[1] - 0.3) ** 2;
    expect(nelderMead(f, [0.5, 0.5])).toEqual(nelderMead(f, [0.5, 0.5]));
  });

  test('stops at the iteration cap on a function without a minimum', () => {
    const found = nelderMead((v) => v[0] + v[1], [0, 0], { maxIterations: 200 });
    expect(found.iterations).toBeLessThanOrEqual(200);
    expect(found.f).toBeLessThan(-1000);
  });
});
