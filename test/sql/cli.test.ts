// `npm run sql`: flags become the generator's input, with the add-on's defaults; mistakes are said, not thrown.
import { main, parseArguments, USAGE, type Io } from '../../scripts/sqlCli';
import { generateSegmentsSql } from '../../src/sql';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), writeFile: (f, t) => files.set(f, t) };
  const code = main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join(''), files };
}

describe('npm run sql', () => {
  it('writes the generator’s query for the flags, defaults elsewhere', () => {
    const { code, stdout, stderr } = run(['--dialect', 'bigquery', '--table', 'project.dataset.orders', '--layout', 'orders']);
    expect(code).toBe(0);
    const expected = generateSegmentsSql({
      dialect: 'bigquery',
      table: 'project.dataset.orders',
      layout: 'orders',
      columns: { order_date: 'order_date', customer: 'customer', amount: 'amount' },
      settings: {},
    });
    expect(expected.ok && stdout).toBe(expected.ok && expected.sql);
    expect(stderr).toContain('not in the query');
  });

  it('reads column names, settings, percentages and --out', () => {
    const options = parseArguments([
      '--table=p.d.customers',
      '--dialect',
      'duckdb',
      '--customer',
      'Customer',
      '--revenue',
      'Total spent',
      '--orders',
      'Orders',
      '--last-purchase',
      'Last order',
      '--keep',
      'id,region',
      '--classifications',
      'tier,rfm',
      '--preset',
      'class8',
      '--tier-a',
      '70%',
      '--tier-b',
      '0.9',
      '--lapse-days',
      '200',
    ]);
    expect(options).toEqual({
      input: {
        dialect: 'duckdb',
        table: 'p.d.customers',
        layout: 'customers',
        columns: { customer: 'Customer', revenue: 'Total spent', orders: 'Orders', last_purchase: 'Last order' },
        keep: ['id', 'region'],
        settings: { classifications: ['tier', 'rfm'], rfmPreset: 'class8', tierA: 0.7, tierB: 0.9, lapseDays: 200 },
      },
      out: undefined,
    });
    const { code, files, stdout } = run(['--table', 't', '--out', 'q.sql']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(files.get('q.sql')).toMatch(/^-- Customer Segments/);
  });

  it('says what is wrong, in the sidebar’s words for settings', () => {
    expect(run([]).stderr).toMatch(/--table is required/);
    expect(run(['--table', 't', '--colour', 'red']).stderr).toMatch(/--colour is not an option/);
    expect(run(['--table', 't', '--tier-a', 'lots']).stderr).toMatch(/"lots" is not a number/);
    expect(run(['--table', 't', '--classifications', 'tier,vibes']).stderr).toMatch(/vibes unknown/);
    const bad = run(['--table', 't', '--tier-a', '0.9', '--tier-b', '0.5']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/0\.5/);
    expect(run(['--table', 't', '--amount', 'a']).stderr).toMatch(/--layout orders/);
    expect(run(['--help']).stdout).toBe(USAGE);
  });
});
