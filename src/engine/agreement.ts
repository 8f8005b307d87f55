// Where two classifications of a row seem to disagree, the reason says why. Each rule is right by its own
// definition (RFM's recency is relative to the other customers, lapse to the customer's own buying cycle, tiers rank
// revenue while the profit split ranks profit), but the owner reads one row: these notes, added to a reason, join the
// verdicts into one story. test/engine/agreement.test.ts walks the table of combinations.
import type { Classified } from './classifyCustomers';
import type { ClassificationId } from './classifications/needs';
import { LIFECYCLE, PROFIT, TIER, type GroupKey, type RfmGroup } from './groups';
import { rfmSegmentKey } from './classify/rfm';

export type ReasonNote =
  /** A lapsed customer who is among the most valuable: by their RFM segment, or (segment null) tier A. */
  | { code: 'key_customer'; segment: RfmGroup | null }
  /** Active by their own cycle, but quieter than most customers: RFM places them among those slipping away. */
  | { code: 'quieter_than_most'; segment: RfmGroup }
  /** RFM calls them recent next to the others, yet their own buying cycle has lapsed. */
  | { code: 'past_own_cycle' }
  /** High in revenue, yet a loss by profit. */
  | { code: 'loses_money' }
  /** Only the lapse window could apply: with no first purchase date, the customer's own cycle is unknown. */
  | { code: 'cycle_unknown' };

/** RFM segments of the most valuable customers: a lapse among them is the most urgent win-back. */
export const KEY_SEGMENTS: ReadonlySet<RfmGroup> = new Set<RfmGroup>([
  'champions',
  'loyal_customers',
  'cant_lose_them',
  'important_value',
  'important_keep',
  'important_retain',
]);

/** Segments whose recency is high next to the other customers (R ≥ 4 on the grid; "near" in the 8 classes). */
const RECENT_SEGMENTS: ReadonlySet<RfmGroup> = new Set<RfmGroup>([
  'champions',
  'potential_loyalist',
  'recent_customers',
  'promising',
  'important_value',
  'important_develop',
  'general_value',
  'general_develop',
]);

/** Segments that say a customer is slipping away (low recency next to the others). */
const QUIET_SEGMENTS: ReadonlySet<RfmGroup> = new Set<RfmGroup>([
  'about_to_sleep',
  'at_risk',
  'cant_lose_them',
  'hibernating',
  'lost',
  'important_keep',
  'important_retain',
  'general_keep',
  'general_retain',
]);

/** The row's RFM segment, when RFM was computed and ranked it. */
export function rfmSegmentOf(c: Classified, row: number): RfmGroup | null {
  return c.rfm ? rfmSegmentKey(c.rfm, row) : null;
}

/** Why a lapsed customer is a key one: their RFM segment, else tier A on revenue; null when neither. */
export function keyCustomer(c: Classified, row: number): { segment: RfmGroup | null } | null {
  const segment = rfmSegmentOf(c, row);
  if (segment && KEY_SEGMENTS.has(segment)) return { segment };
  if (c.revenueTier && c.revenueTier.tiers[row] === TIER.code.A) return { segment: null };
  return null;
}

function isLapsed(c: Classified, row: number): boolean {
  return !!c.lifecycle && c.lifecycle.groups[row] === LIFECYCLE.code.lapsed;
}

/** The notes a group's reason carries on this row (most rows: none). */
export function notesFor(c: Classified, id: ClassificationId, row: number, group: GroupKey): ReasonNote[] {
  const notes: ReasonNote[] = [];
  const t = c.table;
  switch (id) {
    case 'lifecycle': {
      if (group === 'lapsed') {
        const key = keyCustomer(c, row);
        if (key) notes.push({ code: 'key_customer', segment: key.segment });
      }
      if (group === 'loyal' || group === 'one_time') {
        const segment = rfmSegmentOf(c, row);
        if (segment && QUIET_SEGMENTS.has(segment)) notes.push({ code: 'quieter_than_most', segment });
      }
      // DOMAIN.md §4: without a first purchase the own-cycle rule could not be tried on a customer it could apply to.
      if ((group === 'lapsed' || group === 'loyal') && t.orders[row] >= 3 && !(t.firstPurchase[row] === t.firstPurchase[row])) {
        notes.push({ code: 'cycle_unknown' });
      }
      break;
    }
    case 'rfm':
      if (RECENT_SEGMENTS.has(group as RfmGroup) && isLapsed(c, row)) notes.push({ code: 'past_own_cycle' });
      break;
    case 'tier':
    case 'quadrant':
      if ((group === 'A' || group === 'B' || group === 'old_big' || group === 'new_big') && isLoss(c, row))
        notes.push({ code: 'loses_money' });
      break;
    default:
      break;
  }
  return notes;
}

/** A Drain customer by the loss rule (profit below zero). */
export function isLoss(c: Classified, row: number): boolean {
  return !!c.profit && c.profit.groups[row] === PROFIT.code.drain && c.table.profit[row] < 0;
}

/** Segments whose own treatment comes before the quadrant's: the best customers, and the valuable ones slipping away. */
export const RFM_TREATMENT_FIRST: ReadonlySet<RfmGroup> = new Set<RfmGroup>([
  'champions',
  'loyal_customers',
  'at_risk',
  'cant_lose_them',
  'important_value',
  'important_keep',
  'important_retain',
]);
