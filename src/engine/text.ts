// Text normalisation shared by header detection and intent reading:
// case, accents, full-width characters and punctuation must not matter (DOMAIN.md §5).

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Punctuation and symbols (ASCII and CJK) become spaces so that words still split.
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACES = /\s+/g;

/**
 * Lower-case, NFKC (full-width → half-width), accents removed, punctuation → space, spaces collapsed.
 * `ñ` becomes `n`, which is harmless for the words we look for and spares a second spelling of each.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(PUNCTUATION, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/** A cell shown back to the user as text (problem messages, names): never `[object Object]`. */
export function cellToText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  // toString rather than instanceof: a Date from another realm (Sheets' own, a test's vm) is still a Date.
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    const date = cell as Date;
    if (Number.isNaN(date.getTime())) return 'Invalid Date';
    // The civil day where the script runs (Apps Script: the script's zone), not the UTC day.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  return String(cell).trim();
}
