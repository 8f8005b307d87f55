// Reads which functions src/server/index.ts exports and writes the top-level stubs Apps Script needs:
// Apps Script only sees top-level `function NAME(…)` declarations, and Sheets only offers autocomplete for a
// custom function whose declaration carries the `@customfunction` JSDoc and named parameters.
import path from 'node:path';
import ts from 'typescript';

export class BuildError extends Error {
  name = 'BuildError';
}

/**
 * @typedef {object} GlobalFunction
 * @property {string} name       the exported name, which becomes the global name
 * @property {string[]} params   declared parameter names; a rest parameter is written `...name`
 * @property {string | null} jsDoc  the whole `/** … *\/` block of a `@customfunction`, re-indented; null otherwise
 * @property {string} file       where the function is declared
 */

const COMPILER_OPTIONS = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2020,
  types: [],
  lib: ['lib.es2020.d.ts'], // no DOM: parsing lib.dom.d.ts would double the time, and the server has no DOM
  noEmit: true,
  skipLibCheck: true,
};

/**
 * Every runtime name exported by `entryPath`, following `export { X } from`, `export *` and re-exported imports.
 * Type-only exports are skipped: they do not exist at run time.
 * @param {string} entryPath absolute path of the server entry (src/server/index.ts)
 * @returns {GlobalFunction[]}
 */
export function readGlobalFunctions(entryPath) {
  entryPath = path.resolve(entryPath);
  const program = ts.createProgram([entryPath], COMPILER_OPTIONS);
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(entryPath);
  if (!entry) throw new BuildError(`Server entry not found: ${entryPath}`);
  const moduleSymbol = checker.getSymbolAtLocation(entry);
  // A file without any import/export is not a module and exports nothing.
  if (!moduleSymbol) return [];

  const functions = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(target.flags & ts.SymbolFlags.Value) || isTypeOnlyExport(exported)) continue;
    functions.push(describeFunction(exported.name, target));
  }
  return functions;
}

function isTypeOnlyExport(symbol) {
  return (symbol.declarations ?? []).some((d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly));
}

/** @returns {GlobalFunction} */
function describeFunction(name, symbol) {
  if (!symbol.declarations?.length) {
    throw new BuildError(`"${name}" is exported from the server entry but its declaration cannot be found; check the module path.`);
  }
  const where = symbol.declarations[0].getSourceFile().fileName;
  if (name === 'default') throw new BuildError(`${where}: a default export cannot become an Apps Script global; export it by name.`);
  if (name.endsWith('_')) {
    throw new BuildError(
      `${where}: exported name "${name}" ends with "_", which Apps Script treats as private (unreachable from menus, triggers and google.script.run).`,
    );
  }
  const declarations = symbol.declarations.map(functionLike).filter(Boolean);
  // With overloads, the parameters that run are the implementation's.
  const implementation = declarations.find((d) => d.body) ?? declarations[0];
  if (!implementation) {
    throw new BuildError(
      `${where}: "${name}" is exported from the server entry but is not a function; every export becomes a global function stub.`,
    );
  }
  const params = implementation.parameters
    .filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'))
    .map((p, i) => (p.dotDotDotToken ? '...' : '') + (ts.isIdentifier(p.name) ? p.name.text : `arg${i}`));
  const doc = declarations.map(customFunctionDoc).find(Boolean) ?? null;
  const file = implementation.getSourceFile().fileName;
  if (doc) checkDocMatchesParams(name, file, doc, params);
  return { name, params, jsDoc: doc ? reindentDoc(doc.getText()) : null, file };
}

/** The function node behind a declaration: a function declaration, or `const X = (…) => …` / `function (…) {…}`. */
function functionLike(declaration) {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    let init = declaration.initializer;
    while (ts.isParenthesizedExpression(init) || ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return null;
}

/** The JSDoc block carrying `@customfunction` (for `const X = …` TypeScript finds the block on the statement). */
function customFunctionDoc(fn) {
  const owner = ts.isFunctionDeclaration(fn) ? fn : fn.parent;
  const blocks = ts.getJSDocCommentsAndTags(owner).filter(ts.isJSDoc);
  return blocks.reverse().find((block) => (block.tags ?? []).some((tag) => tag.tagName.text === 'customfunction'));
}

// Sheets shows the JSDoc's @param names in its help: they must be the parameters the stub really declares.
function checkDocMatchesParams(name, file, doc, params) {
  const tags = doc.tags ?? [];
  const documented = tags.filter(ts.isJSDocParameterTag).map((tag) => tag.name.getText());
  const declared = params.map((p) => p.replace(/^\.\.\./, ''));
  if (documented.join(',') !== declared.join(',')) {
    throw new BuildError(
      `${file}: the @param tags of custom function ${name} (${documented.join(', ') || 'none'}) ` +
        `must name its parameters in order (${declared.join(', ') || 'none'}).`,
    );
  }
  if (!tags.some((tag) => ts.isJSDocReturnTag(tag))) {
    throw new BuildError(`${file}: custom function ${name} needs a @return tag (Sheets shows it in the formula help).`);
  }
}

/** Source indentation removed, so the block reads well at the top level of Code.js. */
function reindentDoc(text) {
  return text
    .split(/\r?\n/)
    .map((line, i) => {
      if (i === 0) return line.trim();
      const trimmed = line.trim();
      return trimmed.startsWith('*') ? ` ${trimmed}` : ` * ${trimmed}`.trimEnd();
    })
    .join('\n');
}

/**
 * One delegating top-level declaration per function, e.g. `function NAME(a, b) { return Lib_.NAME(a, b); }`.
 * @param {GlobalFunction[]} functions
 * @param {string} globalName the IIFE's global
 */
export function renderStubs(functions, globalName) {
  return functions
    .map(({ name, params, jsDoc }) => {
      const list = params.join(', ');
      const stub = `function ${name}(${list}) {\n  return ${globalName}.${name}(${list});\n}\n`;
      return jsDoc ? `${jsDoc}\n${stub}` : stub;
    })
    .join('\n');
}
