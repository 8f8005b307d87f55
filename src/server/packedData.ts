// Large word lists ship gzipped in dist/Code.js (src/build/packData.mjs packs them at build time): every formula call
// loads the whole file, and the intent lexicon is its largest table. Unpacked on first use, with Apps Script's own
// Utilities (allowed in custom functions: https://developers.google.com/apps-script/guides/sheets/functions), so a
// formula that reads no notes never pays for it. Tests of the engine import the lists as source; tests of the bundle
// run this.

// The alphabet of src/build/packData.mjs: printable ASCII without '"', '\\' and '~'.
const ALPHABET = "!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}";

/** basE91 text to bytes, signed as Java's (the Byte[] Utilities.newBlob takes). */
export function base91Bytes(text: string): number[] {
  const bytes: number[] = [];
  let bits = 0;
  let count = 0;
  let pending = -1;
  for (let i = 0; i < text.length; i++) {
    const digit = ALPHABET.indexOf(text[i]);
    if (pending < 0) {
      pending = digit;
      continue;
    }
    pending += digit * 91;
    bits |= pending << count;
    count += (pending & 8191) > 88 ? 13 : 14;
    do {
      bytes.push(((bits & 255) << 24) >> 24);
      bits >>= 8;
      count -= 8;
    } while (count > 7);
    pending = -1;
  }
  if (pending >= 0) bytes.push((((bits | (pending << count)) & 255) << 24) >> 24);
  return bytes;
}

/** The packed JSON value, decoded when one of its properties is first read. */
export function unpackJson<T extends object>(packed: string): T {
  let data: T | undefined;
  const load = (): T => {
    if (data === undefined) {
      const gzipped = Utilities.newBlob(base91Bytes(packed), 'application/x-gzip');
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
