// Large word lists ship gzipped in dist/Code.js (src/build/packData.mjs packs them at build time): every formula call
// loads the whole file, and the intent lexicon is its largest table. Unpacked on first use, with Apps Script's own
// Utilities (allowed in custom functions: https://developers.google.com/apps-script/guides/sheets/functions), so a
// formula that reads no notes never pays for it. Tests of the engine import the lists as source; tests of the bundle
// run this.

/** The packed JSON value, decoded when one of its properties is first read. */
export function unpackJson<T extends object>(base64: string): T {
  let data: T | undefined;
  const load = (): T => {
    if (data === undefined) {
      const gzipped = Utilities.newBlob(Utilities.base64Decode(base64), 'application/x-gzip');
      data = JSON.parse(Utilities.ungzip(gzipped).getDataAsString()) as T;
    }
    return data;
  };
  return new Proxy({} as T, {
    get: (_target, key) => (load() as Record<PropertyKey, unknown>)[key],
    has: (_target, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_target, key) => Object.getOwnPropertyDescriptor(load(), key),
  });
}
