// The build contract (ARCHITECTURE.md), checked on what the build writes: dist/ as `npm run build` left it,
// and a build of test/fixtures/build, whose formulas do not depend on the real ones.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';
import * as server from '../../src/server/index';
import { bundleGlobals, fromContext, loadBundle, toContext } from '../../emulator/loadBundle';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const FIXTURE = path.join(ROOT, 'test/fixtures/build');
// Same limit as MAX_CODE_BYTES in src/build/build.mjs (jest cannot import that ES module).
const MAX_CODE_BYTES = 200_000;

interface TopLevelFunction {
  name: string;
  params: string[];
  /** The JSDoc block's lines, trimmed; null without one. */
  doc: string[] | null;
}

/** Top-level functions of a TypeScript or JavaScript file, with the JSDoc block right above each. */
function topLevelFunctions(file: string, text = fs.readFileSync(file, 'utf8')): TopLevelFunction[] {
  const kind = file.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const docAbove = (node: ts.Node): string[] | null => {
    const comments = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
    const last = comments[comments.length - 1];
    const comment = last && text.slice(last.pos, last.end);
    return comment?.startsWith('/**') ? comment.split('\n').map((line) => line.trim()) : null;
  };
  const paramNames = (params: ts.NodeArray<ts.ParameterDeclaration>) =>
    params.map((p) => (p.dotDotDotToken ? '...' : '') + p.name.getText(source));
  const found: TopLevelFunction[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      found.push({ name: statement.name.text, params: paramNames(statement.parameters), doc: docAbove(statement) });
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
          found.push({ name: declaration.name.getText(source), params: paramNames(init.parameters), doc: docAbove(statement) });
        }
      }
    }
  }
  return found;
}

/** Each `@customfunction` in `sourceFile` has a stub in `codeFile` with the same JSDoc and parameter names. */
function expectStubsCarryDocs(sourceFile: string, codeFile: string): number {
  const formulas = topLevelFunctions(sourceFile).filter((f) => f.doc?.includes('* @customfunction'));
  const stubs = new Map(topLevelFunctions(codeFile).map((f) => [f.name, f]));
  for (const formula of formulas) {
    const stub = stubs.get(formula.name);
    expect({ name: formula.name, stub }).toEqual({ name: formula.name, stub: formula });
    const paramLines = stub!.doc!.filter((line) => line.startsWith('* @param'));
    expect(paramLines).toHaveLength(formula.params.length);
  }
  return formulas.length;
}

/** The inline elements of a page: a `</script>` or `</style>` inside the code would end them early. */
function inlineElements(html: string, tag: 'script' | 'style'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'gi'))].map((m) => m[1]);
}

type BuildOutcome = { ok: true; globals: string[] } | { ok: false; message: string };

/** Runs build() once per option set in one `node` (jest cannot import the build's ES modules), in order. */
function runBuilds(optionSets: Record<string, unknown>[]): BuildOutcome[] {
  const buildModule = pathToFileURL(path.join(ROOT, 'src/build/build.mjs')).href;
  const script = `
    import { build } from ${JSON.stringify(buildModule)};
    const outcomes = [];
    for (const options of ${JSON.stringify(optionSets.map((options) => ({ ...options, quiet: true })))}) {
      outcomes.push(await build(options).then(
        (result) => ({ ok: true, globals: result.globals }),
        (error) => ({ ok: false, message: error.message }),
      ));
    }
    console.log(JSON.stringify(outcomes));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output);
}

describe('dist/ from npm run build', () => {
  const codeFile = path.join(DIST, 'Code.js');

  test('holds exactly appsscript.json, Code.js and Sidebar.html', () => {
    expect(fs.readdirSync(DIST).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
    expect(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));
  });

  test(`Code.js is at most ${MAX_CODE_BYTES / 1000} KB`, () => {
    expect(fs.statSync(codeFile).size).toBeLessThanOrEqual(MAX_CODE_BYTES);
  });

  test('Code.js runs without Node globals and its globals are exactly the exports of src/server/index.ts', () => {
    const ctx = loadBundle();
    const exported = Object.keys(server).filter((name) => name !== '__esModule');
    expect(bundleGlobals(ctx).sort()).toEqual(['Lib_', ...exported].sort());
    for (const name of exported) expect(typeof ctx[name]).toBe('function');
    const nodeGlobals = vm.runInContext('[typeof require, typeof process, typeof Buffer, typeof setTimeout]', ctx);
    expect(fromContext(nodeGlobals)).toStrictEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  test('each custom function stub carries the JSDoc and parameter names of src/server/customFunctions.ts', () => {
    expectStubsCarryDocs(path.join(ROOT, 'src/server/customFunctions.ts'), codeFile);
  });

  test('every help card with an as_of says what leaving it out means and how to keep the answer current', () => {
    const code = fs.readFileSync(codeFile, 'utf8');
    const asOfLines = code.split('\n').filter((line) => /@param \{Date\} as_of/.test(line));
    expect(asOfLines.length).toBe(7);
    for (const line of asOfLines) expect(line).toMatch(/Left out, it is the day Sheets last recalculated.*=TODAY\(\)/);
  });

  test('onOpen adds a menu whose item opens the sidebar through a global', () => {
    const items: [string, string][] = [];
    const shown: { file: string; title?: string; width?: number }[] = [];
    const menu = {
      addItem(caption: string, functionName: string) {
        items.push([caption, functionName]);
        return menu;
      },
      addSeparator() {
        return menu;
      },
      addToUi() {},
    };
    const ui = {
      createAddonMenu: () => menu,
      showSidebar: (page: { file: string }) => shown.push(page),
    };
    const HtmlService = {
      createHtmlOutputFromFile(file: string) {
        const page = { file, title: undefined as string | undefined, width: undefined as number | undefined };
        return {
          setTitle(title: string) {
            page.title = title;
            return this;
          },
          setWidth(width: number) {
            page.width = width;
            return page;
          },
        };
      },
    };
    const ctx = loadBundle({ SpreadsheetApp: { getUi: () => ui }, HtmlService });

    ctx.onOpen();
    expect(items).toEqual([
      ['Open sidebar', 'showSidebar'],
      ['Re-run the last classification', 'menuRerun'],
      ['Clear the classification', 'menuClear'],
    ]);
    for (const [, name] of items) expect(typeof ctx[name]).toBe('function');
    ctx[items[0][1]]();
    expect(shown).toEqual([{ file: 'Sidebar', title: 'Customer segments', width: 300 }]);
    expect(fs.existsSync(path.join(DIST, `${shown[0].file}.html`))).toBe(true);
  });

  test('Sidebar.html is one page with its script and style inline and nothing to fetch', () => {
    const html = fs.readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
    expect(html.trimStart()).toMatch(/^<!DOCTYPE html>/i);
    for (const tag of ['<html', '<head', '<body', '</head>', '</body>', '</html>']) {
      expect(html.split(tag).length - 1).toBe(1);
    }
    expect(html).toContain('Customer segments');
    expect(inlineElements(html, 'style').length).toBeGreaterThan(0);
    const scripts = inlineElements(html, 'script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).not.toMatch(/<!--|<\/?script/i);
      expect(() => new vm.Script(script)).not.toThrow();
    }
    // Attributes are looked for in the markup only: the inlined code may well say `a.href = …`.
    const markup = html.replace(/<(script|style)>[\s\S]*?<\/\1>/gi, '<$1></$1>');
    expect(markup).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
    expect(markup).not.toMatch(/<link\b/i);
    expect(markup).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?!#|data:|https:|mailto:)/i);
  });

  test('clasp status lists exactly the three files to push', () => {
    // Offline and without a login: clasp reads .clasp.json (rootDir dist) and lists what `clasp push` would send.
    const output = execFileSync(path.join(ROOT, 'node_modules/.bin/clasp'), ['status', '--json'], { cwd: ROOT, encoding: 'utf8' });
    const status = JSON.parse(output) as { filesToPush: string[]; untrackedFiles: string[] };
    expect(status.filesToPush.sort()).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
    expect(status.untrackedFiles).toEqual([]);
  });
});

describe('build of test/fixtures/build', () => {
  const BAD_ENTRIES = ['nodeBuiltin', 'notFunction', 'paramMismatch', 'topLevelService'];
  let outDir: string;
  let built: BuildOutcome;
  const failed = new Map<string, BuildOutcome>();

  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-test-'));
    const badOut = (name: string) => path.join(outDir, `bad-${name}`);
    for (const name of BAD_ENTRIES) {
      // Stale output from an earlier build, which a failed build must remove.
      fs.mkdirSync(badOut(name));
      fs.writeFileSync(path.join(badOut(name), 'Code.js'), 'stale');
    }
    const outcomes = runBuilds([
      { serverEntry: path.join(FIXTURE, 'index.ts'), sidebarHtml: path.join(FIXTURE, 'sidebar/index.html'), outDir },
      ...BAD_ENTRIES.map((name) => ({ serverEntry: path.join(FIXTURE, `bad/${name}.ts`), outDir: badOut(name) })),
    ]);
    built = outcomes[0];
    BAD_ENTRIES.forEach((name, i) => failed.set(name, outcomes[i + 1]));
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  const load = () => loadBundle({}, { file: path.join(outDir, 'Code.js') });

  test('follows export *, renamed re-exports and arrow functions, and skips type exports', () => {
    expect(built).toEqual({
      ok: true,
      globals: ['onOpen', 'showPanel', 'fixtureLanguage', 'FIXTURE_SCALE', 'FIXTURE_JOIN', 'fixtureArgumentCount', 'FIXTURE_KIND'],
    });
    expect(bundleGlobals(load()).sort()).toEqual(['Lib_', ...(built.ok ? built.globals : [])].sort());
  });

  test('custom function stubs carry their JSDoc and the declared parameter names', () => {
    const count = expectStubsCarryDocs(path.join(FIXTURE, 'customFunctions.ts'), path.join(outDir, 'Code.js'));
    expect(count).toBe(3);
    const stubs = topLevelFunctions(path.join(outDir, 'Code.js'));
    expect(stubs.find((f) => f.name === 'showPanel')).toEqual({ name: 'showPanel', params: ['title', '...options'], doc: null });
  });

  test('stubs pass every argument through, optional and rest ones included', () => {
    const ctx = load();
    expect(
      fromContext(
        ctx.FIXTURE_SCALE(
          toContext(ctx, [
            [1, 2],
            [3, 4],
          ]),
        ),
      ),
    ).toStrictEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(ctx.FIXTURE_SCALE(5, 3)).toBe(15);
    expect(ctx.FIXTURE_JOIN('-', 'a', 'b', 'c')).toBe('a-b-c');
    expect(ctx.showPanel('Title', 'x', 'y')).toBe('Title|x|y');
    expect(ctx.fixtureArgumentCount(1, 2, 3, 4)).toBe(4);
    expect(ctx.onOpen(toContext(ctx, { authMode: 'NONE' }))).toBe('opened in NONE mode');
  });

  test('zod/mini bundles, and the state it keeps on globalThis stays inside the bundle', () => {
    const ctx = load();
    expect(ctx.fixtureLanguage('es')).toBe('es');
    expect(ctx.fixtureLanguage('fr')).toBe('invalid');
    expect(bundleGlobals(ctx)).not.toContain('__zod_globalConfig');
  });

  test('a Date from the test realm is not `instanceof Date` in the bundle; toContext makes it one', () => {
    const ctx = load();
    const day = new Date(Date.UTC(2024, 0, 15));
    expect(ctx.FIXTURE_KIND(day)).toBe('[object Date] instanceof=false');
    expect(ctx.FIXTURE_KIND(toContext(ctx, day))).toBe('[object Date] instanceof=true');
  });

  test('the inlined sidebar survives </script>, <!--, </style> and $-patterns in its code', () => {
    const html = fs.readFileSync(path.join(outDir, 'Sidebar.html'), 'utf8');
    const [script, ...moreScripts] = inlineElements(html, 'script');
    expect(moreScripts).toEqual([]);
    // Any of these would make the HTML parser end the element early or not at all.
    expect(script).not.toMatch(/<!--|<\/?script/i);
    const page = vm.createContext({});
    vm.runInContext(script, page);
    expect(fromContext(page.inlined)).toEqual(['</script>', '<!--', '<script>', '</SCRIPT >', '$&', "$'"]);
    expect(inlineElements(html, 'style')).toEqual(['body:after{content:"<\\/style><b>"}']);
    expect(html).toContain('<a href="https://example.com/help">');
  });

  test.each([
    ['nodeBuiltin', /"node:fs" is a Node builtin/],
    ['notFunction', /"LIMIT" .* is not a function/],
    ['paramMismatch', /@param tags of custom function FIXTURE_ADD \(a, c\) must name its parameters in order \(a, b\)/],
    ['topLevelService', /top-level code must not call them.*SpreadsheetApp is not defined/],
  ])('fails on %s and leaves no output behind', (name, message) => {
    const outcome = failed.get(name);
    expect(outcome?.ok).toBe(false);
    expect(outcome && !outcome.ok ? outcome.message : '').toMatch(message);
    expect(fs.existsSync(path.join(outDir, `bad-${name}`))).toBe(false);
  });
});
