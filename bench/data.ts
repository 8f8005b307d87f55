// Synthetic but realistic inputs, the same on every run (seeded): long-tailed revenues with cents, a customer table
// as Sheets hands it over (numbers, Dates at midnight, blanks as ''), statuses typed in English, Spanish and Chinese.

export const TIME_ZONE = 'America/New_York';
export const LOCALE = 'en_US';
/** The analysis date of every benchmark, as text and as a day number (days since 1970-01-01). */
export const AS_OF = '2026-11-01';
export const AS_OF_DAY = Date.UTC(2026, 10, 1) / 86_400_000;

export const HEADER = ['Customer', 'First order', 'Last order', 'Orders', 'Total spent', 'Profit', 'Status', 'Lead score'];
/** Column of each field in HEADER (what header detection finds; the engine figures skip detection). */
export const COLUMNS = {
  customer: 0,
  first_purchase: 1,
  last_purchase: 2,
  orders: 3,
  revenue: 4,
  profit: 5,
  status: 6,
  lead_score: 7,
} as const;

/** Status texts people type, in the three languages, with the usual variation in case, accents and spacing. */
export const STATUSES: readonly string[] = [
  'Interested',
  'ready to buy',
  'Hot lead',
  'wants a quote',
  'Considering',
  'comparing options',
  'Undecided',
  'thinking about it',
  'Not now',
  'next quarter',
  'No budget this year',
  'not interested',
  'Lost to competitor',
  'interested but not now',
  'no longer interested',
  'INTERESTED ',
  'Interesado',
  'listo para comprar',
  'Considerando',
  'indeciso',
  'dudando',
  'Ahora no',
  'más adelante',
  'mas adelante',
  'Sin presupuesto',
  'No interesado',
  'perdido',
  'ya no',
  ' Listo para comprar',
  '有意向',
  '准备购买',
  '考虑中',
  '犹豫',
  '比较中',
  '暂不购买',
  '以后再说',
  '没有预算',
  '不感兴趣',
  '流失',
  '不需要',
  '暂时不',
];

/** Mulberry32: a small, fast, seeded generator in [0, 1). */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A long-tailed (log-normal) amount with cents: most customers buy a little, a few buy a lot (the Pareto shape ABC is for). */
function amount(random: () => number): number {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.round(Math.exp(6 + 1.6 * z) * 100) / 100;
}

/** n revenues: 2% zero (no purchase), 0.5% negative (refunds exceed purchases), the rest long-tailed. */
export function revenues(n: number, seed = 1): Float64Array {
  const random = randomSource(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = random();
    out[i] = r < 0.02 ? 0 : r < 0.025 ? -amount(random) / 10 : amount(random);
  }
  return out;
}

/** Midnight of a civil day as a Sheets date cell in TIME_ZONE: 05:00 UTC is 00:00 EST or 01:00 EDT, the same day. */
function dateCell(day: number): Date {
  return new Date(day * 86_400_000 + 5 * 3_600_000);
}

export type Row = (string | number | Date)[];

/**
 * n customer rows (no header) as getValues / a custom-function range hands them over. 10% are prospects (no orders,
 * no dates); 40% have a lead score; 70% have a status.
 */
export function customerRows(n: number, seed = 2): Row[] {
  const random = randomSource(seed);
  const rows: Row[] = new Array(n);
  const eightYears = 8 * 365;
  for (let i = 0; i < n; i++) {
    const prospect = random() < 0.1;
    const orders = prospect ? 0 : 1 + Math.floor(-Math.log(1 - random()) * 6);
    let first: Date | string = '';
    let last: Date | string = '';
    let revenue = 0;
    let profit = 0;
    if (!prospect) {
      const firstDay = AS_OF_DAY - 1 - Math.floor(random() * eightYears);
      const lastDay = orders === 1 ? firstDay : firstDay + Math.floor(random() * (AS_OF_DAY - firstDay));
      first = dateCell(firstDay);
      last = dateCell(lastDay);
      revenue = amount(random);
      profit = Math.round(revenue * (random() * 0.6 - 0.15) * 100) / 100;
    }
    const status = random() < 0.3 ? '' : STATUSES[Math.floor(random() * STATUSES.length)];
    const score = random() < 0.6 ? '' : Math.floor(random() * 101);
    rows[i] = [`Customer ${i + 1}`, first, last, orders, revenue, profit, status, score];
  }
  return rows;
}
