// Teaching intent, through the built dist/Code.js against the Apps Script fakes: the sidebar lists the notes the
// reader could not read, most frequent first; a taught phrase is kept in the document's properties, decides those
// notes in the preview, on Apply and in a formula (which runs without authorization: properties are read-only there),
// matches the same note with other numbers, and can be undone. Bad requests get a sentence and change nothing.
import type { SpreadsheetModel } from '../../../emulator';
import type { ApplyResult, Failure, PreviewResult, TeachResult } from '../../../src/shared/contract';
import { csvRows, execution, sheetFromRows } from '../../support/sidebarHarness';

const RUN = { columns: {}, settings: {}, asOf: '2026-11-01' };
type Result<T> = T | Failure;

function ok<T>(result: Result<T>): T {
  if (!(result as { ok: boolean }).ok) throw new Error(`expected success, got: ${(result as Failure).message}`);
  return result as T;
}
const call = <T>(model: SpreadsheetModel, name: string, ...args: unknown[]): Result<T> => execution(model).call<Result<T>>(name, ...args);
const spanish = <T>(model: SpreadsheetModel, name: string, ...args: unknown[]): Result<T> =>
  execution(model, { userLocale: 'es' }).call<Result<T>>(name, ...args);

// Notes no reader knows: made-up words, so the test does not depend on the lexicon.
const ODD = ['zorblax pending 5/30', 'Zorblax pending 6/12!', 'ZORBLAX  pending 7/1', 'quibble wibble', 'quibble wibble'];

/** customers-en.csv with the first rows' notes replaced by the odd ones. */
function sheet(): SpreadsheetModel {
  const rows = csvRows('customers-en.csv');
  const status = rows[0].indexOf('Status');
  ODD.forEach((note, i) => (rows[i + 1][status] = note));
  return sheetFromRows(rows);
}

const intentCounts = (p: PreviewResult) =>
  Object.fromEntries(p.classifications.find((c) => c.classification === 'intent')!.groups.map((g) => [g.group, g.customers]));

describe('teaching a note its intent', () => {
  test('the unread notes are listed most frequent first; notes that differ only in numbers are one line', () => {
    const teaching = ok(call<PreviewResult>(sheet(), 'sidebarPreview', RUN)).teaching!;
    const texts = teaching.unread.map((l) => [l.text, l.rows]);
    expect(texts.slice(0, 2)).toEqual([
      ['zorblax pending 5/30', 3],
      ['quibble wibble', 2],
    ]);
    expect(teaching.unread.every((l) => l.intent === 'unknown' || l.via === 'score')).toBe(true);
    // The read notes are there to check, most frequent first too.
    expect(teaching.read.length).toBeGreaterThan(0);
    expect(teaching.read.every((l, i) => i === 0 || teaching.read[i - 1].rows >= l.rows)).toBe(true);
    expect([teaching.taught, teaching.taughtRows]).toEqual([[], 0]);
  });

  test('a taught phrase is kept with the document and decides its notes in the preview, on Apply and in a formula', () => {
    const model = sheet();
    const before = intentCounts(ok(call<PreviewResult>(model, 'sidebarPreview', RUN)));
    const taught = ok(call<TeachResult>(model, 'sidebarTeach', { note: 'Zorblax pending 6/12!', intent: 'ready' }));
    expect(taught.message).toBe('Taught: "Zorblax pending 6/12!" is Ready to buy, here and in every formula of this spreadsheet.');
    expect([...model.documentProperties.entries.keys()]).toContain('taught:zorblax pending # #');

    const after = ok(call<PreviewResult>(model, 'sidebarPreview', RUN));
    // The three zorblax rows (other dates, capitals, spacing, punctuation) moved to Ready to buy.
    expect(intentCounts(after).ready).toBe(before.ready + 3);
    expect(after.teaching!.taughtRows).toBe(3);
    expect(after.teaching!.taught).toEqual([{ text: 'Zorblax pending 6/12!', intent: 'ready', on: expect.any(String), rows: 3 }]);
    expect(after.teaching!.unread.map((l) => l.text)).not.toContain('zorblax pending 5/30');

    ok(call<ApplyResult>(model, 'sidebarApply', RUN));
    const s = model.sheets[0];
    const header = Array.from({ length: s.lastColumn() }, (_, c) => s.values.get(0, c));
    const intentColumn = header.indexOf('Intent');
    const reasonColumn = header.indexOf('Intent: why');
    expect([1, 2, 3].map((r) => s.values.get(r, intentColumn))).toEqual(['Ready to buy', 'Ready to buy', 'Ready to buy']);
    expect(s.values.get(1, reasonColumn)).toBe('Ready to buy: you taught this note');
    expect(s.values.get(4, intentColumn)).not.toBe('Ready to buy');

    // A formula runs without authorization: it may read the document's properties, not write them.
    const formula = execution(model, { authMode: 'CUSTOM_FUNCTION' });
    const answer = formula.call<unknown[][]>('CUSTOMER_INTENT', [['Status'], ['zorblax pending 12/24'], ['quibble wibble']]);
    expect(answer.map((r) => r[0])).toEqual(['Intent', 'Ready to buy', 'Unknown']);
  });

  test('undo forgets the phrase: the notes are read by the add-on again', () => {
    const model = sheet();
    ok(call<TeachResult>(model, 'sidebarTeach', { note: 'quibble wibble', intent: 'not_now' }));
    expect(intentCounts(ok(call<PreviewResult>(model, 'sidebarPreview', RUN))).not_now).toBeGreaterThan(0);
    const undone = ok(call<TeachResult>(model, 'sidebarTeach', { note: 'quibble wibble', intent: null }));
    expect(undone.message).toBe('Forgotten: "quibble wibble" is read by the add-on again.');
    const after = ok(call<PreviewResult>(model, 'sidebarPreview', RUN)).teaching!;
    expect([after.taught, after.taughtRows]).toEqual([[], 0]);
    expect(after.unread.map((l) => l.text)).toContain('quibble wibble');
  });

  test('teaching again changes the meaning; the list keeps one line per phrase', () => {
    const model = sheet();
    ok(call<TeachResult>(model, 'sidebarTeach', { note: 'quibble wibble', intent: 'not_now' }));
    ok(call<TeachResult>(model, 'sidebarTeach', { note: 'Quibble, wibble.', intent: 'considering' }));
    const teaching = ok(call<PreviewResult>(model, 'sidebarPreview', RUN)).teaching!;
    expect(teaching.taught.map((t) => [t.intent, t.rows])).toEqual([['considering', 2]]);
  });

  test('in the user’s language', () => {
    const model = sheet();
    const taught = ok(spanish<TeachResult>(model, 'sidebarTeach', { note: 'quibble wibble', intent: 'not_interested' }));
    expect(taught.message).toBe('Aprendido: «quibble wibble» es No interesado, aquí y en todas las fórmulas de esta hoja de cálculo.');
  });

  test('bad requests get a sentence and store nothing', () => {
    const model = sheet();
    const refused = (request: unknown) => {
      const result = call<TeachResult>(model, 'sidebarTeach', request);
      expect(result.ok).toBe(false);
      return (result as Failure).message;
    };
    expect(refused({ note: ' ?! ', intent: 'ready' })).toBe('That note has no words to teach.');
    expect(refused({ note: 'x'.repeat(201), intent: 'ready' })).toBe(
      'That note is too long to teach: a taught phrase has at most 200 characters.',
    );
    expect(refused({ note: 'quibble', intent: 'maybe' })).toBe('That note has no words to teach.');
    expect(refused(null)).toBe('That note has no words to teach.');
    expect([...model.documentProperties.entries.keys()].filter((k) => k.startsWith('taught:'))).toEqual([]);
  });

  test('past 1,000 phrases the store says so; re-teaching a kept phrase still works', () => {
    const model = sheet();
    // Keys as teachingKey makes them: words, no digits.
    const word = (i: number) => String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26));
    for (let i = 0; i < 1000; i++)
      model.documentProperties.set(`taught:phrase ${word(i)}`, JSON.stringify({ i: 'ready', t: `phrase ${word(i)}`, on: '2026-01-01' }));
    const full = call<TeachResult>(model, 'sidebarTeach', { note: 'quibble wibble', intent: 'ready' });
    expect((full as Failure).message).toBe('This spreadsheet already has 1000 taught phrases, the most it keeps: undo some first.');
    expect(call<TeachResult>(model, 'sidebarTeach', { note: 'Phrase HA', intent: 'not_now' }).ok).toBe(true);
  });

  test('a stored phrase that cannot be read is skipped, never fatal', () => {
    const model = sheet();
    model.documentProperties.set('taught:quibble wibble', '{not json');
    model.documentProperties.set('taught:zorblax pending # #', JSON.stringify({ i: 'maybe' }));
    const teaching = ok(call<PreviewResult>(model, 'sidebarPreview', RUN)).teaching!;
    expect(teaching.taught).toEqual([]);
  });

  test('a sheet without a notes column has nothing to teach', () => {
    const rows = csvRows('customers-en.csv').map((r) => r.slice(0, 6));
    expect(ok(call<PreviewResult>(sheetFromRows(rows), 'sidebarPreview', RUN)).teaching).toBeNull();
  });
});
