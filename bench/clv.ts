// Churn risk and value (issue 14), through dist/Code.js:
// - clv_fit_10k_ms: CUSTOMER_CHURN on 10,000 customers, cold (a fresh V8 realm, the bundle compiled and run in it,
//   then the call, which fits the Modified BG/NBD inside it), as one recalculation costs in Sheets;
// - clv_fit_100k_ms: the sidebar's preview with churn risk chosen on 100,000 customers (read the sheet, fit both
//   models, score and value everyone, summarise), against the fakes;
// - clv_bundle_kb: what the churn code adds to dist/Code.js, from esbuild's own attribution of output bytes to inputs
//   in a build with the same options (the maths in src/engine/clv/ and the churn classification's modules).
// Customers are simulated from CDNOW's published MBG/NBD parameters in days (a 90-day cohort watched 275–365 days),
// seeded, with order values around $40.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { createFakeApps, fakeSpreadsheetFromRows, SpreadsheetModel } from '../emulator';
import { fromContext, toContext } from '../emulator/loadBundle';
import { AS_OF_DAY, LOCALE, TIME_ZONE } from './data';
import { median, settle } from './timing';

const SILENT_CONSOLE = { log() {}, info() {}, warn() {}, error() {}, debug() {} };
const AS_OF = '2026-11-01';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gamma(shape, 1) by Marsaglia–Tsang (boosted below shape 1). */
function gamma(u: () => number, shape: number): number {
  if (shape < 1) return gamma(u, shape + 1) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      const z = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
      x = z;
      v = 1 + c * z;
    } while (v <= 0);
    v = v ** 3;
    if (Math.log(1 - u()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Rows [first, last, orders, revenue] as Sheets hands them over: Dates at midnight in the zone, numbers. */
export function clvRows(n: number, seed = 14): [Date, Date, number, number][] {
  const u = seeded(seed);
  // CDNOW's MBG/NBD fit in weeks, in days: α × 7.
  const r = 0.525;
  const alpha = 6.183 * 7;
  const a = 0.891;
  const b = 1.614;
  const out: [Date, Date, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const lambda = gamma(u, r) / alpha;
    const ga = gamma(u, a);
    const p = ga / (ga + gamma(u, b));
    const T = 275 + Math.floor(u() * 90);
    let day = 0;
    let orders = 1;
    let t = 0;
    let alive = u() >= p;
    while (alive) {
      t += -Math.log(1 - u()) / lambda;
      if (!(t <= T)) break;
      const d = Math.ceil(t);
      if (d > day) {
        orders++;
        day = d;
      }
      alive = u() >= p;
    }
    const first = AS_OF_DAY - T;
    const spend = 15 + 50 * gamma(u, 2) * 0.4;
    out.push([midnight(first), midnight(first + day), orders, Math.round(spend * orders * 100) / 100]);
  }
  return out;
}

function midnight(day: number): Date {
  const d = new Date(day * 86_400_000);
  // Midnight in America/New_York: 05:00 UTC (04:00 in summer time) is close enough for a whole day's date cell.
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 5));
}

export interface ClvFitFigure {
  customers: number;
  totalMs: number;
  loadMs: number;
  callMs: number;
  runs: number;
  /** Customers in each group, to show every row was answered. */
  groups: Record<string, number>;
}

/** CUSTOMER_CHURN cold through the bundle. */
export function measureClvFormula(bundleFile: string, n: number, runs: number): ClvFitFigure {
  const source = fs.readFileSync(bundleFile, 'utf8');
  const rows = clvRows(n);
  const loads: number[] = [];
  const calls: number[] = [];
  const totals: number[] = [];
  let groups: Record<string, number> = {};
  for (let run = 0; run < runs; run++) {
    const apps = createFakeApps({
      spreadsheet: new SpreadsheetModel({ locale: LOCALE, timeZone: TIME_ZONE }),
      authMode: 'CUSTOM_FUNCTION',
    });
    const script = `${source}\n// clv bench run ${run}\n`;
    settle();
    const start = performance.now();
    const ctx = vm.createContext({ console: SILENT_CONSOLE, ...apps.globals() });
    new vm.Script(script, { filename: 'Code.js' }).runInContext(ctx);
    const loaded = performance.now();
    apps.setRealm(vm.runInContext('({ Date: Date, Array: Array, Object: Object })', ctx));
    const args = [rows.map((r) => [r[2]]), rows.map((r) => [r[0]]), rows.map((r) => [r[1]])].map((a) => toContext(ctx, a));
    const callStart = performance.now();
    const answer = (ctx.CUSTOMER_CHURN as (...a: unknown[]) => unknown)(...args, AS_OF);
    const end = performance.now();
    const out = fromContext(answer) as unknown[][];
    if (out.length !== n) throw new Error(`CUSTOMER_CHURN answered ${out.length} rows for ${n}`);
    groups = {};
    for (const row of out) groups[String(row[1])] = (groups[String(row[1])] ?? 0) + 1;
    loads.push(loaded - start);
    calls.push(end - callStart);
    totals.push(loaded - start + (end - callStart));
  }
  return { customers: n, totalMs: median(totals), loadMs: median(loads), callMs: median(calls), runs, groups };
}

/** sidebarPreview with churn risk chosen (and it alone, so the figure is the fit's), through the bundle. */
export function measureClvSidebar(bundleFile: string, n: number, runs: number): ClvFitFigure {
  const script = new vm.Script(fs.readFileSync(bundleFile, 'utf8'), { filename: 'Code.js' });
  const rows = clvRows(n);
  const spreadsheet = fakeSpreadsheetFromRows(
    [['Customer', 'First order', 'Last order', 'Orders', 'Total spent'], ...rows.map((r, i) => [`Customer ${i + 1}`, ...r])],
    { sheetName: 'Customers', locale: LOCALE, timeZone: TIME_ZONE },
  );
  const request = { columns: {}, settings: { classifications: ['churn'], mainGrouping: 'churn' }, asOf: AS_OF };
  const times: number[] = [];
  let groups: Record<string, number> = {};
  for (let run = 0; run < runs; run++) {
    const apps = createFakeApps({ spreadsheet, userLocale: 'en' });
    const ctx = vm.createContext({ console: SILENT_CONSOLE, ...apps.globals() });
    script.runInContext(ctx);
    apps.setRealm(vm.runInContext('({ Date: Date, Array: Array, Object: Object })', ctx));
    settle();
    const start = performance.now();
    try {
      const answer = fromContext((ctx.sidebarPreview as (r: unknown) => unknown)(toContext(ctx, request))) as {
        ok: boolean;
        message?: string;
        churn: { fitted: boolean } | null;
        classifications: { groups: { group: string; customers: number }[] }[];
      };
      times.push(performance.now() - start);
      if (!answer.ok || !answer.churn?.fitted) throw new Error(`sidebarPreview did not fit: ${String(answer.message ?? 'not fitted')}`);
      groups = Object.fromEntries(answer.classifications[0].groups.map((g) => [g.group, g.customers]));
    } finally {
      apps.endExecution();
    }
  }
  return { customers: n, totalMs: median(times), loadMs: 0, callMs: median(times), runs, groups };
}

export interface ClvBundleFigure {
  /** Bytes esbuild attributes to the churn modules in the minified bundle. */
  bytes: number;
  modules: { file: string; bytes: number }[];
}

const CHURN_MODULE = /^src\/engine\/(clv\/|classify\/churn\.ts|classify\/chance\.ts|classifications\/churn\.ts)/;

/** The churn code's share of the server bundle, built as src/build/build.mjs builds it (minified, es2019, iife). */
export function measureClvBundle(root: string): ClvBundleFigure {
  const result = esbuild.buildSync({
    entryPoints: [path.join(root, 'src/server/index.ts')],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'Lib_',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2019',
    minify: true,
    treeShaking: true,
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(output.inputs)
    .filter(([file]) => CHURN_MODULE.test(file))
    .map(([file, v]) => ({ file, bytes: v.bytesInOutput }))
    .sort((p, q) => q.bytes - p.bytes);
  return { bytes: modules.reduce((s, m) => s + m.bytes, 0), modules };
}
