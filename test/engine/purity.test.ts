// The engine stays pure: no clock, no Apps Script service, no I/O. as_of always comes in.
import fs from 'node:fs';
import path from 'node:path';

const ENGINE = path.join(__dirname, '../../src/engine');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('engine purity', () => {
  const files = sources(ENGINE);
  it.each(files.map((f) => [path.relative(ENGINE, f), f]))('%s reads no clock and touches no service', (_, file) => {
    const code = fs
      .readFileSync(file, 'utf8')
      .replace(/\/\/.*$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code).not.toMatch(/Date\.now\(|new Date\(\s*\)/);
    expect(code).not.toMatch(/\b(SpreadsheetApp|PropertiesService|LockService|HtmlService|Session|Utilities|UrlFetchApp)\./);
    expect(code).not.toMatch(/from ['"](node:|fs|path|http)/);
  });
});
