// RFM scores and segments (DOMAIN.md §6): the 11-segment grid or the 8 classes.
import { rfm as rfmOf, rfmReason, rfmScoreText, rfmSegmentKey } from '../classify/rfm';
import { RFM_CLASS8, RFM_GRID } from '../groups';
import type { Descriptor } from './descriptor';

export const rfm: Descriptor = {
  id: 'rfm',
  groups: (settings) => (settings.rfmPreset === 'class8' ? RFM_CLASS8.keys : RFM_GRID.keys),
  colors: {
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
  },
  columns: ['score', 'group'],
  compute(c, wanted) {
    if (!wanted) return;
    const { table } = c;
    c.rfm = rfmOf(
      {
        lastPurchase: table.lastPurchase,
        asOf: c.asOf,
        orders: table.orders,
        revenue: table.revenue,
        sortedPositiveRevenue: c.revenueTier?.sortedPositive,
      },
      c.settings.rfmPreset,
    );
  },
  computed: (c) => c.rfm !== undefined,
  group: (c, row) => rfmSegmentKey(c.rfm!, row) ?? 'none',
  /** "545", or "—" for a customer who is not ranked. */
  score: (c, row) => rfmScoreText(c.rfm!, row),
  reason(c, row) {
    const t = c.table;
    return rfmReason(c.rfm!, row, { days: c.asOf - t.lastPurchase[row], orders: t.orders[row], revenue: t.revenue[row] });
  },
};
