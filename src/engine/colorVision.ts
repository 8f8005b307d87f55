// Colour science for the palette's guarantees: contrast with black text, and how far apart two colours stay for
// people with the common colour-vision deficiencies (Machado, Oliveira & Fernandes 2009, severity 1).

type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function toLinear(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function fromLinear(v: number): number {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
}

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map(toLinear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of black text on this background. */
export function contrastWithBlack(hex: string): number {
  return (luminance(hex) + 0.05) / 0.05;
}

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

const MATRICES: Record<Exclude<Vision, 'normal'>, number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

export function simulate(hex: string, vision: Vision): Rgb {
  const rgb = hexToRgb(hex);
  if (vision === 'normal') return rgb;
  const [r, g, b] = rgb.map(toLinear);
  const m = MATRICES[vision];
  return [
    fromLinear(m[0] * r + m[1] * g + m[2] * b),
    fromLinear(m[3] * r + m[4] * g + m[5] * b),
    fromLinear(m[6] * r + m[7] * g + m[8] * b),
  ];
}

function toLab([r8, g8, b8]: Rgb): [number, number, number] {
  const [r, g, b] = [r8, g8, b8].map(toLinear);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 ΔE between two colours as seen with a given vision. ≥ 10 reads as clearly different side by side. */
export function distance(a: string, b: string, vision: Vision): number {
  const [l1, a1, b1] = toLab(simulate(a, vision));
  const [l2, a2, b2] = toLab(simulate(b, vision));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
