// Runs every classification the columns allow over a customer table, as typed arrays; reasons are written per row on
// demand (describe.ts), so a million rows cost a few sorts and linear passes.
import { abcTiers, NO_TIER, TIER_A, type AbcResult } from './classify/abc';
import { lifecycle, LC_LAPSED, type LifecycleResult } from './classify/lifecycle';
import { nextContact, type NextContactResult } from './classify/nextContact';
import { profitSplit, type ProfitSplitResult } from './classify/profitSplit';
import { quadrant, type BigRule, type QuadrantResult } from './classify/quadrant';
import { rfm, type RfmResult } from './classify/rfm';
import { FIELD_BIT, type CustomerTable } from './customerTable';
import { CLASSIFICATIONS, INTENT_GROUPS, type Classification } from './groups';
import { createIntentReader, type IntentReading } from './intent';
import type { Settings } from './settings';
import type { Field } from './types';

/** The fields each classification needs; a problem in one of them shows as `⚠` in that classification only. */
export const NEEDS: Record<Classification, readonly Field[]> = {
  tier: ['revenue'],
  profit: ['profit'],
  quadrant: ['first_purchase', 'revenue'],
  lifecycle: ['orders', 'first_purchase', 'last_purchase'],
  intent: ['status', 'lead_score'],
  rfm: ['last_purchase', 'orders', 'revenue'],
  nextContact: ['last_purchase'],
};

/** Which classifications the detected columns allow. Intent needs status or lead score; the rest need all their fields. */
export function availableClassifications(has: (field: Field) => boolean, tierMetric: 'revenue' | 'profit' = 'revenue'): Classification[] {
  return CLASSIFICATIONS.filter((c) => {
    if (c === 'intent') return has('status') || has('lead_score');
    if (c === 'tier') return has(tierMetric);
    if (c === 'lifecycle') return has('orders');
    return NEEDS[c].every(has);
  });
}

export interface Classified {
  table: CustomerTable;
  settings: Settings;
  asOf: number;
  computed: Classification[];
  tier?: AbcResult;
  /** Tier on revenue by the share method: "big" in the quadrant, and "tier A" in the win-back rule. */
  revenueTier?: AbcResult;
  profit?: ProfitSplitResult;
  quadrant?: QuadrantResult;
  bigRule: BigRule;
  lifecycle?: LifecycleResult;
  /** Intent code per row (INTENT_GROUPS index); 255 without status and lead score columns. */
  intent: Uint8Array;
  /** The reader that read the notes: its cache gives a row's reading again for its reason (readingOf in describe). */
  readIntent?: (status: string, leadScore: number) => IntentReading;
  rfm?: RfmResult;
  nextContact?: NextContactResult;
  /** Per-classification mask of the fields it needs, for problem lookup. */
  masks: Record<Classification, number>;
}

const INTENT_CODE = Object.fromEntries(INTENT_GROUPS.map((g, i) => [g, i])) as Record<(typeof INTENT_GROUPS)[number], number>;

export function classifyCustomers(table: CustomerTable, settings: Settings, asOf: number): Classified {
  const has = (field: Field) => table.columns[field] !== undefined;
  const available = availableClassifications(has, settings.tierMetric);
  const computed = available.filter((c) => settings.classifications.includes(c));
  const wants = (c: Classification) => computed.includes(c);
  const n = table.n;

  const masks = {} as Record<Classification, number>;
  for (const c of CLASSIFICATIONS) masks[c] = NEEDS[c].reduce((m, f) => m | FIELD_BIT[f], 0);
  if (settings.tierMetric === 'profit') masks.tier = FIELD_BIT.profit;


  const out: Classified = {
    table,
    settings,
    asOf,
    computed,
    bigRule: settings.bigRule === 'amount' ? { kind: 'amount', amount: settings.bigAmount } : { kind: 'tierA' },
    intent: new Uint8Array(n).fill(255),
    masks,
  };

  const tierOptions = { method: settings.tierMethod, a: settings.tierA, b: settings.tierB };
  if (wants('tier')) out.tier = abcTiers(settings.tierMetric === 'profit' ? table.profit : table.revenue, tierOptions);
  if (has('revenue')) {
    const sameAsTier = out.tier && settings.tierMetric === 'revenue' && settings.tierMethod === 'share';
    out.revenueTier = sameAsTier
      ? out.tier
      : abcTiers(table.revenue, { method: 'share', a: settings.tierMethod === 'share' ? settings.tierA : 0.8, b: 0.95 });
  }
  if (wants('profit')) out.profit = profitSplit(table.profit, settings.profitRule);

  if (has('status') || has('lead_score')) {
    // Only the code is kept per row: an array of a million readings would cost a full garbage collection.
    const read = createIntentReader();
    for (let i = 0; i < n; i++) {
      if (table.blank[i]) continue;
      out.intent[i] = INTENT_CODE[read(table.status[i], table.leadScore[i]).intent];
    }
    out.readIntent = read;
  }

  if (wants('quadrant') && out.revenueTier) {
    const big = new Uint8Array(n);
    const tiers = out.revenueTier.tiers;
    for (let i = 0; i < n; i++) {
      const revenue = table.revenue[i];
      if (revenue !== revenue || tiers[i] === NO_TIER) big[i] = 255;
      else big[i] = out.bigRule.kind === 'amount' ? (revenue >= out.bigRule.amount ? 1 : 0) : tiers[i] === TIER_A ? 1 : 0;
    }
    out.quadrant = quadrant(table.firstPurchase, big, asOf, settings.tenureDays);
  }

  if (has('orders')) {
    out.lifecycle = lifecycle({
      orders: table.orders,
      firstPurchase: table.firstPurchase,
      lastPurchase: table.lastPurchase,
      intent: out.intent,
      leadScore: table.leadScore,
      asOf,
      lapseDays: settings.lapseDays,
    });
  }

  if (wants('rfm')) {
    out.rfm = rfm(
      { lastPurchase: table.lastPurchase, asOf, orders: table.orders, revenue: table.revenue, sortedPositiveRevenue: out.revenueTier?.sortedPositive },
      settings.rfmPreset,
    );
  }

  if (wants('nextContact')) {
    const lapsed = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      // Without a lifecycle (no orders column, or orders unreadable), the window rule alone decides lapse.
      const stage = out.lifecycle ? out.lifecycle.groups[i] : 255;
      lapsed[i] = stage === LC_LAPSED || (stage > LC_LAPSED && asOf - table.lastPurchase[i] > settings.lapseDays) ? 1 : 0;
    }
    // Prospects get no contact schedule: no last purchase, or no orders.
    out.nextContact = nextContact(table.lastPurchase, lapsed, asOf, table.orders);
  }
  return out;
}
