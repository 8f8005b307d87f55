// The sidebar's server side, through the built dist/Code.js against the Apps Script fakes: what Apply writes,
// colours and remembers, what Clear takes away, and how many Spreadsheet calls it all costs.
import {
  effectiveBackgrounds,
  effectiveFormat,
  fakeSpreadsheetFromRows,
  snapshotSpreadsheet,
  type SpreadsheetModel,
} from '../../../emulator';
import { columnLetter } from '../../../emulator/a1';
import { PALETTE, PROBLEM_COLOR } from '../../../src/engine/palette';
import type { AnalyzeResult, ApplyResult, Failure, PreviewResult } from '../../../src/shared/contract';
import { HISTORY_CALLS } from '../../../src/server/sidebar/historyPlan';
import { csvRows, execution, sheetFromRows } from '../../support/sidebarHarness';

const AS_OF = '2026-11-01';
const RUN = { columns: {}, settings: {}, asOf: AS_OF };

type Result<T> = T | Failure;
function ok<T>(result: Result<T>): T {
  if (!(result as { ok: boolean }).ok) throw new Error(`expected success, got: ${(result as Failure).message}`);
  return result as T;
}

function analyze(model: SpreadsheetModel, userLocale = 'en') {
  return ok(execution(model, { userLocale }).call<Result<AnalyzeResult>>('sidebarAnalyze'));
}

function apply(model: SpreadsheetModel, request: object = RUN) {
  const run = execution(model);
  const result = run.call<Result<ApplyResult>>('sidebarApply', request);
  return { result, calls: run.apps.calls.total, byMethod: run.apps.calls.byMethod() };
}

function clear(model: SpreadsheetModel) {
  const run = execution(model);
  // Dropping the history too: the sheet is then exactly as it was (history.test.ts checks Clear keeping it).
  return { result: run.call<Result<{ ok: true; message: string }>>('sidebarClear', { keepHistory: false }), calls: run.apps.calls.total };
}

const sheetOf = (model: SpreadsheetModel, name = 'Customers') => model.sheets.find((s) => s.name === name)!;
const cell = (model: SpreadsheetModel, row: number, col: number, name = 'Customers') => sheetOf(model, name).values.get(row - 1, col - 1);
const headerRowOf = (model: SpreadsheetModel, row = 1, name = 'Customers') => {
  const sheet = sheetOf(model, name);
  const out: unknown[] = [];
  for (let c = 0; c < sheet.lastColumn(); c++) out.push(sheet.values.get(row - 1, c));
  return out;
};

describe.each([
  ['customers-en.csv', 'en_US', 8, 500],
  ['clientes-es.csv', 'es_ES', 7, 300],
  ['kehu-zh.csv', 'zh_CN', 7, 300],
])('sample %s', (file, locale, width, customers) => {
  // Money and dates as the text of the CSV: the fakes do not type euro amounts or day-first dates as Sheets would.
  const model = () => sheetFromRows(csvRows(file), { locale, interpret: 'raw' });

  it('analyze finds the table, every column and the customers', () => {
    const a = analyze(model());
    expect([a.headerRow, a.firstDataRow, a.firstColumn, a.lastColumn, a.shape, a.customers]).toEqual([
      1,
      2,
      1,
      width,
      'customers',
      customers,
    ]);
    expect(a.columns.filter((c) => c.column !== null).length).toBe(width);
    expect(a.available).toEqual(['tier', 'profit', 'quadrant', 'lifecycle', 'intent', 'rfm', 'nextContact', 'churn']);
    // The Spanish sample repeats some names: those are warnings, not errors.
    expect(a.firstProblems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.problemCounts.filter((p) => p.code !== 'duplicate_customer')).toEqual([]);
  });

  it('apply writes group, reason and next step beside the data, coloured by rules, within 30 calls', () => {
    const m = model();
    const { result, calls } = apply(m);
    const applied = ok(result);
    expect(applied.firstOutputColumn).toBe(width + 1);
    expect(calls).toBeLessThanOrEqual(30 + HISTORY_CALLS);
    const header = headerRowOf(m);
    expect(header.slice(0, width)).toEqual(csvRows(file)[0]);
    expect(header.length).toBe(width + applied.outputColumns);
    const tierColumn = width + 1;
    for (let row = 2; row <= customers + 1; row++) {
      const tier = cell(m, row, tierColumn) as string;
      expect(['A', 'B', 'C']).toContain(tier);
      const key = tier as 'A' | 'B' | 'C';
      // The tier cell and the customer's own cells show the tier's colour.
      expect(effectiveFormat(sheetOf(m), row, tierColumn, { strict: true }).background).toBe(PALETTE[key]);
      expect(effectiveFormat(sheetOf(m), row, 1, { strict: true }).background).toBe(PALETTE[key]);
      expect(String(cell(m, row, width + applied.outputColumns))).toMatch(/(Why|Por qué|原因)[:：]/);
    }
    expect(sheetOf(m).frozenRows).toBe(1);
  });
});

describe('what Apply adds, and Clear takes away', () => {
  it('clear restores the sheet cell for cell, rules, metadata and sheets included', () => {
    const m = sheetFromRows(csvRows('customers-en.csv'));
    const before = snapshotSpreadsheet(m);
    ok(apply(m).result);
    expect(snapshotSpreadsheet(m)).not.toEqual(before);
    const { result, calls } = clear(m);
    expect(ok(result).message).toMatch(/Cleared/);
    expect(calls).toBeLessThanOrEqual(30 + HISTORY_CALLS);
    expect(snapshotSpreadsheet(m)).toEqual(before);
  });

  it('a second apply replaces the first in place: no second copy of columns, rules, metadata or summary', () => {
    const m = sheetFromRows(csvRows('customers-en.csv'));
    ok(apply(m).result);
    const once = snapshotSpreadsheet(m);
    const colours = effectiveBackgrounds(sheetOf(m));
    const again = apply(m);
    ok(again.result);
    expect(again.calls).toBeLessThanOrEqual(30 + HISTORY_CALLS);
    const twice = snapshotSpreadsheet(m);
    expect(twice.sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
    const [a, b] = [once, twice].map((s) => s.sheets.find((x) => x.name === 'Customers')!);
    expect(b.values).toEqual(a.values);
    // The same rules; the rows' ones sit on the data range as read, which now includes the block: the same cells.
    const withoutRanges = (rules: typeof a.conditionalFormatRules) => rules.map(({ ranges: _ranges, ...rule }) => rule);
    expect(withoutRanges(b.conditionalFormatRules)).toEqual(withoutRanges(a.conditionalFormatRules));
    expect(effectiveBackgrounds(sheetOf(m))).toEqual(colours);
    // The same two markers (first and last column), on the same columns, naming the same summary sheet.
    expect(b.developerMetadata).toEqual(a.developerMetadata);
    const last = columnLetter(a.values[0].length);
    expect(b.developerMetadata.map((m) => m.location)).toEqual(['COLUMN I:I', `COLUMN ${last}:${last}`]);
  });

  it('a re-run with fewer classifications shrinks the block and clear still restores everything', () => {
    const m = sheetFromRows(csvRows('customers-en.csv'));
    const before = snapshotSpreadsheet(m);
    const first = ok(apply(m).result);
    const second = ok(apply(m, { columns: {}, settings: { classifications: ['tier', 'lifecycle'] }, asOf: AS_OF }).result);
    expect(second.outputColumns).toBeLessThan(first.outputColumns);
    expect(headerRowOf(m).length).toBe(8 + second.outputColumns);
    ok(clear(m).result);
    expect(snapshotSpreadsheet(m)).toEqual(before);
  });

  it('never overwrites the user’s data to the right: it inserts columns, and keeps the user’s own rules', () => {
    const rows = csvRows('customers-en.csv')
      .slice(0, 51)
      .map((r, i) => [...r, '', i === 0 ? 'My notes' : `note ${i}`]);
    const m = sheetFromRows(rows);
    const sheet = sheetOf(m);
    // The user's own rule on their notes column (J).
    const setup = execution(m);
    const userSheet = setup.apps.activeSpreadsheet().getActiveSheet();
    const userRule = setup.apps.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('note 3')
      .setBackground('#ff0000')
      .setRanges([userSheet.getRange('J2:J51')])
      .build();
    userSheet.setConditionalFormatRules([userRule]);
    const before = snapshotSpreadsheet(m);
    const applied = ok(apply(m).result);
    expect(applied.insertedColumns).toBe(true);
    expect(applied.firstOutputColumn).toBe(9);
    // The notes moved right, intact, and the user's rule moved with them and still comes first.
    const notesColumn = 10 + applied.outputColumns;
    expect(cell(m, 1, notesColumn)).toBe('My notes');
    expect(cell(m, 4, notesColumn)).toBe('note 3');
    expect(effectiveFormat(sheet, 4, notesColumn).background).toBe('#ff0000');
    expect(sheet.rules[0].criteriaValues).toEqual(['note 3']);
    ok(clear(m).result);
    expect(snapshotSpreadsheet(m)).toEqual(before);
  });

  it('finds a header row that is not row 1 and writes beside it only', () => {
    const rows = [['Customer list 2026'], [''], ...csvRows('customers-en.csv').slice(0, 41)];
    const m = sheetFromRows(rows);
    const a = analyze(m);
    expect([a.headerRow, a.firstDataRow, a.lastDataRow, a.customers]).toEqual([3, 4, 43, 40]);
    const applied = ok(apply(m).result);
    expect(cell(m, 1, applied.firstOutputColumn)).toBe('');
    expect(cell(m, 3, applied.firstOutputColumn)).toBe('Tier');
    expect(['A', 'B', 'C']).toContain(cell(m, 4, applied.firstOutputColumn));
    expect(sheetOf(m).frozenRows).toBe(3);
  });

  it('adds a Segments summary with groups on their colours, settings by their names, and a Pareto curve', () => {
    const m = sheetFromRows(csvRows('customers-en.csv'));
    const applied = ok(apply(m).result);
    expect(applied.summarySheet).toBe('Segments');
    const summary = sheetOf(m, 'Segments');
    const texts: string[] = [];
    for (let r = 0; r < summary.lastRow(); r++) texts.push(String(summary.values.get(r, 0)));
    expect(texts).toEqual(expect.arrayContaining(['A', 'B', 'C', 'Core', 'Old & big', 'Loyal', 'Champions']));
    const rowOfA = texts.indexOf('A');
    expect(summary.formats.backgrounds.get(rowOfA, 0)).toBe(PALETTE.A);
    // Headers short enough for their columns, and columns wide enough for the labels.
    expect(summary.values.get(rowOfA - 1, 1)).toBe('Revenue share');
    expect(summary.columnWidths[0]).toBe(150);
    // Shares of the tiers add up to 100%.
    const shares = [0, 1, 2].map((k) => Number(summary.values.get(rowOfA + k, 1)));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    // The settings as the sidebar names them, never the engine's keys.
    const settings = texts.slice(texts.indexOf('Settings used') + 1);
    expect(settings).toEqual(
      expect.arrayContaining(['Analysis date', 'Tier thresholds', 'A threshold', 'Lapsed after at most (days without buying)']),
    );
    expect(texts.join(' ')).not.toMatch(/tierA|asOf|rfmPreset|tierMethod/);
    expect(summary.values.get(texts.indexOf('A threshold'), 1)).toBe('80%');
    // The next step's order, in words.
    expect(texts).toContain('How the next step is chosen (the first that applies)');
    // The chart: a line of the cumulative share of revenue against the share of customers, the 80% line, A's end.
    expect(summary.charts.length).toBe(1);
    const chart = summary.charts[0];
    expect(chart.chartType).toBe('LINE');
    const data = chart.ranges[0];
    expect(data.numCols).toBe(4);
    const first = data.row; // header row
    expect([0, 1, 2, 3].map((c) => summary.values.get(first - 1, c))).toEqual([
      'Share of customers, highest revenue first',
      'Share of revenue',
      '80% of revenue',
      'Where tier A ends',
    ]);
    const curve = Array.from(
      { length: data.numRows - 1 },
      (_, i) => [summary.values.get(first + i, 0), summary.values.get(first + i, 1)] as number[],
    );
    expect(curve[0]).toEqual([0, 0]);
    expect(curve[curve.length - 1]).toEqual([1, 1]);
    for (let i = 1; i < curve.length; i++) expect(curve[i][1]).toBeGreaterThanOrEqual(curve[i - 1][1]);
    const aEnd = Array.from({ length: data.numRows - 1 }, (_, i) => summary.values.get(first + i, 3)).find((v) => v !== '') as number;
    // Tier A ends below 80% of revenue by the share rule: the customers ranked above its last one hold < 80%.
    expect(aEnd).toBeGreaterThanOrEqual(0.8);
    // The data sheet stays the active one.
    expect(analyze(m).sheetName).toBe('Customers');
  });

  it('a user sheet already called Segments is left alone', () => {
    const m = sheetFromRows(csvRows('customers-en.csv').slice(0, 30));
    const setup = execution(m);
    setup.apps.activeSpreadsheet().insertSheet('Segments').getRange('A1').setValue('mine');
    setup.apps.activeSpreadsheet().setActiveSheet(setup.apps.activeSpreadsheet().getSheetByName('Customers')!);
    const applied = ok(apply(m).result);
    expect(applied.summarySheet).toBe('Segments 2');
    expect(cell(m, 1, 1, 'Segments')).toBe('mine');
    ok(clear(m).result);
    expect(m.sheets.map((s) => s.name)).toEqual(['Customers', 'Segments']);
  });
});

describe('bad input loses nothing', () => {
  // Typed like Sheets (numbers, ISO dates, 12% → 0.12 with a percent format), but the names as text: a user who
  // types =HYPERLINK(…) gets a formula, which is not what this sheet is about.
  const model = () => {
    const m = sheetFromRows(csvRows('messy.csv'));
    const rows = csvRows('messy.csv');
    const sheet = m.sheets[0];
    rows.forEach((r, i) => {
      sheet.values.set(i, 0, r[0]);
      sheet.formulas.set(i, 0, '');
    });
    return m;
  };

  it('analyze lists the problems by kind and the first rows, with the cell to select', () => {
    const a = analyze(model());
    expect(a.problemTotal).toBe(10);
    expect(a.problemCounts).toEqual(
      expect.arrayContaining([
        { code: 'unparseable_money', field: 'revenue', count: 1 },
        { code: 'percent_not_money', field: 'revenue', count: 1 },
        { code: 'duplicate_customer', field: 'customer', count: 2 },
      ]),
    );
    const text = a.firstProblems.find((p) => p.value === 'about ten grand')!;
    expect(text).toMatchObject({ row: 6, column: 5, field: 'revenue' });
  });

  it('apply shows ⚠ in the affected cells only, tinted, and writes names back as text, never as formulas', () => {
    const m = model();
    const applied = ok(apply(m).result);
    const tierColumn = applied.firstOutputColumn;
    expect(cell(m, 6, tierColumn)).toBe('⚠ Revenue "about ten grand" is not an amount of money.');
    expect(effectiveFormat(sheetOf(m), 6, tierColumn, { strict: true }).background).toBe(PROBLEM_COLOR);
    expect(cell(m, 2, tierColumn)).toMatch(/^[ABC]$/);
    // The name that looks like a formula is still text in the data sheet, and in the summary's top customers.
    const summary = sheetOf(m, 'Segments');
    let found = false;
    for (let r = 0; r < summary.lastRow(); r++) {
      for (let c = 0; c < summary.lastColumn(); c++) {
        expect(summary.formulas.get(r, c)).toBe('');
        if (String(summary.values.get(r, c)).startsWith('=HYPERLINK(')) found = true;
      }
    }
    expect(found).toBe(true);
    const data = sheetOf(m);
    for (let r = 0; r < data.lastRow(); r++) for (let c = 0; c < data.lastColumn(); c++) expect(data.formulas.get(r, c)).toBe('');
  });

  it('reads an order log and writes each order its customer’s answers', () => {
    const m = sheetFromRows(csvRows('orders-log.csv'));
    const a = analyze(m);
    expect(a.shape).toBe('orders');
    const applied = ok(apply(m).result);
    // Counts are customers, not order rows.
    expect(applied.rows).toBe(200);
    expect(['A', 'B', 'C']).toContain(cell(m, 2, applied.firstOutputColumn));
  });
});

describe('calls, locks, settings, menu', () => {
  function bigSheet(n: number) {
    const rows: unknown[][] = [['Customer', 'First order', 'Last order', 'Orders', 'Revenue', 'Profit', 'Status']];
    const statuses = ['Interested', 'lo está pensando', '以后再说', '', 'not interested'];
    for (let i = 0; i < n; i++) {
      const first = new Date(Date.UTC(2020, 0, 1 + (i % 1500)));
      const last = new Date(first.getTime() + ((i * 7) % 600) * 86400000);
      rows.push([`Customer ${i}`, first, last, 1 + (i % 17), 10 + ((i * 7919) % 10007), ((i * 31) % 500) - 100, statuses[i % 5]]);
    }
    return fakeSpreadsheetFromRows(rows, { sheetName: 'Customers', locale: 'en_US', timeZone: 'UTC', maxRows: n + 10 });
  }

  it(
    'Apply makes the same number of Spreadsheet calls for 100 and 50,000 rows, at most 30',
    () => {
      const small = apply(bigSheet(100));
      const large = apply(bigSheet(50000));
      ok(small.result);
      ok(large.result);
      expect(large.calls).toBe(small.calls);
      // The block, the summary, and the history's header and rows.
      expect(large.byMethod['Range.setValues']).toBe(4);
      expect(large.calls).toBeLessThanOrEqual(30 + HISTORY_CALLS);
    },
    10 * 60_000,
  );

  it('two runs cannot interleave: the second waits for the document lock, then says so', () => {
    const m = sheetFromRows(csvRows('customers-en.csv').slice(0, 20));
    const first = execution(m);
    first.apps.LockService.getDocumentLock().waitLock(1000);
    const second = apply(m);
    expect((second.result as Failure).ok).toBe(false);
    expect((second.result as Failure).message).toMatch(/Another classification is running/);
    first.apps.endExecution();
    ok(apply(m).result);
  });

  it('saves the settings and column choices and offers them again', () => {
    const m = sheetFromRows(csvRows('customers-en.csv').slice(0, 20));
    ok(
      apply(m, {
        columns: { customer: 0, revenue: 4, profit: null, orders: 3, first_purchase: 1, last_purchase: 2, status: 6, lead_score: 7 },
        settings: { tierPreset: '70/90', lapseDays: 200 },
        asOf: AS_OF,
      }).result,
    );
    const a = analyze(m);
    expect([a.settings.tierA, a.settings.tierB, a.settings.lapseDays]).toEqual([0.7, 0.9, 200]);
    expect(a.columns.find((c) => c.field === 'profit')!.column).toBeNull();
    expect(a.hasOutput).toBe(true);
  });

  it('rejects bad settings with the setting named, writing nothing', () => {
    const m = sheetFromRows(csvRows('customers-en.csv').slice(0, 20));
    const before = snapshotSpreadsheet(m);
    const { result } = apply(m, { columns: {}, settings: { tierA: 3 } });
    expect((result as Failure).errors![0]).toMatchObject({ setting: 'tierA' });
    expect(snapshotSpreadsheet(m)).toEqual(before);
  });

  it('preview gives each group’s customers and share without writing anything', () => {
    const m = sheetFromRows(csvRows('customers-en.csv'));
    const before = snapshotSpreadsheet(m);
    const preview = ok(
      execution(m).call<Result<PreviewResult>>('sidebarPreview', { columns: {}, settings: { mainGrouping: 'lifecycle' }, asOf: AS_OF }),
    );
    expect(preview.classifications[0].classification).toBe('lifecycle');
    for (const c of preview.classifications) {
      expect(c.groups.reduce((a, g) => a + g.customers, 0) + c.problems + c.notApplicable).toBe(500);
    }
    expect(snapshotSpreadsheet(m)).toEqual(before);
  });

  it('onOpen builds the menu without authorization, in the user’s language', () => {
    const m = sheetFromRows([['Customer']]);
    const run = execution(m, { authMode: 'NONE', userLocale: 'es_ES' });
    run.call('onOpen', run.apps.openEvent());
    const menus = run.apps.ui.menus;
    expect(JSON.stringify(menus)).toContain('Abrir el panel');
    expect(JSON.stringify(menus)).toContain('menuRerun');
  });

  it('the sidebar opens 300 px wide from the menu', () => {
    const m = sheetFromRows([['Customer']]);
    const run = execution(m);
    run.call('showSidebar');
    expect(run.apps.ui.shown[0]).toMatchObject({ width: 300 });
  });

  it('the menu re-runs the last classification and clears it', () => {
    const m = sheetFromRows(csvRows('customers-en.csv').slice(0, 20));
    const before = snapshotSpreadsheet(m);
    ok(apply(m).result);
    execution(m).call('menuRerun');
    expect(headerRowOf(m).filter((h) => h === 'Tier').length).toBe(1);
    execution(m).call('menuClear');
    // The menu's Clear keeps the history (the user's data once written): all else is as it was.
    const after = snapshotSpreadsheet(m);
    expect(after.sheetNames).toEqual([...before.sheetNames, 'Segment history']);
    expect(after.sheets[0]).toEqual(before.sheets[0]);
  });
});

describe('on the real platform', () => {
  const small = () => sheetFromRows(csvRows('customers-en.csv').slice(0, 21));

  it('the columns Apply inserts take no formatting or dropdowns from the user’s last column', () => {
    const m = small();
    const setup = execution(m).apps;
    const sheet = setup.activeSpreadsheet().getActiveSheet();
    sheet.getRange('H1:H21').setBackground('#d9ead3').setFontWeight('bold').setNumberFormat('0.0');
    sheet.getRange('H2:H21').setDataValidation(setup.SpreadsheetApp.newDataValidation().requireNumberBetween(0, 100).build());
    const applied = ok(apply(m).result);
    const layers = sheetOf(m);
    for (let c = applied.firstOutputColumn; c < applied.firstOutputColumn + applied.outputColumns; c++) {
      for (let r = 1; r <= 21; r++) {
        expect([
          r,
          c,
          layers.formats.backgrounds.get(r - 1, c - 1),
          layers.formats.fontWeights.get(r - 1, c - 1),
          layers.validations.get(r - 1, c - 1),
        ]).toEqual([r, c, '#ffffff', 'normal', null]);
      }
    }
  });

  it('the menu’s re-run is for today, whatever date the last run used', () => {
    const m = small();
    const today = new Date().toISOString().slice(0, 10); // the sheet's zone is UTC
    ok(apply(m, { columns: {}, settings: {}, asOf: '2024-01-15' }).result);
    // A saved run from an older version kept its as-of date: it must not age the re-run either.
    const saved = JSON.parse(m.documentProperties.entries.get('customerSegments.lastRun')!);
    expect(saved.settings.asOf).toBeUndefined();
    m.documentProperties.set('customerSegments.lastRun', JSON.stringify({ ...saved, settings: { ...saved.settings, asOf: '2024-01-15' } }));
    execution(m).call('menuRerun');
    const about = String(cell(m, 2, 1, 'Segments'));
    const [y, mo, d] = today.split('-').map(Number);
    expect(about).toContain(`As of ${mo}/${d}/${y}`);
    expect(about).not.toContain('2024-01-15');
    expect((analyze(m).settings as { asOf?: string }).asOf).toBeUndefined();
  });

  it('a time zone the platform cannot resolve is a problem on the dates, never silent UTC days', () => {
    const m = small();
    m.timeZone = 'Mars/Olympus_Mons';
    const a = analyze(m);
    expect(a.problemCounts).toContainEqual({ code: 'unknown_time_zone', field: 'first_purchase', count: 1 });
    expect(a.firstProblems[0]).toMatchObject({ row: 1, field: 'first_purchase', value: 'Mars/Olympus_Mons' });
    const applied = ok(apply(m).result);
    const header = headerRowOf(m);
    const lifecycle = header.indexOf('Lifecycle') + 1;
    expect(String(cell(m, 2, lifecycle))).toMatch(
      /^⚠ First purchase cannot be turned into days: the spreadsheet's time zone "Mars\/Olympus_Mons" is not known/,
    );
    expect(['A', 'B', 'C']).toContain(cell(m, 2, applied.firstOutputColumn));
  });

  it('without a document lock (outside a containing document) the user’s lock keeps runs apart', () => {
    const m = small();
    const run = execution(m, { documentLock: false });
    ok(run.call<Result<ApplyResult>>('sidebarApply', RUN));
  });

  it('at the 10-million-cell limit nothing is written, and the sidebar says why in the user’s words', () => {
    const rows = csvRows('customers-en.csv').slice(0, 21);
    const m = fakeSpreadsheetFromRows(rows, { sheetName: 'Customers', timeZone: 'UTC', maxRows: 384_000 });
    const before = snapshotSpreadsheet(m);
    const result = apply(m).result as Failure;
    expect(result).toMatchObject({ ok: false, message: 'Apply changed nothing: Google Sheets refused its first change.' });
    expect(result.detail).toMatch(/limit of 10 million cells/);
    expect(snapshotSpreadsheet(m)).toEqual(before);
  });

  it('past the 18,278-column limit part way, Clear removes what was written', () => {
    const rows = csvRows('customers-en.csv').slice(0, 21);
    const m = fakeSpreadsheetFromRows(rows, { sheetName: 'Customers', timeZone: 'UTC', maxRows: 100, maxColumns: 18_270 });
    const before = snapshotSpreadsheet(m);
    const result = apply(m).result as Failure;
    expect(result.message).toBe('Apply stopped part way because Google Sheets refused a change; Clear removes what it had written.');
    expect(result.detail).toBe('The sheet would go past Google Sheets’ limit of 18,278 columns.');
    expect(m.activeSheet().name).toBe('Customers');
    ok(clear(m).result);
    expect(snapshotSpreadsheet(m)).toEqual(before);
  });
});

describe('one language per place', () => {
  it('the sheet gets the output language, the sidebar gets codes to say in the user’s language', () => {
    const m = sheetFromRows(csvRows('messy.csv'));
    const a = ok(execution(m, { userLocale: 'es' }).call<Result<AnalyzeResult>>('sidebarAnalyze'));
    expect(a.uiLanguage).toBe('es');
    expect(a.firstProblems.find((p) => p.value === 'about ten grand')).toMatchObject({ code: 'unparseable_money', field: 'revenue' });
    expect(a.firstProblems[0]).not.toHaveProperty('reason');
    const applied = ok(execution(m, { userLocale: 'es' }).call<Result<ApplyResult>>('sidebarApply', RUN));
    expect(applied.message).toMatch(/^Hecho: /);
    const row = csvRows('messy.csv').findIndex((r) => r[4] === 'about ten grand') + 1;
    expect(cell(m, row, applied.firstOutputColumn)).toBe('⚠ Revenue "about ten grand" is not an amount of money.');
  });
});
