// Property: on random small tables (1–30 customers, or order logs of up to 60 lines) full of ties, zero and negative
// revenue, blanks and contradictions, under random settings, the exported query in DuckDB agrees with the engine on
// every customer's answer, reason code and reason facts.
import fc from 'fast-check';
import { readIntent, segmentValues, type Cell, type SettingsInput } from '../../src/engine';
import { parseSettings } from '../../src/engine/settings';
import { EN } from '../../src/i18n/en';
import { SQL_AS_OF } from '../../bench/sql';
import { differences, expectedRow, loadTable, openDuck, runExport, type TypedColumn } from './duck';

const NAN = Number.NaN;
const day = (since: number) => (Number.isNaN(since) ? NAN : SQL_AS_OF - since);
const dateCell = (d: number): Cell => (Number.isNaN(d) ? '' : new Date(d * 86_400_000));
const numberCell = (x: number): Cell => (Number.isNaN(x) ? '' : x);

/** A note the engine's lexicon does not read (checked below): free text the SQL leaves to the lead score too. */
const UNREAD_NOTE = 'see the file';

const settingsArb: fc.Arbitrary<SettingsInput> = fc
  .record({
    tierMetric: fc.constantFrom('revenue', 'profit') as fc.Arbitrary<'revenue' | 'profit'>,
    tier: fc.oneof(
      fc.record({ tierMethod: fc.constant('share' as const), tierA: fc.constantFrom(0.5, 0.8, 0.95), tierB: fc.constantFrom(0.95, 1) }),
      fc.record({ tierMethod: fc.constant('count' as const), tierA: fc.constantFrom(0.2, 0.25, 0.5), tierB: fc.constantFrom(0.5, 0.75) }),
      fc.record({ tierMethod: fc.constant('amount' as const), tierA: fc.constantFrom(20, 50), tierB: fc.constantFrom(5, 10) }),
    ),
    profitRule: fc.constantFrom('loss', 'bottom20') as fc.Arbitrary<'loss' | 'bottom20'>,
    bigRule: fc.constantFrom('tierA', 'amount') as fc.Arbitrary<'tierA' | 'amount'>,
    bigAmount: fc.constantFrom(0, 10, 50),
    rfmPreset: fc.constantFrom('grid11', 'class8') as fc.Arbitrary<'grid11' | 'class8'>,
    lapseDays: fc.constantFrom(30, 90, 365),
    tenureDays: fc.constantFrom(30, 365),
  })
  .map(({ tier, ...rest }) => ({ ...rest, ...tier }));

const customerArb = fc.record({
  orders: fc.constantFrom(0, 0, 1, 1, 2, 3, 3, 5, NAN, -1, 1.5),
  revenue: fc.constantFrom(-20, -5, 0, 0, 5, 10, 10, 20, 50, 100, 0.1, 0.3, NAN),
  profit: fc.constantFrom(-10, 0, 0, 5, 5, 20, 100, NAN),
  since: fc.constantFrom(0, 2, 3, 7, 8, 30, 31, 90, 91, 365, 366, NAN, -3),
  span: fc.constantFrom(0, 10, 30, 365, NAN),
  lead: fc.constantFrom(NAN, NAN, 0, 39, 40, 60, 70, 120),
  status: fc.constantFrom('', '', EN.labels.ready, 'considering', EN.labels.not_interested, 'Ahora no', UNREAD_NOTE),
});

describe('random small tables agree with the engine', () => {
  let duck: Awaited<ReturnType<typeof openDuck>>;
  beforeAll(async () => {
    duck = await openDuck();
  });
  afterAll(() => duck.close());

  it('the unread note is one the engine does not read either (free text is a documented gap)', () => {
    expect(readIntent(UNREAD_NOTE, NAN).via).not.toBe('text');
  });

  it('customer tables', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(customerArb, { minLength: 1, maxLength: 30 }), settingsArb, async (customers, settings) => {
        const n = customers.length;
        const last = customers.map((c) => (c.orders === 0 ? NAN : day(c.since)));
        const first = customers.map((c, i) => last[i] - c.span);
        const header = ['Customer', 'First', 'Last', 'Orders', 'Revenue', 'Profit', 'Status', 'Lead'];
        const cells: Cell[][] = [
          header,
          ...customers.map((c, i) => [
            `C${i % 7}`,
            dateCell(first[i]),
            dateCell(last[i]),
            numberCell(c.orders),
            numberCell(c.revenue),
            numberCell(c.profit),
            c.status,
            numberCell(c.lead),
          ]),
        ];
        const typed: TypedColumn[] = [
          { name: 'Customer', type: 'text', values: customers.map((_, i) => `C${i % 7}`) },
          { name: 'First', type: 'date', values: first },
          { name: 'Last', type: 'date', values: last },
          { name: 'Orders', type: 'number', values: customers.map((c) => c.orders) },
          { name: 'Revenue', type: 'number', values: customers.map((c) => c.revenue) },
          { name: 'Profit', type: 'number', values: customers.map((c) => c.profit) },
          { name: 'Status', type: 'text', values: customers.map((c) => c.status || null) },
          { name: 'Lead', type: 'number', values: customers.map((c) => c.lead) },
          { name: '_row', type: 'number', values: customers.map((_, i) => i) },
        ];
        const parsed = parseSettings(settings);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
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
        await loadTable(duck.connection, 'small', typed);
        const columns = { customer: 'Customer', first_purchase: 'First', last_purchase: 'Last', orders: 'Orders' } as const;
        const rows = await runExport(
          duck.connection,
          {
            dialect: 'duckdb',
            layout: 'customers',
            table: 'small',
            columns: { ...columns, revenue: 'Revenue', profit: 'Profit', status: 'Status', lead_score: 'Lead' },
            keep: ['_row'],
            settings,
          },
          SQL_AS_OF,
        );
        expect(rows).toHaveLength(n);
        for (const row of rows) {
          const i = row._row as number;
          expect([i, differences(expectedRow(c, i, c.computed), row)]).toEqual([i, []]);
        }
      }),
      { numRuns: 150, seed: 20261201 },
    );
  }, 60_000);

  const lineArb = fc.record({
    name: fc.constantFrom('Ann', 'ann ', 'Bob', 'BOB', 'Cy', 'Dee', ''),
    since: fc.constantFrom(0, 3, 3, 8, 40, 40, 400, NAN, -2),
    amount: fc.constantFrom(-10, 0, 5, 5, 20, 20, NAN),
    id: fc.constantFrom('', 'A1', 'A1', 'A2', 'B7'),
    profit: fc.constantFrom(1, -2, 0, NAN),
    noted: fc.boolean(),
  });
  /** A note per day, so two notes of one day agree (the sheet takes the lower row, the query the greatest text). */
  const noteOf = (since: number) =>
    [EN.labels.ready, EN.labels.not_now, 'Considering', EN.labels.not_interested, UNREAD_NOTE][Math.abs(since) % 5];

  it('order logs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 60 }), settingsArb, fc.boolean(), async (lines, settings, withIds) => {
        const n = lines.length;
        const dates = lines.map((l) => day(l.since));
        const notes = lines.map((l) => (l.noted && !Number.isNaN(l.since) ? noteOf(l.since) : ''));
        const cells: Cell[][] = [
          ['Date', 'Customer', 'Amount', 'Order', 'Profit', 'Stage'],
          ...lines.map((l, i) => [dateCell(dates[i]), l.name, numberCell(l.amount), l.id, numberCell(l.profit), notes[i]]),
        ];
        const typed: TypedColumn[] = [
          { name: 'Date', type: 'date', values: dates },
          { name: 'Customer', type: 'text', values: lines.map((l) => l.name || null) },
          { name: 'Amount', type: 'number', values: lines.map((l) => l.amount) },
          { name: 'Order', type: 'text', values: lines.map((l) => l.id || null) },
          { name: 'Profit', type: 'number', values: lines.map((l) => l.profit) },
          { name: 'Stage', type: 'text', values: notes.map((t) => t || null) },
        ];
        const parsed = parseSettings(settings);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        const log = { order_date: 0, customer: 1, amount: 2, profit: 4, status: 5, ...(withIds ? { order_id: 3 } : {}) };
        const result = segmentValues(cells, {
          settings: parsed.settings,
          asOf: SQL_AS_OF,
          hints: { locale: 'en_US', timeZone: 'UTC' },
          location: { headerRow: 0, firstDataRow: 1, lastDataRow: n, firstCol: 0, lastCol: 5 },
          orderLog: log,
          summary: false,
        });
        if (!result.ok) throw new Error(result.reason);
        const c = result.classified;
        await loadTable(duck.connection, 'log', typed);
        const rows = await runExport(
          duck.connection,
          {
            dialect: 'duckdb',
            layout: 'orders',
            table: 'log',
            columns: {
              order_date: 'Date',
              customer: 'Customer',
              amount: 'Amount',
              profit: 'Profit',
              status: 'Stage',
              ...(withIds ? { order_id: 'Order' } : {}),
            },
            settings,
          },
          SQL_AS_OF,
        );
        expect(rows).toHaveLength(c.table.n);
        const byKey = new Map(rows.map((r) => [String(r.customer).toLowerCase(), r]));
        for (let k = 0; k < c.table.n; k++) {
          const row = byKey.get(c.table.customer[k].toLowerCase());
          expect(row).toBeDefined();
          expect([c.table.customer[k], differences(expectedRow(c, k, c.computed), row!)]).toEqual([c.table.customer[k], []]);
        }
      }),
      {
        numRuns: 100,
        seed: 20261202,
        // Found by a longer run: two purchases without an id on different days are two orders. (DuckDB's CONCAT skips a
        // NULL where BigQuery's returns NULL: the query uses ||, NULL-strict in both.)
        examples: [
          [
            [
              { name: 'BOB', since: 0, amount: 5, id: '', profit: 1, noted: false },
              { name: 'Bob', since: 400, amount: 5, id: '', profit: 1, noted: true },
            ],
            {},
            true,
          ],
        ],
      },
    );
  }, 60_000);
});
