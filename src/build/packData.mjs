// An esbuild plugin for the server bundle: modules that hold only data (word lists) are replaced by their value as
// gzipped JSON in basE91 text, unpacked on first use by src/server/packedData.ts. The intent lexicon is 12 KB as source and
// half that packed, and every custom-function call loads Code.js whole (the 200 KB budget in build.mjs).
// The language catalogues are words and sentence templates (src/i18n/template.ts), so they are packed the same way
// (all but the menu), the three languages in one blob: they share every key (gzip finds the second and third copies),
// which saves about 2 KB over a blob per language, at the cost of a formula decoding all three (a few tens of KB of
// JSON) on its first word.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { isDeepStrictEqual } from 'node:util';
import * as esbuild from 'esbuild';
import ts from 'typescript';

/** Data modules, relative to the repository root: each must export only JSON values (checked at build). */
export const PACKED_MODULES = ['src/engine/intentLexicon.ts', 'src/engine/headerWords.ts'];

/**
 * Modules exporting an object literal (`export const EN: Catalogue = { … }`) of plain data: its properties are packed
 * and read back through getters, but for KEPT_SECTIONS.
 */
export const CATALOGUE_MODULES = { 'src/i18n/en.ts': 'EN', 'src/i18n/es.ts': 'ES', 'src/i18n/zh.ts': 'ZH' };

/** Sections left as written: the menu is built by onOpen, which may run before the add-on is authorised (AuthMode.NONE). */
const KEPT_SECTIONS = new Set(['menu']);

/** The module's exports, evaluated at build time. */
export async function evaluateModule(file) {
  const { outputFiles } = await esbuild.build({ entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'neutral' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/**
 * basE91 (Joachim Henke's scheme) over an alphabet of printable ASCII that a JSON string carries unescaped: 23% larger
 * than the bytes, where base64 is 33%. The decoder is `base91Bytes` in src/server/packedData.ts.
 */
export const BASE91_ALPHABET = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== '"' && c !== '\\' && c !== '~')
  .join('');

export function base91(bytes) {
  let out = '';
  let bits = 0;
  let count = 0;
  for (const byte of bytes) {
    bits |= byte << count;
    count += 8;
    if (count > 13) {
      let v = bits & 8191;
      if (v > 88) {
        bits >>= 13;
        count -= 13;
      } else {
        v = bits & 16383;
        bits >>= 14;
        count -= 14;
      }
      out += BASE91_ALPHABET[v % 91] + BASE91_ALPHABET[Math.floor(v / 91)];
    }
  }
  if (count) {
    out += BASE91_ALPHABET[bits % 91];
    if (count > 7 || bits > 90) out += BASE91_ALPHABET[Math.floor(bits / 91)];
  }
  return out;
}

/** The value as packed: gzipped UTF-8 JSON in basE91. */
export function pack(value) {
  return base91(zlib.gzipSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 9 }));
}

/** True when the value survives a JSON round trip unchanged: no functions, no undefined, no class instances. */
function isJson(value) {
  const text = JSON.stringify(value);
  return text !== undefined && isDeepStrictEqual(JSON.parse(text), value);
}

/** The property's name when it is written plainly (`labels:` or `'labels':`), else undefined. */
function propertyName(property) {
  if (!ts.isPropertyAssignment(property)) return undefined;
  const name = property.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/**
 * The module's source with the sections of `exportName`'s object literal taken out and defined again as getters over
 * one packed value. Every section but the kept ones must be plain JSON: sentences are templates (src/i18n/template.ts),
 * so a sentence written as a function fails the build here rather than ship as code. Returns the sections packed.
 */
export function packWordSections(source, file, exportName, value, wordsOf = (packed) => `unpackJson(${JSON.stringify(pack(packed))})`) {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  let literal;
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.name.text === exportName && d.initializer && ts.isObjectLiteralExpression(d.initializer))
        literal = d.initializer;
    }
  }
  if (!literal) throw new Error(`${file}: export ${exportName} is not an object literal and cannot be packed.`);
  const cuts = [];
  const packed = {};
  for (const property of literal.properties) {
    const name = propertyName(property);
    if (name !== undefined && KEPT_SECTIONS.has(name)) continue;
    if (name === undefined || !isJson(value[name])) {
      throw new Error(
        `${file}: ${exportName}.${name ?? property.getText().slice(0, 40)} is not plain data: write its sentences as templates (src/i18n/template.ts).`,
      );
    }
    packed[name] = value[name];
    // The property with its leading comment and its trailing comma.
    const next = source.slice(property.end).match(/^\s*,/);
    cuts.push([property.getFullStart(), property.end + (next ? next[0].length : 0)]);
  }
  let text = source;
  for (const [from, to] of cuts.sort((a, b) => b[0] - a[0])) text = text.slice(0, from) + text.slice(to);
  const names = Object.keys(packed);
  const getters = names.map((n) => `${JSON.stringify(n)}: { get: () => words()[${JSON.stringify(n)}], enumerable: true }`).join(', ');
  text += `
{
  let cache;
  const words = () => cache || (cache = ${wordsOf(packed)});
  Object.defineProperties(${exportName}, { ${getters} });
}
`;
  return { text, names, packed };
}

function checkJson(name, value, file) {
  const roundTrip = JSON.parse(JSON.stringify(value));
  if (!isDeepStrictEqual(roundTrip, value)) throw new Error(`${file}: export ${name} is not plain JSON data and cannot be packed.`);
}

/** The virtual module holding every catalogue's words in one blob (see the top of this file). */
const CATALOGUE_WORDS = 'packed:catalogue-words';

export function packData(root) {
  const files = new Set(PACKED_MODULES.map((f) => path.resolve(root, f)));
  const catalogueFiles = new Map(Object.entries(CATALOGUE_MODULES).map(([f, name]) => [path.resolve(root, f), name]));
  const unpacker = path.resolve(root, 'src/server/packedData.ts');
  const importUnpacker = `import { unpackJson } from ${JSON.stringify(unpacker)};`;
  /** Each catalogue's transformed text and words, computed once per build for both the module and the blob. */
  let catalogues;
  // One promise, shared by the concurrent loads of the three catalogues and the blob.
  const packedCatalogues = () => {
    catalogues ??= (async () => {
      const out = new Map();
      for (const [file, exportName] of catalogueFiles) {
        const value = (await evaluateModule(file))[exportName];
        const wordsOf = () => `CATALOGUE_WORDS[${JSON.stringify(exportName)}]`;
        out.set(file, { exportName, ...packWordSections(fs.readFileSync(file, 'utf8'), file, exportName, value, wordsOf) });
      }
      return out;
    })();
    return catalogues;
  };
  return {
    name: 'pack-data',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${CATALOGUE_WORDS}$`) }, () => ({ path: CATALOGUE_WORDS, namespace: 'packed' }));
      build.onLoad({ filter: /.*/, namespace: 'packed' }, async () => {
        const all = {};
        for (const { exportName, packed } of (await packedCatalogues()).values()) all[exportName] = packed;
        return {
          contents: `${importUnpacker}\nexport const CATALOGUE_WORDS = /* @__PURE__ */ unpackJson(${JSON.stringify(pack(all))});`,
          loader: 'ts',
          resolveDir: root,
        };
      });
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (catalogueFiles.has(args.path)) {
          const { text } = (await packedCatalogues()).get(args.path);
          const contents = `import { CATALOGUE_WORDS } from ${JSON.stringify(CATALOGUE_WORDS)};\n${text}`;
          return { contents, loader: 'ts', resolveDir: path.dirname(args.path) };
        }
        if (!files.has(args.path)) return undefined;
        const exports = await evaluateModule(args.path);
        const lines = [importUnpacker];
        for (const [name, value] of Object.entries(exports)) {
          checkJson(name, value, args.path);
          // A string or number is used at load (a RegExp built from it) and cannot be a lazy Proxy: it stays as written.
          if (value === null || typeof value !== 'object') lines.push(`export const ${name} = ${JSON.stringify(value)};`);
          else lines.push(`export const ${name} = /* @__PURE__ */ unpackJson(${JSON.stringify(pack(value))});`);
        }
        return { contents: lines.join('\n'), loader: 'ts', resolveDir: path.dirname(args.path) };
      });
    },
  };
}
