// src/sql runs in the sidebar page: plain TypeScript, no Node, no packages, and only the engine's dependency-free
// modules and the catalogues (never the engine's index, which would pull the whole engine in).
import fs from 'node:fs';
import path from 'node:path';

const SQL = path.join(__dirname, '../../src/sql');
const ALLOWED =
  /^(\.\/[a-zA-Z]+|\.\.\/engine\/(classify\/[a-zA-Z]+|classifications\/needs|groups|leadScore|reasons|settings|types)|\.\.\/i18n\/(en|es|zh))$/;

describe('src/sql is pure', () => {
  const files = fs.readdirSync(SQL).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports only what the sidebar page may bundle', (file) => {
    const code = fs.readFileSync(path.join(SQL, file), 'utf8');
    const imports = [...code.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((i) => !ALLOWED.test(i))).toEqual([]);
    expect(code).not.toMatch(/\b(require|process|Buffer|__dirname)\b|Date\.now\(|new Date\(\s*\)/);
  });
});

// The add-on only writes text: the generator and its words go into the sidebar page, never into dist/Code.js (which
// every formula call loads), and the page gets them without the engine's index or the intent lexicon.
describe('what each bundle carries', () => {
  it('the sidebar page bundles src/sql, and neither the engine’s index nor the intent reader', async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: ['sidebar/main.ts'],
      absWorkingDir: path.join(__dirname, '../..'),
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/sql/generate.ts');
    expect(inputs.filter((i) => /engine\/(index|intent|intentLexicon|classifyCustomers)\.ts$/.test(i))).toEqual([]);
  });

  it('dist/Code.js holds no SQL and none of its words', () => {
    const file = path.join(__dirname, '../../dist/Code.js');
    if (!fs.existsSync(file)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
    const code = fs.readFileSync(file, 'utf8');
    expect(code).not.toContain('RANGE BETWEEN');
    expect(code).not.toContain('Export as SQL');
    expect(code).not.toContain('Exportar como SQL');
  });
});
