// The run history through the built dist/Code.js against the fakes: each Apply appends one snapshot to a sheet found
// by its metadata; the coloring classification gets Previous / Changed on; the summary shows who moved; Clear keeps
// the history unless told otherwise; Apply's calls stay constant in rows and in runs.
import type { SpreadsheetModel } from '../../../emulator';
import type { ApplyResult, Failure } from '../../../src/shared/contract';
import { execution, sheetFromRows } from '../../support/sidebarHarness';

type Result<T> = T | Failure;
function ok<T>(result: Result<T>): T {
  if (!(result as { ok: boolean }).ok) throw new Error(`expected success, got: ${(result as Failure).message}`);
  return result as T;
}

const HEADER = ['Customer', 'First order', 'Last order', 'Orders', 'Revenue'];
/** Ten customers; Acme is the biggest (tier A), then Bolt. */
function table(): unknown[][] {
  return [
    HEADER,
    ['Acme', '2024-01-10', '2026-08-20', 12, 9000],
    ['Bolt', '2024-03-01', '2026-08-25', 8, 5000],
    ['Crux', '2025-01-01', '2026-08-01', 3, 400],
    ['Dyne', '2025-02-01', '2026-07-01', 2, 300],
    ['Echo', '2025-03-01', '2026-06-01', 2, 200],
    ['Fjob', '2025-04-01', '2026-05-01', 1, 150],
    ['Gail', '2025-05-01', '2026-08-01', 2, 120],
    ['Hugo', '2025-06-01', '2026-08-10', 3, 110],
    ['Ines', '2025-07-01', '2026-08-11', 1, 100],
    ['Jojo', '2025-08-01', '2026-08-12', 1, 90],
  ];
}

const RUN = (asOf: string, settings: object = {}) => ({ columns: {}, settings: { mainGrouping: 'tier', ...settings }, asOf });

function apply(model: SpreadsheetModel, request: object) {
  const run = execution(model);
  const result = ok(run.call<Result<ApplyResult>>('sidebarApply', request));
  return { result, calls: run.apps.calls.total };
}

function clear(model: SpreadsheetModel, options?: object) {
  return ok(execution(model).call<Result<{ ok: true; message: string }>>('sidebarClear', options));
}

/** The history sheet, found as the add-on finds it: by its metadata on the sheet, whatever its name. */
function historySheet(model: SpreadsheetModel) {
  const entry = model.metadata.find((m) => m.key === 'customerSegments' && String(m.value).includes('"role":"history"'));
  if (entry?.location.type !== 'SHEET') return null;
  return entry.location.sheet;
}

function rowsOf(sheet: SpreadsheetModel['sheets'][number]): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 0; r < sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 0; c < sheet.lastColumn(); c++) row.push(sheet.values.get(r, c));
    out.push(row);
  }
  return out;
}

const sheetNamed = (model: SpreadsheetModel, name: string) => model.sheets.find((s) => s.name === name)!;
/** The block's column of a header on the customer sheet, and a customer's row. */
function column(model: SpreadsheetModel, header: string): unknown[] {
  const rows = rowsOf(sheetNamed(model, 'Customers'));
  const c = rows[0].indexOf(header);
  if (c < 0) throw new Error(`no column ${header}: ${rows[0].join(' | ')}`);
  return rows.map((r) => r[c]);
}

function setRevenue(model: SpreadsheetModel, customer: string, revenue: number) {
  const sheet = sheetNamed(model, 'Customers');
  for (let r = 1; r < sheet.lastRow(); r++) if (sheet.values.get(r, 0) === customer) sheet.values.set(r, 4, revenue);
}

describe('the run history', () => {
  test('each Apply appends one snapshot; a re-run on the same date replaces it; re-runs on unchanged data have no Previous', () => {
    const model = sheetFromRows(table());
    apply(model, RUN('2026-09-01'));
    const history = historySheet(model)!;
    expect(history).not.toBeNull();
    expect(history.name).toBe('Segment history');
    let rows = rowsOf(history);
    expect(rows[0].slice(0, 5)).toEqual(['Run date', 'Customer', 'Revenue', 'Changes (kept by the add-on)', 'Tier']);
    expect(rows.length).toBe(11);
    expect(rows[1].slice(0, 3)).toEqual(['2026-09-01', 'Acme', 9000]);
    expect(rows[1][4]).toBe('A');

    apply(model, RUN('2026-09-01'));
    expect(rowsOf(history).length).toBe(11);
    apply(model, RUN('2026-09-15'));
    rows = rowsOf(history);
    expect(rows.length).toBe(21);
    expect(
      column(model, 'Previous')
        .slice(1)
        .every((v) => v === ''),
    ).toBe(true);
    expect(
      column(model, 'Changed on')
        .slice(1)
        .every((v) => v === ''),
    ).toBe(true);
  });

  test('A customer who moves gets Previous, Changed on and a reason that says so; the summary shows who moved', () => {
    const model = sheetFromRows(table());
    apply(model, RUN('2026-09-01'));
    // Acme's revenue falls: out of tier A.
    setRevenue(model, 'Acme', 250);
    // Renamed, deleted and added customers, and a re-ordered table: keyed by name.
    const sheet = sheetNamed(model, 'Customers');
    sheet.values.set(10, 0, 'Jojo Ltd');
    apply(model, RUN('2026-10-01'));
    const customers = column(model, 'Customer');
    const acme = customers.indexOf('Acme');
    expect(column(model, 'Previous')[acme]).toBe('A');
    const changed = column(model, 'Changed on')[acme] as Date;
    expect(changed).toBeInstanceOf(Date);
    expect([changed.getUTCFullYear(), changed.getUTCMonth() + 1, changed.getUTCDate()]).toEqual([2026, 10, 1]);
    const reason = String(column(model, 'Tier: why')[acme]);
    expect(reason).toMatch(/^B \(was A on 10\/1\/2026\)/);
    // The next step: a personal call first.
    expect(String(column(model, 'Next step')[acme])).toMatch(/^Call them personally now/);
    expect(column(model, 'Previous')[customers.indexOf('Jojo Ltd')]).toBe('');

    const summary = rowsOf(sheetNamed(model, 'Segments')).map((r) => r.filter((x) => x !== '').join(' | '));
    const at = summary.indexOf('Who moved');
    expect(at).toBeGreaterThan(0);
    const section = summary.slice(at, summary.indexOf('Top customers') > at ? summary.indexOf('Top customers') : undefined);
    expect(section.join('\n')).toContain('From \\ to | A | B | C | Gone | Total');
    expect(section.join('\n')).toMatch(
      /Moved down from the two best groups\n# \| Customer \| Revenue then \| Revenue \| Moved \| Next step\n1 \| Acme \| 9,000 \| 250 \| Tier: A → B/,
    );
    // Jojo is gone, Jojo Ltd is new.
    expect(section.find((l) => l.startsWith('New |'))).toBeDefined();
  });

  test('Clear keeps the history by default; Apply after it goes on from it; Clear without it removes the sheet', () => {
    const model = sheetFromRows(table());
    apply(model, RUN('2026-09-01'));
    // The user renames the sheet: it is found by its metadata.
    historySheet(model)!.name = 'My snapshots';
    clear(model);
    expect(historySheet(model)?.name).toBe('My snapshots');
    expect(model.sheets.some((s) => s.name === 'Segments')).toBe(false);
    setRevenue(model, 'Acme', 250);
    apply(model, RUN('2026-10-01'));
    expect(rowsOf(historySheet(model)!).length).toBe(21);
    expect(column(model, 'Previous')[1]).toBe('A');
    clear(model, { keepHistory: false });
    expect(historySheet(model)).toBeNull();
    expect(model.sheets.map((s) => s.name)).toEqual(['Customers']);
  });

  test('the history sheet is not read as a customer table', () => {
    const model = sheetFromRows(table());
    apply(model, RUN('2026-09-01'));
    const run = execution(model);
    (run.apps.activeSpreadsheet().getSheetByName('Segment history') as GoogleAppsScript.Spreadsheet.Sheet).activate();
    const result = run.call<Result<ApplyResult>>('sidebarApply', RUN('2026-09-02'));
    expect(result.ok).toBe(false);
  });

  test("Apply's Spreadsheet calls do not grow with rows or with runs", () => {
    const big = (n: number) => {
      const rows = table();
      for (let i = 0; i < n; i++) rows.push([`Extra ${i}`, '2025-01-01', '2026-08-01', 2, 50 + (i % 40)]);
      return sheetFromRows(rows);
    };
    const callsAfter = (n: number, runs: number) => {
      const model = big(n);
      for (let k = 0; k < runs; k++) apply(model, RUN(`2026-0${1 + k}-01`));
      return apply(model, RUN('2026-10-01')).calls;
    };
    const base = callsAfter(10, 2);
    expect(callsAfter(400, 2)).toBe(base);
    expect(callsAfter(10, 5)).toBe(base);
  });
});
