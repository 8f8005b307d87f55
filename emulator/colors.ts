// Sheets hands colours back as lower-case '#rrggbb' whatever CSS form was set ('red', '#F00', '#FF0000').

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  maroon: '#800000',
  navy: '#000080',
  teal: '#008080',
  lime: '#00ff00',
  aqua: '#00ffff',
  cyan: '#00ffff',
  fuchsia: '#ff00ff',
  magenta: '#ff00ff',
  olive: '#808000',
};

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

// setBackgrounds over 50,000 rows repeats a handful of colours: remember their normal form.
const seen = new Map<string, string>();

/** `null` (reset) gives `fallback`; an unknown colour throws like Sheets rejects it. */
export function normalizeColor(color: string | null | undefined, fallback: string): string {
  if (color === null || color === undefined || color === '') return fallback;
  const known = seen.get(color);
  if (known !== undefined) return known;
  const normal = parseColor(String(color));
  if (seen.size < 1000) seen.set(color, normal);
  return normal;
}

function parseColor(color: string): string {
  const text = color.trim().toLowerCase();
  if (NAMED[text]) return NAMED[text];
  const m = HEX.exec(text);
  if (!m) throw new Error(`Invalid color: ${color}`);
  const hex = m[1];
  return hex.length === 3 ? `#${hex[0]}${hex[0]}${hex[1]}${hex[1]}${hex[2]}${hex[2]}` : `#${hex}`;
}

/** Same as normalizeColor, but `null` stays null (a rule without that colour). */
export function optionalColor(color: string | null | undefined): string | null {
  return color === null || color === undefined ? null : normalizeColor(color, '');
}
