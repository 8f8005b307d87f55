// formula_recipe_ratio_N: the per-row SUMIF recipe people use today for ABC tiers, evaluated by a real formula
// engine (HyperFormula), over CUSTOMER_TIER of the warm bundle answering the same range. Both start from cells and
// end with a tier per row. The recipe's boundary rule differs from DOMAIN.md's (it counts a customer's own value
// in "the share above"), so the tiers are checked to agree everywhere except on the one value straddling each threshold.
import fs from 'node:fs';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import { HyperFormula } from 'hyperformula';
import { createFakeApps, SpreadsheetModel } from '../emulator';
import { fromContext, toContext } from '../emulator/loadBundle';
import { LOCALE, revenues, TIME_ZONE } from './data';
import { median, perCallMs, settle } from './timing';

const A = 0.8;
const B = 0.95;

/** The recipe of issue 7 for sheet row `row`, over revenues in E2:E(last). */
export function recipeFormula(row: number, lastRow: number): string {
  const share = `SUMIF($E$2:$E$${lastRow},">="&E${row})/SUM($E$2:$E$${lastRow})`;
  return `=IF(${share}<=${A},"A",IF(${share}<=${B},"B","C"))`;
}

/** n positive revenues with cents (the recipe has no rule for zero or negative revenue). */
export function positiveRevenues(n: number): number[] {
  const out: number[] = [];
  const pool = revenues(2 * n + 100, 7);
  for (let i = 0; i < pool.length && out.length < n; i++) if (pool[i] > 0) out.push(pool[i]);
  return out;
}

/** The tiers the recipe's rule gives: share of customers with a value ≥ x (the customer included) ≤ a → A, ≤ b → B. */
export function recipeRuleTiers(values: readonly number[]): string[] {
  const { total, byValue } = distinctValues(values);
  return values.map((v) => {
    const share = byValue.get(v)!.atLeast / total;
    return share <= A ? 'A' : share <= B ? 'B' : 'C';
  });
}

/** For each distinct value x: the sum of all values ≥ x, and how many rows hold x. */
function distinctValues(values: readonly number[]): { total: number; byValue: Map<number, { atLeast: number; count: number }> } {
  const sorted = [...values].sort((x, y) => y - x);
  const byValue = new Map<number, { atLeast: number; count: number }>();
  let running = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) running += sorted[j++];
    byValue.set(sorted[i], { atLeast: running, count: j - i });
    i = j;
  }
  return { total: running, byValue };
}

/** Rows whose value straddles a threshold: the customers above hold less than it, with this value included more. */
export function straddlingRows(values: readonly number[]): Set<number> {
  const { total, byValue } = distinctValues(values);
  const rows = new Set<number>();
  values.forEach((v, i) => {
    const { atLeast, count } = byValue.get(v)!;
    const withIt = atLeast / total;
    const above = (atLeast - v * count) / total;
    for (const limit of [A, B]) if (above < limit && withIt > limit) rows.add(i);
  });
  return rows;
}

export interface RecipeFigure {
  rows: number;
  /** HyperFormula: build the sheet (parse the formulas) and evaluate it; median ms. */
  formulaMs: number;
  /** CUSTOMER_TIER in a loaded bundle, from the range's cells to the labels; median ms per call. */
  oursMs: number;
  ratio: number;
  /** Rows where HyperFormula's tier differs from the recipe's rule computed directly (0 expected). */
  formulaVsRule: number;
  /** Rows where ours differs from the recipe, and how many of them straddle a threshold (all expected). */
  oursVsRecipe: number;
  straddling: number;
  runs: number;
}

export function evaluateRecipe(values: readonly number[]): { tiers: string[]; ms: number } {
  const last = values.length + 1;
  const sheet: (string | number | null)[][] = [[null, null, null, null, 'Total spent', 'Tier']];
  values.forEach((v, i) => sheet.push([null, null, null, null, v, recipeFormula(i + 2, last)]));
  settle();
  const start = performance.now();
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
  const computed = hf.getSheetValues(0);
  const ms = performance.now() - start;
  hf.destroy();
  return { tiers: computed.slice(1).map((row) => String(row[5])), ms };
}

export function measureRecipe(bundleFile: string, n: number, runs: number): RecipeFigure {
  const values = positiveRevenues(n);
  const formulaTimes: number[] = [];
  let formulaTiers: string[] = [];
  for (let run = 0; run < runs; run++) {
    const evaluated = evaluateRecipe(values);
    formulaTimes.push(evaluated.ms);
    formulaTiers = evaluated.tiers;
  }

  const apps = createFakeApps({ spreadsheet: new SpreadsheetModel({ locale: LOCALE, timeZone: TIME_ZONE }), authMode: 'CUSTOM_FUNCTION' });
  const ctx = vm.createContext({ console: { log() {} }, ...apps.globals() });
  new vm.Script(fs.readFileSync(bundleFile, 'utf8'), { filename: 'Code.js' }).runInContext(ctx);
  apps.setRealm(vm.runInContext('({ Date: Date, Array: Array, Object: Object })', ctx));
  const range = toContext(
    ctx,
    values.map((v) => [v]),
  );
  const tier = ctx.CUSTOMER_TIER as (r: unknown) => unknown;
  const ours = (fromContext(tier(range)) as unknown[][]).map((row) => String(row[0]));
  const oursMs = perCallMs(9, Math.max(1, Math.round(200_000 / n)), () => tier(range));

  const rule = recipeRuleTiers(values);
  const straddle = straddlingRows(values);
  let formulaVsRule = 0;
  let oursVsRecipe = 0;
  let straddling = 0;
  for (let i = 0; i < n; i++) {
    if (formulaTiers[i] !== rule[i]) formulaVsRule++;
    if (ours[i] !== formulaTiers[i]) {
      oursVsRecipe++;
      if (straddle.has(i)) straddling++;
    }
  }
  const formulaMs = median(formulaTimes);
  return { rows: n, formulaMs, oursMs, ratio: formulaMs / oursMs, formulaVsRule, oursVsRecipe, straddling, runs };
}
