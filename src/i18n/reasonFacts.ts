// The facts a reason's or a note's sentence template reads (src/i18n/template.ts): the reason's own fields, plus the
// few values a template cannot work out (a ratio, a comparison with a mean, a band of cut-offs). Each is computed here
// once, the same for every language, so that no catalogue carries code of its own.
import type { Reason } from '../engine';
import { chanceShown, churnBand } from '../engine/classify/chance';
import { EDGE_SHARE } from '../engine/classify/profitSplit';
import { atOrAboveMean, withinMean } from '../engine/classify/rfm';
import type { TextKit } from './catalogue';
import type { Facts } from './template';

/**
 * The reason's fields, with, by code:
 * - profit_core, profit_drain_bottom, profit_maintain: `edge`, the share of customers in the top (and bottom) group;
 * - quadrant: `old` and `big` (booleans), `bigBy` ('tierA' or 'amount') and `bigAmount` (the amount, when by amount);
 * - lapsed_cycle: `knownCycle` (a cycle of at least a day) and `times`, the quiet time in whole cycles;
 * - prospect, potential: `intent` null when there is none;
 * - intent_score: `scoreBand`, the score's band ('≥ 70', '≥ 40, < 70', '< 40');
 * - rfm_grid: `fm`, the FM score the grid uses;
 * - rfm_class8: `near`, `frequent`, `high` (booleans: days within the mean, orders and revenue at or above it);
 * - churn: `chanceShown` (the chance as it is shown), `chanceBand` (the group's cut-offs, "30%–70%"), `repeat`
 *   (more than one order), `cycleDays` (whole days between orders, at least 1) and `sinceDays` (whole days since).
 */
export function reasonFacts(reason: Reason, kit: TextKit): Facts {
  switch (reason.code) {
    case 'profit_core':
    case 'profit_drain_bottom':
    case 'profit_maintain':
      return { ...reason, edge: EDGE_SHARE };
    case 'quadrant': {
      const { group, bigRule } = reason;
      return {
        ...reason,
        old: group === 'old_big' || group === 'old_small',
        big: group === 'old_big' || group === 'new_big',
        bigBy: bigRule.kind,
        bigAmount: bigRule.kind === 'amount' ? bigRule.amount : 0,
      };
    }
    case 'lapsed_cycle':
      return { ...reason, knownCycle: reason.cycle >= 1, times: Math.round(reason.since / reason.cycle) };
    case 'prospect':
    case 'potential':
      return { ...reason, intent: reason.intent || null };
    case 'intent_score': {
      const { score } = reason;
      return { ...reason, scoreBand: score >= 70 ? '≥ 70' : score >= 40 ? '≥ 40, < 70' : '< 40' };
    }
    case 'rfm_grid':
      return { ...reason, fm: (reason.f + reason.m + 1) >> 1 };
    case 'rfm_class8':
      return {
        ...reason,
        near: withinMean(reason.days, reason.meanDays),
        frequent: atOrAboveMean(reason.orders, reason.meanOrders),
        high: atOrAboveMean(reason.revenue, reason.meanRevenue),
      };
    case 'churn':
      return {
        ...reason,
        chanceShown: chanceShown(reason),
        chanceBand: churnBand(reason, kit.threshold),
        repeat: reason.orders > 1,
        // Shown as a count of days (whole), and "day" below 1.5: a cycle under a day reads "every ~1 day".
        cycleDays: reason.cycle >= 1 ? Math.round(reason.cycle) : 1,
        sinceDays: Math.round(reason.since),
      };
    default:
      return reason;
  }
}
