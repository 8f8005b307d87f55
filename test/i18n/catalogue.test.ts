// Every catalogue is complete: the Catalogue interface makes a missing key a compile error; these tests check what the
// compiler cannot: no empty text, every descriptor's groups and columns named, every reason and error said in every
// language with its facts in it, and labels a reader can tell apart.
import { ALL_GROUPS, CLASSIFICATION_IDS, DESCRIPTORS, FIELDS, LANGUAGES, type Reason, type SettingError } from '../../src/engine';
import type { FormulaErrorFacts } from '../../src/i18n/catalogue';
import { CATALOGUES, formulaErrorText, reasonText, settingErrorText, SIDEBAR_TEXT } from '../../src/i18n/text';

/** One reason of each code, with distinctive facts whose values must show in the sentence. */
const REASONS: Reason[] = [
  { code: 'tier_no_positive', metric: 'revenue' },
  { code: 'tier_amount', tier: 'B', metric: 'profit', value: 4321, limit: 1000 },
  { code: 'tier_share', tier: 'A', metric: 'revenue', share: 0.412, limit: 0.8 },
  { code: 'tier_count', tier: 'C', above: 17, share: 0.6, limit: 0.5 },
  { code: 'profit_core', share: 0.125 },
  { code: 'profit_drain_loss', profit: -321 },
  { code: 'profit_drain_bottom', share: 0.125 },
  { code: 'profit_maintain', rule: 'bottom20', profit: 321 },
  { code: 'quadrant', group: 'new_big', tenure: 123, tenureDays: 365, bigRule: { kind: 'amount', amount: 5000 } },
  { code: 'quadrant_no_purchase' },
  { code: 'lapsed_cycle', since: 52, limit: 36, cycle: 12 },
  { code: 'lapsed_window', since: 400, lapseDays: 365 },
  { code: 'prospect', intent: 'not_now', score: 35 },
  { code: 'potential', intent: null, score: 77 },
  { code: 'one_time', since: 40 },
  { code: 'loyal', orders: 9, since: 21 },
  { code: 'intent_text', intent: 'considering', cue: 'mulling it over' },
  { code: 'intent_conflict', intent: 'unknown', words: ['wants a quote', 'went with acme'] },
  { code: 'intent_score', intent: 'ready', score: 88 },
  { code: 'intent_none', intent: 'unknown' },
  { code: 'intent_taught', intent: 'not_now' },
  { code: 'rfm_none' },
  { code: 'rfm_grid', segment: 'at_risk', r: 1, f: 4, m: 5, days: 222, orders: 9 },
  { code: 'rfm_class8', segment: 'important_keep', days: 222, meanDays: 100, orders: 9, meanOrders: 3.5, revenue: 4321, meanRevenue: 1000 },
  { code: 'contact', touch: 'usage_follow_up', last: 20454, due: 20461 },
  { code: 'contact_none' },
  { code: 'churn', group: 'slipping', chance: 0.312, active: 0.7, lost: 0.3, orders: 5, cycle: 45, since: 160 },
  { code: 'churn_not_ready', reason: 'too_few_repeat_buyers', needs: 10, has: 3 },
  { code: 'churn_no_purchase' },
  { code: 'churn_no_dates' },
];

/** The facts each reason's sentence must carry (numbers as digits, whatever the language's formatting). */
const MUST_SHOW: Partial<Record<Reason['code'], string[]>> = {
  tier_amount: ['4', '321'],
  tier_share: ['41'],
  tier_count: ['17'],
  profit_drain_loss: ['321'],
  quadrant: ['123', '365'],
  lapsed_cycle: ['52', '36', '12'],
  lapsed_window: ['400', '365'],
  prospect: ['35'],
  potential: ['77'],
  one_time: ['40'],
  loyal: ['9', '21'],
  intent_text: ['mulling it over'],
  intent_conflict: ['wants a quote', 'went with acme'],
  intent_score: ['88'],
  rfm_grid: ['R1', 'F4', 'M5', '222'],
  rfm_class8: ['222', '9'],
  churn: ['31', '30', '70', '45', '160'],
  churn_not_ready: ['10', '3'],
  contact: ['2026'], // dates as the spreadsheet locale writes them: test/i18n/format.test.ts
};

describe('the catalogues', () => {
  test('a sample of every reason code is checked', () => {
    const codes = new Set(REASONS.map((r) => r.code));
    expect(codes.size).toBe(Object.keys(CATALOGUES.en.reasons).length);
  });

  test.each(LANGUAGES)('%s: every group has a label and an action, and labels differ within each classification', (language) => {
    const c = CATALOGUES[language];
    for (const group of ALL_GROUPS) {
      expect({ group, label: c.labels[group]?.trim().length > 0, action: c.actions[group]?.trim().length > 3 }).toEqual({
        group,
        label: true,
        action: true,
      });
    }
    for (const d of DESCRIPTORS) {
      for (const preset of ['grid11', 'class8'] as const) {
        const labels = d.groups({ rfmPreset: preset }).map((g) => c.labels[g].toLowerCase());
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
  });

  test.each(LANGUAGES)('%s: every column a descriptor writes has a header, and every field a name', (language) => {
    const c = CATALOGUES[language];
    for (const d of DESCRIPTORS)
      for (const column of d.columns)
        expect({ id: d.id, column, header: !!c.headers[d.id][column] }).toEqual({ id: d.id, column, header: true });
    for (const field of FIELDS) expect(c.fields[field].length).toBeGreaterThan(0);
    expect(new Set(FIELDS.map((f) => c.fields[f])).size).toBe(FIELDS.length);
  });

  test.each(LANGUAGES)('%s: every reason is a sentence that carries its facts', (language) => {
    for (const reason of REASONS) {
      const text = reasonText(reason, language);
      expect({ code: reason.code, text }).toEqual({ code: reason.code, text: expect.stringMatching(/\S/) });
      expect(text).not.toMatch(/undefined|NaN|\[object|\{/);
      for (const fact of MUST_SHOW[reason.code] ?? [])
        expect({ code: reason.code, text, has: text.includes(fact) }).toMatchObject({ has: true });
    }
  });

  test.each(LANGUAGES)('%s: every setting error and formula error is said', (language) => {
    const settingErrors: SettingError[] = [
      { setting: 'tierMethod', code: 'one_of', options: ['share', 'count'] },
      { setting: 'lapseDays', code: 'number_between', min: 1, max: 36500, integer: true },
      { setting: 'tierB', code: 'fraction_between', min: { tierA: 0.9 }, max: 1, got: 0.8, example: 0.95 },
      { setting: 'tierA', code: 'not_a_number' },
      { setting: 'tierA', code: 'amount_needs_both' },
      { setting: 'tierA', code: 'amount_order', tierA: 10, tierB: 50 },
      { setting: 'settings', code: 'not_settings' },
      { setting: 'asOf', code: 'as_of' },
      { setting: 'valueMonths', code: 'whole_between', min: 1, max: 120, example: 12 },
    ];
    expect(new Set(settingErrors.map((e) => e.code)).size).toBe(Object.keys(CATALOGUES.en.settingErrors).length);
    for (const error of settingErrors) expect(settingErrorText(error, language)).toMatch(/\S.{10,}/);
    const formulaErrors: FormulaErrorFacts[] = [
      { code: 'as_of', got: 'yesterday' },
      { code: 'not_a_number', name: 'a', got: 'x' },
      { code: 'threshold_amount', name: 'a', got: -1 },
      { code: 'threshold_fraction', name: 'b', method: 'count', got: -2 },
      { code: 'single_column', name: 'values', width: 3 },
      { code: 'table_needed', name: 'table' },
      { code: 'same_height', first: 'orders', firstRows: 10, other: 'revenues', otherRows: 9 },
      { code: 'one_of', name: 'rule', options: ['loss', 'bottom20'], got: 'x' },
      { code: 'no_header', name: 'table' },
      { code: 'settings', message: 'kept as given' },
      { code: 'unexpected', message: 'boom' },
    ];
    expect(new Set(formulaErrors.map((e) => e.code)).size).toBe(Object.keys(CATALOGUES.en.formulaErrors).length);
    for (const facts of formulaErrors) {
      const text = formulaErrorText(facts, language);
      expect(text).not.toMatch(/undefined|\{/);
      if ('name' in facts) expect(text).toContain(facts.name);
    }
  });

  test.each(LANGUAGES)('%s: every page text is filled in', (language) => {
    const empty = Object.entries(SIDEBAR_TEXT[language]).filter(([, v]) => typeof v === 'string' && v.trim() === '');
    expect(empty).toEqual([]);
    expect(Object.keys(CATALOGUES[language].settingWords.classifications).sort()).toEqual([...CLASSIFICATION_IDS].sort());
  });

  test('English labels are the ones DOMAIN.md fixes (users’ formulas compare against them)', () => {
    const { labels } = CATALOGUES.en;
    expect([labels.A, labels.core, labels.old_big, labels.lapsed, labels.ready, labels.champions, labels.win_back]).toEqual([
      'A',
      'Core',
      'Old & big',
      'Lapsed',
      'Ready to buy',
      'Champions',
      'Win-back call',
    ]);
  });
});
