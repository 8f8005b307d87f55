// Why a row got its answer, as a code and the facts behind it. The engine decides; the catalogues (src/i18n) turn
// a reason into a sentence, in the language of the place it is shown.
import type { AbcMetric } from './classify/abc';
import type { BigRule } from './classify/quadrant';
import type { ProfitRule } from './classify/profitSplit';
import type { ChurnGroup, GroupKey, IntentGroup, LifecycleGroup, QuadrantGroup, RfmGroup, TierGroup, TouchGroup } from './groups';
import type { DayNumber, Problem } from './types';
import type { ReasonNote } from './agreement';

export type { ReasonNote };

export type Reason =
  | { code: 'tier_no_positive'; metric: AbcMetric }
  | { code: 'tier_amount'; tier: TierGroup; metric: AbcMetric; value: number; limit: number }
  /** share: of the metric held by the customers ranked above; limit: the threshold it is compared with. */
  | { code: 'tier_share'; tier: TierGroup; metric: AbcMetric; share: number; limit: number }
  | { code: 'tier_count'; tier: TierGroup; above: number; share: number; limit: number }
  /** share: of customers with more profit. */
  | { code: 'profit_core'; share: number }
  | { code: 'profit_drain_loss'; profit: number }
  /** share: of customers with less profit. */
  | { code: 'profit_drain_bottom'; share: number }
  | { code: 'profit_maintain'; rule: ProfitRule; profit: number }
  | { code: 'quadrant'; group: QuadrantGroup; tenure: number; tenureDays: number; bigRule: BigRule }
  | { code: 'quadrant_no_purchase' }
  | { code: 'lapsed_cycle'; since: number; limit: number; cycle: number }
  | { code: 'lapsed_window'; since: number; lapseDays: number }
  /** intent: the row's intent if it has a note or score column; score NaN when there is none. */
  | { code: 'prospect'; intent: IntentGroup | null; score: number }
  /** intent when the intent made them potential, else the lead score did. */
  | { code: 'potential'; intent: IntentGroup | null; score: number }
  /** since: days since the purchase, NaN when the date is unknown. */
  | { code: 'one_time'; since: number }
  | { code: 'loyal'; orders: number; since: number }
  | { code: 'intent_text'; intent: IntentGroup; cue: string }
  /** The note's cues disagree (intent unknown): the words that disagree, as found in the normalised note. */
  | { code: 'intent_conflict'; intent: IntentGroup; words: string[] }
  | { code: 'intent_score'; intent: IntentGroup; score: number }
  | { code: 'intent_none'; intent: IntentGroup }
  | { code: 'intent_taught'; intent: IntentGroup }
  | { code: 'rfm_none' }
  | { code: 'rfm_grid'; segment: RfmGroup; r: number; f: number; m: number; days: number; orders: number }
  | {
      code: 'rfm_class8';
      segment: RfmGroup;
      days: number;
      meanDays: number;
      orders: number;
      meanOrders: number;
      revenue: number;
      meanRevenue: number;
    }
  | { code: 'contact'; touch: TouchGroup; last: DayNumber; due: DayNumber }
  | { code: 'contact_none' }
  /** chance: of being still active; active/lost: the cut-offs; cycle: days between orders (NaN for one order);
   *  since: days since the last purchase. */
  | { code: 'churn'; group: ChurnGroup; chance: number; active: number; lost: number; orders: number; cycle: number; since: number }
  /** No fit: too few customers or repeat buyers; needs: the minimum, has: how many there are. */
  | { code: 'churn_not_ready'; reason: 'too_few_customers' | 'no_repeat_buyers' | 'too_few_repeat_buyers'; needs: number; has: number }
  | { code: 'churn_no_purchase' }
  /** Orders but no usable first and last purchase dates. */
  | { code: 'churn_no_dates' };

export type ReasonCode = Reason['code'];

/** A classification's answer for one row. */
export type Outcome =
  /** notes: where another classification of the row seems to disagree, why (agreement.ts). */
  | { kind: 'group'; group: GroupKey; reason: Reason; notes: ReasonNote[] }
  /** The row's data needs fixing first: the cell shows `⚠` and the problem. */
  | { kind: 'problem'; problem: Problem }
  /** Not applicable (`—`), e.g. no RFM for a customer who never bought. */
  | { kind: 'none'; reason: Reason };

/**
 * The row's next step: the first rule of NEXT_STEP_ORDER (outcome.ts) that applies, with the facts its "why" says.
 * A step of the value treatment names the group whose action it is, and which classification gave it.
 */
export type NextStep =
  | { rule: 'fix_data'; problem: Problem }
  | { rule: 'close' }
  /** Just dropped from tier A, or from Loyal to Lapsed, in this run (history.ts): a personal call first. */
  | { rule: 'dropped'; classification: 'tier' | 'lifecycle'; from: GroupKey; to: GroupKey }
  /** A customer at risk whose remaining value (over `months`) is among the top fifth: a personal call. */
  | { rule: 'call_at_risk'; group: 'slipping' | 'likely_lost'; value: number; months: number }
  /** key: a key customer (their RFM segment, or tier A when segment is null), called personally first. */
  | { rule: 'win_back'; key: { segment: RfmGroup | null } | null }
  | { rule: 'contact'; touch: TouchGroup; due: DayNumber }
  | { rule: 'not_interested' }
  | { rule: 'drain' }
  | { rule: 'value'; by: 'rfm' | 'quadrant' | 'tier'; group: GroupKey }
  | { rule: 'stage'; by: 'lifecycle' | 'intent'; group: GroupKey }
  | { rule: 'review' };

export type NextStepRule = NextStep['rule'];
export type { LifecycleGroup };
