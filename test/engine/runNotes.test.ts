// What a run did not use is said: RFM scores no customer got, the own-cycle rule skipped, rows after as_of.
import { DEFAULT_SETTINGS, segmentValues, type Cell } from '../../src/engine';
import { dayNumberOfYmd } from '../../src/engine/parse/dates';
import { runNoteText } from '../../src/i18n/text';

const AS_OF = dayNumberOfYmd(2026, 11, 1);
const run = (values: Cell[][]) => {
  const r = segmentValues(values, { settings: { ...DEFAULT_SETTINGS }, asOf: AS_OF, hints: { locale: 'en_US', timeZone: 'UTC' } });
  if (!r.ok) throw new Error(r.reason);
  return r;
};

test('half the customers bought once (as on CDNOW): the F scores nobody got are named', () => {
  const values: Cell[][] = [['Customer', 'Last order', 'Orders', 'Revenue']];
  for (let i = 0; i < 40; i++) values.push([`C${i}`, `2026-0${1 + (i % 9)}-10`, i < 20 ? 1 : 2 + (i % 5), 10 + i]);
  const notes = run(values).notes;
  const rfm = notes.find((n) => n.code === 'rfm_unused');
  expect(rfm).toBeDefined();
  expect(rfm && rfm.code === 'rfm_unused' && rfm.scores.f).toEqual(expect.arrayContaining([2]));
  expect(runNoteText(rfm!, 'en')).toMatch(/^RFM scores no customer got: .*F2/);
  // Without a first purchase column, the own-cycle lapse rule could not be tried: said once for the run.
  expect(notes.map((n) => n.code)).toContain('cycle_skipped');
});

test('a table with every date and varied values has nothing to say', () => {
  const values: Cell[][] = [['Customer', 'First order', 'Last order', 'Orders', 'Revenue']];
  for (let i = 0; i < 50; i++)
    values.push([`C${i}`, '2024-01-01', `2026-${String(1 + (i % 10)).padStart(2, '0')}-${10 + (i % 15)}`, 1 + i, 100 + i * 37]);
  expect(run(values).notes).toEqual([]);
});

test('an order log says how many rows it left out for being after the analysis date', () => {
  const notes = run([
    ['Date', 'Customer', 'Amount'],
    ['2026-10-01', 'Ada', 10],
    ['2026-12-24', 'Ada', 10],
  ]).notes;
  expect(notes).toContainEqual({ code: 'rows_after_as_of', rows: 1 });
  expect(runNoteText({ code: 'rows_after_as_of', rows: 1 }, 'es')).toBe('1 fila con fecha posterior a la fecha del análisis, excluida.');
});
