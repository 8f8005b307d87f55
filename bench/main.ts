// Entry of `npm run bench` (bundled and started by bench/run.mjs): runs the plan, prints the table and the JSON line.
// Progress goes to stderr so that stdout is the report alone, its last line the JSON.
import path from 'node:path';
import { FULL_PLAN, runBenchmarks, type Plan } from './figures';
import { formatReport } from './report';

/** `--quick`: sizes up to 100k and fewer runs, to try a change in seconds (figures then carry the smaller sizes' names). */
const QUICK_PLAN: Plan = {
  ...FULL_PLAN,
  sizes: [10_000, 100_000],
  abcRuns: [11, 5],
  engineRuns: [5, 3],
  segmentsRuns: 3,
  recipeRows: 1_000,
  recipeRuns: 1,
  stageRuns: 1,
  intentNotes: 100_000,
  intentRuns: 2,
};

const args = process.argv.slice(2);
const plan = args.includes('--quick') ? QUICK_PLAN : FULL_PLAN;
const bundleFile = process.env.BENCH_BUNDLE ?? path.resolve('dist/Code.js');
const started = Date.now();
const figures = runBenchmarks(bundleFile, plan, (line) => process.stderr.write(`… ${line}\n`));
process.stderr.write(`… done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
process.stdout.write(`${formatReport(figures)}\n`);
