// Entry of `npm run bench` (bundled and started by bench/run.mjs): runs the plan, prints the table and the JSON line.
// Progress goes to stderr so that stdout is the report alone, its last line the JSON.
import path from 'node:path';
import { FULL_PLAN, runBenchmarks, type Plan } from './figures';
import { formatReport } from './report';
import { measureSql, withSqlFigures } from './sql';

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
const progress = (line: string) => process.stderr.write(`… ${line}\n`);
const figures = runBenchmarks(bundleFile, plan, progress);
// The SQL export in DuckDB (bench/sql.ts): 1M customers, and 10M with --sql-10m (about a minute and 12 GB more).
const sqlSizes = args.includes('--quick') ? [100_000] : args.includes('--sql-10m') ? [1_000_000, 10_000_000] : [1_000_000];
measureSql(sqlSizes, args.includes('--quick') ? 1 : 3, progress).then((sql) => {
  process.stderr.write(`… done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  process.stdout.write(`${withSqlFigures(formatReport(figures), sql)}\n`);
});
