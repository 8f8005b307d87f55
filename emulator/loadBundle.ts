// Loads the built dist/Code.js the way Apps Script runs it: one script in a fresh V8 realm whose globals are the
// Apps Script services you pass in, plus the standard JS builtins. No require, process, Buffer, setTimeout, URL.
//
// Realms: the bundle has its own Date, Array and Object. Values made in the test (`new Date()`, `[[1]]`) come from
// another realm, so inside the bundle `x instanceof Date` and `x instanceof Array` are false for them, while Sheets
// always passes the script's own Dates. Build inputs with `toContext(ctx, value)` so tests pass what Sheets passes.
// Engine code must not rely on `instanceof Date` alone: `Object.prototype.toString.call(x) === '[object Date]'`
// holds in every realm (and `Array.isArray` already does). Likewise an error thrown by the bundle is not
// `instanceof Error` here: assert with `toThrow('message')` or `toThrow(/pattern/)`, not `toThrow(Error)`.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const DEFAULT_BUNDLE = path.resolve(__dirname, '../dist/Code.js');

export interface LoadBundleOptions {
  /** The script to load; dist/Code.js by default (run `npm run build` first). */
  file?: string;
  /** `console` inside the bundle (Apps Script has one). Silent by default; pass `console` to see the logs. */
  console?: Partial<Console>;
}

interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

const SILENT_CONSOLE: Partial<Console> = {
  log() {},
  info() {},
  warn() {},
  error() {},
  debug() {},
  time() {},
  timeEnd() {},
};

const realms = new WeakMap<vm.Context, Realm>();
const providedNames = new WeakMap<vm.Context, Set<string>>();
// Compiling the bundle once per test file is enough; a rebuild changes mtime or size and is picked up.
const scripts = new Map<string, { stamp: string; script: vm.Script }>();

/**
 * A fresh realm holding only `globals` (the Apps Script fakes) and `console`, with the bundle run in it.
 * The bundle's globals are properties of the returned context: `ctx.CUSTOMER_TIER(toContext(ctx, [[1]]))`.
 */
export function loadBundle(globals: Record<string, unknown> = {}, options: LoadBundleOptions = {}): vm.Context {
  const provided = { console: options.console ?? SILENT_CONSOLE, ...globals };
  const ctx = vm.createContext({ ...provided });
  providedNames.set(ctx, new Set(Object.keys(provided)));
  compiled(options.file ?? DEFAULT_BUNDLE).runInContext(ctx);
  return ctx;
}

function compiled(file: string): vm.Script {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist: run \`npm run build\` first (npm test does).`);
  const stat = fs.statSync(file);
  const stamp = `${stat.mtimeMs}:${stat.size}`;
  const cached = scripts.get(file);
  if (cached?.stamp === stamp) return cached.script;
  const script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: path.basename(file) });
  scripts.set(file, { stamp, script });
  return script;
}

/** Names the bundle itself made global (what Apps Script would see), without the fakes passed in. */
export function bundleGlobals(ctx: vm.Context): string[] {
  const provided = providedNames.get(ctx) ?? new Set<string>();
  return Object.getOwnPropertyNames(ctx).filter((name) => !provided.has(name));
}

/** A deep copy of `value` whose Dates, arrays and plain objects belong to the bundle's realm, as Sheets passes them. */
export function toContext<T>(ctx: vm.Context, value: T): T {
  return copyInto(realmOf(ctx), value) as T;
}

/** A deep copy of a bundle result in the test's realm, for `toStrictEqual` and `instanceof` in assertions. */
export function fromContext<T>(value: T): T {
  return copyInto({ Date, Array, Object }, value) as T;
}

function realmOf(ctx: vm.Context): Realm {
  let realm = realms.get(ctx);
  if (!realm) {
    realm = vm.runInContext('({ Date: Date, Array: Array, Object: Object })', ctx) as Realm;
    realms.set(ctx, realm);
  }
  return realm;
}

function copyInto(realm: Realm, value: unknown): unknown {
  if (Array.isArray(value)) {
    const copy = new realm.Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = copyInto(realm, value[i]);
    return copy;
  }
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') return new realm.Date((value as Date).getTime());
  if (tag === '[object Object]' && isPlainObject(value)) {
    const copy = new realm.Object() as Record<string, unknown>;
    for (const [key, item] of Object.entries(value as object)) copy[key] = copyInto(realm, item);
    return copy;
  }
  // Primitives are realm-free; functions and fakes (class instances) are passed as they are.
  return value;
}

function isPlainObject(value: unknown): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
