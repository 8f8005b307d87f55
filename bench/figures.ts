// Runs every benchmark and gathers the figures of issue 7. Sizes and run counts are parameters so that the test can
// run the same code paths on tiny inputs; `FULL_PLAN` is what `npm run bench` measures.
import fs from 'node:fs';
import { measureAbc } from './abc';
import { measureClvBundle, measureClvFormula, measureClvSidebar, type ClvBundleFigure, type ClvFitFigure } from './clv';
import path from 'node:path';
import { measureEngine } from './engine';
import { measureIntent, type IntentFigure } from './intent';
import { measureRecipe, type RecipeFigure } from './formulaRecipe';
import { measureSegments, type SegmentsFigure } from './segments';
import { measureSheetCalls, type SheetCallsFigure } from './sheetCalls';

/** Runs already in the history before the Apply counted by sheet_calls_history_N. */
const HISTORY_RUNS = 12;
import { measureStages, type Stage } from './stages';
import type { Paired } from './timing';

export interface Plan {
  /** Sizes for the growth of the engine figures; the last one is the headline (1M in the full plan). */
  sizes: number[];
  /** Runs per size (same order as sizes) of the ABC figure and of the engine figures. */
  abcRuns: number[];
  engineRuns: number[];
  /** segmentValues (with summary) beside readCustomerTable + classifyCustomers. */
  withSegmentValues: boolean;
  segmentsRows: number;
  segmentsRuns: number;
  sheetCallRows: [number, number];
  recipeRows: number;
  recipeRuns: number;
  /** Runs of the engine breakdown at the largest size (0: no breakdown). */
  stageRuns: number;
  /** Notes read by the intent figure, and its paired runs. */
  intentNotes: number;
  intentRuns: number;
  /** Churn risk (issue 14): CUSTOMER_CHURN cold on clvFormulaRows, the sidebar's fit on clvSidebarRows. */
  clvFormulaRows: number;
  clvFormulaRuns: number;
  clvSidebarRows: number;
  clvSidebarRuns: number;
}

export const FULL_PLAN: Plan = {
  sizes: [10_000, 100_000, 1_000_000],
  abcRuns: [21, 11, 7],
  engineRuns: [11, 7, 5],
  withSegmentValues: true,
  segmentsRows: 10_000,
  segmentsRuns: 7,
  sheetCallRows: [100, 50_000],
  recipeRows: 4_000,
  recipeRuns: 3,
  stageRuns: 3,
  intentNotes: 1_000_000,
  intentRuns: 3,
  clvFormulaRows: 10_000,
  clvFormulaRuns: 3,
  clvSidebarRows: 100_000,
  clvSidebarRuns: 1,
};

/** Growth of one engine figure over the plan's sizes. */
export interface Growth {
  sizes: number[];
  ms: number[];
  sortMs: number[];
  ratio: number[];
}

export interface Figures {
  plan: Plan;
  abc: Growth;
  engine: Growth;
  segmentValues?: Growth;
  segments: SegmentsFigure;
  sheetCalls: [SheetCallsFigure, SheetCallsFigure];
  /** The same Applies after 12 earlier runs in the history. */
  historyCalls: [SheetCallsFigure, SheetCallsFigure];
  bundleBytes: number;
  recipe: RecipeFigure;
  /** The engine figure's time by stage at the largest size. */
  stages: Stage[];
  intent: IntentFigure;
  clvFormula: ClvFitFigure;
  clvSidebar: ClvFitFigure;
  clvBundle: ClvBundleFigure;
}

function growthOf(sizes: number[], measured: Paired[]): Growth {
  return {
    sizes,
    ms: measured.map((m) => m.workMs),
    sortMs: measured.map((m) => m.baselineMs),
    ratio: measured.map((m) => m.ratio),
  };
}

export function runBenchmarks(bundleFile: string, plan: Plan, progress: (line: string) => void = () => {}): Figures {
  const abc: Paired[] = [];
  const engine: Paired[] = [];
  const whole: Paired[] = [];
  plan.sizes.forEach((n, k) => {
    progress(`abc tiers, ${n} revenues`);
    abc.push(measureAbc(n, plan.abcRuns[k]));
    progress(`engine, ${n} customers`);
    const measured = measureEngine(n, plan.engineRuns[k], { withSegmentValues: plan.withSegmentValues });
    engine.push(measured.engine);
    if (measured.segmentValues) whole.push(measured.segmentValues);
  });
  const largest = plan.sizes[plan.sizes.length - 1];
  progress(`engine stages, ${largest} customers`);
  const stages = plan.stageRuns > 0 ? measureStages(largest, plan.stageRuns) : [];
  progress(`CUSTOMER_SEGMENTS cold, ${plan.segmentsRows} rows`);
  const segments = measureSegments(bundleFile, plan.segmentsRows, plan.segmentsRuns);
  progress(`sidebarApply, ${plan.sheetCallRows.join(' and ')} rows`);
  const sheetCalls = plan.sheetCallRows.map((n) => measureSheetCalls(bundleFile, n)) as [SheetCallsFigure, SheetCallsFigure];
  progress(`sidebarApply after ${HISTORY_RUNS} earlier runs, ${plan.sheetCallRows.join(' and ')} rows`);
  const historyCalls = plan.sheetCallRows.map((n) => measureSheetCalls(bundleFile, n, HISTORY_RUNS)) as [
    SheetCallsFigure,
    SheetCallsFigure,
  ];
  progress(`SUMIF recipe in HyperFormula, ${plan.recipeRows} rows`);
  const recipe = measureRecipe(bundleFile, plan.recipeRows, plan.recipeRuns);
  progress(`intent, ${plan.intentNotes} notes, against the reader before issue 13`);
  const intent = measureIntent(plan.intentNotes, plan.intentRuns);
  progress(`CUSTOMER_CHURN cold, ${plan.clvFormulaRows} customers`);
  const clvFormula = measureClvFormula(bundleFile, plan.clvFormulaRows, plan.clvFormulaRuns);
  progress(`sidebarPreview with churn risk, ${plan.clvSidebarRows} customers`);
  const clvSidebar = measureClvSidebar(bundleFile, plan.clvSidebarRows, plan.clvSidebarRuns);
  progress('churn code in the bundle, esbuild metafile');
  const clvBundle = measureClvBundle(path.resolve(path.dirname(bundleFile), '..'));
  return {
    plan,
    abc: growthOf(plan.sizes, abc),
    engine: growthOf(plan.sizes, engine),
    segmentValues: whole.length ? growthOf(plan.sizes, whole) : undefined,
    segments,
    sheetCalls,
    historyCalls,
    bundleBytes: fs.statSync(bundleFile).size,
    recipe,
    stages,
    intent,
    clvFormula,
    clvSidebar,
    clvBundle,
  };
}
