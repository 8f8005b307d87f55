// The SQL figures of `npm run bench` on tiny inputs, so the benchmark cannot rot unnoticed (no timing asserted).
import { measureSql, sqlFigureValues, tieTable, withSqlFigures } from '../../bench/sql';

describe('SQL benchmark', () => {
  it('measures the exported query and the engine on the same customers, named by size', async () => {
    const figures = await measureSql([2_000, 3_000], 1);
    expect(Object.keys(figures.duckdbMs)).toEqual(['2000', '3000']);
    expect(figures.engineRows).toBe(2_000);
    expect(figures.engineMs).toBeGreaterThan(0);
    const values = sqlFigureValues({ ...figures, duckdbMs: { 1000000: 4000, 10000000: 40000 }, engineRows: 1_000_000 });
    expect(Object.keys(values)).toEqual(['sql_duckdb_1m_ms', 'sql_duckdb_10m_ms', 'sql_engine_1m_ms']);
    const report = withSqlFigures('table\n{"abc_1m_ratio":1.1,"missed":[]}', figures);
    const last = JSON.parse(report.split('\n').pop()!);
    expect(last).toMatchObject({
      abc_1m_ratio: 1.1,
      missed: [],
      sql_duckdb_2k_ms: expect.any(Number),
      sql_engine_2k_ms: expect.any(Number),
    });
  }, 30_000);

  it('the tie tables are the same on every run', () => {
    expect(tieTable(500, 3).typed).toEqual(tieTable(500, 3).typed);
  });
});
