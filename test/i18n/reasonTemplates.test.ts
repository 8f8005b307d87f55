// Every reason's and note's sentence template, in every language, against samples of every code: the template parses,
// reads only facts the reason (with reasonFacts' derived ones) has, and says nothing broken. The sample tables are
// typed by code, so a new code does not compile until it has a sample here.
import { LANGUAGES, type Reason, type ReasonCode, type ReasonNote } from '../../src/engine';
import { reasonFacts } from '../../src/i18n/reasonFacts';
import { factsRead, render } from '../../src/i18n/template';
import { CATALOGUES, textKit } from '../../src/i18n/text';

type Samples<T extends { code: string }> = { [C in T['code']]: [Extract<T, { code: C }>, ...Extract<T, { code: C }>[]] };

/** At least one of each code; more where a template branches (plurals, selects, a missing score or date). */
const REASONS: Samples<Reason> = {
  tier_no_positive: [
    { code: 'tier_no_positive', metric: 'revenue' },
    { code: 'tier_no_positive', metric: 'profit' },
  ],
  tier_amount: [
    { code: 'tier_amount', tier: 'A', metric: 'revenue', value: 12500.5, limit: 10000 },
    { code: 'tier_amount', tier: 'C', metric: 'profit', value: 12, limit: 100 },
  ],
  tier_share: [
    { code: 'tier_share', tier: 'B', metric: 'revenue', share: 0.85, limit: 0.95 },
    { code: 'tier_share', tier: 'C', metric: 'profit', share: 0.96, limit: 0.95 },
  ],
  tier_count: [
    { code: 'tier_count', tier: 'A', above: 1, share: 0.1, limit: 0.2 },
    { code: 'tier_count', tier: 'C', above: 1234, share: 0.6, limit: 0.5 },
  ],
  profit_core: [{ code: 'profit_core', share: 0.125 }],
  profit_drain_loss: [{ code: 'profit_drain_loss', profit: -321.5 }],
  profit_drain_bottom: [{ code: 'profit_drain_bottom', share: 0.125 }],
  profit_maintain: [
    { code: 'profit_maintain', rule: 'loss', profit: 50 },
    { code: 'profit_maintain', rule: 'bottom20', profit: 50 },
  ],
  quadrant: [
    { code: 'quadrant', group: 'old_big', tenure: 400, tenureDays: 365, bigRule: { kind: 'tierA' } },
    { code: 'quadrant', group: 'new_small', tenure: 1, tenureDays: 365, bigRule: { kind: 'tierA' } },
    { code: 'quadrant', group: 'new_big', tenure: 12.5, tenureDays: 30, bigRule: { kind: 'amount', amount: 5000 } },
    { code: 'quadrant', group: 'old_small', tenure: 90, tenureDays: 30, bigRule: { kind: 'amount', amount: 5000 } },
  ],
  quadrant_no_purchase: [{ code: 'quadrant_no_purchase' }],
  lapsed_cycle: [
    { code: 'lapsed_cycle', since: 52.5, limit: 36, cycle: 12 },
    { code: 'lapsed_cycle', since: 1, limit: 14, cycle: 0.5 },
  ],
  lapsed_window: [
    { code: 'lapsed_window', since: 400, lapseDays: 365 },
    { code: 'lapsed_window', since: 1, lapseDays: 1 },
  ],
  prospect: [
    { code: 'prospect', intent: 'not_now', score: 35 },
    { code: 'prospect', intent: null, score: Number.NaN },
  ],
  potential: [
    { code: 'potential', intent: null, score: 77 },
    { code: 'potential', intent: 'ready', score: Number.NaN },
  ],
  one_time: [
    { code: 'one_time', since: 40 },
    { code: 'one_time', since: 1 },
    { code: 'one_time', since: Number.NaN },
  ],
  loyal: [
    { code: 'loyal', orders: 9, since: 21.5 },
    { code: 'loyal', orders: 1, since: Number.NaN },
  ],
  intent_text: [{ code: 'intent_text', intent: 'considering', cue: 'mulling it over' }],
  intent_conflict: [
    { code: 'intent_conflict', intent: 'unknown', words: ['wants a quote', 'went with acme'] },
    { code: 'intent_conflict', intent: 'unknown', words: ['no', 'yes', 'maybe'] },
  ],
  intent_score: [
    { code: 'intent_score', intent: 'ready', score: 88 },
    { code: 'intent_score', intent: 'considering', score: 45 },
    { code: 'intent_score', intent: 'not_now', score: 10 },
  ],
  intent_none: [{ code: 'intent_none', intent: 'unknown' }],
  intent_taught: [{ code: 'intent_taught', intent: 'not_now' }],
  rfm_none: [{ code: 'rfm_none' }],
  rfm_grid: [
    { code: 'rfm_grid', segment: 'at_risk', r: 1, f: 4, m: 5, days: 222, orders: 9 },
    { code: 'rfm_grid', segment: 'champions', r: 5, f: 5, m: 5, days: 1, orders: 1 },
  ],
  rfm_class8: [
    {
      code: 'rfm_class8',
      segment: 'important_keep',
      days: 222,
      meanDays: 100,
      orders: 9,
      meanOrders: 3.5,
      revenue: 4321,
      meanRevenue: 1000,
    },
    {
      code: 'rfm_class8',
      segment: 'general_develop',
      days: 1,
      meanDays: 100.4,
      orders: 1,
      meanOrders: 3.45,
      revenue: 10,
      meanRevenue: 1000,
    },
  ],
  contact: [
    { code: 'contact', touch: 'win_back', last: 20400, due: 20461 },
    { code: 'contact', touch: 'thank_you', last: 20459, due: 20461 },
    { code: 'contact', touch: 'usage_follow_up', last: 20454, due: 20461 },
    { code: 'contact', touch: 'keep_in_touch', last: 20431, due: 20461 },
  ],
  contact_none: [{ code: 'contact_none' }],
  churn: [
    { code: 'churn', group: 'slipping', chance: 0.696, active: 0.7, lost: 0.3, orders: 5, cycle: 45, since: 160 },
    { code: 'churn', group: 'active', chance: 0.9, active: 0.7, lost: 0.3, orders: 2, cycle: 0.5, since: 1 },
    { code: 'churn', group: 'likely_lost', chance: 0.1, active: 0.7, lost: 0.3, orders: 1, cycle: Number.NaN, since: 1.2 },
  ],
  churn_not_ready: [
    { code: 'churn_not_ready', reason: 'too_few_customers', needs: 30, has: 12 },
    { code: 'churn_not_ready', reason: 'no_repeat_buyers', needs: 10, has: 0 },
    { code: 'churn_not_ready', reason: 'too_few_repeat_buyers', needs: 10, has: 3 },
  ],
  churn_no_purchase: [{ code: 'churn_no_purchase' }],
  churn_no_dates: [{ code: 'churn_no_dates' }],
};

const NOTES: Samples<ReasonNote> = {
  key_customer: [
    { code: 'key_customer', segment: 'champions' },
    { code: 'key_customer', segment: null },
  ],
  quieter_than_most: [{ code: 'quieter_than_most', segment: 'at_risk' }],
  past_own_cycle: [{ code: 'past_own_cycle' }],
  loses_money: [{ code: 'loses_money' }],
  cycle_unknown: [{ code: 'cycle_unknown' }],
};

const LOCALES = ['en_US', 'es_ES', 'zh_CN', 'de_DE'];

describe.each(LANGUAGES)('%s sentence templates', (language) => {
  const c = CATALOGUES[language];

  test('every reason code and note code has a template', () => {
    expect(Object.keys(c.reasons).sort()).toEqual(Object.keys(REASONS).sort());
    expect(Object.keys(c.notes).sort()).toEqual(Object.keys(NOTES).sort());
  });

  test.each(Object.keys(REASONS) as ReasonCode[])('%s reads only its facts and says nothing broken', (code) => {
    const template = c.reasons[code];
    for (const locale of LOCALES) {
      const kit = textKit(language, locale);
      for (const reason of REASONS[code]) {
        const facts = reasonFacts(reason, kit);
        expect({ code, missing: factsRead(template).filter((name) => !(name in facts)) }).toEqual({ code, missing: [] });
        const text = render(template, facts, kit);
        expect(text).toMatch(/\S/);
        expect({ reason, text }).not.toMatchObject({ text: expect.stringMatching(/undefined|NaN|null|\[object|[{}]/) });
      }
    }
  });

  test.each(Object.keys(NOTES) as ReasonNote['code'][])('note %s reads only its facts and says nothing broken', (code) => {
    const template = c.notes[code];
    const kit = textKit(language);
    for (const note of NOTES[code]) {
      expect({ code, missing: factsRead(template).filter((name) => !(name in note)) }).toEqual({ code, missing: [] });
      const text = render(template, note, kit);
      expect(text).toMatch(/\S/);
      expect(text).not.toMatch(/undefined|NaN|null|\[object|[{}]/);
    }
  });
});
