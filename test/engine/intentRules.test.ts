// One small deterministic test per way notes are written (DOMAIN.md §5), with examples written for these rules.
import { intent as intentDescriptor } from '../../src/engine/classifications/intent';
import type { Classified } from '../../src/engine/classifyCustomers';
import { createIntentReader, type IntentKey, normalizeNote, readIntent } from '../../src/engine/intent';
import { reasonText } from '../../src/i18n/text';

const cases = (rows: [string, IntentKey][]) => rows;
const intentOf = (text: string): IntentKey => readIntent(text, NaN).intent;

describe('deferral expressed through time beats the interest it defers', () => {
  it.each(
    cases([
      ['holding off until after the trade show in Sept', 'not_now'],
      ['said call back after Labor Day', 'not_now'],
      ['circle back EOQ', 'not_now'],
      ['no go for this FY, try again next FY', 'not_now'],
      ['interested but not till Q2', 'not_now'],
      ['maybe in spring', 'not_now'],
      ['revisit after the audit', 'not_now'],
      ['wants to revisit once their new ERP is live', 'not_now'],
      ['keen, but wants to wait for the new model', 'not_now'],
      ['waiting on the v4 release before buying', 'not_now'],
      ['snoozed until 11/3', 'not_now'],
      ['hasta que salga el modelo nuevo', 'not_now'],
      ['lo vemos despues de navidad', 'not_now'],
      ['le interesa pero hasta enero', 'not_now'],
      ['tal vez en primavera', 'not_now'],
      ['等国庆后再说', 'not_now'],
      ['等新版本上线再考虑', 'not_now'],
      ['很感兴趣，但要等到明年3月', 'not_now'],
      ['5月份再跟进吧', 'not_now'],
    ]),
  )('%j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

  it.each(
    cases([
      ['call back Weds am', 'unknown'],
      ['met at the expo in March', 'unknown'],
      ['auto-reply: out of office until 5/2', 'unknown'],
      ['asked us to call back later today', 'unknown'],
      ['lo conocí en la feria de marzo', 'unknown'],
      ['明天上午再联系', 'unknown'],
      ['still evaluating, decision next month', 'considering'],
    ]),
  )('a date that defers nothing: %j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));
});

describe('contrast: the later clause decides', () => {
  it.each(
    cases([
      ['liked it but bought from Uline instead', 'not_interested'],
      ['interested, but wants to see pricing from others first', 'considering'],
      ['not a no, just not right now', 'not_now'],
      ['me gusto pero ya compraron con otro proveedor', 'not_interested'],
      ['no es un no rotundo, es un todavia no', 'not_now'],
      ['喜欢我们的产品，但已经跟别家签了', 'not_interested'],
      ['不是不买，是现在不买', 'not_now'],
    ]),
  )('%j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));
});

describe('double negation is read for its meaning', () => {
  it.each(
    cases([
      ["can't say they're not interested, still comparing", 'considering'],
      ["not that he isn't interested - he asked for the MSA", 'ready'],
      ["it's not that they don't like it, they have no budget until July", 'not_now'],
      ['no es que no quiera, es que no tiene presupuesto', 'not_now'],
      ['no dijo que no, lo esta pensando', 'considering'],
      ['不是没兴趣，他要合同了', 'ready'],
      ['不是不想合作，是预算要等下半年', 'not_now'],
    ]),
  )('%j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));
});

describe('a change over time: the present state decides', () => {
  it.each(
    cases([
      ['was cold, now asking for a quote', 'ready'],
      ["was interested, now says they're going with Zoho", 'not_interested'],
      ['was about to sign, now paused till Q3', 'not_now'],
      ['was keen last month, now wants to compare first', 'considering'],
      ['estuvo congelado, ahora quiere cerrar', 'ready'],
      ['antes le interesaba, ahora dice que ya no', 'not_interested'],
      ['之前暂缓，现在要下单', 'ready'],
      ['原来准备下单，现在说先等等', 'not_now'],
    ]),
  )('%j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));
});

describe('evidence of buying', () => {
  it.each(
    cases([
      ['asked about payment terms and delivery', 'ready'],
      ['wants a pro forma invoice to pay', 'ready'],
      ['asked if we can do net 60', 'ready'],
      ['asked which address to send the PO to', 'ready'],
      ['reordered 20 more cases', 'ready'],
      ['pilot going well, wants to roll out to all stores', 'ready'],
      ['pregunto si aceptamos tarjeta', 'ready'],
      ['volvio a pedir 10 cajas', 'ready'],
      ['问能不能开专票', 'ready'],
      ['试用效果很好，要全公司推广', 'ready'],
    ]),
  )('%j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

  it.each(
    cases([
      ['asked for references', 'considering'],
      ['wants to test a sample first', 'considering'],
      ['sent price list', 'unknown'],
      ['发了产品目录', 'unknown'],
    ]),
  )('information or our own sending is no purchase: %j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));
});

describe('loss', () => {
  it.each(
    cases([
      ['they built it in-house', 'not_interested'],
      ['company closed its doors', 'not_interested'],
      ['DNC per owner', 'not_interested'],
      ['decided to stay with their current vendor', 'not_interested'],
      ['too pricey and passed', 'not_interested'],
      ['ya lo desarrollaron internamente', 'not_interested'],
      ['cerraron el negocio', 'not_interested'],
      ['公司被收购了，项目取消', 'not_interested'],
      ['要求退订短信', 'not_interested'],
    ]),
  )('%j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));
});

describe('CRM stage picklists', () => {
  it.each(
    cases([
      ['Opp stage = Closed Lost (price)', 'not_interested'],
      ['SFDC stage Negotiation / Review', 'ready'],
      ['stage - qualification', 'considering'],
      ['HubSpot deal stage: contract sent', 'ready'],
      ['etapa actual: propuesta / presupuesto', 'ready'],
      ['pronostico: compromiso', 'ready'],
      ['当前阶段：谈判审核', 'ready'],
      ['商机阶段-需求分析', 'considering'],
    ]),
  )('%j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));
});

describe('abbreviations, missing accents, slang, emoji, full-width punctuation, mixed languages', () => {
  it.each(
    cases([
      ["int'd, pls send pricng", 'ready'],
      ['thx, will think abt it', 'considering'],
      ['f/u nxt yr', 'not_now'],
      ['intersado x el plan anual', 'ready'],
      ['ahorita anda sin lana, en enero', 'not_now'],
      ['nel pastel', 'not_interested'],
      ['orale, va, mandame el contrato', 'ready'],
      ['🔥🔥 wants to buy', 'ready'],
      ['⏸️ until Q3', 'not_now'],
      ['👎 没兴趣', 'not_interested'],
      ['很感兴趣，发个quote', 'ready'],
      ['ＮＯ ＩＮＴＥＲＥＳＡＤＯ，ＧＲＡＣＩＡＳ', 'not_interested'],
    ]),
  )('%j → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

  it('keeps clause breaks and kept symbols, drops the rest of the punctuation', () => {
    expect(normalizeNote('Was on hold (since Jan.) — now: wants to sign!! 🔥')).toBe('was on hold since jan,now wants to sign,🔥');
    expect(normalizeNote('不是不想买，是还没定')).toBe('不是不想买,是还没定');
    expect(normalizeNote('Stage: Id. Decision Makers; 1,000 units')).toBe('stage id decision makers,1 000 units');
  });
});

describe('cues that disagree with no rule to settle them', () => {
  it('read Unknown and name the words that disagree', () => {
    const reading = readIntent('wants a quote, went with Acme?', NaN);
    expect(reading.intent).toBe('not_interested'); // a loss is a fact: it settles it
    const conflict = readIntent('said no thanks, wants a quote', 80);
    expect(conflict).toEqual({
      intent: 'unknown',
      via: 'text',
      cue: 'no thanks,wants a quote',
      conflict: ['no thanks', 'wants a quote'],
    });
  });

  it('a rule that settles them gives no conflict', () => {
    expect(readIntent('said no thanks, but now wants a quote', NaN).conflict).toBeUndefined();
    expect(readIntent('interested, not interested', NaN).intent).toBe('unknown');
  });

  it('the row reason names the conflicting words', () => {
    const read = createIntentReader();
    const context = { table: { status: ['said no thanks, wants a quote'], leadScore: [NaN] }, readIntent: read } as unknown as Classified;
    const reason = intentDescriptor.reason(context, 0);
    expect(reason).toEqual({ code: 'intent_conflict', intent: 'unknown', words: ['no thanks', 'wants a quote'] });
    expect(reasonText(reason, 'en')).toContain('"no thanks" and "wants a quote"');
  });
});
