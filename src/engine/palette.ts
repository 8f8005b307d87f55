// One palette, assembled from the classifications' own colours (each descriptor declares its groups' colours).
// Every colour is light enough for black text (WCAG contrast ≥ 9.5) and, within a classification, stays clearly apart
// (CIE76 ΔE ≥ 15) for normal vision and for protanopia, deuteranopia and tritanopia; test/engine/palette.test.ts
// checks both with colorVision.ts. The values came from a search that started at conventional hues (blue for the
// best, warm for risk, grey for unknown) and moved them only until those checks held.
import { DESCRIPTORS } from './classifications';
import type { GroupKey } from './groups';

export const PALETTE = Object.assign({}, ...DESCRIPTORS.map((d) => d.colors)) as Record<GroupKey, string>;

/** Cells with a problem: a light red that is not any group's colour. */
export const PROBLEM_COLOR = '#fde2e1';

export function colorOf(group: GroupKey): string {
  return PALETTE[group];
}
