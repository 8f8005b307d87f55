// Golden tests over every sample file: the engine's answer for each row is checked against an independent,
// deliberately naive reading of the same file and DOMAIN.md's definitions written out longhand (O(n²), no sorting tricks).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { groupOf, nextStep } from '../../src/engine/outcome';
import { INTENT, RFM_GRID } from '../../src/engine/groups';
import { nextStepText, problemText } from '../../src/i18n/text';

const [INTENT_GROUPS, RFM_GRID_GROUPS] = [INTENT.keys, RFM_GRID.keys];
import { segmentValues } from '../../src/engine/segment';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import type { Cell } from '../../src/engine/types';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000;
const AS_OF = day(2026, 11, 1);

function load(name: string): string[][] {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures', name), 'utf8');
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data.filter((row) => row.length > 1);
}

interface Row {
  first: number;
  last: number;
  orders: number;
  revenue: number;
  profit: number;
  status: string;
  score: number;
}

// Each file's own conventions, read the obvious way.
const readers = {
  'customers-en.csv': (r: string[]): Row => ({
    first: isoDay(r[1]),
    last: isoDay(r[2]),
    orders: Number(r[3]),
    revenue: Number(r[4]),
    profit: Number(r[5]),
    status: r[6],
    score: r[7] === '' ? NaN : Number(r[7]),
  }),
  'clientes-es.csv': (r: string[]): Row => ({
    first: dmyDay(r[1]),
    last: dmyDay(r[2]),
    orders: Number(r[3]),
    revenue: euro(r[4]),
    profit: euro(r[5]),
    status: r[6],
    score: NaN,
  }),
  'kehu-zh.csv': (r: string[]): Row => ({
    first: zhDay(r[1]),
    last: zhDay(r[2]),
    orders: Number(r[3]),
    revenue: yuan(r[4]),
    profit: yuan(r[5]),
    status: r[6],
    score: NaN,
  }),
};
const isoDay = (t: string) => day(+t.slice(0, 4), +t.slice(5, 7), +t.slice(8, 10));
const dmyDay = (t: string) => {
  const [d, m, y] = t.split('/').map(Number);
  return day(y, m, d);
};
const zhDay = (t: string) => {
  const [, y, m, d] = /(\d+)年(\d+)月(\d+)日/.exec(t)!.map(Number);
  return day(y, m, d);
};
const euro = (t: string) => Number(t.replace('€', '').trim().replace(/\./g, '').replace(',', '.'));
const yuan = (t: string) => Number(t.replace('¥', '').replace(/,/g, ''));

// The intents of the sample notes, labelled by hand.
const INTENT_OF: Record<string, string> = {
  '': 'unknown',
  'Comparing suppliers': 'considering',
  Considering: 'considering',
  'Hot lead': 'ready',
  'Interested - wants a quote this week': 'ready',
  'Lost to competitor': 'not_interested',
  'No budget this year': 'not_now',
  'Not interested': 'not_interested',
  'Not now - next quarter': 'not_now',
  'Ready to buy': 'ready',
  'Thinking about it': 'considering',
  Undecided: 'considering',
  'Ahora no, más adelante': 'not_now',
  'Comparando proveedores': 'considering',
  Considerando: 'considering',
  Indeciso: 'considering',
  Interesado: 'ready',
  'Listo para comprar': 'ready',
  'No interesado': 'not_interested',
  Perdido: 'not_interested',
  'Sin presupuesto': 'not_now',
  不感兴趣: 'not_interested',
  以后再说: 'not_now',
  准备购买: 'ready',
  暂不购买: 'not_now',
  有意向: 'ready',
  比较供应商: 'considering',
  没有预算: 'not_now',
  流失: 'not_interested',
  犹豫: 'considering',
  考虑中: 'considering',
};

function intentOf(row: Row): string {
  const fromText = INTENT_OF[row.status.trim()];
  if (fromText !== 'unknown') return fromText;
  if (Number.isNaN(row.score)) return 'unknown';
  return row.score >= 70 ? 'ready' : row.score >= 40 ? 'considering' : 'not_now';
}

/** DOMAIN.md written out longhand. */
function expected(rows: Row[]) {
  const positive = rows.map((r) => r.revenue).filter((v) => v > 0);
  const total = positive.reduce((a, b) => a + b, 0);
  const eps = 1e-9;
  const tier = (x: number) => {
    if (!(x > 0)) return 'C';
    const before = positive.filter((v) => v > x).reduce((a, b) => a + b, 0);
    return before < 0.8 * total - eps * total ? 'A' : before < 0.95 * total - eps * total ? 'B' : 'C';
  };
  const n = rows.length;
  const profitGroup = (p: number) => {
    const g = rows.filter((r) => r.profit > p).length;
    if (g < 0.2 * n - eps && p > 0) return 'core';
    return p < 0 ? 'drain' : 'maintain';
  };
  const ranked = rows.filter((r) => r.orders >= 1);
  const m = ranked.length;
  const score = (count: number) => 1 + Math.floor((5 * count) / m);
  return rows.map((r) => {
    const t = tier(r.revenue);
    const old = AS_OF - r.first >= 365;
    const big = t === 'A';
    const since = AS_OF - r.last;
    const cycle = (r.last - r.first) / (r.orders - 1);
    const lapsed = r.orders >= 1 && (since > 365 || (r.orders >= 3 && since > Math.max(30, 3 * cycle)));
    const intent = intentOf(r);
    const lifecycle = lapsed
      ? 'lapsed'
      : r.orders === 0
        ? intent !== 'ready' && intent !== 'considering' && !(r.score >= 60)
          ? 'prospect'
          : 'potential'
        : r.orders === 1
          ? 'one_time'
          : 'loyal';
    const R = score(ranked.filter((o) => AS_OF - o.last > since).length);
    const F = score(ranked.filter((o) => o.orders < r.orders).length);
    const M = score(ranked.filter((o) => o.revenue < r.revenue).length);
    const FM = Math.floor((F + M) / 2 + 0.5);
    const GRID: Record<string, string> = {};
    [
      ['55', '54', '45'],
      ['53', '44', '35', '34'],
      ['52', '42', '33', '43'],
      ['51'],
      ['41', '31'],
      ['32', '23', '22'],
      ['21'],
      ['25', '24', '13'],
      ['15', '14'],
      ['12'],
      ['11'],
    ].forEach((cells, k) => cells.forEach((c) => (GRID[c] = RFM_GRID_GROUPS[k])));
    let touch: string;
    if (lapsed) touch = 'win_back';
    else if (r.last + 2 >= AS_OF) touch = 'thank_you';
    else if (r.last + 7 >= AS_OF) touch = 'usage_follow_up';
    else touch = 'keep_in_touch';
    return {
      tier: t,
      profit: profitGroup(r.profit),
      quadrant: old ? (big ? 'old_big' : 'old_small') : big ? 'new_big' : 'new_small',
      lifecycle,
      intent,
      rfm: GRID[`${R}${FM}`],
      nextContact: touch,
    };
  });
}

describe.each(Object.keys(readers) as (keyof typeof readers)[])('golden: %s', (file) => {
  const values = load(file);
  const locale = file.endsWith('es.csv') ? 'es_ES' : file.endsWith('zh.csv') ? 'zh_CN' : 'en_US';
  const result = segmentValues(values as Cell[][], {
    settings: { ...DEFAULT_SETTINGS },
    asOf: AS_OF,
    hints: { locale, timeZone: 'UTC' },
  });
  const rows = values.slice(1).map(readers[file]);
  const want = expected(rows);

  it('detects the table and every column without help', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.shape).toBe('customers');
    expect(result.classified.table.n).toBe(rows.length);
    expect(result.classified.computed).toEqual(['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfm', 'nextContact']);
  });

  it('reads every cell without a problem', () => {
    if (!result.ok) throw new Error('no table');
    expect(result.classified.table.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('classifies every row as DOMAIN.md defines', () => {
    if (!result.ok) throw new Error('no table');
    const c = result.classified;
    const got = rows.map((_, i) => ({
      tier: groupOf(c, 'tier', i),
      profit: groupOf(c, 'profit', i),
      quadrant: groupOf(c, 'quadrant', i),
      lifecycle: groupOf(c, 'lifecycle', i),
      intent: groupOf(c, 'intent', i),
      rfm: groupOf(c, 'rfm', i),
      nextContact: groupOf(c, 'nextContact', i),
    }));
    expect(got).toEqual(want);
  });

  it('summarises so that group shares add up to the total and every customer is in exactly one group', () => {
    if (!result.ok) throw new Error('no table');
    for (const s of result.summary) {
      const customers = s.groups.reduce((a, g) => a + g.customers, 0) + s.problems + s.notApplicable;
      expect(customers).toBe(rows.length);
      expect(s.groups.reduce((a, g) => a + g.share, 0)).toBeCloseTo(1, 9);
    }
    const tiers = result.summary.find((s) => s.classification === 'tier')!;
    expect(tiers.groups.map((g) => g.customers)).toEqual(['A', 'B', 'C'].map((t) => want.filter((w) => w.tier === t).length));
  });

  it('gives every row a next step that names its rule', () => {
    if (!result.ok) throw new Error('no table');
    for (let i = 0; i < rows.length; i++) {
      const step = nextStep(result.classified, i)!;
      expect(nextStepText(step, 'en')).toMatch(/^\S.*\.$/);
      if (want[i].intent === 'ready') expect(step.rule).toBe('close');
      else if (want[i].lifecycle === 'lapsed') expect(step.rule).toBe('win_back');
    }
  });

  it('has intents for all five labels in the sample', () => {
    expect(new Set(want.map((w) => w.intent)).size).toBeGreaterThanOrEqual(INTENT_GROUPS.length - 1);
  });
});

describe('golden: orders-log.csv', () => {
  const values = load('orders-log.csv');
  const result = segmentValues(values as Cell[][], {
    settings: { ...DEFAULT_SETTINGS },
    asOf: AS_OF,
    hints: { locale: 'en_US', timeZone: 'UTC' },
  });

  it('is recognised as an order log and aggregated per customer by DOMAIN.md: purchases set the dates, order ids count', () => {
    expect(result.ok && result.shape).toBe('orders');
    if (!result.ok) return;
    expect(result.match.orderLog).toEqual({ order_id: 0, order_date: 1, customer: 2, amount: 3 });
    const orders = values.slice(1);
    const byCustomer = new Map<string, { first: number; last: number; ids: Set<string>; revenue: number }>();
    for (const [id, date, customer, amount] of orders) {
      const a = Number(amount);
      const d = isoDay(date);
      const c = byCustomer.get(customer) ?? { first: NaN, last: NaN, ids: new Set<string>(), revenue: 0 };
      if (a > 0) {
        c.first = Math.min(c.first === c.first ? c.first : Infinity, d);
        c.last = Math.max(c.last === c.last ? c.last : -Infinity, d);
        c.ids.add(id);
      }
      c.revenue += a;
      byCustomer.set(customer, c);
    }
    const t = result.classified.table;
    expect(t.n).toBe(byCustomer.size);
    let refundOnly = 0;
    for (let k = 0; k < t.n; k++) {
      const want = byCustomer.get(t.customer[k])!;
      // A customer with refunds only: no purchase date and no order count (a problem, not a Prospect).
      const orderCount = want.ids.size > 0 ? want.ids.size : NaN;
      if (want.ids.size === 0) refundOnly++;
      expect([t.firstPurchase[k], t.lastPurchase[k], t.orders[k]]).toEqual([want.first, want.last, orderCount]);
      expect(t.revenue[k]).toBeCloseTo(want.revenue, 6);
    }
    expect(t.problems.filter((p) => p.code === 'no_purchase_in_log').length).toBe(refundOnly);
    // Each order row points at its customer.
    orders.forEach((row, i) => expect(t.customer[result.rowCustomer[i]]).toBe(row[2]));
  });
});

describe('golden: messy.csv, one kind of bad input per row', () => {
  const values = load('messy.csv');
  const result = segmentValues(values as Cell[][], {
    settings: { ...DEFAULT_SETTINGS },
    asOf: AS_OF,
    hints: { locale: 'en_US', timeZone: 'UTC' },
  });
  if (!result.ok) throw new Error('messy.csv: no table found');
  const c = result.classified;
  const names = values.slice(1).map((r) => r[0]);
  const rowOf = (name: string) => names.indexOf(name);
  const problemsOf = (name: string) => c.table.problems.filter((p) => p.row === rowOf(name) + 2).map((p) => `${p.field}:${p.code}`);

  it.each([
    ['Plain', []],
    ['Currency', []],
    ['Parens negative', []],
    ['Blank revenue', ['revenue:missing_value']],
    ['Text revenue', ['revenue:unparseable_money']],
    ['Sheet error', ['revenue:sheet_error']],
    ['Future first', ['first_purchase:first_after_as_of']],
    ['Last before first', ['last_purchase:last_before_first']],
    ['Bad date', ['first_purchase:impossible_date']],
    ['Zero orders', ['orders:zero_orders_with_revenue']],
    ['Huge', []],
    ['Percent', ['revenue:percent_not_money']],
    ['=HYPERLINK("http://example.com","click")', []],
    ['<img src=x onerror=alert(1)>', []],
    ['Spaces', []],
    ['After blank', []],
  ])('%s → %j', (name, problems) => {
    expect(problemsOf(name)).toEqual(problems);
  });

  it('warns about the duplicate on both rows and still classifies them', () => {
    const dup = c.table.problems.filter((p) => p.code === 'duplicate_customer');
    expect(dup.map((p) => p.row)).toEqual([rowOf('Duplicate') + 2, rowOf('Duplicate') + 3]);
    expect(dup.every((p) => p.severity === 'warning')).toBe(true);
    expect(groupOf(c, 'tier', rowOf('Duplicate'))).toBe(groupOf(c, 'tier', rowOf('Duplicate') + 1));
  });

  it('reads the good rows right', () => {
    expect(c.table.revenue[rowOf('Currency')]).toBe(12500);
    expect(c.table.revenue[rowOf('Parens negative')]).toBe(-1200.5);
    expect(c.table.revenue[rowOf('Huge')]).toBe(1e9);
    expect(c.table.revenue[rowOf('Spaces')]).toBe(1234.5);
    expect(c.table.orders[rowOf('Spaces')]).toBe(9);
    expect(c.table.firstPurchase[rowOf('Spaces')]).toBe(day(2021, 1, 1));
    expect(groupOf(c, 'tier', rowOf('Huge'))).toBe('A');
    expect(groupOf(c, 'tier', rowOf('Parens negative'))).toBe('C');
    expect(groupOf(c, 'intent', rowOf('Spaces'))).toBe('ready');
    expect(groupOf(c, 'intent', rowOf('After blank'))).toBe('not_interested');
  });

  it('keeps the blank row blank, and a problem only touches the classifications that need the field', () => {
    const blank = names.indexOf('');
    expect(c.table.blank[blank]).toBe(1);
    expect(groupOf(c, 'tier', blank)).toBeNull();
    const text = rowOf('Text revenue');
    expect(groupOf(c, 'tier', text)).toBe('problem');
    expect(groupOf(c, 'rfm', text)).toBe('problem');
    expect(groupOf(c, 'lifecycle', text)).toBe('loyal');
    expect(groupOf(c, 'nextContact', text)).not.toBe('problem');
    const future = rowOf('Future first');
    expect(groupOf(c, 'quadrant', future)).toBe('problem');
    expect(groupOf(c, 'tier', future)).toBe('C');
    expect(nextStep(c, future)!.rule).toBe('fix_data');
  });

  it('says in each language which field and value were wrong', () => {
    const p = c.table.problems.find((x) => x.code === 'unparseable_money')!;
    expect(problemText(p, 'en')).toBe('Revenue "about ten grand" is not an amount of money.');
    expect(p.row).toBe(rowOf('Text revenue') + 2);
  });
});
