// Parity on 100,000 customers with heavy ties (bench/sql.ts tieTable): a few distinct revenues whose shares land
// exactly on 80% and 95%, profits whose counts land exactly on 20% of n, last purchases on both sides of every date
// boundary, lead scores at 40/60/70, and 1% of rows with a contradiction. Every customer's answer, reason code and
// reason facts must be the engine's.
import { segmentValues, type SettingsInput } from '../../src/engine';
import { parseSettings } from '../../src/engine/settings';
import { SQL_AS_OF, TIE_MAPPING, tieTable } from '../../bench/sql';
import { differences, expectedRow, loadTable, openDuck, runExport } from './duck';

const N = 100_000;

async function parity(n: number, seed: number, settings: SettingsInput, options: { cents?: boolean } = {}) {
  const { cells, typed } = tieTable(n, seed, options);
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new Error('bad settings');
  const result = segmentValues(cells, {
    settings: parsed.settings,
    asOf: SQL_AS_OF,
    hints: { locale: 'en_US', timeZone: 'UTC' },
    location: { headerRow: 0, firstDataRow: 1, lastDataRow: n, firstCol: 0, lastCol: 7 },
    columns: { customer: 0, first_purchase: 1, last_purchase: 2, orders: 3, revenue: 4, profit: 5, status: 6, lead_score: 7 },
    summary: false,
  });
  if (!result.ok) throw new Error(result.reason);
  const c = result.classified;
  const duck = await openDuck();
  try {
    await loadTable(duck.connection, 'ties', typed);
    const rows = await runExport(
      duck.connection,
      { dialect: 'duckdb', layout: 'customers', table: 'ties', columns: TIE_MAPPING, keep: ['_row'], settings },
      SQL_AS_OF,
    );
    expect(rows).toHaveLength(n);
    const failures: string[] = [];
    const groups = new Map<string, number>();
    for (const row of rows) {
      const i = row._row as number;
      const diff = differences(expectedRow(c, i, c.computed), row);
      if (diff.length) failures.push(`row ${i}: ${diff.join('; ')}`);
      const key = `${row.tier}/${row.profit_split}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    expect(failures.slice(0, 10)).toEqual([]);
    return { c, rows, groups };
  } finally {
    duck.close();
  }
}

describe('100,000 customers with heavy ties', () => {
  it('default settings: every answer, reason and fact is the engine’s; the boundaries are really met', async () => {
    const { c, rows } = await parity(N, 7, {});
    // The value 50 holds exactly 80% above it (B, not A) and 10 exactly 95% (C, not B): ties on the boundary.
    const byRevenue = (value: number) => rows.find((r) => r.revenue === value && r.tier !== null)!;
    expect(byRevenue(100).tier).toBe('A');
    expect(byRevenue(50).tier).toBe('B');
    expect(byRevenue(50).tier_share).toBeCloseTo(0.8, 12);
    expect(byRevenue(10).tier).toBe('C');
    expect(byRevenue(10).tier_share).toBeCloseTo(0.95, 12);
    // Profit 200 has exactly 20% of n above it: not Core.
    const profit200 = rows.find((r) => r.profit === 200 && r.profit_split !== null)!;
    expect(profit200.profit_split).toBe('Maintain');
    expect(c.computed).toEqual(['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfm', 'nextContact']);
  }, 60_000);

  it('count method, bottom20, 8 classes, with revenues in cents', async () => {
    const { rows } = await parity(N, 11, { tierPreset: 'count 20/30/50', profitRule: 'bottom20', rfmPreset: 'class8' }, { cents: true });
    // Profit 0 has 60% above and 20% below: the bottom-20 boundary, so Maintain; −10 has 10% below: Drain.
    expect(rows.find((r) => r.profit === 0 && r.profit_split !== null)!.profit_split).toBe('Maintain');
    expect(rows.find((r) => r.profit === -10 && r.profit_split !== null)!.profit_split).toBe('Drain');
  }, 60_000);
});
