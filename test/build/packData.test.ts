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

// The catalogues' word sections (labels, actions, headers…) ship packed too, one blob per language; their sentence
// functions stay as written. The bundle must read back the same words as the source (next test).
test('a catalogue partly packed loses its word sections from the text and keeps its sentences', () => {
  const script = `import('./src/build/packData.mjs').then(async (m) => {
    const fs = await import('node:fs');
    const out = {};
    for (const [file, name] of Object.entries(m.PARTLY_PACKED_MODULES)) {
      const value = (await m.evaluateModule(file))[name];
      const { text, names, mixed } = m.packWordSections(fs.readFileSync(file, 'utf8'), file, name, value);
      out[name] = { text, names: [...names, ...mixed] };
    }
    process.stdout.write(JSON.stringify(out));
  })`;
  const result = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }),
  );
  for (const [name, { text, names }] of Object.entries(result as Record<string, { text: string; names: string[] }>)) {
    // Sections packed whole, and sections mixing words with sentences (their words packed, put back on first read).
    expect(names).toEqual(
      expect.arrayContaining(['labels', 'actions', 'headers', 'fields', 'problems', 'settingWords', 'messages', 'summary']),
    );
    for (const section of ['labels', 'actions', 'settingWords']) {
      // Gone from the text, kept in the packed blob (checked against the source below through the bundle).
      expect(text).not.toMatch(new RegExp(`^ {2}${section}:`, 'm'));
    }
    // A mixed section keeps its sentence functions and loses its plain words.
    expect(text).toMatch(/^ {2}messages: \{/m);
    expect(text).not.toMatch(/^ {4}nothingToClear:/m);
    // The sentence functions stay in the text.
    expect(text).toMatch(/^ {2}reasons: \{/m);
    expect(name).toMatch(/^(EN|ES|ZH)$/);
  }
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
