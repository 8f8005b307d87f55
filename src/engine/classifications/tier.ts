// Value tier, ABC (DOMAIN.md §1): A key, B major, C ordinary customers, on revenue or profit.
import { abcReason, abcTiers } from '../classify/abc';
import { TIER } from '../groups';
import type { Descriptor } from './descriptor';

export const tier: Descriptor = {
  id: 'tier',
  groups: () => TIER.keys,
  // C is a light grey: ordinary customers, still plainly coloured against the white of an uncoloured row.
  colors: { A: '#6cb5f2', B: '#ffb36b', C: '#d0d0d0' },
  columns: ['group'],
  compute(c, wanted) {
    const { table, settings } = c;
    const options = { method: settings.tierMethod, a: settings.tierA, b: settings.tierB };
    if (wanted) c.tier = abcTiers(settings.tierMetric === 'profit' ? table.profit : table.revenue, options);
    // Tier on revenue by the share method: "big" in the quadrant, "key customer" in the win-back step.
    if (table.columns.revenue !== undefined) {
      const sameAsTier = c.tier && settings.tierMetric === 'revenue' && settings.tierMethod === 'share';
      c.revenueTier = sameAsTier
        ? c.tier
        : abcTiers(table.revenue, { method: 'share', a: settings.tierMethod === 'share' ? settings.tierA : 0.8, b: 0.95 });
    }
  },
  computed: (c) => c.tier !== undefined,
  group(c, row) {
    const code = c.tier!.tiers[row];
    return code === TIER.none ? null : TIER.keys[code];
  },
  reason(c, row) {
    const metric = c.settings.tierMetric;
    return abcReason(c.tier!, row, metric === 'profit' ? c.table.profit[row] : c.table.revenue[row], metric);
  },
};
