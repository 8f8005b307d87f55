// The intent lexicon ships packed in dist/Code.js (src/build/packData.mjs): the packed value must be exactly the
// source's, and the bundle must not also carry it as text.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { INTENT_LEXICON } from '../../src/engine/intentLexicon';

const ROOT = path.resolve(__dirname, '../..');

test('the packed lexicon unpacks to exactly the source lexicon', () => {
  const script = `import('./src/build/packData.mjs').then(async (m) => {
    const mod = await m.evaluateModule('src/engine/intentLexicon.ts');
    process.stdout.write(m.pack(mod.INTENT_LEXICON));
  })`;
  const packed = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8'))).toEqual(INTENT_LEXICON);
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
