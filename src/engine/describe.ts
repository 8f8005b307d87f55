// Per-row answers with their reasons, in the run's language, from the typed results of classifyCustomers.
import { abcReason, NO_TIER, TIER_A, TIER_KEYS } from './classify/abc';
import { LC_LAPSED, LC_LOYAL, LC_ONE_TIME, LIFECYCLE_KEYS, lifecycleReason, NO_LIFECYCLE } from './classify/lifecycle';
import { NO_TOUCH, nextContactReason, TOUCH_KEYS } from './classify/nextContact';
import { NO_PROFIT_GROUP, PROFIT_KEYS, profitReason } from './classify/profitSplit';
import { NO_QUADRANT, QUADRANT_KEYS, quadrantReason } from './classify/quadrant';
import { rfmReason, rfmScoreText, rfmSegmentKey } from './classify/rfm';
import type { Classified } from './classifyCustomers';
import type { Field, Language, Problem } from './types';
import { INTENT_GROUPS, type Classification, type GroupKey } from './groups';
import { groupAction } from './i18n/actions';
import { formatAmount } from './i18n/format';
import { groupLabel } from './i18n/labels';
import { intentReason } from './i18n/intentReason';
import { formatDayNumber } from './parse/dates';
import { FIELDS } from './types';

export const WARNING_SIGN = '⚠ ';
export const NOT_APPLICABLE = '—';

export interface Outcome {
  /** The group, or null for a problem or "not applicable". */
  group: GroupKey | null;
  /** What the cell shows: the group's label, `⚠ reason`, or `—`. */
  label: string;
  reason: string;
}

/** The first error among the fields a classification needs, in field order. */
export function problemFor(c: Classified, classification: Classification, row: number): Problem | null {
  const mask = c.masks[classification];
  if (!(c.table.bad[row] & mask)) return null;
  const byField = c.table.problemAt.get(row);
  if (!byField) return null;
  for (const field of FIELDS) {
    const p = byField.get(field as Field);
    if (p && mask & (1 << FIELDS.indexOf(field))) return p;
  }
  return null;
}

function problemOutcome(p: Problem): Outcome {
  return { group: null, label: WARNING_SIGN + p.reason, reason: p.reason };
}

function notApplicable(reason: string): Outcome {
  return { group: null, label: NOT_APPLICABLE, reason };
}

/** The answer of one classification for one row; null for a fully blank row (it stays blank). */
export function describe(c: Classified, classification: Classification, row: number, language: Language): Outcome | null {
  const t = c.table;
  if (t.blank[row]) return null;
  const problem = problemFor(c, classification, row);
  switch (classification) {
    case 'tier': {
      if (!c.tier) return null;
      if (problem) return problemOutcome(problem);
      const code = c.tier.tiers[row];
      if (code === NO_TIER) return null;
      const value = c.settings.tierMetric === 'profit' ? t.profit[row] : t.revenue[row];
      const group = TIER_KEYS[code];
      return { group, label: groupLabel(group, language), reason: abcReason(c.tier, row, value, language, c.settings.tierMetric) };
    }
    case 'profit': {
      if (!c.profit) return null;
      if (problem) return problemOutcome(problem);
      const code = c.profit.groups[row];
      if (code === NO_PROFIT_GROUP) return null;
      const group = PROFIT_KEYS[code];
      return { group, label: groupLabel(group, language), reason: profitReason(c.profit, row, t.profit[row], language) };
    }
    case 'quadrant': {
      if (!c.quadrant) return null;
      if (problem) return problemOutcome(problem);
      const code = c.quadrant.groups[row];
      if (code === NO_QUADRANT) return notApplicable(noPurchase(language));
      const group = QUADRANT_KEYS[code];
      const tenure = c.asOf - t.firstPurchase[row];
      return {
        group,
        label: groupLabel(group, language),
        reason: quadrantReason(code, tenure, c.settings.tenureDays, c.bigRule, language),
      };
    }
    case 'lifecycle': {
      if (!c.lifecycle) return null;
      if (problem) return problemOutcome(problem);
      const code = c.lifecycle.groups[row];
      if (code === NO_LIFECYCLE) return null;
      const group = LIFECYCLE_KEYS[code];
      const orders = t.orders[row];
      const intentCode = c.intent[row];
      const last = t.lastPurchase[row];
      const first = t.firstPurchase[row];
      return {
        group,
        label: groupLabel(group, language),
        reason: lifecycleReason(
          {
            group: code,
            lapseRule: c.lifecycle.lapseRule[row],
            orders,
            daysSinceLast: c.asOf - last,
            cycleDays: orders > 1 ? (last - first) / (orders - 1) : NaN,
            lapseDays: c.settings.lapseDays,
            intentLabel: intentCode < INTENT_GROUPS.length ? groupLabel(INTENT_GROUPS[intentCode], language) : null,
            leadScore: t.leadScore[row],
          },
          language,
        ),
      };
    }
    case 'intent': {
      if (!c.readIntent) return null;
      if (problem && problem.field === 'lead_score' && !t.status[row]) return problemOutcome(problem);
      const reading = c.readIntent(t.status[row], t.leadScore[row]);
      const group = reading.intent;
      return { group, label: groupLabel(group, language), reason: intentReason(reading, t.leadScore[row], language) };
    }
    case 'rfm': {
      if (!c.rfm) return null;
      if (problem) return problemOutcome(problem);
      const key = rfmSegmentKey(c.rfm, row);
      if (!key) return notApplicable(rfmReason(c.rfm, row, '', language, { days: 0, orders: 0, revenue: 0, revenueText: '' }));
      const label = groupLabel(key, language);
      return {
        group: key,
        label,
        reason: rfmReason(c.rfm, row, label, language, {
          days: c.asOf - t.lastPurchase[row],
          orders: t.orders[row],
          revenue: t.revenue[row],
          revenueText: formatAmount(t.revenue[row], language),
        }),
      };
    }
    case 'nextContact': {
      if (!c.nextContact) return null;
      if (problem) return problemOutcome(problem);
      const touch = c.nextContact.touches[row];
      const due = c.nextContact.dates[row];
      if (touch === NO_TOUCH) return notApplicable(nextContactReason(NO_TOUCH, '', '', language));
      const group = TOUCH_KEYS[touch];
      const last = formatDayNumber(t.lastPurchase[row]);
      return { group, label: groupLabel(group, language), reason: nextContactReason(touch, last, formatDayNumber(due), language) };
    }
  }
}

function noPurchase(language: Language): string {
  if (language === 'es') return 'sin compras todavía';
  if (language === 'zh') return '尚无购买';
  return 'no purchase yet';
}

/** The RFM score text ("545", or "—"), for the score column. */
export function rfmScore(c: Classified, row: number): string {
  return c.rfm ? rfmScoreText(c.rfm, row) : NOT_APPLICABLE;
}

export type NextStepRule = 'fix_data' | 'close' | 'win_back' | 'contact' | 'quadrant' | 'tier' | 'lifecycle' | 'intent' | 'review';

export interface NextStep {
  rule: NextStepRule;
  /** 1–5: the rule's number in DOMAIN.md's "Next step" list (6 when nothing applied). */
  ruleNumber: number;
  text: string;
}

/** Within this many days of as_of a scheduled touch becomes the next step (rule 4). */
const DUE_SOON_DAYS = 7;

const RULE_PREFIX: Record<Language, (n: number) => string> = {
  en: (n) => `[Rule ${n}] `,
  es: (n) => `[Regla ${n}] `,
  zh: (n) => `[规则 ${n}] `,
};

/** DOMAIN.md "Next step": the first rule that applies, saying which. */
export function nextStep(c: Classified, row: number, language: Language): NextStep | null {
  const t = c.table;
  if (t.blank[row]) return null;
  const step = (rule: NextStepRule, ruleNumber: number, text: string): NextStep => ({
    rule,
    ruleNumber,
    text: RULE_PREFIX[language](ruleNumber) + text,
  });
  const byField = t.problemAt.get(row);
  if (byField && byField.size) {
    const first = [...byField.values()][0];
    const fix = { en: 'Fix the data: ', es: 'Corrija los datos: ', zh: '请先修正数据：' }[language];
    return step('fix_data', 1, fix + first.reason);
  }
  if (c.intent[row] === 0) return step('close', 2, groupAction('ready', language));
  const stage = c.lifecycle ? c.lifecycle.groups[row] : NO_LIFECYCLE;
  const lapsedByWindow = stage > LC_LAPSED && c.asOf - t.lastPurchase[row] > c.settings.lapseDays;
  if (stage === LC_LAPSED || lapsedByWindow) {
    const tierA = c.revenueTier && c.revenueTier.tiers[row] === TIER_A;
    const personal = {
      en: 'A key customer has lapsed: call them personally, find out why they left and win them back.',
      es: 'Un cliente clave se ha ido: llámelo personalmente, averigüe por qué y recupérelo.',
      zh: '重点客户已流失：亲自打电话，了解原因，把他们挽回。',
    }[language];
    return step('win_back', 3, tierA ? personal : groupAction('lapsed', language));
  }
  if (c.nextContact) {
    const touch = c.nextContact.touches[row];
    const due = c.nextContact.dates[row];
    if (touch !== NO_TOUCH && due - c.asOf <= DUE_SOON_DAYS) {
      const when = { en: ` (by ${formatDayNumber(due)})`, es: ` (antes del ${formatDayNumber(due)})`, zh: `（${formatDayNumber(due)} 之前）` }[language];
      return step('contact', 4, groupAction(TOUCH_KEYS[touch], language) + when);
    }
  }
  if (c.quadrant && c.quadrant.groups[row] !== NO_QUADRANT) {
    return step('quadrant', 5, groupAction(QUADRANT_KEYS[c.quadrant.groups[row]], language));
  }
  const orders = t.orders[row];
  // Without dates, the tier's treatment; a customer who never bought is better served by the lifecycle stage or intent.
  if (!(orders === 0) && c.tier && c.tier.tiers[row] !== NO_TIER && !(t.bad[row] & c.masks.tier)) {
    return step('tier', 5, groupAction(TIER_KEYS[c.tier.tiers[row]], language));
  }
  if (c.lifecycle && stage !== NO_LIFECYCLE && stage !== LC_ONE_TIME && stage !== LC_LOYAL) {
    return step('lifecycle', 5, groupAction(LIFECYCLE_KEYS[stage], language));
  }
  if (c.intent[row] < INTENT_GROUPS.length) return step('intent', 5, groupAction(INTENT_GROUPS[c.intent[row]], language));
  if (c.lifecycle && stage !== NO_LIFECYCLE) return step('lifecycle', 5, groupAction(LIFECYCLE_KEYS[stage], language));
  const review = { en: 'Review this customer: add revenue, orders or dates so they can be classified.', es: 'Revise este cliente: añada ventas, pedidos o fechas para poder clasificarlo.', zh: '请补充销售额、订单数或日期，以便对该客户分类。' }[language];
  return step('review', 6, review);
}

/**
 * A row's group without writing its reason (counting for the summary, colouring): a key, 'problem' for `⚠`,
 * 'none' for `—`, or null for a blank row or a classification that was not computed.
 */
export function groupOf(c: Classified, classification: Classification, row: number): GroupKey | 'problem' | 'none' | null {
  const t = c.table;
  if (t.blank[row]) return null;
  if (classification !== 'intent' && problemFor(c, classification, row)) return 'problem';
  switch (classification) {
    case 'tier':
      return c.tier && c.tier.tiers[row] !== NO_TIER ? TIER_KEYS[c.tier.tiers[row]] : null;
    case 'profit':
      return c.profit && c.profit.groups[row] !== NO_PROFIT_GROUP ? PROFIT_KEYS[c.profit.groups[row]] : null;
    case 'quadrant':
      if (!c.quadrant) return null;
      return c.quadrant.groups[row] === NO_QUADRANT ? 'none' : QUADRANT_KEYS[c.quadrant.groups[row]];
    case 'lifecycle':
      return c.lifecycle && c.lifecycle.groups[row] !== NO_LIFECYCLE ? LIFECYCLE_KEYS[c.lifecycle.groups[row]] : null;
    case 'intent': {
      if (!c.readIntent) return null;
      const problem = problemFor(c, 'intent', row);
      if (problem && problem.field === 'lead_score' && !t.status[row]) return 'problem';
      return c.intent[row] < INTENT_GROUPS.length ? INTENT_GROUPS[c.intent[row]] : null;
    }
    case 'rfm':
      return c.rfm ? (rfmSegmentKey(c.rfm, row) ?? 'none') : null;
    case 'nextContact':
      if (!c.nextContact) return null;
      return c.nextContact.touches[row] === NO_TOUCH ? 'none' : TOUCH_KEYS[c.nextContact.touches[row]];
  }
}
