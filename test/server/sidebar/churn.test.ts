// Churn risk in the sidebar, through the built dist/Code.js against the Apps Script fakes: the preview reports the
// fit (parameters, plain-language figures), Apply writes the number columns, colours by churn risk, and the summary
// sheet gets the model's section with the expected revenue; an order log (CDNOW's raw records) is fitted whole.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { effectiveFormat, type SpreadsheetModel } from '../../../emulator';
import { DEFAULT_CLASSIFICATIONS } from '../../../src/engine/settings';
import { PALETTE } from '../../../src/engine/palette';
import type { ApplyResult, Failure, PreviewResult } from '../../../src/shared/contract';
import { csvRows, execution, sheetFromRows } from '../../support/sidebarHarness';
import { HISTORY_CALLS } from '../../../src/server/sidebar/historyPlan';

type Result<T> = T | Failure;
function ok<T>(result: Result<T>): T {
  if (!(result as { ok: boolean }).ok) throw new Error(`expected success, got: ${(result as Failure).message}`);
  return result as T;
}

const CHURN_RUN = {
  columns: {},
  settings: { classifications: [...DEFAULT_CLASSIFICATIONS, 'churn'], mainGrouping: 'churn' },
  asOf: '2026-11-01',
};

const sheetOf = (model: SpreadsheetModel, name: string) => model.sheets.find((s) => s.name === name)!;

describe('a customer table with churn risk chosen', () => {
  const model = sheetFromRows(csvRows('customers-en.csv'));

  test('the preview reports the fit: model, parameters and the plain-language figures', () => {
    const preview = ok(execution(model).call<Result<PreviewResult>>('sidebarPreview', CHURN_RUN));
    const churn = preview.churn!;
    expect(churn.fitted).toBe(true);
    if (!churn.fitted) return;
    expect(churn.model).toBe('mbgnbd');
    for (const v of Object.values(churn.params)) expect(v).toBeGreaterThan(0);
    expect(churn.customers).toBe(500);
    expect(churn.typicalWeeks).toBeGreaterThan(0);
    expect(churn.likelyLostShare).toBeGreaterThanOrEqual(0);
    expect(churn.totalValue).toBeGreaterThan(0);
    // This sample's order values spread wider than the Gamma-Gamma mixture allows: the fit goes to its boundary
    // (q → 1) and would value every one-time buyer at an unbounded mean. It is not used: each customer's own mean
    // order value is, so the 12-month value stays of the order of the revenue seen.
    expect(churn.spendRejected).toBe(true);
    expect(churn.spend).toBeNull();
    const revenue = csvRows('customers-en.csv')
      .slice(1)
      .reduce((s, row) => s + Number(row[4]), 0);
    expect(churn.totalValue).toBeLessThan(revenue);
    const groups = preview.classifications[0];
    expect(groups.classification).toBe('churn');
    expect(groups.groups.map((g) => g.group)).toEqual(['active', 'slipping', 'likely_lost']);
    expect(groups.groups.reduce((s, g) => s + g.customers, 0) + groups.notApplicable + groups.problems).toBe(500);
  });

  test('Apply writes the number columns with their formats, colours rows by churn risk, and adds the summary section', () => {
    const run = execution(model);
    const applied = ok(run.call<Result<ApplyResult>>('sidebarApply', CHURN_RUN));
    expect(run.apps.calls.total).toBeLessThanOrEqual(30 + HISTORY_CALLS);
    expect(applied.ok).toBe(true);
    const sheet = sheetOf(model, 'Customers');
    const header: unknown[] = [];
    for (let c = 0; c < sheet.lastColumn(); c++) header.push(sheet.values.get(0, c));
    const at = (name: string) => header.indexOf(name);
    for (const name of [
      'Chance active',
      'Expected orders (next 90 days)',
      'Expected order value',
      'Value (next 12 months)',
      'Churn risk',
      'Churn risk: why',
    ]) {
      expect(at(name)).toBeGreaterThan(0);
    }
    const chance = sheet.values.get(1, at('Chance active')) as number;
    expect(typeof chance).toBe('number');
    expect(chance).toBeGreaterThanOrEqual(0);
    expect(chance).toBeLessThanOrEqual(1);
    expect(sheet.formats.numberFormats.get(1, at('Chance active'))).toBe('0%');
    expect(sheet.formats.numberFormats.get(1, at('Value (next 12 months)'))).toMatch(/0\.00/);
    const risk = sheet.values.get(1, at('Churn risk')) as string;
    expect(['Active', 'Slipping', 'Likely lost']).toContain(risk);
    expect(sheet.values.get(1, at('Churn risk: why'))).toMatch(/^(Active|Slipping|Likely lost): \d+% chance still active/);
    // The row's colour is its churn-risk group's.
    const key = { Active: 'active', Slipping: 'slipping', 'Likely lost': 'likely_lost' }[risk] as 'active';
    expect(effectiveFormat(sheet, 2, 1, { strict: true }).background).toBe(PALETTE[key]);

    const summary = sheetOf(model, 'Segments');
    const text: string[] = [];
    for (let r = 0; r < summary.lastRow(); r++) text.push(String(summary.values.get(r, 0)));
    const heading = text.indexOf('Churn risk and value: the model');
    expect(heading).toBeGreaterThan(0);
    expect(text[heading + 1]).toMatch(/^Modified BG\/NBD fitted on 500 customers: r = [\d.,]+, α = [\d.,]+, a = [\d.,]+, b = [\d.,]+\.$/);
    expect(text.slice(heading, heading + 6).join('\n')).toMatch(
      /Order value: order values vary too widely for the spend model \(Gamma-Gamma\); each customer's own mean order value is used\.\nA typical customer buys every [\d.]+ weeks while active; [\d.]+% of customers are likely lost\.\nExpected revenue in the next 12 months: [\d,.]+ \(discounted at 10% a year\)\./,
    );
  });
});

describe('churn risk in the run history', () => {
  test('a later run sees customers slip from Active: the summary has a churn-risk matrix and lists them as movers', () => {
    const model = sheetFromRows(csvRows('customers-en.csv'));
    ok(execution(model).call<Result<ApplyResult>>('sidebarApply', CHURN_RUN));
    // Half a year with no new orders: the chance each customer is still active falls.
    ok(execution(model).call<Result<ApplyResult>>('sidebarApply', { ...CHURN_RUN, asOf: '2027-05-01' }));
    const summary = sheetOf(model, 'Segments');
    const lines: string[] = [];
    for (let r = 0; r < summary.lastRow(); r++) {
      const row: string[] = [];
      for (let c = 0; c < summary.lastColumn(); c++) row.push(String(summary.values.get(r, c) ?? ''));
      lines.push(row.filter((x) => x !== '').join(' | '));
    }
    const text = lines.join('\n');
    expect(text).toContain('From \\ to | Active | Slipping | Likely lost | Gone | Total');
    expect(text.slice(text.indexOf('Moved down from the two best groups'))).toMatch(/Churn risk: Active → (Slipping|Likely lost)/);
    const sheet = sheetOf(model, 'Customers');
    const header: unknown[] = [];
    for (let c = 0; c < sheet.lastColumn(); c++) header.push(sheet.values.get(0, c));
    const previous: unknown[] = [];
    for (let r = 1; r < sheet.lastRow(); r++) previous.push(sheet.values.get(r, header.indexOf('Previous')));
    expect(previous).toContain('Active');
  });
});

describe('an order log: CDNOW’s raw purchase records', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../fixtures/cdnow/CDNOW_sample.txt'), 'utf8');
  const rows = [
    ['Date', 'Customer', 'Amount'],
    ...text
      .trim()
      .split('\n')
      .map((line) => {
        const [, id, ymd, , amount] = line.trim().split(/\s+/);
        return [`${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`, `C${id}`, amount];
      }),
  ];

  test('is fitted on its customers, the records after the analysis date left out and counted', () => {
    const model = sheetFromRows(rows, { sheetName: 'Orders' });
    const run = { ...CHURN_RUN, asOf: '1997-09-30' };
    const preview = ok(execution(model).call<Result<PreviewResult>>('sidebarPreview', run));
    expect(preview.ordersAfterAsOf).toBe(6919 - 4960);
    const churn = preview.churn!;
    expect(churn.fitted).toBe(true);
    if (!churn.fitted) return;
    // 2,357 customers less the 8 whose only record is a $0.00 CD (DOMAIN.md: not a purchase; see test/engine/churn.test.ts).
    expect(churn.customers).toBe(2349);
    expect(churn.params.r).toBeCloseTo(0.525, 1);
    expect(churn.params.a).toBeCloseTo(0.891, 1);
  });
});
