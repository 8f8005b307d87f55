import { CLASSIFICATION_IDS as CLASSIFICATIONS } from '../../src/engine/classifications/needs';
import { FIELDS, LANGUAGES, LOG_FIELDS } from '../../src/engine/types';
import { fill, formatCount, formatPercent, uiLanguageOf, UI_TEXT } from '../../sidebar/i18n';

/** Every leaf of a nested table as 'path' → string. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the UI text table', () => {
  const english = leaves(UI_TEXT.en);

  test.each(LANGUAGES)('%s has exactly the same keys as English, none empty', (language) => {
    const table = leaves(UI_TEXT[language]);
    expect([...table.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of table) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  test.each(LANGUAGES)('%s uses the same placeholders as English in every string', (language) => {
    for (const [key, text] of leaves(UI_TEXT[language])) {
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english.get(key) as string) });
    }
  });

  test('names every field and classification', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(UI_TEXT[language].fields).sort()).toEqual([...new Set([...FIELDS, ...LOG_FIELDS])].sort());
      expect(Object.keys(UI_TEXT[language].classifications).sort()).toEqual([...CLASSIFICATIONS].sort());
    }
  });

  test('Spanish and Chinese are translations, not copies of English', () => {
    for (const language of ['es', 'zh'] as const) {
      const table = leaves(UI_TEXT[language]);
      // Names that stay the same in every language: the language names themselves and numbers-only labels.
      const same = [...table].filter(([key, text]) => text === english.get(key) && !key.startsWith('languages.'));
      expect(same.length).toBeLessThan(3);
    }
  });
});

describe('uiLanguageOf', () => {
  test.each([
    ['es-MX', 'es'],
    ['es', 'es'],
    ['zh-CN', 'zh'],
    ['zh-Hant-TW', 'zh'],
    ['ZH_tw', 'zh'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (tag, language) => {
    expect(uiLanguageOf(tag)).toBe(language);
  });
});

describe('fill and formats', () => {
  test('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Row {row} of {total}', { row: 3 })).toBe('Row 3 of {total}');
  });
  test('a value containing a placeholder is not filled again', () => {
    expect(fill('{a}{b}', { a: '{b}', b: 'x' })).toBe('{b}x');
  });
  test("shares read as the summary's 0.0% cells show them, in the spreadsheet's locale", () => {
    expect(formatPercent(0.412, 'en_US')).toBe('41.2%');
    expect(formatPercent(0.801, 'es_ES')).toBe('80,1%');
    expect(formatPercent(1, 'zh_CN')).toBe('100.0%');
    expect(formatPercent(0.53, 'en_US')).toBe('53.0%');
    expect(formatPercent(0, 'en_US')).toBe('0.0%');
    expect(formatPercent(0.00006, 'en_US')).toBe('<0.1%');
    expect(formatPercent(0.00006, 'es_ES')).toBe('<0,1%');
    expect(formatCount(1237, 'en_US')).toBe('1,237');
    expect(formatCount(1237, 'es_ES')).toBe('1.237');
  });
});
