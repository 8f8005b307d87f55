import { availableClassifications } from '../../src/engine/classifications/needs';
import { parseSettings, DEFAULT_SETTINGS, TIER_PRESETS, type SettingsInput } from '../../src/engine/settings';
import { FIELDS, LOG_FIELDS, type Field, type LogField } from '../../src/engine/types';
import {
  availableFor,
  missingLogColumns,
  tableChoiceOf,
  errorsByField,
  formOf,
  mainGroupingOf,
  missingColumns,
  presetOf,
  readNumber,
  runRequestOf,
  settingsInputOf,
  toggleClassification,
  updateForm,
  validate,
  type SettingsForm,
  type TableChoice,
} from '../../sidebar/form';
import { analyzeAnswer } from './answers';

const ALL = tableChoiceOf(analyzeAnswer());
const defaultForm = (): SettingsForm => formOf(DEFAULT_SETTINGS, '2026-11-02');
const without = (...fields: Field[]): TableChoice => ({
  ...ALL,
  columns: { ...ALL.columns, ...Object.fromEntries(fields.map((f) => [f, null])) },
});
const log = (columns: Partial<Record<LogField, number>>): TableChoice => ({
  ...ALL,
  shape: 'orders',
  logColumns: { ...Object.fromEntries(LOG_FIELDS.map((f) => [f, null])), ...columns } as TableChoice['logColumns'],
});

describe('the form from saved settings', () => {
  test('defaults: every classification but churn risk (a model fit, chosen by hand), tier colouring, the 80/95 preset, as_of today', () => {
    expect(defaultForm()).toEqual({
      classifications: ['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfm', 'nextContact'],
      mainGrouping: 'tier',
      tierPreset: '80/95',
      tierMethod: 'share',
      tierA: '0.8',
      tierB: '0.95',
      tierMetric: 'revenue',
      profitRule: 'loss',
      tenureDays: '365',
      bigRule: 'tierA',
      bigAmount: '',
      lapseDays: '365',
      rfmPreset: 'grid11',
      churnModel: 'mbgnbd',
      churnActive: '0.7',
      churnLost: '0.3',
      churnDays: '90',
      valueMonths: '12',
      annualDiscount: '0.1',
      asOf: '2026-11-02',
      language: 'en',
    });
  });

  test('churn risk settings are sent only when churn risk is chosen, and checked with the engine’s rules', () => {
    const form = {
      ...defaultForm(),
      classifications: [...defaultForm().classifications, 'churn' as const],
      churnActive: '80%',
      churnLost: '0.9',
    };
    const request = runRequestOf(ALL, form);
    expect(request.settings).toMatchObject({ churnModel: 'mbgnbd', churnActive: 0.8, churnLost: 0.9, churnDays: 90, valueMonths: 12 });
    expect(validate(request, 'en').fields.churnLost).toMatch(/between 0 and 0\.8/);
    expect(runRequestOf(ALL, defaultForm()).settings).not.toHaveProperty('churnActive');
  });

  test('saved settings come back, with the preset they match or custom', () => {
    const saved = {
      ...DEFAULT_SETTINGS,
      ...TIER_PRESETS['count 20/30/50'],
      classifications: ['tier' as const, 'rfm' as const],
      mainGrouping: 'rfm' as const,
      language: 'zh' as const,
      asOf: '2025-01-01',
    };
    const form = formOf(saved, '2026-11-02');
    expect(form).toMatchObject({ tierPreset: 'count 20/30/50', classifications: ['tier', 'rfm'], mainGrouping: 'rfm', language: 'zh' });
    // A saved as_of would silently age every "days since": the form starts at today.
    expect(form.asOf).toBe('2026-11-02');
    expect(presetOf({ tierMethod: 'share', tierA: 0.75, tierB: 0.95 })).toBe('custom');
    expect(presetOf({ tierMethod: 'amount', tierA: 5000, tierB: 1000 })).toBe('custom');
  });

  test('columns come from the detected ones, the rest "not used"', () => {
    const { columns } = tableChoiceOf(
      analyzeAnswer({
        columns: [
          { field: 'revenue', column: 2 },
          { field: 'status', column: null },
        ],
      }),
    );
    expect(columns).toEqual({
      customer: null,
      first_purchase: null,
      last_purchase: null,
      orders: null,
      revenue: 2,
      profit: null,
      status: null,
      lead_score: null,
    });
  });
});

describe('editing the form', () => {
  test('choosing a preset sets its method and thresholds; choosing custom keeps them to start from', () => {
    const preset = updateForm(defaultForm(), { tierPreset: 'count 20/30/50' });
    expect(preset).toMatchObject({ tierMethod: 'count', tierA: '0.2', tierB: '0.5' });
    expect(updateForm(preset, { tierPreset: 'custom' })).toMatchObject({
      tierPreset: 'custom',
      tierMethod: 'count',
      tierA: '0.2',
      tierB: '0.5',
    });
  });

  test('changing the method offers its defaults; amount has none', () => {
    const custom = updateForm(defaultForm(), { tierPreset: 'custom' });
    expect(updateForm(custom, { tierMethod: 'count' })).toMatchObject({ tierA: '0.2', tierB: '0.5' });
    expect(updateForm(custom, { tierMethod: 'amount' })).toMatchObject({ tierA: '', tierB: '' });
    expect(updateForm(custom, { tierA: '0.7' })).toMatchObject({ tierA: '0.7', tierB: '0.95' });
  });

  test('toggling keeps the canonical order', () => {
    const form = toggleClassification({ ...defaultForm(), classifications: ['rfm'] }, 'tier', true);
    expect(form.classifications).toEqual(['tier', 'rfm']);
    expect(toggleClassification(form, 'rfm', false).classifications).toEqual(['tier']);
  });

  test.each([
    ['365', 365],
    [' 0.8 ', 0.8],
    ['0,8', 0.8],
    ['1 000', 1000],
    ['1\u00a0000,5', 1000.5],
    ['', NaN],
    ['abc', NaN],
    ['1,000.5', NaN],
    ['80%', 0.8],
    ['80 %', 0.8],
    ['95,5%', 0.955],
    ['%', NaN],
  ])('reads %j as %p', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });
});

describe('availability', () => {
  test('matches the engine for every combination of columns and both tier metrics', () => {
    for (let mask = 0; mask < 1 << FIELDS.length; mask++) {
      const columns = Object.fromEntries(FIELDS.map((f, i) => [f, mask & (1 << i) ? i : null])) as TableChoice['columns'];
      for (const metric of ['revenue', 'profit'] as const) {
        expect(availableFor({ ...ALL, columns }, metric)).toEqual(availableClassifications((f) => columns[f] !== null, metric));
      }
    }
  });

  test('an order log: everything DOMAIN.md derives from date, customer and amount; profit and intent with their columns', () => {
    const basic = log({ order_date: 0, customer: 1, amount: 2 });
    expect(availableFor(basic, 'revenue')).toEqual(['tier', 'quadrant', 'lifecycle', 'rfm', 'nextContact', 'churn']);
    expect(availableFor(log({ order_date: 0, customer: 1, amount: 2, profit: 3, status: 4 }), 'revenue')).toEqual([
      'tier',
      'profit',
      'quadrant',
      'lifecycle',
      'intent',
      'rfm',
      'nextContact',
      'churn',
    ]);
    // What is missing is said in the log's own columns, never as "First purchase".
    expect(missingColumns('profit', basic, 'revenue')).toEqual({ fields: ['profit'], any: false });
    expect(missingColumns('intent', basic, 'revenue')).toEqual({ fields: ['status'], any: true });
    const noDate = log({ customer: 1, amount: 2 });
    expect(missingColumns('lifecycle', noDate, 'revenue')).toEqual({ fields: ['order_date'], any: false });
    expect(missingLogColumns(noDate)).toEqual(['order_date']);
    expect(availableFor(noDate, 'revenue')).toEqual([]);
  });

  test('says which columns are missing', () => {
    expect(missingColumns('rfm', without('orders', 'revenue'), 'revenue')).toEqual({ fields: ['orders', 'revenue'], any: false });
    expect(missingColumns('intent', without('status', 'lead_score'), 'revenue')).toEqual({ fields: ['status', 'lead_score'], any: true });
    expect(missingColumns('intent', without('status'), 'revenue')).toEqual({ fields: [], any: true });
    expect(missingColumns('tier', without('profit'), 'profit')).toEqual({ fields: ['profit'], any: false });
  });
});

describe('the RunRequest', () => {
  test('from the default form: the preset by name, the columns as chosen', () => {
    expect(runRequestOf(ALL, defaultForm())).toEqual({
      columns: ALL.columns,
      shape: 'customers',
      settings: {
        language: 'en',
        classifications: ['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfm', 'nextContact'],
        mainGrouping: 'tier',
        tierPreset: '80/95',
        tierMetric: 'revenue',
        profitRule: 'loss',
        tenureDays: 365,
        bigRule: 'tierA',
        lapseDays: 365,
        rfmPreset: 'grid11',
      },
      // The analysis date travels with the run, never inside the settings that are saved.
      asOf: '2026-11-02',
    });
  });

  test('the engine accepts it as it stands', () => {
    const parsed = parseSettings(runRequestOf(ALL, defaultForm()).settings);
    expect(parsed).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  test('custom thresholds, the big amount only with its rule, no as_of when cleared', () => {
    const form = {
      ...defaultForm(),
      tierPreset: 'custom' as const,
      tierMethod: 'amount' as const,
      tierA: '5000',
      tierB: '1 000',
      bigRule: 'amount' as const,
      bigAmount: '2500',
      asOf: '',
    };
    const settings = settingsInputOf(form, availableFor(ALL, 'revenue'));
    expect(settings).toMatchObject({ tierMethod: 'amount', tierA: 5000, tierB: 1000, bigRule: 'amount', bigAmount: 2500 });
    expect(settings).not.toHaveProperty('tierPreset');
    expect(settings).not.toHaveProperty('asOf');
    expect(settingsInputOf({ ...form, bigRule: 'tierA' }, [])).not.toHaveProperty('bigAmount');
  });

  test('only classifications the columns allow are sent, and the main grouping follows', () => {
    const columns = without('revenue');
    const request = runRequestOf(columns, defaultForm());
    expect(request.settings.classifications).toEqual(['profit', 'lifecycle', 'intent', 'nextContact']);
    expect(request.settings.mainGrouping).toBe('profit');
    expect(request.columns.revenue).toBeNull();
    expect(mainGroupingOf({ ...defaultForm(), mainGrouping: 'rfm' }, ['tier', 'rfm'])).toBe('rfm');
  });
});

/** A run request with these settings and no analysis date. */
const wrap = (settings: SettingsInput) => ({ settings });

describe('validation', () => {
  test('the default form is valid', () => {
    expect(validate(wrap(settingsInputOf(defaultForm(), availableFor(ALL, 'revenue'))), 'en')).toEqual({
      ok: true,
      fields: {},
      general: [],
    });
  });

  test('each wrong setting gets the engine’s message under its own field', () => {
    const form = { ...defaultForm(), tenureDays: 'abc', lapseDays: '0', tierPreset: 'custom' as const, tierA: '1.5' };
    const result = validate(wrap(settingsInputOf(form, [])), 'en');
    expect(result.ok).toBe(false);
    expect(result.fields.tenureDays).toBe('Old customer after (days) must be a whole number of days from 1 to 36,500, for example 365.');
    expect(result.fields.lapseDays).toBe(
      'Lapsed after at most (days without buying) must be a whole number of days from 1 to 36,500, for example 365.',
    );
    // Every wrong setting at once, the thresholds checked against each other too: the user fixes them in one go.
    expect(Object.keys(result.fields).sort()).toEqual(['lapseDays', 'tenureDays', 'tierA']);
  });

  test('cross-field rules land on the field they name', () => {
    const form = { ...defaultForm(), tierPreset: 'custom' as const, tierA: '0.9', tierB: '0.8' };
    expect(validate(wrap(settingsInputOf(form, [])), 'en').fields).toEqual({
      tierB: expect.stringContaining('B threshold must be between A threshold (0.9) and 1'),
    });
    const amount = { ...form, tierMethod: 'amount' as const, tierA: '1000', tierB: '5000' };
    expect(validate(wrap(settingsInputOf(amount, [])), 'en').fields).toEqual({
      tierA: expect.stringContaining('A threshold must be at least B threshold'),
    });
  });

  test('messages are in the sidebar’s language, whatever the language of the results', () => {
    const form = { ...defaultForm(), lapseDays: '0', language: 'en' as const };
    expect(validate(wrap(settingsInputOf(form, [])), 'es').fields.lapseDays).toBe(
      'Inactivo como máximo tras (días sin comprar) debe ser un número entero de días entre 1 y 36.500, por ejemplo 365.',
    );
    expect(validate(wrap(settingsInputOf({ ...form, language: 'es' }, [])), 'zh').fields.lapseDays).toBe(
      '“最多多少天未购买算流失”必须是 1 到 36,500 之间的整数天数，例如 365。',
    );
  });

  test('an impossible date is caught', () => {
    expect(validate(runRequestOf(ALL, { ...defaultForm(), asOf: '2026-02-30' }), 'en').fields.asOf).toBe(
      'Analysis date must be a date, for example 2026-11-01.',
    );
  });

  test('server errors are placed the same way; list items go to their list, unknown names are general', () => {
    expect(
      errorsByField([
        { setting: 'classifications.2', message: 'bad item' },
        { setting: 'tierA', message: 'first' },
        { setting: 'tierA', message: 'second' },
        { setting: 'settings', message: 'whole thing' },
      ]),
    ).toEqual({ ok: false, fields: { classifications: 'bad item', tierA: 'first' }, general: ['whole thing'] });
  });
});
