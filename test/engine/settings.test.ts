import { resolveAsOf } from '../../src/engine/asOf';
import { DEFAULT_SETTINGS, parseSettings, type SettingsInput } from '../../src/engine/settings';
import type { Language } from '../../src/engine/types';
import { settingErrorText } from '../../src/i18n/text';

/** The errors as the user reads them: each rejection said in the language the settings ask for. */
function said(input: SettingsInput) {
  const r = parseSettings(input);
  const language: Language = input.language ?? 'en';
  return r.ok ? r : { ok: false as const, errors: r.errors.map((e) => ({ setting: e.setting, message: settingErrorText(e, language) })) };
}

describe('settings', () => {
  it('fills defaults', () => {
    const r = parseSettings({});
    expect(r).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
  it('applies presets and per-method defaults', () => {
    const preset = parseSettings({ tierPreset: '70/90' });
    expect(preset.ok && [preset.settings.tierMethod, preset.settings.tierA, preset.settings.tierB]).toEqual(['share', 0.7, 0.9]);
    const count = parseSettings({ tierPreset: 'count 20/30/50' });
    expect(count.ok && [count.settings.tierMethod, count.settings.tierA, count.settings.tierB]).toEqual(['count', 0.2, 0.5]);
    const method = parseSettings({ tierMethod: 'count' });
    expect(method.ok && [method.settings.tierA, method.settings.tierB]).toEqual([0.2, 0.5]);
  });
  it('rejects a threshold out of range, naming the setting and the range', () => {
    const r = said({ tierA: 1.5 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0].setting).toBe('tierA');
      expect(r.errors[0].message).toContain('between 0 and 1');
    }
    const b = parseSettings({ tierA: 0.9, tierB: 0.8 });
    expect(!b.ok && b.errors[0]).toMatchObject({ setting: 'tierB' });
  });
  it('rejects unknown choices with the allowed ones, in the user’s language', () => {
    const r = said({ tierMethod: 'median' as never, language: 'es' });
    expect(!r.ok && r.errors[0].message).toBe('Método debe ser uno de: "share", "count", "amount".');
    const zh = said({ lapseDays: 0, language: 'zh' });
    expect(!zh.ok && zh.errors[0]).toEqual({
      setting: 'lapseDays',
      message: '“最多多少天未购买算流失”必须是 1 到 36,500 之间的整数天数，例如 365。',
    });
    const frac = said({ tenureDays: 10.5 });
    expect(!frac.ok && frac.errors[0].message).toBe(
      'Old customer after (days) must be a whole number of days from 1 to 36,500, for example 365.',
    );
  });
  it('needs both amounts for the amount method', () => {
    expect(parseSettings({ tierMethod: 'amount' }).ok).toBe(false);
    expect(parseSettings({ tierMethod: 'amount', tierA: 1000, tierB: 5000 }).ok).toBe(false);
    const ok = parseSettings({ tierMethod: 'amount', tierA: 5000, tierB: 1000 });
    expect(ok.ok && ok.settings.tierA).toBe(5000);
  });
  it('validates as_of (a run input now, resolved apart from the settings)', () => {
    const hints = { locale: 'en_US', timeZone: 'UTC' };
    expect(resolveAsOf('2026-11-22', hints, 0).ok).toBe(true);
    expect(resolveAsOf('2026-02-30', hints, 0).ok).toBe(false);
    expect(resolveAsOf('yesterday', hints, 0).ok).toBe(false);
  });
  it('rejects a wrong type with a message, not a crash', () => {
    const r = parseSettings({ tenureDays: 'abc', classifications: ['tier', 'astrology'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.setting)).toEqual(['classifications.1', 'tenureDays']);
  });
});
