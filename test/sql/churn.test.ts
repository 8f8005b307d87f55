// Churn risk fits a model over the whole table, which one query cannot do: the export leaves it out, even chosen.
import { DEFAULT_CLASSIFICATIONS } from '../../src/engine/settings';
import { generateSegmentsSql } from '../../src/sql';

const INPUT = {
  dialect: 'duckdb' as const,
  table: 'orders',
  layout: 'orders' as const,
  columns: { order_date: 'order_date', customer: 'customer', amount: 'amount' },
};

test('churn risk chosen is left out of the query, the rest is the same', () => {
  const without = generateSegmentsSql({ ...INPUT, settings: {} });
  const withChurn = generateSegmentsSql({ ...INPUT, settings: { classifications: [...DEFAULT_CLASSIFICATIONS, 'churn'] } });
  expect(without.ok && withChurn.ok).toBe(true);
  if (!without.ok || !withChurn.ok) return;
  expect(withChurn.classifications).not.toContain('churn');
  expect(withChurn.sql).toBe(without.sql);
});

test('churn risk alone leaves nothing to compute', () => {
  const only = generateSegmentsSql({ ...INPUT, settings: { classifications: ['churn'], mainGrouping: 'churn' } });
  expect(only).toEqual({ ok: false, errors: [{ kind: 'nothing_to_compute' }] });
});
