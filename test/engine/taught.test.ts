// Taught phrases (DOMAIN.md §5 plus the user's own): what a taught phrase matches, and that it wins over the reader.
import { createIntentReader, readIntent } from '../../src/engine/intent';
import { teachingKey, withTaught } from '../../src/engine/taught';

describe('teachingKey', () => {
  test.each([
    ['call back 5/30', 'Call back 6/12!'],
    ['quote for 200 units', 'QUOTE for 50 units.'],
    ['Ａｂｏｎｏ ｐｅｎｄｉｅｎｔｅ', 'abono  pendiente'],
    ['Revisión en marzo 2027', 'revision en marzo 2028'],
    ['等3月再说', '等 4 月再说'],
  ])('%s matches %s', (a, b) => expect(teachingKey(a)).toBe(teachingKey(b)));

  test.each([
    ['call back Tuesday', 'call back Friday'],
    ['quote for 200 units', 'quote for 200 boxes'],
    ['no', 'not now'],
  ])('%s does not match %s', (a, b) => expect(teachingKey(a)).not.toBe(teachingKey(b)));
});

describe('withTaught', () => {
  const taught = new Map([[teachingKey('Interested'), 'not_now' as const]]);
  test('a taught phrase wins over the reader, and says it was taught', () => {
    expect(readIntent('Interested', Number.NaN).intent).toBe('ready');
    const read = withTaught(createIntentReader(), taught);
    expect(read('  interested!! ', Number.NaN)).toEqual({ intent: 'not_now', via: 'taught', cue: 'interested' });
  });
  test('other notes, blank notes and lead scores are read as before', () => {
    const read = withTaught(createIntentReader(), taught);
    expect(read('Not interested', Number.NaN).intent).toBe('not_interested');
    expect(read('', 80)).toMatchObject({ intent: 'ready', via: 'score' });
  });
  test('no phrases: the reader itself', () => {
    const reader = createIntentReader();
    expect(withTaught(reader, new Map())).toBe(reader);
  });
});
