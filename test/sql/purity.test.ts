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
