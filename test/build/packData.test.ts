// The intent lexicon ships packed in dist/Code.js (src/build/packData.mjs): the packed value must be exactly the
// source's, and the bundle must not also carry it as text.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { GroupKey } from '../../src/engine';
import { INTENT_LEXICON } from '../../src/engine/intentLexicon';
import { base91Bytes } from '../../src/server/packedData';
import { EN } from '../../src/i18n/en';
import { ES } from '../../src/i18n/es';
import { ZH } from '../../src/i18n/zh';
import { FormulaSheet } from '../support/formulaHarness';

const ROOT = path.resolve(__dirname, '../..');

test('the packed lexicon unpacks to exactly the source lexicon', () => {
  const script = `import('./src/build/packData.mjs').then(async (m) => {
    const mod = await m.evaluateModule('src/engine/intentLexicon.ts');
    process.stdout.write(m.pack(mod.INTENT_LEXICON));
  })`;
  const packed = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(JSON.parse(gunzipSync(unsigned(base91Bytes(packed))).toString('utf8'))).toEqual(INTENT_LEXICON);
});

const unsigned = (bytes: number[]) => Buffer.from(bytes.map((b) => b & 255));

test('basE91 text decodes back to the bytes it was made from, signed as Java bytes', () => {
  const script = `import('./src/build/packData.mjs').then((m) => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const cases = [];
    for (let length = 0; length < 300; length += 1 + Math.floor(random() * 7)) {
      const bytes = Array.from({ length }, () => Math.floor(random() * 256));
      cases.push([bytes, m.base91(bytes)]);
    }
    cases.push([[0, 0, 0, 255, 255, 255], m.base91([0, 0, 0, 255, 255, 255])]);
    process.stdout.write(JSON.stringify({ alphabet: m.BASE91_ALPHABET, cases }));
  })`;
  const { alphabet, cases } = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }),
  );
  expect(alphabet).toHaveLength(91);
  expect(JSON.stringify(alphabet)).toBe(`"${alphabet}"`); // carried in a JSON string without escapes
  for (const [bytes, text] of cases as [number[], string][]) {
    expect([...text].every((c) => alphabet.includes(c))).toBe(true);
    const decoded = base91Bytes(text);
    expect(decoded.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(decoded.map((b) => b & 255)).toEqual(bytes);
  }
});

test('the bundle carries the lexicon packed, not as text', () => {
  const code = fs.readFileSync(path.join(ROOT, 'dist/Code.js'), 'utf8');
  const words = Object.values(INTENT_LEXICON)
    .flatMap((l) => l.ready as string[])
    .filter((w) => w.length > 6);
  expect(words.length).toBeGreaterThan(10);
  expect(words.filter((w) => code.includes(JSON.stringify(w)))).toEqual([]);
  expect(code).toContain('Utilities.ungzip');
});

// The catalogues (words and sentence templates) ship packed too, the three languages in one blob; only the menu stays
// as written (onOpen may run before authorisation). The bundle must read back the same words as the source (next test).
test('a catalogue loses every section but the menu from its text, and a sentence written as code fails the build', () => {
  const script = `import('./src/build/packData.mjs').then(async (m) => {
    const fs = await import('node:fs');
    const out = {};
    for (const [file, name] of Object.entries(m.CATALOGUE_MODULES)) {
      const value = (await m.evaluateModule(file))[name];
      const { text, names } = m.packWordSections(fs.readFileSync(file, 'utf8'), file, name, value);
      out[name] = { text, names };
    }
    const source = "export const XX = { labels: { a: 'A' }, reasons: { a: (r) => 'A' + r } };";
    try {
      m.packWordSections(source, 'xx.ts', 'XX', { labels: { a: 'A' }, reasons: { a: (r) => 'A' + r } });
      out.refused = null;
    } catch (e) {
      out.refused = e.message;
    }
    process.stdout.write(JSON.stringify(out));
  })`;
  const { refused, ...result } = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }),
  );
  for (const [name, { text, names }] of Object.entries(result as Record<string, { text: string; names: string[] }>)) {
    expect(names).toEqual(
      expect.arrayContaining(['labels', 'actions', 'headers', 'problems', 'reasons', 'notes', 'settingErrors', 'messages', 'summary']),
    );
    expect(names).not.toContain('menu');
    for (const section of ['labels', 'reasons', 'messages', 'settingWords']) expect(text).not.toMatch(new RegExp(`^ {2}${section}:`, 'm'));
    expect(text).toMatch(/^ {2}menu: \{/m);
    expect(name).toMatch(/^(EN|ES|ZH)$/);
  }
  expect(refused).toMatch(/XX\.reasons is not plain data: write its sentences as templates/);
});

test('the bundle carries the catalogues’ words packed and reads them back in every language', () => {
  const code = fs.readFileSync(path.join(ROOT, 'dist/Code.js'), 'utf8');
  const sheet = new FormulaSheet({});
  for (const [language, c] of Object.entries({ en: EN, es: ES, zh: ZH })) {
    const actions = Object.entries(c.actions);
    expect(actions.filter(([, a]) => code.includes(a))).toEqual([]);
    for (const [group, text] of actions) expect(sheet.call('CUSTOMER_ACTION', c.labels[group as GroupKey], language)).toEqual([[text]]);
    expect(code.includes(c.messages.nothingToClear)).toBe(false);
  }
});
