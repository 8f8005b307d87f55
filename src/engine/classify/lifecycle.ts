// Lifecycle stages (DOMAIN.md §4), checked in order: Lapsed, Prospect, Potential, One-time, Loyal.
import { INTENT, LIFECYCLE } from '../groups';
import type { Reason } from '../reasons';

const { prospect: LC_PROSPECT, potential: LC_POTENTIAL, one_time: LC_ONE_TIME, loyal: LC_LOYAL, lapsed: LC_LAPSED } = LIFECYCLE.code;
const NO_LIFECYCLE = LIFECYCLE.none;

/** Below this lead score a customer with no orders and no warm intent is only a prospect (DOMAIN.md §4.2). */
export const PROSPECT_SCORE_LIMIT = 60;
/** The own-cycle rule never fires before a month has passed: weekly buyers are not lapsed after three weeks off. */
export const MIN_CYCLE_GAP_DAYS = 30;
export const CYCLE_MULTIPLE = 3;

export interface LifecycleInput {
  orders: ArrayLike<number>;
  firstPurchase: ArrayLike<number>;
  lastPurchase: ArrayLike<number>;
  /** Intent code per row (groups.ts INTENT); INTENT.none when there is no status or lead score column. */
  intent: Uint8Array;
  leadScore: ArrayLike<number>;
  asOf: number;
  lapseDays: number;
}

/** Which rule made a lapsed customer lapsed, kept for the reason. */
export const LAPSE_BY_WINDOW = 1;
export const LAPSE_BY_CYCLE = 2;

export interface LifecycleResult {
  groups: Uint8Array;
  lapseRule: Uint8Array;
}

/** The row's stage; NaN orders (a problem) gives NO_LIFECYCLE. A blank last purchase cannot prove lapse: the stage then comes from orders. */
export function lifecycle(input: LifecycleInput): LifecycleResult {
  const { orders, firstPurchase, lastPurchase, intent, leadScore, asOf, lapseDays } = input;
  const n = orders.length;
  const groups = new Uint8Array(n);
  const lapseRule = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const count = orders[i];
    if (count !== count) {
      groups[i] = NO_LIFECYCLE;
      continue;
    }
    if (count >= 1) {
      const since = asOf - lastPurchase[i];
      if (since > lapseDays) {
        groups[i] = LC_LAPSED;
        lapseRule[i] = LAPSE_BY_WINDOW;
        continue;
      }
      if (count >= 3) {
        const cycle = (lastPurchase[i] - firstPurchase[i]) / (count - 1);
        if (since > Math.max(MIN_CYCLE_GAP_DAYS, CYCLE_MULTIPLE * cycle)) {
          groups[i] = LC_LAPSED;
          lapseRule[i] = LAPSE_BY_CYCLE;
          continue;
        }
      }
      groups[i] = count === 1 ? LC_ONE_TIME : LC_LOYAL;
      continue;
    }
    const warm = intent[i] === INTENT.code.ready || intent[i] === INTENT.code.considering;
    const score = leadScore[i];
    groups[i] = !warm && !(score >= PROSPECT_SCORE_LIMIT) ? LC_PROSPECT : LC_POTENTIAL;
  }
  return { groups, lapseRule };
}

/** The row's stage as facts for its reason; `intent` is the row's intent, null without a note or score column. */
export function lifecycleReason(
  result: LifecycleResult,
  row: number,
  facts: { orders: number; daysSinceLast: number; cycleDays: number; lapseDays: number; intent: ReasonIntent; leadScore: number },
): Reason {
  const since = facts.daysSinceLast;
  switch (result.groups[row]) {
    case LC_LAPSED:
      return result.lapseRule[row] === LAPSE_BY_CYCLE
        ? { code: 'lapsed_cycle', since, limit: Math.max(MIN_CYCLE_GAP_DAYS, CYCLE_MULTIPLE * facts.cycleDays), cycle: facts.cycleDays }
        : { code: 'lapsed_window', since, lapseDays: facts.lapseDays };
    case LC_PROSPECT:
      return { code: 'prospect', intent: facts.intent, score: facts.leadScore };
    case LC_POTENTIAL:
      // The intent made them potential unless a lead score of at least 60 did.
      return {
        code: 'potential',
        intent: facts.intent && !(facts.leadScore >= PROSPECT_SCORE_LIMIT) ? facts.intent : null,
        score: facts.leadScore,
      };
    case LC_ONE_TIME:
      return { code: 'one_time', since };
    default:
      return { code: 'loyal', orders: facts.orders, since };
  }
}

type ReasonIntent = Extract<Reason, { code: 'prospect' }>['intent'];
