// 2. What to compute: a checkbox per classification, the grouping that colours rows, and the settings, each with
// the place for its validation message.
import { CLASSIFICATION_IDS as CLASSIFICATIONS, type ClassificationId as Classification } from '../../src/engine/classifications/needs';
import { LANGUAGES, type Language } from '../../src/engine/types';
import { h, option, replaceChildren, syncValue } from '../dom';
import { missingColumns, type FormField, type SettingsForm } from '../form';
import { fill, type UiText } from '../i18n';
import { available, chosen, mainGrouping, type SidebarState } from '../state';
import { field, section, type Handlers, type Part } from './part';

export function computePart(t: UiText, handlers: Handlers): Part {
  const boxes = CLASSIFICATIONS.map((classification) => {
    const id = `classification-${classification}`;
    const input = h('input', {
      testid: id,
      attrs: { id, type: 'checkbox' },
      on: { change: () => handlers.classificationToggled(classification, input.checked) },
    });
    const hint = h('span', { class: 'needs', testid: `classification-hint-${classification}` });
    const row = h('div', { class: 'check' }, input, h('label', { attrs: { for: id } }, t.classifications[classification], hint));
    return { classification, input, hint, row };
  });
  const noneChosen = h('p', { class: 'field-error', testid: 'error-classifications', attrs: { role: 'alert' } });

  const grouping = h('select', {
    testid: 'main-grouping',
    attrs: { id: 'main-grouping' },
    on: { change: () => handlers.formChanged({ mainGrouping: grouping.value as Classification }) },
  });
  let groupingOptions = '';

  const settings = settingControls(t, handlers);
  const groupingField = field(t.mainGrouping, 'main-grouping', grouping);
  const groupingError = groupingField.querySelector('.field-error') as HTMLElement;
  const element = section(
    t.computeHeading,
    'section-compute',
    h('div', { class: 'checks' }, ...boxes.map((b) => b.row)),
    noneChosen,
    groupingField,
    h('h3', { class: 'subhead' }, t.settingsHeading),
    settings.element,
  );
  return {
    element,
    update(state) {
      const allowed = available(state);
      const picked = chosen(state);
      const busy = state.busy !== null;
      for (const box of boxes) {
        const ok = allowed.includes(box.classification);
        box.input.disabled = !ok || busy;
        box.input.checked = picked.includes(box.classification);
        box.row.classList.toggle('unavailable', !ok);
        box.hint.textContent = ok ? '' : needsText(box.classification, state, t);
        box.hint.hidden = ok;
      }
      noneChosen.textContent = picked.length ? (state.validation.fields.classifications ?? '') : t.noneChosen;
      noneChosen.hidden = noneChosen.textContent === '';

      const optionsKey = `${state.language}:${picked.join()}`;
      if (optionsKey !== groupingOptions) {
        replaceChildren(grouping, ...picked.map((c) => option(c, t.classifications[c])));
        groupingOptions = optionsKey;
      }
      syncValue(grouping, mainGrouping(state));
      grouping.disabled = busy || picked.length === 0;
      groupingError.textContent = state.validation.fields.mainGrouping ?? '';
      groupingError.hidden = groupingError.textContent === '';
      settings.update(state);
    },
  };
}

function needsText(classification: Classification, state: SidebarState, t: UiText): string {
  const missing = missingColumns(classification, state.table, state.form.tierMetric);
  const names = missing.fields.map((f) => t.fields[f]);
  const joined =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} ${missing.any ? t.or : t.and} ${names[names.length - 1]}` : names.join('');
  return fill(t.needsColumn, { fields: joined });
}

type SettingName = Exclude<FormField, 'classifications' | 'mainGrouping'>;

function settingControls(t: UiText, handlers: Handlers): Part {
  const controls = new Map<SettingName, { control: HTMLInputElement | HTMLSelectElement; row: HTMLElement }>();

  const add = (name: SettingName, label: string, control: HTMLInputElement | HTMLSelectElement, hint?: HTMLElement) => {
    const row = field(label, control.id, control, hint);
    controls.set(name, { control, row });
    return row;
  };
  const select = (name: SettingName, choices: Record<string, string>) => {
    const id = `setting-${name}`;
    const control = h('select', { testid: id, attrs: { id } });
    for (const [value, label] of Object.entries(choices)) control.append(option(value, label));
    control.addEventListener('change', () => handlers.formChanged({ [name]: control.value } as Partial<SettingsForm>));
    return control;
  };
  const text = (name: SettingName, mode: 'decimal' | 'numeric') => {
    const id = `setting-${name}`;
    const control = h('input', { testid: id, attrs: { id, type: 'text', inputmode: mode, autocomplete: 'off', spellcheck: 'false' } });
    control.addEventListener('input', () => handlers.formChanged({ [name]: control.value } as Partial<SettingsForm>));
    return control;
  };

  const tierHint = h('p', { class: 'hint', testid: 'tier-hint' });
  const asOf = h('input', { testid: 'setting-asOf', attrs: { id: 'setting-asOf', type: 'date' } });
  asOf.addEventListener('input', () => handlers.formChanged({ asOf: asOf.value }));
  asOf.addEventListener('change', () => handlers.formChanged({ asOf: asOf.value }));

  const element = h(
    'div',
    { class: 'settings' },
    add('tierPreset', t.tierPreset, select('tierPreset', t.tierPresets)),
    h(
      'div',
      { class: 'custom-tier', testid: 'custom-tier' },
      add('tierMethod', t.tierMethod, select('tierMethod', t.tierMethods)),
      h('div', { class: 'pair' }, add('tierA', t.tierA, text('tierA', 'decimal')), add('tierB', t.tierB, text('tierB', 'decimal'))),
      tierHint,
    ),
    add('tierMetric', t.tierMetric, select('tierMetric', t.tierMetrics)),
    add('profitRule', t.profitRule, select('profitRule', t.profitRules)),
    add('tenureDays', t.tenureDays, text('tenureDays', 'numeric')),
    // The window is the longest a customer can be quiet: their own cycle can lapse them earlier (DOMAIN.md §4).
    add('lapseDays', t.lapseDays, text('lapseDays', 'numeric'), h('p', { class: 'hint', testid: 'lapse-help' }, t.lapseHelp)),
    add('bigRule', t.bigRule, select('bigRule', t.bigRules)),
    add('bigAmount', t.bigAmount, text('bigAmount', 'decimal')),
    add('rfmPreset', t.rfmPreset, select('rfmPreset', t.rfmPresets)),
    h(
      'div',
      { class: 'churn-settings', testid: 'churn-settings' },
      add('churnModel', t.churnModel, select('churnModel', t.churnModels)),
      h(
        'div',
        { class: 'pair' },
        add('churnActive', t.churnActive, text('churnActive', 'decimal')),
        add('churnLost', t.churnLost, text('churnLost', 'decimal')),
      ),
      h(
        'div',
        { class: 'pair' },
        add('churnDays', t.churnDays, text('churnDays', 'numeric')),
        add('valueMonths', t.valueMonths, text('valueMonths', 'numeric')),
      ),
      add('annualDiscount', t.annualDiscount, text('annualDiscount', 'decimal')),
    ),
    h('div', { class: 'pair' }, add('asOf', t.asOf, asOf), add('language', t.language, select('language', languageChoices(t)))),
  );
  const customTier = element.querySelector<HTMLElement>('.custom-tier') as HTMLElement;
  const churnSettings = element.querySelector<HTMLElement>('.churn-settings') as HTMLElement;

  return {
    element,
    update(state) {
      const form = state.form;
      const busy = state.busy !== null;
      for (const [name, { control, row }] of controls) {
        syncValue(control, String(form[name]));
        control.disabled = busy;
        const message = state.validation.fields[name] ?? '';
        const error = row.querySelector<HTMLElement>('.field-error');
        if (error) {
          error.textContent = message;
          error.hidden = message === '';
        }
        control.classList.toggle('invalid', message !== '');
        control.setAttribute('aria-invalid', String(message !== ''));
      }
      customTier.hidden = form.tierPreset !== 'custom';
      churnSettings.hidden = !chosen(state).includes('churn');
      tierHint.textContent = t.tierHints[form.tierMethod];
      const bigAmount = controls.get('bigAmount');
      if (bigAmount) bigAmount.row.hidden = form.bigRule !== 'amount';
    },
  };
}

function languageChoices(t: UiText): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, t.languages[l]])) as Record<Language, string>;
}
