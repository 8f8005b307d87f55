// Old/new × big/small (DOMAIN.md §3, seed 000's four customer types).
import { quadrant as quadrantOf } from '../classify/quadrant';
import { QUADRANT, TIER } from '../groups';
import type { Descriptor } from './descriptor';

export const quadrant: Descriptor = {
  id: 'quadrant',
  groups: () => QUADRANT.keys,
  colors: { old_big: '#a4a7fd', new_big: '#ffb744', new_small: '#f6ffae', old_small: '#a0fce7' },
  columns: ['group'],
  compute(c, wanted) {
    if (!wanted || !c.revenueTier) return;
    const { table } = c;
    const n = table.n;
    // Size per row: 1 big, 0 small, 255 unknown (no readable revenue).
    const big = new Uint8Array(n);
    const tiers = c.revenueTier.tiers;
    for (let i = 0; i < n; i++) {
      const revenue = table.revenue[i];
      if (revenue !== revenue || tiers[i] === TIER.none) big[i] = 255;
      else big[i] = c.bigRule.kind === 'amount' ? (revenue >= c.bigRule.amount ? 1 : 0) : tiers[i] === TIER.code.A ? 1 : 0;
    }
    c.quadrant = quadrantOf(table.firstPurchase, big, c.asOf, c.settings.tenureDays);
  },
  computed: (c) => c.quadrant !== undefined,
  group(c, row) {
    const code = c.quadrant!.groups[row];
    return code === QUADRANT.none ? 'none' : QUADRANT.keys[code];
  },
  reason(c, row) {
    const code = c.quadrant!.groups[row];
    if (code === QUADRANT.none) return { code: 'quadrant_no_purchase' };
    return {
      code: 'quadrant',
      group: QUADRANT.keys[code],
      tenure: c.asOf - c.table.firstPurchase[row],
      tenureDays: c.settings.tenureDays,
      bigRule: c.bigRule,
    };
  },
};
