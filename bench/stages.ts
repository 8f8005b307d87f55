// Where the engine figure's time goes: its two halves, and the classifications that sort, each timed alone on the
// same table. Printed under the figures so that a missed target comes with its breakdown.
import { abcTiers, classifyCustomers, createIntentReader, DEFAULT_SETTINGS, readCustomerTable, type CustomerTable } from '../src/engine';
// The algorithms themselves, timed alone: below the engine's public surface on purpose.
import { profitSplit } from '../src/engine/classify/profitSplit';
import { rfm } from '../src/engine/classify/rfm';
import { AS_OF_DAY, COLUMNS, customerRows, LOCALE, TIME_ZONE } from './data';
import { median, timeOnce } from './timing';

export interface Stage {
  stage: string;
  ms: number;
}

function read(rows: ReturnType<typeof customerRows>): CustomerTable {
  return readCustomerTable(rows, COLUMNS, { hints: { locale: LOCALE, timeZone: TIME_ZONE }, asOf: AS_OF_DAY, firstRowNumber: 2 });
}

function readIntents(table: CustomerTable): Uint8Array {
  const read = createIntentReader();
  const out = new Uint8Array(table.n);
  for (let i = 0; i < table.n; i++) out[i] = read(table.status[i], table.leadScore[i]).intent.length;
  return out;
}

export function measureStages(n: number, runs: number): Stage[] {
  const rows = customerRows(n);
  const table = read(rows);
  const revenueCopy = () => table.revenue.slice();
  const stages: [string, () => number][] = [
    ['Float64Array sort of the revenues (the unit)', () => timeOnce((copy: Float64Array) => copy.sort(), revenueCopy)],
    ['readCustomerTable (cells → typed columns, problems, duplicates)', () => timeOnce(read, () => rows)],
    [
      'classifyCustomers (all seven)',
      () =>
        timeOnce(
          (t: CustomerTable) => classifyCustomers(t, DEFAULT_SETTINGS, AS_OF_DAY),
          () => table,
        ),
    ],
    [
      '  of which abcTiers (one sort)',
      () =>
        timeOnce(
          (v: Float64Array) => abcTiers(v, { method: 'share', a: 0.8, b: 0.95 }),
          () => table.revenue,
        ),
    ],
    [
      '  of which profitSplit (selection)',
      () =>
        timeOnce(
          (v: Float64Array) => profitSplit(v, 'loss'),
          () => table.profit,
        ),
    ],
    [
      '  of which rfm (counting and selection)',
      () =>
        timeOnce(
          () => rfm({ lastPurchase: table.lastPurchase, asOf: AS_OF_DAY, orders: table.orders, revenue: table.revenue }, 'grid11'),
          () => null,
        ),
    ],
    ['  of which intent reading', () => timeOnce(readIntents, () => table)],
  ];
  return stages.map(([stage, run]) => {
    run();
    const times: number[] = [];
    for (let r = 0; r < runs; r++) times.push(run());
    return { stage, ms: median(times) };
  });
}
