import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { compileIntentLexicon, createIntentReader, readIntent, readNormalisedNote, type IntentKey } from '../../src/engine/intent';
import { INTENT_LEXICON, type IntentLexicon } from '../../src/engine/intentLexicon';
import { normalizeText } from '../../src/engine/text';
import type { Language } from '../../src/engine/types';

interface LabelledPhrase {
  text: string;
  lang: Language;
  intent: IntentKey;
}

const FIXTURES = join(__dirname, '..', 'fixtures');
const PHRASES: LabelledPhrase[] = JSON.parse(readFileSync(join(FIXTURES, 'intent-phrases.json'), 'utf8'));

const intentOf = (text: string, score = NaN): IntentKey => readIntent(text, score).intent;

describe('labelled phrases', () => {
  it.each(['en', 'es', 'zh'] as const)('%s: at least 70 phrases, read with ≥ 95%% accuracy', (lang) => {
    const phrases = PHRASES.filter((p) => p.lang === lang);
    expect(phrases.length).toBeGreaterThanOrEqual(70);
    const misses = phrases.map((p) => ({ ...p, got: readIntent(p.text, NaN) })).filter((p) => p.got.intent !== p.intent);
    if (misses.length > 0) {
      console.log(
        `${lang}: ${misses.length}/${phrases.length} misses\n` +
          misses.map((m) => `  ${JSON.stringify(m.text)} expected ${m.intent}, got ${m.got.intent} (${m.got.cue})`).join('\n'),
      );
    }
    expect(1 - misses.length / phrases.length).toBeGreaterThanOrEqual(0.95);
  });

  it('covers every status written in the sample sheets', () => {
    const columns: [string, string][] = [
      ['customers-en.csv', 'Status'],
      ['clientes-es.csv', 'Estado'],
      ['kehu-zh.csv', '意向'],
      ['messy.csv', 'Status'],
    ];
    const labelled = new Set(PHRASES.map((p) => p.text));
    for (const [file, column] of columns) {
      const rows = Papa.parse<Record<string, string>>(readFileSync(join(FIXTURES, file), 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      const statuses = new Set(rows.map((row) => row[column]).filter((s) => s !== undefined));
      expect(statuses.size).toBeGreaterThan(3);
      for (const status of statuses) expect({ file, status, labelled: labelled.has(status) }).toEqual({ file, status, labelled: true });
    }
  });
});

describe('cues per language', () => {
  it.each<[string, IntentKey]>([
    ['ready to buy', 'ready'],
    ['hot lead', 'ready'],
    ['wants a quote', 'ready'],
    ['asked for pricing', 'ready'],
    ['send contract', 'ready'],
    ['listo para comprar', 'ready'],
    ['pidió presupuesto', 'ready'],
    ['准备购买', 'ready'],
    ['要报价', 'ready'],
    ['准备下单', 'ready'],
    ['comparing', 'considering'],
    ['evaluating', 'considering'],
    ['needs to ask boss', 'considering'],
    ['lo está pensando', 'considering'],
    ['dudando', 'considering'],
    ['在比较', 'considering'],
    ['犹豫', 'considering'],
    ['no budget', 'not_now'],
    ['sin presupuesto', 'not_now'],
    ['没有预算', 'not_now'],
    ['lost to competitor', 'not_interested'],
    ['went with Acme', 'not_interested'],
    ['chose another supplier', 'not_interested'],
    ['se fue con la competencia', 'not_interested'],
    ['已经选了别家', 'not_interested'],
    ['流失', 'not_interested'],
  ])('%j → %s', (text, intent) => {
    expect(readIntent(text, NaN)).toEqual({ intent, via: 'text', cue: expect.any(String) });
  });
});

describe('negation', () => {
  it.each<[string, IntentKey]>([
    ['interested', 'ready'],
    ['not interested', 'not_interested'],
    ['no longer interested', 'not_interested'],
    ['never interested', 'not_interested'],
    ["doesn't need it", 'not_interested'],
    ["don't want it", 'not_interested'],
    ['not really that interested', 'not_interested'],
    ['interesado', 'ready'],
    ['no interesado', 'not_interested'],
    ['ya no le interesa', 'not_interested'],
    ['ya no', 'not_interested'],
    ['sin interés', 'not_interested'],
    ['nunca compra', 'not_interested'],
    ['感兴趣', 'ready'],
    ['不感兴趣', 'not_interested'],
    ['没兴趣', 'not_interested'],
    ['不需要', 'not_interested'],
    ['无意向', 'not_interested'],
    ['不考虑', 'not_interested'],
    ['he said no', 'not_interested'],
  ])('%j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

  it.each<[string, IntentKey]>([
    ['not sure yet', 'considering'],
    ["hasn't decided", 'considering'],
    ['no está seguro', 'considering'],
    ['todavía no lo ha decidido', 'considering'],
    ['还没决定', 'considering'],
    ['不确定', 'considering'],
  ])('a negated certainty is doubt: %j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

  it.each<[string, IntentKey]>([
    ['No longer comparing — signed', 'ready'],
    ['ya no está comparando, firmó con nosotros', 'ready'],
    ['不比较了，已经签约', 'ready'],
  ])('a negated activity just ended: %j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

  it.each<[string, IntentKey]>([
    ['no problem with the price, ready to sign', 'ready'],
    ['sin problema con el precio, quiere firmar', 'ready'],
    ['价格没问题，准备下单', 'ready'],
    ['产品不错，想马上买', 'ready'],
    ['已经比较了别家，有意向', 'considering'],
  ])('words that only look negative do not negate: %j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

  it.each(['no answer', 'no contesta', '电话没人接', 'sin respuesta', '没有联系方式'])(
    'a negator with nothing to negate says nothing: %j',
    (text) => expect(readIntent(text, NaN)).toEqual({ intent: 'unknown', via: 'none', cue: null }),
  );

  it('reports the negator with the cue it negates', () => {
    expect(readIntent('Customer is NOT really interested.', NaN)).toEqual({
      intent: 'not_interested',
      via: 'text',
      cue: 'not really interested',
    });
    expect(readIntent('客户不需要', NaN).cue).toBe('不需要');
  });
});

describe('deferral', () => {
  it.each<[string, IntentKey]>([
    ['not now', 'not_now'],
    ['interested but not now', 'not_now'],
    ['interested, maybe later', 'not_now'],
    ['not yet', 'not_now'],
    ['call back in Q3', 'not_now'],
    ['follow up next year', 'not_now'],
    ['revisit after summer', 'not_now'],
    ['not interested right now', 'not_now'],
    ['más adelante', 'not_now'],
    ['el próximo año', 'not_now'],
    ['ahora no', 'not_now'],
    ['todavía no', 'not_now'],
    ['le interesa pero no ahora', 'not_now'],
    ['volver a llamar en septiembre', 'not_now'],
    ['以后再说', 'not_now'],
    ['暂时不', 'not_now'],
    ['暂时不需要', 'not_now'],
    ['下个月再联系', 'not_now'],
    ['明年', 'not_now'],
    ['年后再说', 'not_now'],
    ['过段时间', 'not_now'],
    ['有兴趣但暂时没预算', 'not_now'],
  ])('%j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

  it.each<[string, IntentKey]>([
    ['PO incoming next week', 'ready'],
    ['interested, call back tomorrow', 'ready'],
    ['已经谈好，下周签约', 'ready'],
    ['muy interesado, llamar el lunes', 'ready'],
  ])('a near date is not a deferral: %j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

  it('a lost deal outranks a deferral, a deferral outranks interest and refusal', () => {
    expect(intentOf('lost to competitor, revisit next year')).toBe('not_interested');
    expect(intentOf('hot lead but no budget')).toBe('not_now');
    expect(intentOf('不需要，明年再说')).toBe('not_now');
  });

  it('hesitation outranks interest', () => {
    expect(readIntent('Pidió precio, lo consulta con su socio', NaN)).toEqual({
      intent: 'considering',
      via: 'text',
      cue: 'lo consulta',
    });
    expect(intentOf('interested but needs to run it by his manager')).toBe('considering');
  });

  it('pairs do not reach across a clause break or too far', () => {
    expect(intentOf('wants a quote but not the contract')).toBe('ready');
    expect(intentOf('call back, we met them at the fair last summer')).toBe('unknown');
    expect(intentOf('waiting for one two three four five replies')).toBe('unknown');
  });
});

describe('case, accents, full-width characters and punctuation', () => {
  it.each([
    'ＩＮＴＥＲＥＳＴＥＤ',
    'INTERESTED',
    'Interested!!!',
    '¡¡INTERESADO!!',
    'interésado',
    'Interesado',
    '  interesada  ',
    '「有意向」',
  ])('%j is ready', (text) => expect(intentOf(text)).toBe('ready'));

  it.each(['ＮＯＴ ＩＮＴＥＲＥＳＴＥＤ', 'NO INTERESADO', 'No-Interesado', 'Ｎｏ ｉｎｔｅｒｅｓａｄｏ', '不感兴趣！'])(
    '%j is not interested',
    (text) => expect(intentOf(text)).toBe('not_interested'),
  );

  it('matches Latin cues on whole words only', () => {
    expect(intentOf('uninterested')).toBe('not_interested');
    expect(intentOf('hotel booking')).toBe('unknown');
    expect(intentOf('nothing yet')).toBe('unknown');
    expect(intentOf('lostrum')).toBe('unknown');
  });

  it('matches Chinese cues inside longer text', () => {
    expect(intentOf('客户说很感兴趣')).toBe('ready');
    expect(readIntent('客户说下个月再联系', NaN).cue).toBe('下个月');
  });
});

describe('blank, gibberish and the lead-score fallback', () => {
  it.each(['', '   ', '—', '???', '？？？', 'asdfgh', 'qwerty uiop', 'xx', '12345', '🙂', 'n/a', 'lorem ipsum'])(
    '%j with no score is unknown',
    (text) => expect(readIntent(text, NaN)).toEqual({ intent: 'unknown', via: 'none', cue: null }),
  );

  it.each<[number, IntentKey]>([
    [100, 'ready'],
    [70, 'ready'],
    [69, 'considering'],
    [69.99, 'considering'],
    [40, 'considering'],
    [39, 'not_now'],
    [39.99, 'not_now'],
    [0, 'not_now'],
  ])('score %d → %s', (score, intent) => {
    expect(readIntent('', score)).toEqual({ intent, via: 'score', cue: null });
    expect(readIntent('asdfgh', score)).toEqual({ intent, via: 'score', cue: null });
  });

  it('an absent score (NaN or infinite) leaves the intent unknown', () => {
    expect(readIntent('', NaN).via).toBe('none');
    expect(readIntent('', Infinity).via).toBe('none');
  });

  it('text that decides ignores the score', () => {
    expect(readIntent('not interested', 95)).toEqual({ intent: 'not_interested', via: 'text', cue: 'not interested' });
    expect(readIntent('hot lead', 5).intent).toBe('ready');
  });
});

describe('properties', () => {
  const notes = fc.constantFrom(...PHRASES.map((p) => p.text));
  const padding = fc.stringMatching(/^[ \t.,;:!?¡¿()"'\-—，。！？、…]{0,4}$/);
  const recase = (text: string, pattern: boolean[]) =>
    Array.from(text, (ch, i) => (pattern[i % pattern.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');

  it('changing case or adding surrounding punctuation and spaces never changes the answer', () => {
    fc.assert(
      fc.property(notes, padding, padding, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (note, before, after, pattern) => {
        const fresh = createIntentReader();
        expect(fresh(before + recase(note, pattern) + after, 55)).toEqual(fresh(note, 55));
      }),
    );
  });

  it('any text at all gets one of the five intents without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.double(), (text, score) => {
        const reading = readIntent(text, score);
        expect(['ready', 'considering', 'not_now', 'not_interested', 'unknown']).toContain(reading.intent);
        expect(reading.cue === null).toBe(reading.via !== 'text');
      }),
    );
  });

  it('the cue is always found in the normalised note', () => {
    for (const { text } of PHRASES) {
      const normalised = normalizeText(text);
      const reading = readNormalisedNote(normalised);
      if (reading) expect(normalised).toContain(reading.cue);
    }
  });
});

describe('lexicon and reader', () => {
  it('rejects a word listed with two different roles', () => {
    const base = INTENT_LEXICON.en;
    const broken: IntentLexicon = { ...base, later: [...base.later, 'interested'] };
    expect(() => compileIntentLexicon([broken])).toThrow(/interested.*two roles/);
    expect(() => compileIntentLexicon([INTENT_LEXICON.en, INTENT_LEXICON.es, INTENT_LEXICON.zh])).not.toThrow();
  });

  it('readers agree with readIntent and return shared readings for repeated notes', () => {
    const read = createIntentReader();
    expect(read('Interested', NaN)).toEqual(readIntent('Interested', NaN));
    expect(read('Interested', NaN)).toBe(read('Interested', NaN));
    expect(read(' INTERESTED! ', NaN)).toBe(read('Interested', NaN));
    expect(read('', 80)).toBe(read('???', 99));
  });
});
