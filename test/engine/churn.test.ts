// Churn risk and value as a classification (issue 14): the inputs derived from a customer table and from an order log,
// the published CDNOW fits reproduced from the raw purchase records, the groups and their cut-offs, and the honest
// answer on small or messy data.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aggregateOrderLog } from '../../src/engine/orderLog';
import {
  classifyCustomers,
  DEFAULT_SETTINGS,
  LIFECYCLE,
  NEXT_STEP_ORDER,
  nextStep,
  outcome,
  parseSettings,
  readCustomerTable,
  type Cell,
  type ColumnMap,
  type Settings,
} from '../../src/engine';
import { churnGroup } from '../../src/engine/classify/churn';
import { fitBg } from '../../src/engine/clv';
import { chanceShown } from '../../src/engine/classify/chance';
import { dayNumberOfYmd } from '../../src/engine/parse/dates';
import { nextStepText, outcomeReason, reasonText } from '../../src/i18n/text';

const FIXTURES = path.resolve(__dirname, '../fixtures/cdnow');
const AS_OF = dayNumberOfYmd(1997, 9, 30);
const HINTS = { locale: 'en_US', timeZone: 'UTC' };
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, classifications: ['churn'], ...over });

/** CDNOW_sample.txt as an order log: date, customer, amount (no order id: same-day purchases are one order). */
function cdnowLog(): Cell[][] {
  const text = fs.readFileSync(path.join(FIXTURES, 'CDNOW_sample.txt'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [, id, ymd, , amount] = line.trim().split(/\s+/);
      return [`${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`, `C${id}`, Number(amount)];
    });
}

function summary(): Map<string, { x: number; tx: number; T: number }> {
  const lines = fs.readFileSync(path.join(FIXTURES, 'cdnow_customers_summary.csv'), 'utf8').trim().split('\n').slice(1);
  return new Map(
    lines.map((line) => {
      const [id, x, tx, T] = line.split(',').map(Number);
      return [`C${String(id).padStart(4, '0')}`, { x, tx, T }];
    }),
  );
}

const log = cdnowLog();
const aggregated = aggregateOrderLog(log, { order_date: 0, customer: 1, amount: 2 }, { hints: HINTS, asOf: AS_OF, firstRowNumber: 1 });

describe('CDNOW from the raw purchase records, read by the add-on’s order-log reader', () => {
  const { table } = aggregated;
  // Eight customers' only record is one CD at $0.00 (a free or promotional CD). DOMAIN.md's order-log rule reads a
  // zero row as neither a purchase nor a refund, so the reader reports them ("only refunds or zero amounts in this
  // log") instead of dating a purchase; the summary file counts them as one-time buyers.
  const FREE_ONLY = ['C0087', 'C0155', 'C0227', 'C0286', 'C1080', 'C1195', 'C1293', 'C2086'];

  test('orders after as_of are left out and counted, not read as problems', () => {
    const after = log.filter((row) => String(row[0]) > '1997-09-30').length;
    expect(after).toBe(6919 - 4960);
    expect(aggregated.excludedAfterAsOf).toBe(after);
    const problems = table.problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => p.code)).toEqual(FREE_ONLY.map(() => 'no_purchase_in_log'));
    expect(problems.map((p) => p.value).sort()).toEqual(FREE_ONLY);
  });

  test('every other customer’s (x, t_x, T) in weeks is the summary file’s', () => {
    const expected = summary();
    expect(table.n).toBe(2357);
    let checked = 0;
    for (let i = 0; i < table.n; i++) {
      if (FREE_ONLY.includes(table.customer[i])) {
        expect(Number.isNaN(table.firstPurchase[i])).toBe(true);
        continue;
      }
      const want = expected.get(table.customer[i])!;
      const x = table.orders[i] - 1;
      const tx = (table.lastPurchase[i] - table.firstPurchase[i]) / 7;
      const T = (AS_OF - table.firstPurchase[i]) / 7;
      expect(x).toBe(want.x);
      // The summary rounds weeks to 2 decimals.
      expect(Math.abs(tx - want.tx)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(T - want.T)).toBeLessThanOrEqual(0.005 + 1e-9);
      checked++;
    }
    expect(checked).toBe(2349);
  });

  /** The summary file's customers fitted directly by the maths, without the free-CD ones. */
  const summaryRows = () => [...summary()].filter(([id]) => !FREE_ONLY.includes(id)).map(([, c]) => c);

  test('the classification on the log gives the fit of the summary file on the same customers (BG/NBD)', () => {
    const c = classifyCustomers(table, settings({ churnModel: 'bgnbd' }), AS_OF);
    const fit = c.churn!.fit!;
    expect(fit.customers).toBe(2349);
    const direct = fitBg(summaryRows(), 'bgnbd');
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(fit.params[key] / direct.params[key] - 1)).toBeLessThan(0.002);
    // And with the eight free-CD customers added as the summary has them, the published fit: within 0.5%, LL −9582.4.
    const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const all = fitBg([...summary().values()], 'bgnbd');
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(all.params[key] / published[key] - 1)).toBeLessThan(0.005);
    expect(Math.abs(all.logLik - -9582.4)).toBeLessThan(0.1);
    // The eight contribute −4.2 to the log-likelihood and move r by about 0.5%: the only difference.
    expect(Math.abs(fit.params.r / published.r - 1)).toBeLessThan(0.01);
  });

  test('and the same for the Modified BG/NBD, the default model', () => {
    const c = classifyCustomers(table, settings(), AS_OF);
    const fit = c.churn!.fit!;
    expect(fit.model).toBe('mbgnbd');
    const direct = fitBg(summaryRows(), 'mbgnbd');
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(fit.params[key] / direct.params[key] - 1)).toBeLessThan(0.002);
    const published = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(fit.params[key] / published[key] - 1)).toBeLessThan(0.01);
  });

  test('customer 1 (x = 2, t_x = 30.43, T = 38.86) expects 1.226 purchases in 39 weeks under BG/NBD', () => {
    const c = classifyCustomers(table, settings({ churnModel: 'bgnbd', churnDays: 273 }), AS_OF);
    const row = table.customer.indexOf('C0001');
    expect(c.churn!.expected[row]).toBeCloseTo(1.226, 2);
  });
});

/** A customer table: name, first, last, orders, revenue, as the cells a sheet hands over. */
const COLUMNS: ColumnMap = { customer: 0, first_purchase: 1, last_purchase: 2, orders: 3, revenue: 4 };
const NOW = dayNumberOfYmd(2026, 11, 1);
const iso = (day: number) => {
  const d = new Date(day * 86400000 + Date.UTC(1970, 0, 1));
  return d.toISOString().slice(0, 10);
};

/** A small shop simulated deterministically: repeat buyers every `cycle` days, some gone quiet, some one-time buyers. */
function shop(n: number, repeatEvery = 3): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const first = NOW - 400 + ((i * 37) % 300);
    const repeat = i % repeatEvery === 0;
    const orders = repeat ? 2 + (i % 7) : 1;
    const cycle = 10 + ((i * 13) % 50);
    const last = repeat ? Math.min(NOW - ((i * 29) % 200), first + (orders - 1) * cycle) : first;
    rows.push([`Customer ${i}`, iso(first), iso(Math.max(first, last)), orders, 40 * orders + (i % 11) * 3]);
  }
  return rows;
}

function classify(rows: Cell[][], over: Partial<Settings> = {}) {
  const table = readCustomerTable(rows, COLUMNS, { hints: HINTS, asOf: NOW, firstRowNumber: 2 });
  return classifyCustomers(table, settings(over), NOW);
}

describe('a customer table', () => {
  test('derives x = orders − 1, t_x = last − first, T = as_of − first (in weeks) and scores every buyer', () => {
    const rows = shop(90);
    const c = classify(rows);
    const r = c.churn!;
    expect(r.fit).not.toBeNull();
    expect(r.scored).toBe(90);
    for (let i = 0; i < 90; i++) {
      expect(r.chance[i]).toBeGreaterThanOrEqual(0);
      expect(r.chance[i]).toBeLessThanOrEqual(1);
      expect(r.expected[i]).toBeGreaterThanOrEqual(0);
      expect(r.value[i]).toBeGreaterThanOrEqual(0);
      const o = outcome(c, 'churn', i)!;
      expect(o.kind).toBe('group');
      if (o.kind === 'group') expect(o.group).toBe(churnGroup(r.chance[i], { active: 0.7, lost: 0.3 }));
    }
  });

  test('the reason says the chance, the cut-offs, the buying cycle and the quiet time, in each language', () => {
    const rows: Cell[][] = [...shop(60), ['Ada', iso(NOW - 400), iso(NOW - 160), 6, 600]];
    const c = classify(rows);
    const ada = 60;
    const o = outcome(c, 'churn', ada)!;
    expect(o.kind).toBe('group');
    const pct = Math.round(c.churn!.chance[ada] * 100);
    const en = outcomeReason(o, 'en');
    expect(en).toMatch(
      new RegExp(`^(Active|Slipping|Likely lost): ${pct}% chance still active \\(.*\\); buys every ~48 days, quiet for 160$`),
    );
    expect(outcomeReason(o, 'es')).toContain('compra cada ~48 días, sin comprar desde hace 160');
    expect(outcomeReason(o, 'zh')).toContain('约每 48 天购买一次，已 160 天未购买');
  });

  test('the cut-offs are settings: moving them moves the groups', () => {
    const rows = shop(90);
    const active = (over: Partial<Settings>) => Array.from(classify(rows, over).churn!.groups).filter((g) => g === 0).length;
    const lost = (over: Partial<Settings>) => Array.from(classify(rows, over).churn!.groups).filter((g) => g === 2).length;
    expect(active({ churnActive: 0.9 })).toBeLessThan(active({}));
    expect(active({ churnActive: 0.5 })).toBeGreaterThan(active({}));
    expect(lost({ churnLost: 0.5 })).toBeGreaterThan(lost({}));
  });

  test('settings reject cut-offs out of order and horizons out of range, with the setting named', () => {
    const bad = parseSettings({ churnActive: 0.4, churnLost: 0.6, valueMonths: 0, churnModel: 'pareto', annualDiscount: 2 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.setting)).toEqual(['churnModel', 'churnLost', 'valueMonths', 'annualDiscount']);
    const good = parseSettings({
      churnModel: 'bgnbd',
      churnActive: 0.8,
      churnLost: 0.2,
      churnDays: 30,
      valueMonths: 24,
      annualDiscount: 0,
    });
    expect(good.ok).toBe(true);
  });

  test('permuting the rows changes nothing', () => {
    const rows = shop(80);
    const c = classify(rows);
    const reversed = classify([...rows].reverse());
    for (let i = 0; i < 80; i++) {
      expect(reversed.churn!.chance[79 - i]).toBeCloseTo(c.churn!.chance[i], 9);
      expect(reversed.churn!.value[79 - i]).toBeCloseTo(c.churn!.value[i], 6);
    }
  });

  test('properties through the classification: quieter means less likely active, more spend means more value', () => {
    const base = shop(90);
    const probe = (last: number, revenue: number) => {
      const c = classify([...base, ['Probe', iso(NOW - 400), iso(NOW - last), 5, revenue]]);
      return { chance: c.churn!.chance[90], value: c.churn!.value[90] };
    };
    // The fit moves a little with the probe row itself; 90 others keep it steady enough for the order to show.
    const quiet = [10, 60, 120, 240, 390].map((days) => probe(days, 500).chance);
    for (let k = 1; k < quiet.length; k++) expect(quiet[k]).toBeLessThan(quiet[k - 1]);
    const spend = [100, 500, 2500].map((revenue) => probe(60, revenue).value);
    for (let k = 1; k < spend.length; k++) expect(spend[k]).toBeGreaterThan(spend[k - 1]);
    for (const v of spend) expect(v).toBeGreaterThanOrEqual(0);
  });

  test('refunds and zero revenue are worth 0 per order; a blank revenue leaves the money blank, the risk stays', () => {
    const rows: Cell[][] = [
      ...shop(60),
      ['Refunded', iso(NOW - 300), iso(NOW - 100), 3, -20],
      ['Free', iso(NOW - 300), iso(NOW - 100), 3, 0],
      ['NoMoney', iso(NOW - 300), iso(NOW - 100), 3, ''],
    ];
    const c = classify(rows);
    const r = c.churn!;
    expect([r.orderValue[60], r.value[60], r.orderValue[61], r.value[61]]).toEqual([0, 0, 0, 0]);
    expect(Number.isNaN(r.value[62])).toBe(true);
    expect(r.groups[62]).toBeLessThan(3);
  });

  test('one bad row never fails the range: it shows its problem, the others are scored', () => {
    const rows: Cell[][] = [...shop(60), ['Bad', 'someday', iso(NOW - 10), 'three', 100]];
    const c = classify(rows);
    expect(c.churn!.fit).not.toBeNull();
    expect(outcome(c, 'churn', 60)!.kind).toBe('problem');
    expect(outcome(c, 'churn', 0)!.kind).toBe('group');
  });

  test('a customer who never bought is not applicable', () => {
    const rows: Cell[][] = [...shop(60), ['Lead', '', '', 0, 0]];
    const c = classify(rows);
    const o = outcome(c, 'churn', 60)!;
    expect(o.kind).toBe('none');
    expect(outcomeReason(o, 'en')).toBe('—: no purchase yet, no churn risk');
  });
});

describe('small data gets an honest answer, not a wild number', () => {
  test('40 customers who all bought once: not enough repeat purchases, in en/es/zh', () => {
    const rows = shop(40, 1000).slice(1); // i = 0 is the only repeat buyer: drop it
    expect(rows.every((row) => row[3] === 1)).toBe(true);
    const c = classify(rows);
    expect(c.churn!.fit).toBeNull();
    expect(c.churn!.notReady).toEqual({ reason: 'no_repeat_buyers', needs: 10, has: 0 });
    const o = outcome(c, 'churn', 0)!;
    expect(o.kind).toBe('none');
    expect(outcomeReason(o, 'en')).toBe('—: not enough repeat purchases to fit (needs at least 10 customers who bought twice, has none)');
    expect(outcomeReason(o, 'es')).toContain('no hay suficientes compras repetidas');
    expect(outcomeReason(o, 'zh')).toContain('至少需要 10 位');
    expect(Array.from(c.churn!.value).every(Number.isNaN)).toBe(true);
  });

  test('a few repeat buyers: says how many there are', () => {
    const c = classify(shop(40, 10));
    expect(c.churn!.notReady).toEqual({ reason: 'too_few_repeat_buyers', needs: 10, has: 4 });
    expect(reasonText({ code: 'churn_not_ready', ...c.churn!.notReady! }, 'en')).toContain('has 4');
  });

  test('too few customers', () => {
    const c = classify(shop(12, 1));
    expect(c.churn!.notReady).toEqual({ reason: 'too_few_customers', needs: 30, has: 12 });
    expect(reasonText({ code: 'churn_not_ready', ...c.churn!.notReady! }, 'en')).toBe(
      '—: too few customers to fit the churn model (needs at least 30, has 12)',
    );
  });
});

describe('the chance shown in a reason', () => {
  test('is a whole percent unless rounding would cross a cut-off', () => {
    expect(chanceShown({ chance: 0.312, active: 0.7, lost: 0.3 })).toBe(0.31);
    expect(chanceShown({ chance: 0.696, active: 0.7, lost: 0.3 })).toBe(0.696);
    expect(chanceShown({ chance: 0.2996, active: 0.7, lost: 0.3 })).toBe(0.2996);
  });
});

describe('the next step: valuable customers at risk get a personal call first', () => {
  const rows = shop(120);
  const c = classify(rows, { classifications: ['churn', 'lifecycle', 'tier'] });
  const r = c.churn!;
  const atRisk = (i: number) => r.groups[i] === 1 || r.groups[i] === 2;

  test('the top fifth by value, Slipping or Likely lost, is called personally, the value said in the reason', () => {
    const positive = Array.from(r.value)
      .filter((v) => v > 0)
      .sort((p, q) => q - p);
    expect(r.highValue).toBe(positive[Math.ceil(positive.length / 5) - 1]);
    let called = 0;
    for (let i = 0; i < 120; i++) {
      const step = nextStep(c, i)!;
      const valuable = atRisk(i) && r.value[i] >= r.highValue;
      expect({ i, rule: step.rule === 'call_at_risk' }).toEqual({ i, rule: valuable });
      if (valuable) {
        called++;
        expect(nextStepText(step, 'en')).toMatch(
          /^Call them personally: .* Why: (Slipping|Likely lost), worth [\d,.]+ in the next 12 months \(top fifth by value\)\.$/,
        );
        expect(nextStepText(step, 'es')).toContain('Llámelo personalmente');
        expect(nextStepText(step, 'zh')).toContain('亲自打电话');
      }
    }
    expect(called).toBeGreaterThan(0);
  });

  test('it comes before the win-back of a lapsed customer, and needs churn risk computed', () => {
    const lapsedAndValuable = Array.from({ length: 120 }, (_, i) => i).filter(
      (i) => atRisk(i) && r.value[i] >= r.highValue && c.lifecycle!.groups[i] === LIFECYCLE.code.lapsed,
    );
    for (const i of lapsedAndValuable) expect(nextStep(c, i)!.rule).toBe('call_at_risk');
    const without = classify(rows, { classifications: ['lifecycle', 'tier'] });
    for (let i = 0; i < 120; i++) expect(nextStep(without, i)!.rule).not.toBe('call_at_risk');
    expect(NEXT_STEP_ORDER.indexOf('call_at_risk')).toBe(NEXT_STEP_ORDER.indexOf('win_back') - 1);
  });

  test('a drop the run history saw comes first: a fact of this run before a forecast', () => {
    const both = classify(rows, { classifications: ['churn', 'lifecycle', 'tier'] });
    const i = Array.from({ length: 120 }, (_, k) => k).find((k) => nextStep(both, k)!.rule === 'call_at_risk')!;
    both.history = {
      classification: 'tier',
      previous: new Array(120).fill(''),
      changedOn: new Float64Array(120).fill(Number.NaN),
      dropped: Array.from({ length: 120 }, (_, k) => (k === i ? { classification: 'tier' as const, from: 'A', to: 'B' } : null)),
    };
    expect(nextStep(both, i)).toEqual({ rule: 'dropped', classification: 'tier', from: 'A', to: 'B' });
    expect(NEXT_STEP_ORDER.indexOf('dropped')).toBe(NEXT_STEP_ORDER.indexOf('call_at_risk') - 1);
  });
});
