// The nine Sheets formulas, called in the built dist/Code.js as Sheets calls them (arguments of the bundle's realm,
// the spreadsheet's locale and zone from the fakes), and compared with what src/engine computes for the same data.
// Runs twice in `npm test`: with the process in UTC and with TZ=America/New_York (see package.json).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import {
  ALL_GROUPS as ENGINE_GROUPS,
  DEFAULT_SETTINGS,
  nextStep,
  outcome,
  parseSettings,
  segmentValues,
  type Cell,
  type ClassificationId as Classification,
  type Classified,
  type Field,
  type GroupKey,
  type Language,
  type LocaleHints,
  type SettingsInput,
} from '../../src/engine';
import { rfmScoreText } from '../../src/engine/classify/rfm';
import { action as groupAction, catalogue, label as groupLabel, nextStepText, outcomeLabel, settingErrorText } from '../../src/i18n/text';

// The formulas' own column names, as headers in a language (an oracle apart from src/output).
type OutputColumn =
  | 'tier'
  | 'profit'
  | 'quadrant'
  | 'lifecycle'
  | 'intent'
  | 'rfmScore'
  | 'rfmSegment'
  | 'nextContact'
  | 'nextTouch'
  | 'nextStep'
  | 'action'
  | 'chance'
  | 'expected'
  | 'orderValue'
  | 'value'
  | 'churn';
function columnHeader(column: OutputColumn, language: Language): string {
  const h = catalogue(language).headers;
  const headers: Record<OutputColumn, string> = {
    tier: h.tier.group,
    profit: h.profit.group,
    quadrant: h.quadrant.group,
    lifecycle: h.lifecycle.group,
    intent: h.intent.group,
    rfmScore: h.rfm.score!,
    rfmSegment: h.rfm.group,
    nextContact: h.nextContact.date!,
    nextTouch: h.nextContact.group,
    nextStep: h.nextStep,
    action: h.action,
    chance: h.churn.chance!,
    expected: h.churn.expected!.replace('{n}', '90'),
    orderValue: h.churn.orderValue!,
    value: h.churn.value!.replace('{m}', '12'),
    churn: h.churn.group,
  };
  return headers[column];
}
import {
  column,
  enFixture,
  esFixture,
  type Fixture,
  type FormulaName,
  FormulaSheet,
  type Grid,
  midnight,
  pick,
  readCsv,
  typedRows,
  ymdIn,
  ymdOfDay,
  zhFixture,
} from '../support/formulaHarness';

const NY = 'America/New_York';
const AS_OF = '2026-11-22';
const AS_OF_DAY = Date.UTC(2026, 10, 22) / 86_400_000;
const WARNING = '⚠ ';

// ---------------------------------------------------------------------------------------------
// What the engine says for the same data

interface Env {
  hints: LocaleHints;
  language: Language;
  asOf: number;
}

/** The engine over exactly the columns a formula receives (no header row), with the formula's settings. */
function engineOver(rows: Grid, fields: Field[], overrides: SettingsInput, env: Env): Classified {
  const parsed = parseSettings({ ...overrides, language: env.language });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => settingErrorText(e, 'en')).join(' '));
  const columns: Partial<Record<Field, number>> = {};
  fields.forEach((f, i) => (columns[f] = i));
  const values = [fields.map(String), ...rows] as Cell[][];
  const result = segmentValues(values, {
    settings: parsed.settings,
    asOf: env.asOf,
    hints: env.hints,
    columns,
    location: { headerRow: 0, firstCol: 0, lastCol: fields.length - 1, firstDataRow: 1, lastDataRow: rows.length },
    summary: false,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.classified;
}

function rowsOf(c: Classified): number[] {
  return Array.from({ length: c.table.n }, (_, i) => i);
}

function labelOf(c: Classified, classification: Classification, row: number, language: Language): string {
  const answer = outcome(c, classification, row);
  return answer ? outcomeLabel(answer, language) : '';
}

function expectedLabels(c: Classified, classification: Classification, language: Language): Grid {
  return rowsOf(c).map((i) => [labelOf(c, classification, i, language)]);
}

function rfmCells(c: Classified, i: number, language: Language): Cell[] {
  if (c.table.blank[i]) return ['', ''];
  const segment = labelOf(c, 'rfm', i, language);
  return [segment.startsWith(WARNING) ? '' : rfmScoreText(c.rfm!, i), segment];
}

/** The due date is midnight of the due day in the spreadsheet's zone, as a date cell holds it. */
function contactCells(c: Classified, i: number, language: Language, timeZone: string): Cell[] {
  if (c.table.blank[i]) return ['', ''];
  const touch = labelOf(c, 'nextContact', i, language);
  const due = c.nextContact!.dates[i];
  return [Number.isNaN(due) || touch.startsWith(WARNING) ? '' : midnight(ymdOfDay(due), timeZone), touch];
}

const OUTPUT_COLUMNS: Record<Classification, OutputColumn[]> = {
  tier: ['tier'],
  profit: ['profit'],
  quadrant: ['quadrant'],
  lifecycle: ['lifecycle'],
  intent: ['intent'],
  rfm: ['rfmScore', 'rfmSegment'],
  nextContact: ['nextContact', 'nextTouch'],
  churn: ['chance', 'expected', 'orderValue', 'value', 'churn'],
};

/** CUSTOMER_SEGMENTS per the engine's own pipeline (table finding and header detection included). */
function expectedSegments(table: Grid, env: Env): Grid {
  const result = segmentValues(table as Cell[][], {
    settings: { ...DEFAULT_SETTINGS, language: env.language },
    asOf: env.asOf,
    hints: env.hints,
    summary: false,
  });
  if (!result.ok) throw new Error(result.reason);
  const c = result.classified;
  const columns = [...c.computed.flatMap((k) => OUTPUT_COLUMNS[k]), 'nextStep' as const];
  const out: Grid = [columns.map((k) => columnHeader(k, env.language))];
  for (let r = 0; r < result.rowCustomer.length; r++) {
    const i = result.rowCustomer[r];
    if (i < 0) {
      out.push(columns.map(() => ''));
      continue;
    }
    const cells: Cell[] = [];
    for (const k of c.computed) {
      if (k === 'rfm') cells.push(...rfmCells(c, i, env.language));
      else if (k === 'nextContact') cells.push(...contactCells(c, i, env.language, env.hints.timeZone!));
      else cells.push(labelOf(c, k, i, env.language));
    }
    const step = nextStep(c, i);
    cells.push(step ? nextStepText(step, env.language) : '');
    out.push(cells);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The stubs Sheets sees

const ROOT = path.resolve(__dirname, '../..');

const SIGNATURES: Record<FormulaName, string[]> = {
  CUSTOMER_TIER: ['values', 'a', 'b', 'method'],
  CUSTOMER_PROFIT_SPLIT: ['profits', 'rule'],
  CUSTOMER_QUADRANT: ['first_purchases', 'revenues', 'as_of', 'tenure_days'],
  CUSTOMER_LIFECYCLE: ['orders', 'first_purchases', 'last_purchases', 'statuses', 'lead_scores', 'as_of', 'lapse_days'],
  CUSTOMER_INTENT: ['statuses', 'lead_scores'],
  CUSTOMER_RFM: ['last_purchases', 'orders', 'revenues', 'as_of', 'preset'],
  CUSTOMER_NEXT_CONTACT: ['last_purchases', 'as_of', 'lapse_days'],
  CUSTOMER_ACTION: ['labels', 'language'],
  CUSTOMER_SEGMENTS: ['table', 'as_of', 'language'],
  CUSTOMER_VALUE: ['orders', 'first_purchases', 'last_purchases', 'revenues', 'as_of', 'months', 'annual_discount'],
  CUSTOMER_CHURN: ['orders', 'first_purchases', 'last_purchases', 'as_of'],
  CUSTOMER_MOVEMENT: ['previous_labels', 'current_labels'],
};

describe('the formula stubs in dist/Code.js', () => {
  const file = path.join(ROOT, 'dist/Code.js');
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const stubs = new Map<string, { params: string[]; doc: string; body: string }>();
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    const last = comments[comments.length - 1];
    stubs.set(statement.name.text, {
      params: statement.parameters.map((p) => p.name.getText(source)),
      doc: last ? text.slice(last.pos, last.end) : '',
      body: statement.body?.statements.map((st) => st.getText(source)).join('\n') ?? '',
    });
  }

  test.each(Object.entries(SIGNATURES))('%s(%s) is top level with its JSDoc', (name, params) => {
    const stub = stubs.get(name);
    expect(stub?.params).toEqual(params);
    const doc = stub!.doc;
    expect(doc.startsWith('/**')).toBe(true);
    expect(doc).toMatch(/^\s*\* @customfunction\s*$/m);
    expect(doc).toMatch(/^\s*\* @return \S.+$/m);
    // The first JSDoc line is the description Sheets shows.
    expect(doc.split('\n')[1]).toMatch(/^\s*\* \S.{10,}/);
    const documented = [...doc.matchAll(/^\s*\* @param \{[^}]+\} (\w+) \S.+$/gm)].map((m) => m[1]);
    expect(documented).toEqual(params);
    // Sheets passes the arguments through to the bundle in order.
    expect(stub!.body.replace(/\s+/g, '')).toBe(`returnLib_.${name}(${params.join(',')});`);
  });
});

// ---------------------------------------------------------------------------------------------
// Each formula against the engine, on the three sample files

interface Sample {
  name: string;
  fixture: Fixture;
  language: Language;
  /** Column of each field in the fixture. */
  at: Partial<Record<Field, number>>;
}

/** The three files share their first seven columns; only the English one has lead scores. */
function sample(name: string, fixture: Fixture, language: Language): Sample {
  const at: Sample['at'] = { customer: 0, first_purchase: 1, last_purchase: 2, orders: 3, revenue: 4, profit: 5, status: 6 };
  if (fixture.header.length > 7) at.lead_score = 7;
  return { name, fixture, language, at };
}

const SAMPLES = [
  sample('customers-en.csv', enFixture(), 'en'),
  sample('clientes-es.csv', esFixture(), 'es'),
  sample('kehu-zh.csv', zhFixture(), 'zh'),
];

describe.each(SAMPLES.flatMap((s) => (['typed', 'text'] as const).map((form) => [`${s.name} as ${form} cells`, s, form] as const)))(
  '%s: every formula answers what the engine computes',
  (_title, sample, form) => {
    const { fixture, language } = sample;
    const timeZone = fixture.timeZone;
    const rows: Grid = form === 'typed' ? typedRows(fixture) : fixture.text;
    // A date cell for as_of in the typed form, the date as text in the other.
    const asOf = form === 'typed' ? midnight(AS_OF, timeZone) : AS_OF;
    const env: Env = { hints: { locale: fixture.locale, timeZone }, language, asOf: AS_OF_DAY };
    const sheet = new FormulaSheet({ locale: fixture.locale, timeZone });
    const col = (field: Field) => pick(rows, sample.at[field]!);
    const hasScore = sample.at.lead_score !== undefined;
    const engine = (fields: Field[], overrides: SettingsInput = {}) => {
      const data = rows.map((row) => fields.map((f) => row[sample.at[f]!]));
      return engineOver(data, fields, overrides, env);
    };

    test(`the cells are what a sheet holds: ${form === 'typed' ? 'Dates and numbers' : 'text'}`, () => {
      const kinds = { date: 0, number: 0, string: 0 };
      rows.forEach((row) =>
        row.forEach((cell, j) => {
          if (cell === '') return;
          const kind = fixture.kinds[j] === 'date' ? 'date' : fixture.kinds[j] === 'text' ? 'string' : 'number';
          const actual = cell instanceof Date ? 'date' : typeof cell === 'number' ? 'number' : 'string';
          if (form === 'text' || actual === kind) kinds[actual]++;
          else throw new Error(`${fixture.file}: ${String(cell)} was not converted to a ${kind}`);
        }),
      );
      if (form === 'text') expect(kinds.date + kinds.number).toBe(0);
      else expect(Math.min(kinds.date, kinds.number)).toBeGreaterThan(100);
    });

    test.each([
      [{}, []],
      [{ tierA: 0.7, tierB: 0.9 }, [0.7, 0.9]],
      [{ tierMethod: 'count' }, ['', '', 'count']],
      [{ tierMethod: 'count', tierA: 0.2, tierB: 0.3 }, [0.2, 0.3, 'COUNT']],
      [{ tierMethod: 'amount', tierA: 2000, tierB: 500 }, [2000, 500, 'amount']],
    ] as [SettingsInput, unknown[]][])('CUSTOMER_TIER with settings %j', (overrides, args) => {
      expect(sheet.call('CUSTOMER_TIER', col('revenue'), ...args)).toEqual(
        expectedLabels(engine(['revenue'], overrides), 'tier', language),
      );
    });

    test.each([['loss'], ['bottom20']] as const)('CUSTOMER_PROFIT_SPLIT rule %s', (rule) => {
      const expected = expectedLabels(engine(['profit'], { profitRule: rule }), 'profit', language);
      expect(sheet.call('CUSTOMER_PROFIT_SPLIT', col('profit'), rule)).toEqual(expected);
      if (rule === 'loss') expect(sheet.call('CUSTOMER_PROFIT_SPLIT', col('profit'))).toEqual(expected);
    });

    test('CUSTOMER_QUADRANT', () => {
      const fields: Field[] = ['first_purchase', 'revenue'];
      expect(sheet.call('CUSTOMER_QUADRANT', col('first_purchase'), col('revenue'), asOf)).toEqual(
        expectedLabels(engine(fields), 'quadrant', language),
      );
      expect(sheet.call('CUSTOMER_QUADRANT', col('first_purchase'), col('revenue'), asOf, 730)).toEqual(
        expectedLabels(engine(fields, { tenureDays: 730 }), 'quadrant', language),
      );
    });

    test('CUSTOMER_LIFECYCLE, with and without the optional columns', () => {
      const base: Field[] = ['orders', 'first_purchase', 'last_purchase'];
      const args = [col('orders'), col('first_purchase'), col('last_purchase')];
      expect(sheet.call('CUSTOMER_LIFECYCLE', ...args, '', '', asOf)).toEqual(expectedLabels(engine(base), 'lifecycle', language));
      const withStatus: Field[] = [...base, 'status', ...(hasScore ? (['lead_score'] as Field[]) : [])];
      expect(sheet.call('CUSTOMER_LIFECYCLE', ...args, col('status'), hasScore ? col('lead_score') : '', asOf, 180)).toEqual(
        expectedLabels(engine(withStatus, { lapseDays: 180 }), 'lifecycle', language),
      );
    });

    test('CUSTOMER_INTENT', () => {
      expect(sheet.call('CUSTOMER_INTENT', col('status'))).toEqual(expectedLabels(engine(['status']), 'intent', language));
      if (hasScore) {
        expect(sheet.call('CUSTOMER_INTENT', col('status'), col('lead_score'))).toEqual(
          expectedLabels(engine(['status', 'lead_score']), 'intent', language),
        );
      }
    });

    test.each([['grid11'], ['class8']] as const)('CUSTOMER_RFM preset %s', (preset) => {
      const c = engine(['last_purchase', 'orders', 'revenue'], { rfmPreset: preset });
      const answer = sheet.call(
        'CUSTOMER_RFM',
        col('last_purchase'),
        col('orders'),
        col('revenue'),
        asOf,
        preset === 'grid11' ? '' : preset,
      );
      expect(answer).toEqual(rowsOf(c).map((i) => rfmCells(c, i, language)));
      expect(answer.some((r) => /^[1-5]{3}$/.test(String(r[0])))).toBe(true);
    });

    test('CUSTOMER_NEXT_CONTACT: due dates are Dates of the script at midnight of the due day in the sheet zone', () => {
      for (const lapse of ['', 180] as const) {
        const c = engine(['last_purchase'], lapse === '' ? {} : { lapseDays: lapse });
        const raw = sheet.callRaw('CUSTOMER_NEXT_CONTACT', col('last_purchase'), asOf, lapse) as unknown[][];
        const dates = raw.map((r) => r[0]).filter((v) => v !== '');
        expect(dates.length).toBeGreaterThan(0);
        expect(dates.every((d) => sheet.isBundleDate(d))).toBe(true);
        expect(sheet.call('CUSTOMER_NEXT_CONTACT', col('last_purchase'), asOf, lapse)).toEqual(
          rowsOf(c).map((i) => contactCells(c, i, language, timeZone)),
        );
      }
    });

    test('CUSTOMER_ACTION turns every column of labels into actions, in the sheet language or the one asked', () => {
      const tiers = sheet.call('CUSTOMER_TIER', col('revenue'));
      const stages = sheet.call('CUSTOMER_LIFECYCLE', col('orders'), col('first_purchase'), col('last_purchase'), '', '', asOf);
      const segments = sheet.call('CUSTOMER_RFM', col('last_purchase'), col('orders'), col('revenue'), asOf).map((r) => [r[1]]);
      for (const labels of [tiers, stages, segments]) {
        for (const target of [undefined, 'en', 'es', 'zh'] as const) {
          const lang = target ?? language;
          const expected = labels.map(([label]) => {
            const text = String(label);
            if (text === '' || text === '—') return [''];
            if (text.startsWith(WARNING))
              return [{ en: 'Fix the data first: ', es: 'Corrija primero los datos: ', zh: '请先修正数据：' }[lang] + text.slice(2)];
            return [groupAction(keyOfLabel(text), lang)];
          });
          expect(sheet.call('CUSTOMER_ACTION', labels, target ?? '')).toEqual(expected);
        }
      }
    });

    test('CUSTOMER_SEGMENTS on the whole table with its header', () => {
      const table = [fixture.header, ...rows];
      const answer = sheet.call('CUSTOMER_SEGMENTS', table, asOf);
      expect(answer).toEqual(expectedSegments(table, env));
      expect(answer).toHaveLength(table.length);
      expect(answer[0]).toEqual(
        (
          ['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfmScore', 'rfmSegment', 'nextContact', 'nextTouch', 'nextStep'] as const
        ).map((k) => columnHeader(k, language)),
      );
    });

    test('the same ranges with their header cell on top answer the output header first', () => {
      const withHeader = (field: Field) => [[fixture.header[sample.at[field]!]], ...col(field)];
      expect(sheet.call('CUSTOMER_TIER', withHeader('revenue'))).toEqual([
        [columnHeader('tier', language)],
        ...sheet.call('CUSTOMER_TIER', col('revenue')),
      ]);
      expect(sheet.call('CUSTOMER_TIER', withHeader('profit'))).toEqual([
        [columnHeader('tier', language)],
        ...sheet.call('CUSTOMER_TIER', col('profit')),
      ]);
      expect(sheet.call('CUSTOMER_INTENT', withHeader('status'))).toEqual([
        [columnHeader('intent', language)],
        ...sheet.call('CUSTOMER_INTENT', col('status')),
      ]);
      expect(sheet.call('CUSTOMER_RFM', withHeader('last_purchase'), withHeader('orders'), withHeader('revenue'), asOf)).toEqual([
        [columnHeader('rfmScore', language), columnHeader('rfmSegment', language)],
        ...sheet.call('CUSTOMER_RFM', col('last_purchase'), col('orders'), col('revenue'), asOf),
      ]);
      expect(sheet.call('CUSTOMER_NEXT_CONTACT', withHeader('last_purchase'), asOf)[0]).toEqual([
        columnHeader('nextContact', language),
        columnHeader('nextTouch', language),
      ]);
      expect(
        sheet.call('CUSTOMER_LIFECYCLE', withHeader('orders'), withHeader('first_purchase'), withHeader('last_purchase'), '', '', asOf)[0],
      ).toEqual([columnHeader('lifecycle', language)]);
      expect(sheet.call('CUSTOMER_QUADRANT', withHeader('first_purchase'), withHeader('revenue'), asOf)[0]).toEqual([
        columnHeader('quadrant', language),
      ]);
      expect(sheet.call('CUSTOMER_PROFIT_SPLIT', withHeader('profit'))[0]).toEqual([columnHeader('profit', language)]);
      expect(sheet.call('CUSTOMER_ACTION', [[columnHeader('tier', language)], ['A']])).toEqual([
        [columnHeader('action', language)],
        [groupAction('A', language)],
      ]);
    });
  },
);

const ALL_GROUPS: readonly GroupKey[] = ENGINE_GROUPS;
const LANGUAGES: Language[] = ['en', 'es', 'zh'];

function keyOfLabel(label: string): GroupKey {
  for (const key of ALL_GROUPS) for (const l of LANGUAGES) if (groupLabel(key, l) === label) return key;
  throw new Error(`not a label: ${label}`);
}

// ---------------------------------------------------------------------------------------------
// Shapes Sheets passes: single cells, open ranges, mismatched ranges

describe('shapes of arguments', () => {
  const sheet = new FormulaSheet({ timeZone: NY });
  const day = (ymd: string) => midnight(ymd, NY);

  test('a single cell is answered with a single row', () => {
    expect(sheet.call('CUSTOMER_TIER', 500)).toEqual([['A']]);
    expect(sheet.call('CUSTOMER_TIER', -5)).toEqual([['C']]);
    expect(sheet.call('CUSTOMER_TIER', '')).toEqual([['']]);
    expect(sheet.call('CUSTOMER_TIER', 'lots')).toEqual([[expect.stringMatching(/^⚠ .*"lots"/)]]);
    expect(sheet.call('CUSTOMER_PROFIT_SPLIT', -20)).toEqual([['Drain']]);
    expect(sheet.call('CUSTOMER_INTENT', 'hot lead')).toEqual([['Ready to buy']]);
    expect(sheet.call('CUSTOMER_INTENT', '', 75)).toEqual([['Ready to buy']]);
    expect(sheet.call('CUSTOMER_QUADRANT', day('2020-05-01'), 900, '2024-06-01')).toEqual([['Old & big']]);
    expect(sheet.call('CUSTOMER_LIFECYCLE', 0, '', '', 'thinking about it', '', '2024-06-01')).toEqual([['Potential']]);
    expect(sheet.call('CUSTOMER_LIFECYCLE', 0, '', '', 'not now', '', '2024-06-01')).toEqual([['Prospect']]);
    expect(sheet.call('CUSTOMER_LIFECYCLE', 1, day('2024-05-01'), day('2024-05-01'), '', '', '2024-06-01')).toEqual([['One-time']]);
    expect(sheet.call('CUSTOMER_RFM', day('2024-05-01'), 3, 300, '2024-06-01')).toEqual([['111', 'Lost']]);
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', day('2024-05-31'), '2024-06-01')).toEqual([[day('2024-06-02'), 'Thank-you message']]);
    expect(sheet.call('CUSTOMER_ACTION', 'Core')).toEqual([[groupAction('core', 'en')]]);
  });

  test('open ranges: thousands of trailing blank rows are answered blank, fast', () => {
    const data = typedRows(enFixture(), NY).slice(0, 300);
    const blanks = 20_000;
    const open = (j: number) => [...pick(data, j), ...Array.from({ length: blanks }, () => [''])];
    const calls: [FormulaName, unknown[], unknown[], number][] = [
      ['CUSTOMER_TIER', [open(4)], [pick(data, 4)], 1],
      ['CUSTOMER_PROFIT_SPLIT', [open(5)], [pick(data, 5)], 1],
      ['CUSTOMER_QUADRANT', [open(1), open(4), AS_OF], [pick(data, 1), pick(data, 4), AS_OF], 1],
      [
        'CUSTOMER_LIFECYCLE',
        [open(3), open(1), open(2), open(6), open(7), AS_OF],
        [pick(data, 3), pick(data, 1), pick(data, 2), pick(data, 6), pick(data, 7), AS_OF],
        1,
      ],
      ['CUSTOMER_INTENT', [open(6), open(7)], [pick(data, 6), pick(data, 7)], 1],
      ['CUSTOMER_RFM', [open(2), open(3), open(4), AS_OF], [pick(data, 2), pick(data, 3), pick(data, 4), AS_OF], 2],
      ['CUSTOMER_NEXT_CONTACT', [open(2), AS_OF], [pick(data, 2), AS_OF], 2],
      [
        'CUSTOMER_ACTION',
        [[...column(['A', 'Loyal', 'Drain']), ...Array.from({ length: blanks }, () => [''])]],
        [column(['A', 'Loyal', 'Drain'])],
        1,
      ],
    ];
    for (const [name, openArgs, closedArgs, width] of calls) {
      const answer = sheet.call(name, ...openArgs);
      const closed = sheet.call(name, ...closedArgs);
      expect({ name, rows: answer.length }).toEqual({ name, rows: closed.length + blanks });
      expect(answer.slice(0, closed.length)).toEqual(closed);
      expect(answer.slice(closed.length).every((r) => r.length === width && r.every((v) => v === ''))).toBe(true);
    }
    const table = [enFixture().header, ...data];
    const openTable = [...table, ...Array.from({ length: blanks }, () => table[0].map(() => ''))];
    const answer = sheet.call('CUSTOMER_SEGMENTS', openTable, AS_OF);
    expect(answer.slice(0, table.length)).toEqual(sheet.call('CUSTOMER_SEGMENTS', table, AS_OF));
    expect(answer).toHaveLength(openTable.length);
    expect(answer.slice(table.length).every((r) => r.length === answer[0].length && r.every((v) => v === ''))).toBe(true);
  });

  test('blank rows in the middle stay blank and do not shift the answers', () => {
    expect(sheet.call('CUSTOMER_TIER', column([100, '', 50, '  ', 1]))).toEqual(
      [...sheet.call('CUSTOMER_TIER', column([100, 50, 1]))].flatMap((r, i) => (i < 2 ? [r, ['']] : [r])),
    );
  });

  test('ranges of different heights fail, naming both arguments and their heights', () => {
    const three = column([day('2024-01-01'), day('2024-02-01'), day('2024-03-01')]);
    const five = column([1, 2, 3, 4, 5]);
    expect(() => sheet.call('CUSTOMER_QUADRANT', three, five, AS_OF)).toThrow(/first_purchases has 3 rows but revenues has 5/);
    expect(() => sheet.call('CUSTOMER_LIFECYCLE', column([1, 2, 3]), three, five)).toThrow(/orders has 3 rows but last_purchases has 5/);
    expect(() => sheet.call('CUSTOMER_RFM', three, column([1, 2, 3]), five)).toThrow(/last_purchases has 3 rows but revenues has 5/);
    expect(() => sheet.call('CUSTOMER_INTENT', column(['hot', 'cold']), five)).toThrow(/statuses has 2 rows but lead_scores has 5/);
    expect(() => sheet.call('CUSTOMER_LIFECYCLE', column([1, 2, 3]), three, three, five)).toThrow(/orders has 3 rows but statuses has 5/);
    // A single cell against a range is a height mismatch too.
    expect(() => sheet.call('CUSTOMER_QUADRANT', day('2024-01-01'), five, AS_OF)).toThrow(/first_purchases has 1 rows but revenues has 5/);
  });

  test('a range of several columns is refused where one column is expected', () => {
    expect(() =>
      sheet.call('CUSTOMER_TIER', [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(/values must be a single column \(it has 2 columns\)/);
    expect(() => sheet.call('CUSTOMER_ACTION', [['A', 'B']])).toThrow(/labels must be a single column/);
    expect(() => sheet.call('CUSTOMER_SEGMENTS', 5)).toThrow(/table must be a range with a header row/);
  });

  test('a custom function reads the locale and zone and touches nothing else of the spreadsheet', () => {
    sheet.apps.calls.reset();
    sheet.call('CUSTOMER_SEGMENTS', [enFixture().header, ...enFixture().text.slice(0, 20)], AS_OF);
    expect(sheet.apps.calls.total).toBeLessThanOrEqual(3);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad cells and bad arguments

describe('a bad cell never fails the range', () => {
  const sheet = new FormulaSheet({ timeZone: NY });

  test('each unreadable cell answers ⚠ and its reason; the other rows are classified without it', () => {
    const values = [100, true, new Date(Date.UTC(2024, 0, 1)), '#N/A', '12%', 'about ten', 50];
    const answer = sheet.call('CUSTOMER_TIER', column(values));
    expect(answer.slice(1, 6).every(([v]) => String(v).startsWith(WARNING) && String(v).length > 10)).toBe(true);
    expect(answer[3][0]).toMatch(/#N\/A/);
    expect(answer[4][0]).toMatch(/12%/);
    expect([answer[0], answer[6]]).toEqual(sheet.call('CUSTOMER_TIER', column([100, 50])));
  });

  test('a bad date marks the classifications that need it, not the row', () => {
    const d = (ymd: string) => midnight(ymd, NY);
    const orders = column([3, 3, 2]);
    const first = column([d('2023-01-10'), '31/31/2024', d('2024-02-01')]);
    const last = column([d('2024-05-01'), d('2024-05-02'), d('2024-01-01')]);
    const lifecycle = sheet.call('CUSTOMER_LIFECYCLE', orders, first, last, '', '', '2024-06-01');
    expect(lifecycle[0]).toEqual(['Loyal']);
    expect(lifecycle[1][0]).toMatch(/^⚠ .*31\/31\/2024/);
    expect(lifecycle[2][0]).toMatch(/^⚠ /); // last order before the first
    // The next contact needs only the last purchase: the bad first purchase does not matter to it.
    const contact = sheet.call('CUSTOMER_NEXT_CONTACT', last, '2024-06-01');
    expect(contact[1][1]).not.toMatch(/^⚠/);
  });

  test('RFM: a bad cell blanks the score and explains in the segment', () => {
    const answer = sheet.call(
      'CUSTOMER_RFM',
      column([midnight('2024-05-01', NY), midnight('2024-04-01', NY)]),
      column([3, 'many']),
      column([300, 200]),
      '2024-06-01',
    );
    expect(answer[0][0]).toMatch(/^[1-5]{3}$/);
    expect(answer[1][0]).toBe('');
    expect(answer[1][1]).toMatch(/^⚠ .*many/);
  });
});

describe('bad arguments fail the formula, saying what is allowed', () => {
  const sheet = new FormulaSheet({ timeZone: NY });
  const values = column([100, 50, 10]);
  const dates = column([midnight('2024-01-01', NY)]);

  test.each([
    ['CUSTOMER_TIER', [values, 1.5], /a must be between 0 and 1, as a fraction or a percentage, for example 0.8 or 80%; got 1.5/],
    ['CUSTOMER_TIER', [values, -1], /a must be a fraction between 0 and 1 for the share method/],
    ['CUSTOMER_TIER', [values, 0], /a must be between 0 and 1/],
    // The example is inside the range the user must type in.
    ['CUSTOMER_TIER', [values, 0.9, 0.5], /b must be between a \(0\.9\) and 1, as a fraction or a percentage, for example 0.95 or 95%/],
    ['CUSTOMER_TIER', [values, 0.97, 0.5], /for example 0.99 or 99%/],
    ['CUSTOMER_TIER', [values, 0.2, 1.2, 'count'], /b must be between a \(0\.2\) and 1/],
    ['CUSTOMER_TIER', [values, 'lots'], /a must be a number \(got "lots"\)/],
    ['CUSTOMER_TIER', [values, '', '', 'median'], /method must be one of "share", "count", "amount" \(got "median"\)/],
    [
      'CUSTOMER_TIER',
      [values, '', '', 'amount'],
      /fixed amount method, give both a \(the amount for A\) and b \(the amount for B\), with A ≥ B > 0/,
    ],
    ['CUSTOMER_TIER', [values, 100, 500, 'amount'], /a must be at least b, and b above 0 \(got 100 and 500\)/],
    ['CUSTOMER_TIER', [values, 500, -1, 'amount'], /b must be an amount of money above 0/],
    ['CUSTOMER_PROFIT_SPLIT', [values, 'top20'], /rule must be one of "loss", "bottom20" \(got "top20"\)/],
    ['CUSTOMER_QUADRANT', [dates, column([1]), '', 0], /tenure_days must be a whole number of days from 1 to 36,500, for example 365/],
    ['CUSTOMER_QUADRANT', [dates, column([1]), '', 36.5], /tenure_days must be a whole number of days from 1 to 36,500/],
    ['CUSTOMER_LIFECYCLE', [column([1]), dates, dates, '', '', '', 'soon'], /lapse_days must be a number \(got "soon"\)/],
    ['CUSTOMER_NEXT_CONTACT', [dates, '', -30], /lapse_days must be a whole number of days from 1 to 36,500/],
    ['CUSTOMER_RFM', [dates, column([1]), column([1]), '', 'grid5'], /preset must be one of "grid11", "class8" \(got "grid5"\)/],
    ['CUSTOMER_ACTION', [column(['A']), 'fr'], /language must be one of "en", "es", "zh" \(got "fr"\)/],
    [
      'CUSTOMER_SEGMENTS',
      [
        [
          ['Customer', 'Revenue'],
          ['x', 1],
        ],
        '',
        'de',
      ],
      /language must be one of "en", "es", "zh" \(got "de"\)/,
    ],
    [
      'CUSTOMER_SEGMENTS',
      [
        [
          ['a', 'b'],
          [1, 2],
        ],
      ],
      /table must start with a header row naming its columns/,
    ],
    [
      'CUSTOMER_QUADRANT',
      [dates, column([1]), 'yesterday'],
      /as_of must be a date: a date cell or a text like \d{4}-\d{2}-\d{2} \(got "yesterday"\)/,
    ],
    ['CUSTOMER_RFM', [dates, column([1]), column([1]), '31/31/2024'], /as_of must be a date.*31\/31\/2024/],
    ['CUSTOMER_NEXT_CONTACT', [dates, '2024-02-30'], /as_of must be a date.*2024-02-30/],
    ['CUSTOMER_LIFECYCLE', [column([1]), dates, dates, '', '', true], /as_of must be a date/],
  ] as [FormulaName, unknown[], RegExp][])('%s(%j)', (name, args, message) => {
    expect(() => sheet.call(name, ...args)).toThrow(message);
  });

  test('arguments are matched without regard to case or spaces', () => {
    expect(sheet.call('CUSTOMER_TIER', values, '', '', ' Count ')).toEqual(sheet.call('CUSTOMER_TIER', values, '', '', 'count'));
    expect(sheet.call('CUSTOMER_ACTION', 'A', 'ES')).toEqual([[groupAction('A', 'es')]]);
  });
});

// ---------------------------------------------------------------------------------------------
// Headers, languages and CUSTOMER_ACTION

describe('headers and languages', () => {
  const sheet = new FormulaSheet({ timeZone: NY });
  const profits = column([900, 40, 30, 20, -5]);

  test.each([
    ['en_US', 'en'],
    ['en_GB', 'en'],
    ['es_ES', 'es'],
    ['es_MX', 'es'],
    ['zh_CN', 'zh'],
    ['zh_TW', 'zh'],
    ['de_DE', 'en'],
  ] as [string, Language][])('labels follow the spreadsheet locale %s', (locale, language) => {
    sheet.locale = locale;
    expect(sheet.call('CUSTOMER_PROFIT_SPLIT', profits)).toEqual(
      (['core', 'maintain', 'maintain', 'maintain', 'drain'] as GroupKey[]).map((k) => [groupLabel(k, language)]),
    );
    expect(sheet.call('CUSTOMER_INTENT', column(['Estado', 'interesado']))).toEqual([
      [columnHeader('intent', language)],
      [groupLabel('ready', language)],
    ]);
    expect(
      sheet.call('CUSTOMER_SEGMENTS', [
        ['Customer', 'Profit'],
        ['x', 5],
      ])[0],
    ).toEqual([columnHeader('profit', language), columnHeader('nextStep', language)]);
    sheet.locale = 'en_US';
  });

  test('language overrides the locale where it is offered', () => {
    sheet.locale = 'zh_CN';
    const table = [
      ['Customer', 'Profit', 'Status'],
      ['x', 5, 'hot lead'],
      ['y', -1, ''],
    ];
    for (const language of LANGUAGES) {
      const answer = sheet.call('CUSTOMER_SEGMENTS', table, '', language);
      expect(answer[0]).toEqual((['profit', 'intent', 'nextStep'] as const).map((k) => columnHeader(k, language)));
      expect(answer[1].slice(0, 2)).toEqual([groupLabel('core', language), groupLabel('ready', language)]);
      expect(sheet.call('CUSTOMER_ACTION', column(['Core', 'Núcleo', '核心']), language)).toEqual(
        Array(3).fill([groupAction('core', language)]),
      );
    }
    sheet.locale = 'en_US';
  });

  test('a status note on top of the range is a customer, not a header, even when it reads like one', () => {
    // "Hot lead" and "有意向" both contain header words (lead, 意向); they are notes with an intent.
    expect(sheet.call('CUSTOMER_INTENT', column(['Hot lead', 'no budget']))).toEqual([['Ready to buy'], ['Not now']]);
    expect(sheet.call('CUSTOMER_INTENT', column(['有意向', '']))).toEqual([['Ready to buy'], ['']]);
    expect(sheet.call('CUSTOMER_INTENT', column(['Sin interés']))).toEqual([['Not interested']]);
    expect(sheet.call('CUSTOMER_INTENT', column(['Status', 'Hot lead']))).toEqual([['Intent'], ['Ready to buy']]);
    // A header of one word stays a header even when that word also reads as an intent.
    expect(sheet.call('CUSTOMER_INTENT', column(['意向', '有意向']))).toEqual([['Intent'], ['Ready to buy']]);
    expect(sheet.call('CUSTOMER_INTENT', column(['购买意向', '有意向']))).toEqual([['Intent'], ['Ready to buy']]);
  });

  test('header words further down are cells like any other', () => {
    const answer = sheet.call('CUSTOMER_TIER', column([100, 'Total spent', 50]));
    expect(answer[1][0]).toMatch(/^⚠ .*Total spent/);
    expect(sheet.call('CUSTOMER_ACTION', column(['A', 'Tier']))[1][0]).toMatch(/^⚠ "Tier" is not a label/);
  });
});

describe('CUSTOMER_ACTION', () => {
  const sheet = new FormulaSheet();
  const labels = ALL_GROUPS.flatMap((key) => LANGUAGES.map((l) => [groupLabel(key, l), key] as const));

  test('every label of every formula, in each language, gives its action in each language', () => {
    const input = column(labels.map(([label]) => label));
    for (const language of LANGUAGES) {
      expect(sheet.call('CUSTOMER_ACTION', input, language)).toEqual(labels.map(([, key]) => [groupAction(key, language)]));
    }
  });

  test('labels match without regard to case and spaces; unknown text is ⚠ and does not fail the others', () => {
    expect(sheet.call('CUSTOMER_ACTION', column(['  old & BIG ', 'no such group', 42, '', '—', 'Loyal']))).toEqual([
      [groupAction('old_big', 'en')],
      ['⚠ "no such group" is not a label of this add-on.'],
      ['⚠ "42" is not a label of this add-on.'],
      [''],
      [''],
      [groupAction('loyal', 'en')],
    ]);
    expect(sheet.call('CUSTOMER_ACTION', 'xyz', 'es')[0][0]).toMatch(/^⚠ «xyz»/);
    expect(sheet.call('CUSTOMER_ACTION', 'xyz', 'zh')[0][0]).toMatch(/^⚠ “xyz”/);
  });

  test('a ⚠ cell from another formula says to fix the data', () => {
    expect(sheet.call('CUSTOMER_ACTION', '⚠ Revenue "x" is not an amount of money.')).toEqual([
      ['Fix the data first: Revenue "x" is not an amount of money.'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// as_of and time zones

describe('as_of and time zones', () => {
  const sheet = new FormulaSheet({ timeZone: NY });
  const ny = (ymd: string) => midnight(ymd, NY);

  test(`the bundle runs in the process zone (${process.env.TZ ?? 'unset'}), as set for this jest run (npm test runs this file again with TZ=America/New_York)`, () => {
    const offsets = (d: DateConstructor) => [new d(2024, 0, 15).getTimezoneOffset(), new d(2024, 6, 15).getTimezoneOffset()];
    expect(offsets(vm.runInContext('Date', sheet.ctx))).toEqual(offsets(Date));
  });

  test('as_of accepts a date cell, ISO text, the locale order, Chinese dates and serial numbers', () => {
    const last = column([ny('2024-03-02')]);
    const expected = [[ny('2024-03-09'), 'Usage follow-up']];
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', last, ny('2024-03-05'))).toEqual(expected);
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', last, '2024-03-05')).toEqual(expected);
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', last, ' 2024-03-05 ')).toEqual(expected);
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', last, '03/05/2024')).toEqual(expected); // en_US: month first
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', last, '2024年3月5日')).toEqual(expected);
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', last, 45356)).toEqual(expected); // 2024-03-05 as a date serial
    sheet.locale = 'en_GB';
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', last, '05/03/2024')).toEqual(expected); // en_GB: day first
    sheet.locale = 'es_ES';
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', last, '05/03/2024')).toEqual([[ny('2024-03-09'), 'Seguimiento de uso']]);
    sheet.locale = 'en_US';
  });

  test('a date cell with a time of day counts as its day in the spreadsheet zone', () => {
    // 03:30 UTC on the 6th is 22:30 on the 5th in New York.
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', ny('2024-03-02'), new Date(Date.UTC(2024, 2, 6, 3, 30)))).toEqual([
      [ny('2024-03-09'), 'Usage follow-up'],
    ]);
  });

  test('across the spring DST change, 2024-03-09 to 2024-03-11 is exactly 2 days', () => {
    // 47 hours of clock time: a tenure of 2 days is reached, so the customer is old.
    expect(sheet.call('CUSTOMER_QUADRANT', ny('2024-03-09'), 100, ny('2024-03-11'), 2)).toEqual([['Old & big']]);
    expect(sheet.call('CUSTOMER_QUADRANT', ny('2024-03-09'), 100, '2024-03-11', 3)).toEqual([['New & big']]);
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', ny('2024-03-09'), ny('2024-03-11'))).toEqual([[ny('2024-03-11'), 'Thank-you message']]);
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', ny('2024-03-09'), ny('2024-03-12'))).toEqual([[ny('2024-03-16'), 'Usage follow-up']]);
  });

  test('across the autumn DST change, 2024-11-02 to 2024-11-04 is exactly 2 days', () => {
    // 49 hours of clock time: not more than a lapse of 2 days.
    const args = (asOf: Date) => [1, ny('2024-11-02'), ny('2024-11-02'), '', '', asOf, 2];
    expect(sheet.call('CUSTOMER_LIFECYCLE', ...args(ny('2024-11-04')))).toEqual([['One-time']]);
    expect(sheet.call('CUSTOMER_LIFECYCLE', ...args(ny('2024-11-05')))).toEqual([['Lapsed']]);
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', ny('2024-10-06'), ny('2024-11-04'))).toEqual([[ny('2024-11-05'), 'Keep in touch']]);
  });

  test('the engine and the formulas agree on a whole year of daily dates in the zone', () => {
    const days = Array.from({ length: 366 }, (_, i) => ymdOfDay(Date.UTC(2024, 0, 1) / 86_400_000 + i));
    const last = column(days.map(ny));
    const c = engineOver(
      last,
      ['last_purchase'],
      {},
      { hints: { locale: 'en_US', timeZone: NY }, language: 'en', asOf: Date.UTC(2025, 0, 15) / 86_400_000 },
    );
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', last, '2025-01-15')).toEqual(rowsOf(c).map((i) => contactCells(c, i, 'en', NY)));
  });

  test('the README’s way to keep answers current: an as-of cell holding =TODAY(), passed as $K$1', () => {
    // Sheets recomputes a custom function only when an argument changes, and refuses TODAY() as an argument; a cell
    // holding =TODAY() changes every day and hands the formula a Date at midnight in the spreadsheet's zone.
    const today = ymdIn(Date.now(), NY);
    const k1 = ny(today);
    const orders = column([3, 1, 0]);
    const first = column([ny('2024-01-02'), ny('2026-01-01'), '']);
    const last = column([ny('2024-06-01'), ny('2026-01-01'), '']);
    const answer = sheet.call('CUSTOMER_LIFECYCLE', orders, first, last, '', '', k1);
    expect(answer).toEqual(sheet.call('CUSTOMER_LIFECYCLE', orders, first, last, '', '', today));
    expect(answer[0]).toEqual(['Lapsed']);
    expect(sheet.call('CUSTOMER_NEXT_CONTACT', last, k1)).toEqual(sheet.call('CUSTOMER_NEXT_CONTACT', last, today));
  });

  test('a spreadsheet time zone the platform cannot resolve: ⚠ in the formulas that need days, never silent UTC', () => {
    const lost = new FormulaSheet({ timeZone: 'Mars/Olympus_Mons' });
    const [[quadrant]] = lost.call('CUSTOMER_QUADRANT', ny('2024-01-02'), 100, '2024-06-01');
    expect(quadrant).toMatch(
      /^⚠ First purchase cannot be turned into days: the spreadsheet's time zone "Mars\/Olympus_Mons" is not known here/,
    );
    expect(lost.call('CUSTOMER_NEXT_CONTACT', ny('2024-01-02'), '2024-06-01')[0][1]).toMatch(/^⚠ Last purchase cannot be turned into days/);
    // Classifications without dates are unaffected.
    expect(lost.call('CUSTOMER_TIER', column([10, 1]))).toEqual([['A'], ['B']]);
  });

  describe('as_of left out is today in the spreadsheet zone', () => {
    test('with a frozen clock: late evening in New York is already tomorrow in UTC and Shanghai', () => {
      const frozen = new FormulaSheet({ timeZone: NY });
      frozen.freezeClock(new Date('2024-03-10T04:30:00Z')); // 23:30 on 2024-03-09 in New York
      const last = ny('2024-03-02');
      expect(frozen.call('CUSTOMER_NEXT_CONTACT', last)).toEqual([[ny('2024-03-09'), 'Usage follow-up']]);
      expect(frozen.call('CUSTOMER_QUADRANT', ny('2023-03-10'), 5, '', 366)).toEqual([['New & big']]);
      frozen.timeZone = 'Asia/Shanghai';
      expect(frozen.call('CUSTOMER_NEXT_CONTACT', midnight('2024-03-02', 'Asia/Shanghai'))).toEqual([
        [midnight('2024-04-01', 'Asia/Shanghai'), 'Keep in touch'],
      ]);
      expect(frozen.call('CUSTOMER_QUADRANT', midnight('2023-03-10', 'Asia/Shanghai'), 5, '', 366)).toEqual([['Old & big']]);
      frozen.timeZone = 'UTC';
      expect(frozen.call('CUSTOMER_NEXT_CONTACT', midnight('2024-03-02', 'UTC'))).toEqual([
        [midnight('2024-04-01', 'UTC'), 'Keep in touch'],
      ]);
    });

    test('with the real clock', () => {
      const last = column([ny('2024-01-15'), '', ny('2020-02-29')]);
      // Retry once if the day changes in New York during the call.
      for (let attempt = 0; attempt < 2; attempt++) {
        const before = ymdIn(Date.now(), NY);
        const answer = sheet.call('CUSTOMER_NEXT_CONTACT', last);
        const rfm = sheet.call('CUSTOMER_RFM', last, column([2, '', 5]), column([10, '', 20]));
        if (ymdIn(Date.now(), NY) !== before) continue;
        expect(answer).toEqual(sheet.call('CUSTOMER_NEXT_CONTACT', last, before));
        expect(rfm).toEqual(sheet.call('CUSTOMER_RFM', last, column([2, '', 5]), column([10, '', 20]), ny(before)));
        return;
      }
      throw new Error('the day changed twice in New York during this test');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// CUSTOMER_SEGMENTS on the messy table

describe('CUSTOMER_SEGMENTS on messy.csv', () => {
  const [header, ...text] = readCsv('messy.csv');
  const table = [header, ...text];
  const sheet = new FormulaSheet({ timeZone: NY });
  const answer = sheet.call('CUSTOMER_SEGMENTS', table, AS_OF);
  const env: Env = { hints: { locale: 'en_US', timeZone: NY }, language: 'en', asOf: AS_OF_DAY };
  const headers = answer[0];
  const byName = (name: string) => text.findIndex((r) => r[0] === name) + 1;

  test('matches the engine, header row first, one row per input row', () => {
    expect(answer).toEqual(expectedSegments(table, env));
    expect(headers).toEqual([
      'Tier',
      'Quadrant',
      'Lifecycle',
      'Intent',
      'RFM score',
      'RFM segment',
      'Next contact',
      'Next touch',
      'Next step',
    ]);
    expect(answer).toHaveLength(table.length);
  });

  // Which columns a problem in each field reaches (the fields each classification needs, DOMAIN.md).
  const REACHES: Record<string, string[]> = {
    revenue: ['Tier', 'Quadrant', 'RFM segment'],
    first_purchase: ['Quadrant', 'Lifecycle'],
    last_purchase: ['Lifecycle', 'RFM segment', 'Next touch'],
    orders: ['Lifecycle', 'RFM segment'],
  };
  test.each([
    ['Plain', null],
    ['Currency', null],
    ['Parens negative', null],
    ['Blank revenue', 'revenue'],
    ['Text revenue', 'revenue'],
    ['Sheet error', 'revenue'],
    ['Future first', 'first_purchase'],
    ['Last before first', 'last_purchase'],
    ['Bad date', 'first_purchase'],
    ['Zero orders', 'orders'],
    ['Huge', null],
    ['Percent', 'revenue'],
    ['=HYPERLINK("http://example.com","click")', null],
    ['<img src=x onerror=alert(1)>', null],
    ['Spaces', null],
    ['Duplicate', null],
    ['After blank', null],
  ] as [string, string | null][])('row %s: ⚠ only where %s is needed', (name, field) => {
    const row = answer[byName(name)];
    const warned = headers.filter((_, j) => String(row[j]).startsWith(WARNING));
    expect(warned).toEqual(field ? REACHES[field] : []);
    const step = String(row[headers.indexOf('Next step')]);
    if (field) {
      expect(step).toMatch(/^Fix the data: /);
      // Where the segment is ⚠, the score and the date next to it are blank.
      if (warned.includes('RFM segment')) expect(row[headers.indexOf('RFM score')]).toBe('');
      if (warned.includes('Next touch')) expect(row[headers.indexOf('Next contact')]).toBe('');
    } else {
      // An action, then why it comes first, in words: no rule numbers to look up.
      expect(step).toMatch(/[.)] Why: [^[\]]+\.$/);
      expect(row[headers.indexOf('Tier')]).toMatch(/^[ABC]$/);
    }
  });

  test('names that are a formula or HTML are classified like any other and never echoed back', () => {
    for (const name of ['=HYPERLINK("http://example.com","click")', '<img src=x onerror=alert(1)>']) {
      const row = answer[byName(name)];
      expect(row.every((cell) => !String(cell).includes(name) && !String(cell).startsWith('='))).toBe(true);
      expect(row[headers.indexOf('Lifecycle')]).toBe('Loyal');
    }
  });

  test('the blank row in the middle stays blank; the rows after it are answered in place', () => {
    const blank = text.findIndex((r) => r[0] === '') + 1;
    expect(answer[blank].every((cell) => cell === '')).toBe(true);
    expect(answer[blank + 1][headers.indexOf('Intent')]).toBe('Not interested');
    expect(answer[byName('Huge')][headers.indexOf('Intent')]).toBe('Ready to buy');
  });
});
