// An esbuild plugin for the server bundle: modules that hold only data (word lists) are replaced by their value as
// gzipped JSON in base64, unpacked on first use by src/server/packedData.ts. The intent lexicon is 12 KB as source and
// half that packed, and every custom-function call loads Code.js whole (the 200 KB budget in build.mjs).
import path from 'node:path';
import zlib from 'node:zlib';
import { isDeepStrictEqual } from 'node:util';
import * as esbuild from 'esbuild';

/** Data modules, relative to the repository root: each must export only JSON values (checked at build). */
export const PACKED_MODULES = ['src/engine/intentLexicon.ts'];

/** The module's exports, evaluated at build time. */
export async function evaluateModule(file) {
  const { outputFiles } = await esbuild.build({ entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'neutral' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** The value as packed: gzipped UTF-8 JSON in base64. */
export function pack(value) {
  return zlib.gzipSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 9 }).toString('base64');
}

function checkJson(name, value, file) {
  const roundTrip = JSON.parse(JSON.stringify(value));
  if (!isDeepStrictEqual(roundTrip, value)) throw new Error(`${file}: export ${name} is not plain JSON data and cannot be packed.`);
}

export function packData(root) {
  const files = new Set(PACKED_MODULES.map((f) => path.resolve(root, f)));
  const unpacker = path.resolve(root, 'src/server/packedData.ts');
  return {
    name: 'pack-data',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!files.has(args.path)) return undefined;
        const exports = await evaluateModule(args.path);
        const lines = [`import { unpackJson } from ${JSON.stringify(unpacker)};`];
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
