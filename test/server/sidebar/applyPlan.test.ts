// The Apply and Clear plans, on their own: everything decided before the first write, from what was read.
import { DEFAULT_SETTINGS, segmentValues, type Cell, type Settings } from '../../../src/engine';
import { planApply, planClear, type ApplyContext } from '../../../src/server/sidebar/applyPlan';
import type { OwnedBlock, PendingRun } from '../../../src/server/sidebar/ownership';
import type { SheetRead } from '../../../src/server/sidebar/sheetGateway';

const AS_OF = Date.UTC(2026, 10, 1) / 86_400_000;
const TABLE: Cell[][] = [
  ['Customer', 'First order', 'Last order', 'Orders', 'Revenue'],
  ['Ada', '2024-01-10', '2026-10-30', 12, 9000],
  ['Bo', '2026-06-01', '2026-06-01', 1, 300],
  ['', '', '', '', ''],
  ['Cy', '2023-02-02', '2024-02-02', 3, 150],
];

function read(values: Cell[][], extra: Partial<SheetRead> = {}): SheetRead {
  return { sheetId: 7, locale: 'en_US', timeZone: 'UTC', values, numberFormats: [], block: null, resultsOf: null, pending: null, ...extra };
}

function context(r: SheetRead, settings: Partial<Settings> = {}, frozenRows = 0): ApplyContext {
  const s = { ...DEFAULT_SETTINGS, classifications: ['tier', 'lifecycle'], mainGrouping: 'tier', ...settings } as Settings;
  const result = segmentValues(r.values, { settings: s, asOf: AS_OF, hints: { locale: 'en_US', timeZone: 'UTC' } });
  if (!result.ok) throw new Error(result.reason);
  return {
    read: r,
    result,
    settings: s,
    today: '2026-11-02',
    asOf: '2026-11-01',
    frozenRows,
    newBlockId: 'new-block',
    summaryInput: { summaries: result.summary, top: [], customers: 3 },
    saveRun: { settings: {}, columns: {} },
  };
}

describe('planApply, first run', () => {
  const plan = planApply(context(read(TABLE)));

  test('inserts its columns right after the table and writes every row of the data range', () => {
    expect(plan.placement).toEqual({ kind: 'insert', after: 5 });
    expect([plan.firstColumn, plan.width]).toEqual([6, 5]); // tier, why, lifecycle, why, next step
    expect(plan.blockRange).toEqual({ row: 1, column: 6, numRows: 5, numColumns: 5 });
    expect(plan.blockValues[0]).toEqual(['Tier', 'Tier: why', 'Lifecycle', 'Lifecycle: why', 'Next step']);
    expect(plan.blockValues[1].slice(0, 1)).toEqual(['A']);
    expect(plan.blockValues[3]).toEqual(['', '', '', '', '']); // the blank row stays blank
    expect(plan.blockFormats?.flat().every((f) => f === '@')).toBe(true);
  });

  test('rules: problems first, then each group on its own cell, then whole rows by the main grouping', () => {
    expect(plan.rules[0]).toMatchObject({ target: 'block', formula: '=AND(N("customer-segments")=0,LEFT(F1,1)="⚠")' });
    expect(plan.rules.filter((r) => r.target === 'block').length).toBe(1 + 3 + 5);
    // The rows' rules sit on the data range as read (from A1) and the block: written for row 1, where the header
    // holds no label, so only data rows take a colour.
    expect(plan.rules.filter((r) => r.target === 'rows').map((r) => r.formula)).toEqual([
      '=AND(N("customer-segments")=0,$F1="A")',
      '=AND(N("customer-segments")=0,$F1="B")',
      '=AND(N("customer-segments")=0,$F1="C")',
    ]);
  });

  test("a data range wider than the table: the rows' rules are limited to the table and the block by COLUMN()", () => {
    const shifted = TABLE.map((row) => ['', ...row, '', 'note']);
    const wide = planApply(context(read(shifted)));
    expect(wide.firstColumn).toBe(7);
    expect(wide.rules.find((r) => r.target === 'rows')?.formula).toBe('=AND(N("customer-segments")=0,COLUMN()>=2,COLUMN()<=11,$G1="A")');
  });

  test('freezes the header row, remembering what was frozen, and names a new summary sheet', () => {
    expect(plan.freeze).toBe(1);
    expect(plan.record).toMatchObject({ blockId: 'new-block', frozenRowsBefore: 0, frozenRowsSet: 1, headerRow: 1, summarySheetId: null });
    expect(plan.record.headers).toEqual(plan.blockValues[0]);
    expect(plan.summary.reuseSheetId).toBeNull();
    expect(plan.summary.names.slice(0, 3)).toEqual(['Segments', 'Segments 2', 'Segments 3']);
    expect(plan.pending).toEqual({ sheetId: 7, blockId: 'new-block', frozenRowsBefore: 0, summarySheetId: null, startedAt: '2026-11-02' });
  });

  test('a sheet already frozen at or below the header is left as it is; the summary is named in the output language', () => {
    const frozen = planApply(context(read(TABLE), {}, 2));
    expect(frozen.freeze).toBeNull();
    expect(frozen.record).toMatchObject({ frozenRowsBefore: 2, frozenRowsSet: 2 });
    expect(planApply(context(read(TABLE), { language: 'zh' })).summary.names[0]).toBe('客户分群');
  });

  test('a header below a title: the block still starts at row 1, and the freeze reaches the header', () => {
    const titled = planApply(context(read([['Our customers'], [], ...TABLE])));
    expect(titled.blockRange.row).toBe(1);
    expect(titled.blockValues[2][0]).toBe('Tier');
    expect(titled.freeze).toBe(3);
    expect(titled.rules.find((r) => r.target === 'rows')?.formula).toBe('=AND(N("customer-segments")=0,$F1="A")');
  });
});

describe('planApply, again', () => {
  const block: OwnedBlock = {
    sheetId: 7,
    first: 6,
    last: 8,
    record: {
      version: 2,
      blockId: 'old-block',
      headers: ['Tier', 'Tier: why', 'Next step'],
      frozenRowsBefore: 0,
      frozenRowsSet: 1,
      headerRow: 1,
      summarySheetId: 42,
      summaryName: 'Segments',
      appliedAt: '2026-10-01',
    },
  };

  test('resizes its own block between its markers, keeps its id, rewrites its summary sheet, freezes nothing again', () => {
    const plan = planApply(context(read(TABLE, { block })));
    expect(plan.placement).toEqual({ kind: 'resize', blockId: 'old-block', first: 6, last: 8, grow: 2, shrink: 0 });
    expect(plan.summary.reuseSheetId).toBe(42);
    expect(plan.summary.reuseName).toBe('Segments');
    expect(plan.freeze).toBeNull();
    expect(plan.record).toMatchObject({ blockId: 'old-block', frozenRowsBefore: 0, frozenRowsSet: 1, summarySheetId: 42 });
    const fewer = planApply(context(read(TABLE, { block: { ...block, last: 12 } }), { classifications: ['tier'] }));
    expect(fewer.placement).toMatchObject({ grow: 0, shrink: 4 });
  });

  test('after a run that stopped part way, it takes over that run’s summary sheet and id', () => {
    const pending: PendingRun = { sheetId: 7, blockId: 'stopped', frozenRowsBefore: 0, summarySheetId: 99, startedAt: '2026-11-01' };
    const plan = planApply(context(read(TABLE, { pending })));
    expect(plan.placement.kind).toBe('insert');
    expect([plan.record.blockId, plan.summary.reuseSheetId]).toEqual(['stopped', 99]);
  });
});

describe('planClear', () => {
  const block: OwnedBlock = {
    sheetId: 7,
    first: 6,
    last: 10,
    record: {
      version: 2,
      blockId: 'b',
      headers: [],
      frozenRowsBefore: 0,
      frozenRowsSet: 1,
      headerRow: 1,
      summarySheetId: 42,
      summaryName: 'Segments',
      appliedAt: '',
    },
  };

  test('removes the block, its summary and the freeze it set; nothing when there is nothing of ours', () => {
    expect(planClear(read([], { block }))).toEqual({
      sheetId: 7,
      ownedSheetIds: [42],
      frozenRows: { before: 0, set: 1 },
      columns: { first: 6, last: 10 },
    });
    expect(planClear(read([]))).toBeNull();
  });

  test('from the summary sheet, it clears the sheet the summary belongs to', () => {
    expect(planClear(read([], { sheetId: 42, resultsOf: block }))).toMatchObject({ sheetId: 7, columns: { first: 6, last: 10 } });
  });

  test('a run that stopped before marking its columns: its summary sheet goes, nothing else is touched', () => {
    const pending: PendingRun = { sheetId: 7, blockId: 'x', frozenRowsBefore: 0, summarySheetId: 99, startedAt: '' };
    expect(planClear(read([], { pending }))).toEqual({ sheetId: 7, ownedSheetIds: [99], frozenRows: null, columns: null });
  });
});
