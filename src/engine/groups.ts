// The classifications and their groups, as stable keys. Labels and actions live in i18n/; colours in palette.ts.

export type Classification = 'tier' | 'profit' | 'quadrant' | 'lifecycle' | 'intent' | 'rfm' | 'nextContact';

export const CLASSIFICATIONS: readonly Classification[] = [
  'tier',
  'profit',
  'quadrant',
  'lifecycle',
  'intent',
  'rfm',
  'nextContact',
];

export const TIER_GROUPS = ['A', 'B', 'C'] as const;
export type TierGroup = (typeof TIER_GROUPS)[number];

export const PROFIT_GROUPS = ['core', 'maintain', 'drain'] as const;
export type ProfitGroup = (typeof PROFIT_GROUPS)[number];

export const QUADRANT_GROUPS = ['old_big', 'new_big', 'new_small', 'old_small'] as const;
export type QuadrantGroup = (typeof QUADRANT_GROUPS)[number];

export const LIFECYCLE_GROUPS = ['prospect', 'potential', 'one_time', 'loyal', 'lapsed'] as const;
export type LifecycleGroup = (typeof LIFECYCLE_GROUPS)[number];

export const INTENT_GROUPS = ['ready', 'considering', 'not_now', 'not_interested', 'unknown'] as const;
export type IntentGroup = (typeof INTENT_GROUPS)[number];

/** The 11-segment grid, best first. */
export const RFM_GRID_GROUPS = [
  'champions',
  'loyal_customers',
  'potential_loyalist',
  'recent_customers',
  'promising',
  'needs_attention',
  'about_to_sleep',
  'at_risk',
  'cant_lose_them',
  'hibernating',
  'lost',
] as const;
export type RfmGridGroup = (typeof RFM_GRID_GROUPS)[number];

/** The 8-class preset common in Chinese practice (near/far × frequent/rare × high/low revenue). */
export const RFM_CLASS8_GROUPS = [
  'important_value',
  'important_develop',
  'important_keep',
  'important_retain',
  'general_value',
  'general_develop',
  'general_keep',
  'general_retain',
] as const;
export type RfmClass8Group = (typeof RFM_CLASS8_GROUPS)[number];

export const TOUCH_GROUPS = ['thank_you', 'usage_follow_up', 'keep_in_touch', 'win_back'] as const;
export type TouchGroup = (typeof TOUCH_GROUPS)[number];

export type RfmGroup = RfmGridGroup | RfmClass8Group;
export type GroupKey = TierGroup | ProfitGroup | QuadrantGroup | LifecycleGroup | IntentGroup | RfmGroup | TouchGroup;

/** Every classification's groups, in display order. */
export function groupsOf(classification: Classification, rfmPreset: 'grid11' | 'class8' = 'grid11'): readonly GroupKey[] {
  switch (classification) {
    case 'tier':
      return TIER_GROUPS;
    case 'profit':
      return PROFIT_GROUPS;
    case 'quadrant':
      return QUADRANT_GROUPS;
    case 'lifecycle':
      return LIFECYCLE_GROUPS;
    case 'intent':
      return INTENT_GROUPS;
    case 'rfm':
      return rfmPreset === 'class8' ? RFM_CLASS8_GROUPS : RFM_GRID_GROUPS;
    case 'nextContact':
      return TOUCH_GROUPS;
  }
}
