// Injected into the server bundle in place of `globalThis`: libraries keep state there (zod sets
// `__zod_globalConfig`), which would add names to the script's global scope. Writes land on this private object;
// reads fall through its prototype to the real global, so Apps Script's services stay visible.
const privateGlobal = Object.create(globalThis);
export { privateGlobal as globalThis };
