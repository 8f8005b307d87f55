// `npm run build`: turns src/ and sidebar/ into the three files clasp pushes (dist/appsscript.json, Code.js,
// Sidebar.html). See "The build contract" in ARCHITECTURE.md. Usable as a script or as `import { build }`.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BuildError, readGlobalFunctions, renderStubs } from './stubs.mjs';
import { inlineSidebar } from './inlineSidebar.mjs';
import { packData } from './packData.mjs';

export { BuildError };

/** The bundle's single global; the trailing `_` makes it private in Apps Script. */
export const GLOBAL_NAME = 'Lib_';
/** Every custom-function call loads Code.js whole; 200 KB in the strictest reading (10^3 bytes). */
export const MAX_CODE_BYTES = 200_000;
/** A conservative target for Apps Script's V8; newer syntax (class fields, `?.`, `??`) is lowered by esbuild. */
export const SERVER_TARGET = 'es2019';

const BUILD_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BUILD_DIR, '../..');
const PRIVATE_GLOBAL = path.join(BUILD_DIR, 'privateGlobal.mjs');

/**
 * @typedef {object} BuildOptions
 * @property {string} [root]          repository root; the other paths default to inside it
 * @property {string} [serverEntry]   default src/server/index.ts
 * @property {string} [sidebarHtml]   default sidebar/index.html
 * @property {string} [manifest]      default appsscript.json
 * @property {string} [outDir]        default dist; emptied first
 * @property {boolean} [quiet]        no size line, no esbuild warnings
 *
 * @typedef {object} BuildResult
 * @property {string} outDir
 * @property {string[]} files       names written to outDir
 * @property {number} codeBytes     size of Code.js
 * @property {string[]} globals     the stubs' names (Code.js also declares GLOBAL_NAME)
 */

/**
 * @param {BuildOptions} [options]
 * @returns {Promise<BuildResult>}
 */
export async function build(options = {}) {
  const root = path.resolve(options.root ?? REPO_ROOT);
  const serverEntry = path.resolve(root, options.serverEntry ?? 'src/server/index.ts');
  const sidebarHtml = path.resolve(root, options.sidebarHtml ?? 'sidebar/index.html');
  const manifest = path.resolve(root, options.manifest ?? 'appsscript.json');
  const outDir = path.resolve(root, options.outDir ?? 'dist');
  const logLevel = options.quiet ? 'silent' : 'warning';

  // outDir is deleted wholesale: it must be a folder of its own, never one holding the sources.
  if ([root, serverEntry, sidebarHtml, manifest].some((p) => p === outDir || p.startsWith(outDir + path.sep))) {
    throw new BuildError(`outDir ${outDir} would contain the sources; choose a separate folder such as dist.`);
  }
  // A failed build leaves no output behind, so a stale bundle can never be pushed by mistake.
  fs.rmSync(outDir, { recursive: true, force: true });

  const functions = readGlobalFunctions(serverEntry);
  const { code: bundled, metafile } = await bundleServer(serverEntry, root, logLevel);
  const code = `${bundled.trimEnd()}\n\n${renderStubs(functions, GLOBAL_NAME)}`;
  const names = functions.map((f) => f.name);
  checkGlobals(code, names);
  const codeBytes = Buffer.byteLength(code, 'utf8');
  if (codeBytes > MAX_CODE_BYTES) {
    throw new BuildError(
      `Code.js is ${formatSize(codeBytes)}, over the ${formatSize(MAX_CODE_BYTES)} limit. Largest inputs:\n${largestInputs(metafile)}`,
    );
  }
  const page = await inlineSidebar(sidebarHtml, { logLevel });
  const manifestText = fs.readFileSync(manifest, 'utf8');
  JSON.parse(manifestText); // a broken manifest fails here rather than at `clasp push`

  fs.mkdirSync(outDir, { recursive: true });
  const files = { 'appsscript.json': manifestText, 'Code.js': code, 'Sidebar.html': page };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), text);

  if (!options.quiet) {
    console.log(
      `${path.relative(process.cwd(), path.join(outDir, 'Code.js')) || 'Code.js'}: ${formatSize(codeBytes)} of ${formatSize(MAX_CODE_BYTES)}, globals: ${names.join(', ') || '(none)'}`,
    );
  }
  return { outDir, files: Object.keys(files), codeBytes, globals: names };
}

async function bundleServer(entry, root, logLevel) {
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    // `neutral` resolves no package main fields by default; zod and friends publish ESM under "module".
    mainFields: ['module', 'main'],
    target: SERVER_TARGET,
    minify: true,
    treeShaking: true,
    charset: 'utf8', // labels in Chinese/Spanish stay 3 bytes a character instead of 6 as \u escapes
    metafile: true,
    inject: [PRIVATE_GLOBAL],
    plugins: [forbidNodeBuiltins, packData(root)],
    logLevel,
  });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}

// Apps Script has no Node runtime: an import of a builtin would only fail when the formula runs.
const forbidNodeBuiltins = {
  name: 'forbid-node-builtins',
  setup(build) {
    const names = builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|');
    build.onResolve({ filter: new RegExp(`^(node:.*|${names})$`) }, (args) => ({
      errors: [
        {
          text: `"${args.path}" is a Node builtin, and Apps Script has no Node APIs (imported by ${path.relative(build.initialOptions.absWorkingDir ?? '', args.importer)})`,
        },
      ],
    }));
  },
};

// Runs the bundle in an empty realm: top-level code must not need Apps Script services (custom functions run
// without authorization), must define exactly GLOBAL_NAME plus the stubs, and every stub must reach a function.
function checkGlobals(code, names) {
  const sandbox = vm.createContext({});
  try {
    vm.runInContext(code, sandbox, { filename: 'Code.js' });
  } catch (error) {
    throw new BuildError(`Code.js fails when loaded without Apps Script services (top-level code must not call them): ${error.message}`);
  }
  const expected = [GLOBAL_NAME, ...names].sort();
  const actual = Object.getOwnPropertyNames(sandbox).sort();
  if (actual.join() !== expected.join()) {
    throw new BuildError(`Code.js defines the globals [${actual.join(', ')}], expected [${expected.join(', ')}].`);
  }
  const missing = names.filter((name) => typeof sandbox[GLOBAL_NAME][name] !== 'function');
  if (missing.length) throw new BuildError(`${GLOBAL_NAME} has no function for: ${missing.join(', ')}`);
}

function largestInputs(metafile) {
  const inputs = Object.values(metafile.outputs)[0].inputs;
  return Object.entries(inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 10)
    .map(([file, { bytesInOutput }]) => `  ${formatSize(bytesInOutput).padStart(9)}  ${file}`)
    .join('\n');
}

function formatSize(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

const isMain = process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
if (isMain) {
  build().catch((error) => {
    // esbuild has already printed its own diagnostics (error.errors); a BuildError is ours and needs no stack.
    if (error instanceof BuildError) console.error(`Build failed: ${error.message}`);
    else if (Array.isArray(error.errors)) console.error('Build failed: see the errors above.');
    else console.error(error);
    process.exitCode = 1;
  });
}
