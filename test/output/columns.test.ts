// The output builder: the columns and cells every writer uses (single formulas, CUSTOMER_SEGMENTS, Apply).
import { classifyCustomers, DEFAULT_SETTINGS, readCustomerTable, type Cell, type ColumnMap, type Settings } from '../../src/engine';
import { blockRows, columnFormat, groupCell, headerOf, outputColumns, rowCells, type OutputColumn } from '../../src/output/columns';

const AS_OF = Date.UTC(2026, 10, 1) / 86_400_000;
const COLUMNS: ColumnMap = { customer: 0, first_purchase: 1, last_purchase: 2, orders: 3, revenue: 4, profit: 5, status: 6 };
const ROWS: Cell[][] = [
  ['Ada', '2024-01-10', '2026-10-30', 12, 9000, 2000, 'Interested'],
  ['Bo', '2026-06-01', '2026-06-01', 1, 'about ten grand', 10, ''],
  ['', '', '', '', '', '', ''],
  ['Cy', '', '', 0, 0, 0, 'not now'],
  ['Di', '2023-02-02', '2024-02-02', 3, 300, -50, 'lost to a rival'],
];

function classified(settings: Partial<Settings> = {}) {
  const table = readCustomerTable(ROWS, COLUMNS, { hints: { locale: 'en_US', timeZone: 'UTC' }, asOf: AS_OF, firstRowNumber: 2 });
  return classifyCustomers(table, { ...DEFAULT_SETTINGS, ...settings }, AS_OF);
}

const kinds = (columns: readonly OutputColumn[]) =>
  columns.map((c) =>
    c.kind === 'nextStep'
      ? 'nextStep'
      : c.kind === 'history'
        ? c.value
        : c.kind === 'reason'
          ? `${c.classification}:why`
          : `${c.classification}:${c.value}`,
  );

describe('outputColumns', () => {
  test('each classification writes its value columns, in its own order, then its reason where reasons are written', () => {
    expect(kinds(outputColumns(['tier', 'rfm', 'nextContact'], { reasons: false, nextStep: true }))).toEqual([
      'tier:group',
      'rfm:score',
      'rfm:group',
      'nextContact:date',
      'nextContact:group',
      'nextStep',
    ]);
    expect(kinds(outputColumns(['rfm'], { reasons: true, nextStep: false }))).toEqual(['rfm:score', 'rfm:group', 'rfm:why']);
  });

  test('headers in each language; the date column alone is formatted as a date, everything else as plain text', () => {
    const columns = outputColumns(['tier', 'nextContact'], { reasons: true, nextStep: true });
    expect(columns.map((c) => headerOf(c, 'en'))).toEqual([
      'Tier',
      'Tier: why',
      'Next contact',
      'Next touch',
      'Next touch: why',
      'Next step',
    ]);
    expect(columns.map((c) => headerOf(c, 'es'))[1]).toBe('Nivel: motivo');
    expect(columns.map((c) => headerOf(c, 'zh'))[4]).toBe('联系方式原因');
    // The date column shows the spreadsheet locale's short date, as a date a formula returns does.
    expect(columns.map((c) => columnFormat(c, 'en_US'))).toEqual(['@', '@', 'm/d/yyyy', '@', '@', '@']);
    expect(columnFormat(columns[2], 'es_ES')).toBe('d/m/yyyy');
    expect(columnFormat(columns[2], 'zh_CN')).toBe('yyyy/m/d');
  });
});

describe('rowCells', () => {
  const c = classified();
  const columns = outputColumns(c.computed, { reasons: true, nextStep: true });
  const cellsOf = (row: number) =>
    Object.fromEntries(kinds(columns).map((k, i) => [k, rowCells(c, row, columns, { language: 'en', timeZone: 'UTC' })[i]]));

  test('a clean row: labels, reasons, a score, a due date at midnight in the zone, and the next step', () => {
    const ada = cellsOf(0);
    expect(ada['tier:group']).toBe('A');
    expect(ada['tier:why']).toMatch(/^A: customers ranked above hold/);
    expect(ada['rfm:score']).toMatch(/^[1-5]{3}$/);
    expect(ada['nextContact:date']).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(ada['nextContact:group']).toBe('Thank-you message');
    expect(ada.nextStep).toMatch(/Why: the note says they are ready to buy\.$/); // Interested: close
  });

  test('a problem shows in the classifications that read the bad field only: no reason, score or date beside it', () => {
    const bo = cellsOf(1);
    expect(bo['tier:group']).toBe('⚠ Revenue "about ten grand" is not an amount of money.');
    expect(bo['tier:why']).toBe('');
    expect(bo['rfm:score']).toBe('');
    expect(bo['profit:group']).not.toMatch(/^⚠/);
    expect(bo['lifecycle:group']).toBe('One-time');
    expect(bo.nextStep).toMatch(/^Fix the data: Revenue/);
  });

  test('not applicable shows — with its reason; a blank row stays blank', () => {
    const cy = cellsOf(3);
    expect([cy['rfm:group'], cy['rfm:why'], cy['rfm:score']]).toEqual(['—', '—: no purchase, no RFM', '—']);
    expect([cy['nextContact:group'], cy['nextContact:date']]).toEqual(['—', '']);
    const rows = blockRows(c, Int32Array.of(0, -1), columns, { language: 'en', timeZone: 'UTC' });
    expect(rows[1]).toEqual(new Array(columns.length).fill(''));
  });

  test('the group cell alone, in the output language', () => {
    expect(groupCell(c, 'profit', 4, 'es')).toBe('Lastre');
    expect(groupCell(c, 'tier', 1, 'zh')).toBe('⚠ 销售额“about ten grand”不是金额。');
    expect(groupCell(classified({ classifications: ['tier'] }), 'rfm', 0, 'en')).toBe('');
  });
});
