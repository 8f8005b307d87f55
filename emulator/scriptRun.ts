// What google.script.run lets cross between the sidebar and the server, in either direction
// (https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values):
//   "Legal parameters and return values are JavaScript primitives like a Number, Boolean, String, or null, as well as
//   JavaScript objects and arrays that are composed of primitives, objects and arrays. [...] Requests fail if you
//   attempt to pass a Date, Function, DOM element besides a form, or other prohibited type, including prohibited types
//   inside objects or arrays. Objects that create circular references also fail, and undefined fields within arrays
//   become null."
// The page does not say what the page receives when a server function returns a Date (reports differ: null, or no
// handler at all). We take the stricter reading: the call fails. Typed arrays, Maps, Sets, class instances and other
// non-plain objects are "other prohibited types" here; an undefined object field is left out, as in JSON.

/** Thrown for a value google.script.run refuses; `path` names where it was (`value.columns[2]`). */
export class ScriptRunTransferError extends Error {}

function illegal(what: string, path: string): ScriptRunTransferError {
  return new ScriptRunTransferError(
    `google.script.run cannot carry ${what} (at ${path}): only strings, numbers, booleans, null, plain objects and arrays cross.`,
  );
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  // Null-prototype objects and objects of any realm's Object.prototype (the bundle's vm realm has its own).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A copy of `value` as the other side receives it, in this realm; throws ScriptRunTransferError where the platform fails. */
export function acrossScriptRun(value: unknown, path = 'value', seen: Set<object> = new Set()): unknown {
  if (value === null || value === undefined) return value;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'function':
      throw illegal('a function', path);
    case 'bigint':
    case 'symbol':
      throw illegal(`a ${typeof value}`, path);
  }
  const object = value as object;
  if (seen.has(object)) throw illegal('an object that refers to itself', path);
  seen.add(object);
  try {
    if (Array.isArray(object)) {
      return object.map((item, i) => (item === undefined ? null : acrossScriptRun(item, `${path}[${i}]`, seen)));
    }
    const tag = Object.prototype.toString.call(object);
    if (tag === '[object Date]') throw illegal('a Date (send it as a YYYY-MM-DD string)', path);
    if (tag !== '[object Object]' || !isPlainObject(object)) throw illegal(`a ${tag.slice(8, -1)}`, path);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(object)) {
      if (item !== undefined) out[key] = acrossScriptRun(item, `${path}.${key}`, seen);
    }
    return out;
  } finally {
    seen.delete(object);
  }
}
