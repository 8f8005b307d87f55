// The Sheets formulas (CUSTOMER_…). Each export here becomes a global through src/server/index.ts; give each one a
// full JSDoc block (`@param {type} name description` for every parameter, in order, `@return`, `@customfunction`),
// which the build copies onto the global stub so Sheets shows autocomplete and help.
export {};
