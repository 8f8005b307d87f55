// A classification's answer for one row, and the row's next step, as facts: the same for every classification,
// through its descriptor. Turned into words by the catalogues (src/i18n).
import type { Classified } from './classifyCustomers';
import { descriptorOf, problemFor, type ClassificationId } from './classifications';
import { INTENT, LIFECYCLE, QUADRANT, TIER, TOUCH, type GroupKey } from './groups';
import type { NextStep, Outcome } from './reasons';
import type { Problem } from './types';

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
    : { kind: 'group', group, reason: descriptor.reason(c, row) };
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

/** Within this many days of as_of a scheduled touch becomes the next step (rule 4). */
const DUE_SOON_DAYS = 7;

/** DOMAIN.md "Next step": the first rule that applies, saying which. Null for a blank row. */
export function nextStep(c: Classified, row: number): NextStep | null {
  const t = c.table;
  if (t.blank[row]) return null;
  const byField = t.problemAt.get(row);
  if (byField?.size) return { rule: 'fix_data', ruleNumber: 1, problem: [...byField.values()][0] };
  if (c.intent[row] === INTENT.code.ready) return { rule: 'close', ruleNumber: 2 };
  const stage = c.lifecycle ? c.lifecycle.groups[row] : LIFECYCLE.none;
  const lapsedByWindow = stage === LIFECYCLE.none && c.asOf - t.lastPurchase[row] > c.settings.lapseDays;
  if (stage === LIFECYCLE.code.lapsed || lapsedByWindow) {
    return { rule: 'win_back', ruleNumber: 3, keyCustomer: !!c.revenueTier && c.revenueTier.tiers[row] === TIER.code.A };
  }
  if (c.nextContact) {
    const touch = c.nextContact.touches[row];
    const due = c.nextContact.dates[row];
    if (touch !== TOUCH.none && due - c.asOf <= DUE_SOON_DAYS) return { rule: 'contact', ruleNumber: 4, touch: TOUCH.keys[touch], due };
  }
  if (c.quadrant && c.quadrant.groups[row] !== QUADRANT.none) {
    return { rule: 'quadrant', ruleNumber: 5, group: QUADRANT.keys[c.quadrant.groups[row]] };
  }
  // Without dates, the tier's treatment; a customer who never bought is better served by the lifecycle stage or intent.
  if (!(t.orders[row] === 0) && c.tier && c.tier.tiers[row] !== TIER.none && !(t.bad[row] & c.masks.tier)) {
    return { rule: 'tier', ruleNumber: 5, group: TIER.keys[c.tier.tiers[row]] };
  }
  const known = c.lifecycle && stage !== LIFECYCLE.none;
  if (known && stage !== LIFECYCLE.code.one_time && stage !== LIFECYCLE.code.loyal) {
    return { rule: 'lifecycle', ruleNumber: 5, group: LIFECYCLE.keys[stage] };
  }
  if (c.intent[row] < INTENT.none) return { rule: 'intent', ruleNumber: 5, group: INTENT.keys[c.intent[row]] };
  if (known) return { rule: 'lifecycle', ruleNumber: 5, group: LIFECYCLE.keys[stage] };
  return { rule: 'review', ruleNumber: 6 };
}
