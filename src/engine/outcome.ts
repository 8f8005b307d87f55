// A classification's answer for one row, and the row's next step, as facts: the same for every classification,
// through its descriptor. Turned into words by the catalogues (src/i18n).
import type { Classified } from './classifyCustomers';
import { descriptorOf, problemFor, type ClassificationId } from './classifications';
import { valuableAtRisk } from './classify/churn';
import { CHURN, INTENT, LIFECYCLE, QUADRANT, TIER, TOUCH, type GroupKey } from './groups';
import type { NextStep, Outcome } from './reasons';
import type { Problem } from './types';
import { isLoss, keyCustomer, notesFor, RFM_TREATMENT_FIRST, rfmSegmentOf } from './agreement';

/** The problem that stands in for a classification's answer on a row, if any. */
export function problemOf(c: Classified, id: ClassificationId, row: number): Problem | null {
  const descriptor = descriptorOf(id);
  return descriptor.problem ? descriptor.problem(c, row) : problemFor(c, id, row);
}

/** The answer of one classification for one row; null for a blank row or a classification that was not computed. */
export function outcome(c: Classified, id: ClassificationId, row: number): Outcome | null {
  if (c.table.blank[row]) return null;
  const descriptor = descriptorOf(id);
  if (!descriptor.computed(c)) return null;
  const problem = problemOf(c, id, row);
  if (problem) return { kind: 'problem', problem };
  const group = descriptor.group(c, row);
  if (group === null) return null;
  return group === 'none'
    ? { kind: 'none', reason: descriptor.reason(c, row) }
    : { kind: 'group', group, reason: descriptor.reason(c, row), notes: notesFor(c, id, row, group) };
}

/**
 * A row's group without its reason (counting for the summary, colouring): a key, 'problem' for `⚠`, 'none' for `—`,
 * or null for a blank row or a classification that was not computed.
 */
export function groupOf(c: Classified, id: ClassificationId, row: number): GroupKey | 'problem' | 'none' | null {
  if (c.table.blank[row]) return null;
  const descriptor = descriptorOf(id);
  if (!descriptor.computed(c)) return null;
  if (problemOf(c, id, row)) return 'problem';
  return descriptor.group(c, row);
}

/** Within this many days of as_of a scheduled touch becomes the next step. */
const DUE_SOON_DAYS = 7;

/**
 * The order of the next-step rules, the first that applies wins (DOMAIN.md "Next step", with the order the check of
 * combinations asked for, test/engine/agreement.test.ts):
 * 1. fix the data; 2. close a customer ready to buy; 2b. call at once a customer who just dropped from tier A, or
 * from Loyal to Lapsed (known from the run history, history.ts); 2c. with churn risk computed, call a customer at risk
 * (Slipping or Likely lost) whose remaining value is among the top fifth personally, before any mass win-back;
 * 3. win back a lapsed customer, a key one by a personal call
 * first; 4. a touch due within a week; 5. learn why when the note says not interested; 6. cut the cost of a customer
 * who loses money; 7. the value treatment: the RFM segment's for the best customers and the valuable ones slipping
 * away, else the quadrant's, else the tier's; 8. a customer who never bought: their stage or intent; 9. review.
 * The summary sheet explains the same order to the owner.
 */
export const NEXT_STEP_ORDER = [
  'fix_data',
  'close',
  'dropped',
  'call_at_risk',
  'win_back',
  'contact',
  'not_interested',
  'drain',
  'value',
  'stage',
  'review',
] as const;

/** The row's next step, as facts; null for a blank row. */
export function nextStep(c: Classified, row: number): NextStep | null {
  const t = c.table;
  if (t.blank[row]) return null;
  const byField = t.problemAt.get(row);
  if (byField?.size) return { rule: 'fix_data', problem: [...byField.values()][0] };
  if (c.intent[row] === INTENT.code.ready) return { rule: 'close' };
  const drop = c.history?.dropped[row];
  if (drop) return { rule: 'dropped', classification: drop.classification, from: drop.from as GroupKey, to: drop.to as GroupKey };
  const atRisk = c.churn ? valuableAtRisk(c.churn, row) : null;
  if (atRisk !== null) {
    const group = CHURN.keys[c.churn!.groups[row]] as 'slipping' | 'likely_lost';
    return { rule: 'call_at_risk', group, value: atRisk, months: c.churn!.options.months };
  }
  const stage = c.lifecycle ? c.lifecycle.groups[row] : LIFECYCLE.none;
  const lapsedByWindow = stage === LIFECYCLE.none && c.asOf - t.lastPurchase[row] > c.settings.lapseDays;
  if (stage === LIFECYCLE.code.lapsed || lapsedByWindow) return { rule: 'win_back', key: keyCustomer(c, row) };
  if (c.nextContact) {
    const touch = c.nextContact.touches[row];
    const due = c.nextContact.dates[row];
    if (touch !== TOUCH.none && due - c.asOf <= DUE_SOON_DAYS) return { rule: 'contact', touch: TOUCH.keys[touch], due };
  }
  if (c.intent[row] === INTENT.code.not_interested) return { rule: 'not_interested' };
  if (isLoss(c, row)) return { rule: 'drain' };
  const segment = rfmSegmentOf(c, row);
  if (segment && RFM_TREATMENT_FIRST.has(segment)) return { rule: 'value', by: 'rfm', group: segment };
  if (c.quadrant && c.quadrant.groups[row] !== QUADRANT.none) {
    return { rule: 'value', by: 'quadrant', group: QUADRANT.keys[c.quadrant.groups[row]] };
  }
  // Without dates, the tier's treatment; a customer who never bought is better served by the lifecycle stage or intent.
  if (!(t.orders[row] === 0) && c.tier && c.tier.tiers[row] !== TIER.none && !(t.bad[row] & c.masks.tier)) {
    return { rule: 'value', by: 'tier', group: TIER.keys[c.tier.tiers[row]] };
  }
  const known = c.lifecycle && stage !== LIFECYCLE.none;
  if (known && stage !== LIFECYCLE.code.one_time && stage !== LIFECYCLE.code.loyal) {
    return { rule: 'stage', by: 'lifecycle', group: LIFECYCLE.keys[stage] };
  }
  if (c.intent[row] < INTENT.none) return { rule: 'stage', by: 'intent', group: INTENT.keys[c.intent[row]] };
  if (known) return { rule: 'stage', by: 'lifecycle', group: LIFECYCLE.keys[stage] };
  return { rule: 'review' };
}
