// One palette, defined once. Every colour is light enough for black text (WCAG contrast ≥ 9.5) and, within a
// classification, stays clearly apart (CIE76 ΔE ≥ 15) for normal vision and for protanopia, deuteranopia and
// tritanopia; test/engine/palette.test.ts checks both with colorVision.ts. The values came from a search that
// started at conventional hues (blue for the best, warm for risk, grey for unknown) and moved them only until
// those checks held.
import type { GroupKey } from './groups';

export const PALETTE: Record<GroupKey, string> = {
  A: '#6cb5f2',
  B: '#ffb36b',
  C: '#f6fff3',
  core: '#85affd',
  maintain: '#f9ff8f',
  drain: '#e79a9f',
  old_big: '#a4a7fd',
  new_big: '#ffb744',
  new_small: '#f6ffae',
  old_small: '#a0fce7',
  prospect: '#c8ffda',
  potential: '#b2a2ff',
  one_time: '#f5ef72',
  loyal: '#5dbdc0',
  lapsed: '#e69e77',
  ready: '#6fc176',
  considering: '#fbe772',
  not_now: '#b8a0ff',
  not_interested: '#e398c0',
  unknown: '#d7ffd9',
  champions: '#73b2fd',
  loyal_customers: '#a3cbff',
  potential_loyalist: '#91f2ff',
  recent_customers: '#b7ffd7',
  promising: '#d2fda2',
  needs_attention: '#f4ff86',
  about_to_sleep: '#ffaf73',
  at_risk: '#e2cfa3',
  cant_lose_them: '#d0a599',
  hibernating: '#bca7c9',
  lost: '#c2cdcb',
  important_value: '#6db9f9',
  important_develop: '#a4fec1',
  important_keep: '#ffa28c',
  important_retain: '#c4a4cc',
  general_value: '#e3ddff',
  general_develop: '#ccffa1',
  general_keep: '#ffe773',
  general_retain: '#efb8c5',
  thank_you: '#a8f6f6',
  usage_follow_up: '#ada4ff',
  keep_in_touch: '#fee074',
  win_back: '#ef9887',
};

/** Cells with a problem: a light red that is not any group's colour. */
export const PROBLEM_COLOR = '#fde2e1';

export function colorOf(group: GroupKey): string {
  return PALETTE[group];
}
