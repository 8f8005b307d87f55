// Every catalogue sentence that is a template (src/i18n/template.ts), in every language, filled in with the facts its
// caller gives: it must parse, read no fact the caller does not give, and leave no hole in the text. The facts listed
// here are the callers' (text.ts, src/output, src/server): a template that names another fact fails here, not in a
// user's sheet as "undefined".
import type { SettingError } from '../../src/engine';
import { LANGUAGES } from '../../src/engine/types';
import type { FormulaErrorFacts } from '../../src/i18n/catalogue';
import { factsRead, render } from '../../src/i18n/template';
import { CATALOGUES, textKit } from '../../src/i18n/text';

type Samples = Record<string, unknown>[];

/** Each sentence's path in the catalogue and sample facts: together they name every fact its caller gives. */
const SENTENCES: Record<string, Samples> = {
  reasonHeader: [{ header: 'Tier' }],
  quote: [{ text: 'about ten grand' }],
  'nextStep.fixData': [{ problem: 'Revenue "x" is not an amount of money.' }],
  'nextStep.by': [{ date: '12/3/2026' }],
  'nextStep.why': [{ because: 'lapsed' }],
  'nextStep.because.keyLapsed': [{ who: 'Champions' }],
  'nextStep.because.atRisk': [
    { group: 'Slipping', value: '$1,234.50', months: 12 },
    { group: 'Likely lost', value: '$0', months: 1 },
  ],
  'nextStep.because.contact': [{ touch: 'thank-you message' }],
  'nextStep.because.group': [{ classification: 'RFM segment', label: 'Champions' }],
  'history.was': [{ label: 'A', date: '10/1/2026' }],
  'history.droppedWhy': [{ classification: 'Tier', from: 'A', to: 'B' }],
  'history.since': [{ from: '10/1/2026', to: '11/1/2026' }],
  'history.notRecorded': [{ date: '10/1/2026', last: '11/1/2026' }],
  'history.keep': [{ runsFit: 1234.5 }, { runsFit: 1 }, { runsFit: 0 }],
  'history.cell': [{ count: 12, revenue: '$1,234.00' }],
  'history.move': [{ classification: 'Tier', from: 'A', to: 'B' }],
  'history.moves': [{ moves: ['Tier: A → B', 'Lifecycle: Loyal → Lapsed'] }, { moves: ['Tier: A → C'] }],
  'churnModel.fitted': [{ model: 'BG/NBD', params: 'r = 0.52, α = 6.18, a = 0.89, b = 1.61', customers: '1,234' }],
  'churnModel.spend': [{ params: 'p = 6.25, q = 3.74, γ = 15.4' }],
  'churnModel.pace': [{ weeks: '3.5', lostShare: '12.3%' }],
  'churnModel.revenue': [{ months: 12, value: '$123,456.78', discount: '10%' }],
  'churnModel.noSpend': [
    { needs: 20, has: 0 },
    { needs: 20, has: 1 },
  ],
  'actionFormula.fixFirst': [{ problem: 'Revenue is blank.' }],
  'actionFormula.notALabel': [{ text: 'Gold' }],
  'summary.about': [0, 1, 2, 1234].map((customers) => ({ asOf: '11/1/2026', customers, made: '11/2/2026' })),
  'summary.paretoAEnds': [{ customers: '20.0%', revenue: '80.1%' }],
  'runNotes.rfmUnused': [{ scores: 'R1, F2, F3' }],
  'runNotes.rowsAfterAsOf': [0, 1, 2, 1234].map((rows) => ({ rows })),
  'messages.applied': [0, 1, 2, 1234].map((rows) => ({ rows, columns: 3 })),
  'messages.appliedLog': [0, 1, 2].flatMap((customers) => [1, 5].map((orders) => ({ customers, orders, sheet: 'Customers' }))),
  'messages.taught': [{ note: 'call next week', label: 'Considering' }],
  'messages.forgot': [{ note: 'call next week' }],
  'messages.teachTooLong': [{ max: 200 }],
  'messages.teachTooMany': [{ max: 1000 }],
};

/** What settingErrorText (text.ts) adds to every setting error's own fields. */
const SETTING_WORDS = {
  name: 'Method',
  tierAName: 'A threshold',
  tierBName: 'B threshold',
  tierANameLower: 'a threshold',
  tierBNameLower: 'b threshold',
  minTierA: false,
  minValue: 0,
};

const SETTING_ERRORS: { [C in SettingError['code']]: Samples } = {
  one_of: [{ options: ['share', 'count', 'amount'] }, { options: ['share'] }],
  number_between: [{ min: 1, max: 36500, integer: true }],
  not_a_number: [{}],
  fraction_between: [
    { min: 0, max: 1, got: 1.5, example: 0.8, minTierA: false, minValue: 0 },
    { min: { tierA: 0.8 }, max: 1, got: 0.5, example: 0.95, minTierA: true, minValue: 0.8 },
  ],
  amount_needs_both: [{}],
  amount_order: [{ tierA: 100, tierB: 1000.5 }],
  not_settings: [{}],
  as_of: [{}],
  whole_between: [{ min: 1, max: 120, example: 12 }],
};

/** Formula errors: the facts are the error itself. */
const FORMULA_ERRORS: { [C in FormulaErrorFacts['code']]: Extract<FormulaErrorFacts, { code: C }>[] } = {
  as_of: [{ code: 'as_of', got: 'soon' }],
  not_a_number: [{ code: 'not_a_number', name: 'a_threshold', got: 'x' }],
  threshold_amount: [{ code: 'threshold_amount', name: 'a_threshold', got: -1.5 }],
  threshold_fraction: [{ code: 'threshold_fraction', name: 'a_threshold', method: 'share', got: 80 }],
  single_column: [{ code: 'single_column', name: 'revenue', width: 3 }],
  table_needed: [{ code: 'table_needed', name: 'data' }],
  same_height: [{ code: 'same_height', first: 'revenue', firstRows: 10, other: 'orders', otherRows: 1 }],
  one_of: [
    { code: 'one_of', name: 'method', options: ['share', 'count', 'amount'], got: 'foo' },
    { code: 'one_of', name: 'method', options: ['share'], got: '' },
  ],
  no_header: [{ code: 'no_header', name: 'data' }],
  settings: [{ code: 'settings', message: 'Method must be one of "share".' }],
  unexpected: [{ code: 'unexpected', message: 'boom' }],
};

function entry(catalogue: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((x, key) => (x as Record<string, unknown>)[key], catalogue);
}

const cases: [string, Samples][] = [
  ...Object.entries(SENTENCES),
  ...Object.entries(SETTING_ERRORS).map(([code, samples]): [string, Samples] => [
    `settingErrors.${code}`,
    samples.map((s) => ({ setting: 'tierMethod', code, ...SETTING_WORDS, ...s })),
  ]),
  ...Object.entries(FORMULA_ERRORS).map(([code, samples]): [string, Samples] => [`formulaErrors.${code}`, samples]),
];

describe.each(LANGUAGES)('sentence templates in %s', (language) => {
  const kit = textKit(language);
  it.each(cases)('%s reads only the facts it is given and fills every hole', (path, samples) => {
    const template = entry(CATALOGUES[language], path);
    expect(typeof template).toBe('string');
    const given = new Set(samples.flatMap((s) => Object.keys(s)));
    for (const name of factsRead(template as string)) expect([path, name, given.has(name)]).toEqual([path, name, true]);
    for (const facts of samples) {
      const text = render(template as string, facts, kit);
      expect(text).not.toMatch(/undefined|NaN|[{}]/);
      expect(text.trim()).not.toBe('');
    }
  });
});

/** Sentences read elsewhere: reasons and notes (reasonTemplates.test.ts), and the two filled by plain replacement. */
const ELSEWHERE = ['reasons.', 'notes.', 'problems.', 'headers.churn.'];

test('every template of a catalogue is checked here or in reasonTemplates.test.ts', () => {
  const listed = new Set(cases.map(([path]) => path));
  for (const language of LANGUAGES) {
    const unchecked: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (value.includes('{') && !listed.has(path) && !ELSEWHERE.some((p) => path.startsWith(p))) unchecked.push(path);
      } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
      }
    };
    walk(CATALOGUES[language], '');
    expect([language, unchecked]).toEqual([language, []]);
  }
});
