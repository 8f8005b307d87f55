// The table name the sidebar asks for, checked against each engine's naming rules (src/sql/table.ts).
import { tableNameProblem } from '../../src/sql';

describe('BigQuery table names', () => {
  it.each([
    'project-123.sales.orders',
    'sales.orders',
    'bigquery-public-data.thelook_ecommerce.orders',
    'example.com:my-project.sales.orders',
    'my-project.Sales_2026.order lines',
    'my-project.sales.ग्राहक',
    'my-project.sales.00_お客様',
    'my-project.sales.étudiant-01',
    'my-project.analytics.events_*',
    '  sales.orders  ',
  ])('%s is a table', (name) => {
    expect(tableNameProblem(name, 'bigquery')).toBeNull();
  });

  it.each([
    ['', { code: 'empty' }],
    ['   ', { code: 'empty' }],
    ['`my-project.sales.orders`', { code: 'quoted' }],
    ['"sales"."orders"', { code: 'quoted' }],
    ['orders', { code: 'parts' }],
    ['a-project.b.c.d', { code: 'parts' }],
    ['example.com:sales.orders', { code: 'parts' }],
    ['sales..orders', { code: 'empty_part' }],
    ['.sales.orders', { code: 'empty_part' }],
    ['sales.orders.', { code: 'empty_part' }],
    ['My Project.sales.orders', { code: 'project', part: 'My Project' }],
    ['proj.sales.orders', { code: 'project', part: 'proj' }],
    ['my-project-.sales.orders', { code: 'project', part: 'my-project-' }],
    ['1project.sales.orders', { code: 'project', part: '1project' }],
    ['my-project.sales-2026.orders', { code: 'dataset', part: 'sales-2026' }],
    ['my-project.sales data.orders', { code: 'dataset', part: 'sales data' }],
    ['sales.orders;', { code: 'table', part: 'orders;' }],
    ['sales.or*ders', { code: 'table', part: 'or*ders' }],
    [`sales.${'x'.repeat(1025)}`, { code: 'table', part: 'x'.repeat(1025) }],
    [`sales.${'é'.repeat(513)}`, { code: 'table', part: 'é'.repeat(513) }],
  ])('%j: %j', (name, problem) => {
    expect(tableNameProblem(name, 'bigquery')).toEqual(problem);
  });

  it('a trailing line break is trimmed, one inside is not', () => {
    expect(tableNameProblem('sales.orders\n', 'bigquery')).toBeNull();
    expect(tableNameProblem('sales.or\nders', 'bigquery')).toEqual({ code: 'control' });
  });
});

describe('DuckDB table names', () => {
  it.each(['orders', 'main.orders', 'shop.main.orders', 'order lines', 'main.Ventas 2026', 'my-db.main.orders'])(
    '%s is a table',
    (name) => {
      expect(tableNameProblem(name, 'duckdb')).toBeNull();
    },
  );

  it.each([
    ['', { code: 'empty' }],
    ['"main"."orders"', { code: 'quoted' }],
    ['`orders`', { code: 'quoted' }],
    ['main.or\tders', { code: 'control' }],
    ['a.b.c.d', { code: 'parts' }],
    ['main..orders', { code: 'empty_part' }],
    ['main. .orders', { code: 'empty_part' }],
  ])('%j: %j', (name, problem) => {
    expect(tableNameProblem(name, 'duckdb')).toEqual(problem);
  });
});
