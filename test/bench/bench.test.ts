// Runs every benchmark code path of `npm run bench` on tiny inputs, so the benchmark cannot rot unnoticed.
// No timing is asserted (the machine is shared); only that each figure is computed, from the right work.
import path from 'node:path';
import { measureAbc } from '../../bench/abc';
import { AS_OF_DAY, COLUMNS, customerRows, HEADER, revenues } from '../../bench/data';
import { classifyTable, measureEngine, segmentSheet } from '../../bench/engine';
import { FULL_PLAN, runBenchmarks, type Plan } from '../../bench/figures';
import { evaluateRecipe, positiveRevenues, recipeFormula, recipeRuleTiers, straddlingRows } from '../../bench/formulaRecipe';
import { formatReport, sizeLabel } from '../../bench/report';
import { median } from '../../bench/timing';
import { abcTiers, TIER } from '../../src/engine';

const TIER_KEYS = TIER.keys;

const BUNDLE = path.resolve(__dirname, '../../dist/Code.js');

const TINY_PLAN: Plan = {
  ...FULL_PLAN,
  sizes: [200, 2_000],
  abcRuns: [3, 3],
  engineRuns: [3, 3],
  segmentsRows: 300,
  segmentsRuns: 2,
  sheetCallRows: [20, 400],
  recipeRows: 150,
  recipeRuns: 1,
  stageRuns: 1,
  intentNotes: 2_000,
  intentRuns: 1,
  clvFormulaRows: 300,
  clvFormulaRuns: 1,
  clvSidebarRows: 400,
  clvSidebarRuns: 1,
};

describe('benchmark inputs', () => {
  test('are the same on every run and look like a customer sheet', () => {
    expect(revenues(1000)).toEqual(revenues(1000));
    const rows = customerRows(500);
    expect(rows).toEqual(customerRows(500));
    expect(rows[0]).toHaveLength(HEADER.length);
    const prospects = rows.filter((row) => row[COLUMNS.orders] === 0);
    expect(prospects.length).toBeGreaterThan(0);
    for (const row of prospects) expect(row[COLUMNS.first_purchase]).toBe('');
    const withOrders = rows.find((row) => (row[COLUMNS.orders] as number) > 1)!;
    expect(withOrders[COLUMNS.last_purchase]).toBeInstanceOf(Date);
    expect((withOrders[COLUMNS.last_purchase] as Date) <= new Date(AS_OF_DAY * 86_400_000 + 5 * 3_600_000)).toBe(true);
  });

  test('the engine reads the synthetic table without a single problem, every classification computed', () => {
    const classified = classifyTable(customerRows(2_000));
    expect(classified.table.problems).toEqual([]);
    expect(classified.computed).toEqual(['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfm', 'nextContact']);
    const whole = segmentSheet([HEADER, ...customerRows(2_000)]);
    expect(whole.match.columns).toEqual(COLUMNS);
    expect(whole.summary.length).toBe(7);
  });
});

describe('the SUMIF recipe', () => {
  test('is the formula of issue 7', () => {
    expect(recipeFormula(2, 4001)).toBe(
      '=IF(SUMIF($E$2:$E$4001,">="&E2)/SUM($E$2:$E$4001)<=0.8,"A",IF(SUMIF($E$2:$E$4001,">="&E2)/SUM($E$2:$E$4001)<=0.95,"B","C"))',
    );
  });

  test('HyperFormula gives the recipe rule, and ours differs only on values straddling a threshold', () => {
    const values = positiveRevenues(120);
    const { tiers } = evaluateRecipe(values);
    expect(tiers).toEqual(recipeRuleTiers(values));
    const ours = abcTiers(values, { method: 'share', a: 0.8, b: 0.95 }).tiers;
    const straddle = straddlingRows(values);
    values.forEach((_, i) => {
      if (TIER_KEYS[ours[i]] !== tiers[i]) expect(straddle.has(i)).toBe(true);
    });
  });

  test('tied customers on a boundary straddle it together: the recipe counts their own revenue as "above"', () => {
    // Total 100. The two 20s: 50% above them (A for us), 90% with them (B for the recipe).
    // The two 5s: 90% above them (B for us), 100% with them (C for the recipe).
    const values = [50, 20, 20, 5, 5];
    expect(recipeRuleTiers(values)).toEqual(['A', 'B', 'B', 'C', 'C']);
    expect([...straddlingRows(values)].sort()).toEqual([1, 2, 3, 4]);
    expect(Array.from(abcTiers(values, { method: 'share', a: 0.8, b: 0.95 }).tiers, (t) => TIER_KEYS[t])).toEqual([
      'A',
      'A',
      'A',
      'B',
      'B',
    ]);
  });
});

describe('the measurements', () => {
  // These run real (if tiny) timing loops: limits sized for a loaded 2-core machine; nothing here asserts a time.
  const limit = 10 * 60_000;

  test(
    'ratios are taken against the sort of the same values',
    () => {
      const abc = measureAbc(5_000, 3, 1);
      expect(abc.runs).toBe(3);
      expect(abc.workMs).toBeGreaterThan(0);
      expect(abc.baselineMs).toBeGreaterThan(0);
      const engine = measureEngine(1_000, 2, { warmup: 0, withSegmentValues: true });
      expect(engine.engine.ratio).toBeGreaterThan(0);
      expect(engine.segmentValues?.ratio).toBeGreaterThan(0);
    },
    limit,
  );

  test(
    'the whole plan runs on tiny sizes and prints a table with one JSON line last',
    () => {
      const figures = runBenchmarks(BUNDLE, TINY_PLAN);
      expect(figures.segments.outputRows).toBe(TINY_PLAN.segmentsRows + 1);
      expect(figures.segments.header).toContain('Tier');
      expect(figures.sheetCalls.map((c) => c.rows)).toEqual([20, 400]);
      for (const calls of figures.sheetCalls) expect(calls.serviceCalls).toBeGreaterThan(0);
      expect(figures.recipe.formulaVsRule).toBe(0);
      expect(figures.recipe.straddling).toBe(figures.recipe.oursVsRecipe);
      // Churn risk: every customer answered, through the formula and the sidebar; the churn modules found in the build.
      expect(Object.values(figures.clvFormula.groups).reduce((a, b) => a + b, 0)).toBe(300);
      expect(Object.keys(figures.clvFormula.groups).sort()).toEqual(['Active', 'Likely lost', 'Slipping']);
      expect(Object.values(figures.clvSidebar.groups).reduce((a, b) => a + b, 0)).toBe(400);
      expect(figures.clvBundle.modules.map((m) => m.file)).toEqual(
        expect.arrayContaining(['src/engine/clv/bgnbd.ts', 'src/engine/classify/churn.ts', 'src/engine/classifications/churn.ts']),
      );
      expect(figures.clvBundle.bytes).toBeGreaterThan(5_000);

      const report = formatReport(figures).split('\n');
      const json = JSON.parse(report[report.length - 1]);
      expect(Object.keys(json)).toEqual(
        expect.arrayContaining([
          'abc_2k_ratio',
          'engine_2k_ratio',
          'segment_values_2k_ratio',
          'segments_300_ms',
          'sheet_calls_20',
          'sheet_calls_400',
          'sheet_calls_history_20',
          'sheet_calls_history_400',
          'bundle_kb',
          'formula_recipe_ratio_150',
          'clv_fit_300_ms',
          'clv_fit_400_ms',
          'clv_bundle_kb',
          'missed',
          'growth',
        ]),
      );
      expect(Object.keys(json.growth.engine_ms)).toEqual(['200', '2k']);
      expect(report.some((line) => line.startsWith('figure'))).toBe(true);
      expect(figures.stages.map((s) => s.stage)).toContain('classifyCustomers (all seven)');
    },
    limit,
  );
});

describe('helpers', () => {
  test('size labels name the figures as issue 7 does', () => {
    expect([10_000, 100_000, 1_000_000, 4_000, 50_000, 100].map(sizeLabel)).toEqual(['10k', '100k', '1m', '4k', '50k', '100']);
  });

  test('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
