// `npm run bench`: bundles bench/main.ts (TypeScript: the engine, the fakes, HyperFormula) with esbuild into a
// temporary file and runs it in a child node with --expose-gc, so each timed run starts from a collected heap.
//   node bench/run.mjs [--quick] [--sql-10m] [--cpu-prof]    (--cpu-prof writes .cpuprofile files to bench/profiles/)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundleFile = path.join(root, 'dist', 'Code.js');
if (!fs.existsSync(bundleFile)) {
  console.error('dist/Code.js is missing: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

const args = process.argv.slice(2);
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'customer-segments-bench-'));
const outfile = path.join(outDir, 'bench.cjs');
try {
  await esbuild.build({
    entryPoints: [path.join(root, 'bench', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // The syntax level dist/Code.js ships with (src/build/build.mjs SERVER_TARGET), so the engine runs as lowered there.
    target: 'es2019',
    sourcemap: 'inline',
    logLevel: 'warning',
    // DuckDB (bench/sql.ts) is a native package: required at run time from node_modules (NODE_PATH below).
    // esbuild (bench/clv.ts, clv_bundle_kb) cannot be bundled either: buildSync starts a worker thread on the file that
    // holds esbuild's API. Bundled, that file is this bench, so the worker ran the whole bench again and then failed
    // to find esbuild's binary, while the main thread waited in Atomics.wait for an answer that never came.
    external: ['@duckdb/node-api', 'esbuild'],
  });
  const nodeFlags = ['--expose-gc', '--enable-source-maps'];
  if (args.includes('--cpu-prof')) nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${path.join(root, 'bench', 'profiles')}`);
  const child = spawnSync(process.execPath, [...nodeFlags, outfile, ...args.filter((a) => a !== '--cpu-prof')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_BUNDLE: bundleFile, NODE_PATH: path.join(root, 'node_modules') },
  });
  process.exitCode = child.status ?? 1;
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
