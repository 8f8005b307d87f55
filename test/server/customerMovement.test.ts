// CUSTOMER_MOVEMENT through the built dist/Code.js in node:vm, as Sheets calls it: the from → to matrix of two label
// columns, its margins, and the conservation laws (each row sums to the earlier count, each column to the later).
import fc from 'fast-check';
import { FormulaSheet } from '../support/formulaHarness';

const col = (values: unknown[]) => values.map((v) => [v]);

describe('CUSTOMER_MOVEMENT', () => {
  const sheet = new FormulaSheet();

  test('counts who went where, with new and gone, our groups in their order', () => {
    const before = col(['Tier', 'A', 'A', 'B', 'C', 'C', '', 'B']);
    const after = col(['Tier', 'B', 'A', 'B', 'A', '', 'C', 'B']);
    expect(sheet.call('CUSTOMER_MOVEMENT', before, after)).toEqual([
      ['From \\ to', 'A', 'B', 'C', 'Gone', 'Total'],
      ['A', 1, 1, 0, 0, 2],
      ['B', 0, 2, 0, 0, 2],
      ['C', 1, 0, 0, 1, 2],
      ['New', 0, 0, 1, '', 1],
      ['Total', 2, 3, 1, 1, 7],
    ]);
  });

  test('unchanged labels give a diagonal; other labels keep the order they first appear in', () => {
    const labels = col(['Gold', 'Silver', 'Gold', 'Bronze']);
    expect(sheet.call('CUSTOMER_MOVEMENT', labels, labels)).toEqual([
      ['From \\ to', 'Gold', 'Silver', 'Bronze', 'Gone', 'Total'],
      ['Gold', 2, 0, 0, 0, 2],
      ['Silver', 0, 1, 0, 0, 1],
      ['Bronze', 0, 0, 1, 0, 1],
      ['New', 0, 0, 0, '', 0],
      ['Total', 2, 1, 1, 0, 4],
    ]);
  });

  test('in a Spanish spreadsheet its words are Spanish, and Spanish labels sort as our groups', () => {
    const es = new FormulaSheet({ locale: 'es_ES' });
    const answer = es.call('CUSTOMER_MOVEMENT', col(['Fiel', 'Inactivo']), col(['Inactivo', 'Inactivo']));
    expect(answer[0]).toEqual(['De \\ a', 'Inactivo', 'Ya no están', 'Total']);
    expect(answer.map((r) => r[0])).toEqual(['De \\ a', 'Fiel', 'Inactivo', 'Nuevos', 'Total']);
  });

  test('columns of different heights are refused with a message naming both', () => {
    expect(() => sheet.call('CUSTOMER_MOVEMENT', col(['A', 'B']), col(['A']))).toThrow(
      /previous_labels.*current_labels|current_labels.*previous_labels/,
    );
  });

  test('conservation: rows sum to the earlier count minus the gone, columns to the later minus the new', () => {
    const label = fc.constantFrom('', 'A', 'B', 'C', 'Loyal', 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(label, label), { minLength: 1, maxLength: 30 }), (pairs) => {
        const answer = sheet.call('CUSTOMER_MOVEMENT', col(pairs.map((p) => p[0])), col(pairs.map((p) => p[1])));
        const header = answer[0] as string[];
        const body = answer.slice(1, -2);
        const to = header.slice(1, -2);
        for (const row of body) {
          const label = row[0] as string;
          const cells = (row.slice(1, -2) as number[]).reduce((s, n) => s + n, 0);
          const gone = row[row.length - 2] as number;
          expect(cells).toBe(pairs.filter((p) => p[0] === label).length - gone);
          expect(row[row.length - 1]).toBe(pairs.filter((p) => p[0] === label).length);
        }
        const added = answer[answer.length - 2];
        to.forEach((label, j) => {
          const column = body.reduce((s, row) => s + (row[j + 1] as number), 0);
          expect(column).toBe(pairs.filter((p) => p[1] === label).length - (added[j + 1] as number));
        });
      }),
      { numRuns: 60 },
    );
  });
});
