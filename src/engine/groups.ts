// The groups of every classification, as stable keys, and the codes the typed-array passes store per row. One list
// per classification: its code of a group is the group's index in the list, named here rather than written as 0.
// Dependency-free: the sidebar page imports it. Labels and actions are in the catalogues (src/i18n), colours in
// each classification's descriptor (classifications/).

export interface GroupList<K extends string> {
  keys: readonly K[];
  /** The code of each group: its index in `keys`. */
  code: { readonly [G in K]: number };
  /** The code stored for a row that has no group (a problem, a blank row, not computed). */
  none: number;
}

function groupList<K extends string>(keys: readonly K[]): GroupList<K> {
  const code = {} as Record<K, number>;
  keys.forEach((key, i) => (code[key] = i));
  return { keys, code, none: keys.length };
}

export const TIER = groupList(['A', 'B', 'C'] as const);
export const PROFIT = groupList(['core', 'maintain', 'drain'] as const);
export const QUADRANT = groupList(['old_big', 'new_big', 'new_small', 'old_small'] as const);
export const LIFECYCLE = groupList(['prospect', 'potential', 'one_time', 'loyal', 'lapsed'] as const);
export const INTENT = groupList(['ready', 'considering', 'not_now', 'not_interested', 'unknown'] as const);
/** The 11-segment grid, best first. */
export const RFM_GRID = groupList([
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
] as const);
/** The 8-class preset common in Chinese practice (near/far × frequent/rare × high/low revenue). */
export const RFM_CLASS8 = groupList([
  'important_value',
  'important_develop',
  'important_keep',
  'important_retain',
  'general_value',
  'general_develop',
  'general_keep',
  'general_retain',
] as const);
export const TOUCH = groupList(['thank_you', 'usage_follow_up', 'keep_in_touch', 'win_back'] as const);
/** Churn risk from the chance a customer is still active (classify/churn.ts); not RFM's "At Risk". */
export const CHURN = groupList(['active', 'slipping', 'likely_lost'] as const);

export type TierGroup = (typeof TIER.keys)[number];
export type ProfitGroup = (typeof PROFIT.keys)[number];
export type QuadrantGroup = (typeof QUADRANT.keys)[number];
export type LifecycleGroup = (typeof LIFECYCLE.keys)[number];
export type IntentGroup = (typeof INTENT.keys)[number];
export type RfmGridGroup = (typeof RFM_GRID.keys)[number];
export type RfmClass8Group = (typeof RFM_CLASS8.keys)[number];
export type RfmGroup = RfmGridGroup | RfmClass8Group;
export type TouchGroup = (typeof TOUCH.keys)[number];
export type ChurnGroup = (typeof CHURN.keys)[number];
export type GroupKey = TierGroup | ProfitGroup | QuadrantGroup | LifecycleGroup | IntentGroup | RfmGroup | TouchGroup | ChurnGroup;

/** Every group key, in a fixed order (for catalogue completeness and the palette). */
export const ALL_GROUPS: readonly GroupKey[] = [
  ...TIER.keys,
  ...PROFIT.keys,
  ...QUADRANT.keys,
  ...LIFECYCLE.keys,
  ...INTENT.keys,
  ...RFM_GRID.keys,
  ...RFM_CLASS8.keys,
  ...TOUCH.keys,
  ...CHURN.keys,
];
