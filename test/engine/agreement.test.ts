// The table of combinations, tier × lifecycle × RFM segment × intent (and profit), on a few thousand customers made
// to reach them. Where two verdicts of a row read as a contradiction, the reason says why or the next step tells one
// story. Each pair below is one such contradiction; the test checks it was reached, so it cannot pass vacuously.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DEFAULT_SETTINGS, nextStep, outcome, segmentValues, type Cell, type Classified, type GroupKey } from '../../src/engine';
import { dayNumberOfYmd, dateOfDayNumber } from '../../src/engine/parse/dates';
import { nextStepText, outcomeLabel, outcomeReason } from '../../src/i18n/text';
import { CATALOGUES } from '../../src/i18n/text';

const AS_OF = dayNumberOfYmd(2026, 11, 1);
const EN = CATALOGUES.en;

/** Customers across orders, quiet time, buying cycle, value, profit and the note's intent. */
function table(): Cell[][] {
  const rows: Cell[][] = [['Customer', 'First purchase', 'Last purchase', 'Orders', 'Revenue', 'Profit', 'Status']];
  const notes = ['', 'ready to buy, wants a quote', 'not interested anymore', 'comparing options', 'next quarter'];
  let i = 0;
  for (const orders of [1, 2, 3, 6, 14])
    for (const quiet of [3, 34, 60, 100, 200, 400])
      for (const cycle of [4, 20, 90])
        for (const value of [40, 400, 4000, 40000])
          for (const loss of [false, true])
            for (const note of notes) {
              const last = AS_OF - quiet;
              const first = last - cycle * (orders - 1);
              const revenue = value * (1 + (i % 7) / 10) * orders;
              rows.push([
                `Customer ${i++}`,
                dateOfDayNumber(first, 'UTC'),
                dateOfDayNumber(last, 'UTC'),
                orders,
                revenue,
                loss ? -revenue / 10 : revenue / 4,
                note,
              ]);
            }
  return rows;
}

const result = segmentValues(table(), { settings: { ...DEFAULT_SETTINGS }, asOf: AS_OF, hints: { locale: 'en_US', timeZone: 'UTC' } });
if (!result.ok) throw new Error(result.reason);
const c: Classified = result.classified;

interface Row {
  tier: GroupKey;
  lifecycle: GroupKey;
  rfm: GroupKey;
  intent: GroupKey;
  profitLoss: boolean;
  reasons: Record<string, string>;
  step: string;
}

const rows: Row[] = [];
for (let k = 0; k < c.table.n; k++) {
  const group = (id: 'tier' | 'lifecycle' | 'rfm' | 'intent') => {
    const o = outcome(c, id, k)!;
    return (o.kind === 'group' ? o.group : outcomeLabel(o, 'en')) as GroupKey;
  };
  const reasons: Record<string, string> = {};
  for (const id of c.computed) reasons[id] = outcomeReason(outcome(c, id, k)!, 'en');
  rows.push({
    tier: group('tier'),
    lifecycle: group('lifecycle'),
    rfm: group('rfm'),
    intent: group('intent'),
    profitLoss: c.table.profit[k] < 0,
    reasons,
    step: nextStepText(nextStep(c, k)!, 'en'),
  });
}

const RECENT = new Set(['champions', 'potential_loyalist', 'recent_customers', 'promising']);
const QUIET = new Set(['about_to_sleep', 'at_risk', 'cant_lose_them', 'hibernating', 'lost']);
const KEY = new Set(['champions', 'loyal_customers', 'cant_lose_them']);
const VALUE_ACTIONS = new Set(
  (['A', 'B', 'C', 'old_big', 'new_big', 'new_small', 'old_small', 'champions', 'loyal_customers'] as const).map((g) => EN.actions[g]),
);
const startsWithAny = (text: string, starts: Iterable<string>) => [...starts].some((s) => text.startsWith(s));

/** Each contradiction: which rows have it, and what must then hold. */
const CONTRADICTIONS: { name: string; applies: (r: Row) => boolean; holds: (r: Row) => boolean }[] = [
  {
    name: 'Lapsed by their own cycle, yet recent by RFM: the RFM reason says why',
    applies: (r) => r.lifecycle === 'lapsed' && RECENT.has(r.rfm),
    holds: (r) => r.reasons.rfm.includes('past their own buying cycle'),
  },
  {
    name: 'A Champion (or other key customer) who lapsed: the lapse reason says "call first"',
    applies: (r) => r.lifecycle === 'lapsed' && (KEY.has(r.rfm) || r.tier === 'A'),
    holds: (r) => /\((?:Champions|Loyal Customers|Can't Lose Them|tier A) by value: call first/.test(r.reasons.lifecycle),
  },
  {
    name: 'A key customer who lapsed (not ready to buy): the most urgent win-back, a personal call, never policy firmness',
    applies: (r) => r.lifecycle === 'lapsed' && (KEY.has(r.rfm) || r.tier === 'A') && r.intent !== 'ready',
    holds: (r) => r.step.startsWith(EN.nextStep.keyCustomerLapsed) && r.step.includes('Why: lapsed key customer'),
  },
  {
    name: 'Any lapsed customer not ready to buy: a win-back, never a value treatment such as rewarding a Champion',
    applies: (r) => r.lifecycle === 'lapsed' && r.intent !== 'ready',
    holds: (r) => !startsWithAny(r.step, VALUE_ACTIONS),
  },
  {
    name: 'Loyal or one-time by their own cycle, yet slipping away by RFM: the lifecycle reason says so',
    applies: (r) => (r.lifecycle === 'loyal' || r.lifecycle === 'one_time') && QUIET.has(r.rfm),
    holds: (r) => r.reasons.lifecycle.includes('quieter than most customers'),
  },
  {
    name: 'A Champion or loyal customer by RFM is never told to be treated with policy firmness (Old & big)',
    applies: (r) => r.rfm === 'champions' || r.rfm === 'loyal_customers',
    holds: (r) => !r.step.startsWith(EN.actions.old_big),
  },
  {
    name: 'The note says not interested: the step learns why rather than rewarding or growing them',
    applies: (r) => r.intent === 'not_interested' && r.lifecycle !== 'lapsed',
    holds: (r) => !startsWithAny(r.step, VALUE_ACTIONS),
  },
  {
    name: 'Tier A by revenue but a loss by profit: the tier reason says so',
    applies: (r) => r.tier === 'A' && r.profitLoss,
    holds: (r) => r.reasons.tier.includes('but loses money'),
  },
  {
    name: 'A loss-making customer with no earlier rule: cut the cost to serve them, not "give your best people"',
    applies: (r) => r.profitLoss && r.step.includes('Why:') && !/ready to buy|lapsed|due this week|not interested/.test(r.step),
    holds: (r) => r.step.startsWith(EN.actions.drain),
  },
];

describe('the table of combinations', () => {
  test('reaches every combination of lifecycle and intent, and many of tier × RFM', () => {
    const combos = new Set(rows.map((r) => `${r.tier}|${r.lifecycle}|${r.rfm}|${r.intent}`));
    expect(new Set(rows.map((r) => `${r.lifecycle}|${r.intent}`)).size).toBeGreaterThanOrEqual(3 * 5);
    expect(combos.size).toBeGreaterThan(150);
  });

  test.each(CONTRADICTIONS)('$name', ({ applies, holds }) => {
    const reached = rows.filter(applies);
    expect(reached.length).toBeGreaterThan(0);
    const broken = reached.filter((r) => !holds(r));
    expect(broken.slice(0, 3)).toEqual([]);
  });

  test('every next step says why it comes first, in words: no rule numbers to look up', () => {
    for (const r of rows) expect(r.step).toMatch(/Why: [^[\]]+\.$/);
  });

  test('the issue’s example reads as one story', () => {
    const champion = rows.find((r) => r.lifecycle === 'lapsed' && r.rfm === 'champions' && r.intent !== 'ready')!;
    expect(champion.reasons.lifecycle).toMatch(
      /^Lapsed: quiet \d+ days, \d+× their usual \d+(\.\d)?-day cycle \(cut-off \d+(\.\d)? days\) \(Champions by value: call first\)$/,
    );
    expect(champion.step).toMatch(/^Call them personally: .* Why: lapsed key customer \(Champions\)\.$/);
  });
});

describe('on customers-en.csv', () => {
  const load = (file: string) =>
    Papa.parse<string[]>(readFileSync(join(__dirname, '../fixtures', file), 'utf8'), { skipEmptyLines: true }).data as Cell[][];
  const sample = segmentValues(load('customers-en.csv'), {
    settings: { ...DEFAULT_SETTINGS },
    asOf: AS_OF,
    hints: { locale: 'en_US', timeZone: 'UTC' },
  });
  if (!sample.ok) throw new Error(sample.reason);
  const s = sample.classified;

  test('Champions who lapsed are told to be called first, never to be handled with policy firmness', () => {
    let lapsedChampions = 0;
    for (let k = 0; k < s.table.n; k++) {
      const rfm = outcome(s, 'rfm', k);
      if (rfm?.kind !== 'group' || rfm.group !== 'champions') continue;
      const step = nextStepText(nextStep(s, k)!, 'en');
      expect(step.startsWith(EN.actions.old_big)).toBe(false);
      const stage = outcome(s, 'lifecycle', k);
      if (stage?.kind === 'group' && stage.group === 'lapsed') {
        lapsedChampions++;
        expect(outcomeReason(stage, 'en')).toContain('(Champions by value: call first)');
      }
    }
    expect(lapsedChampions).toBeGreaterThan(0);
  });
});
