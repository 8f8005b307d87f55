import { CATALOGUES, problemText } from '../../src/i18n/text';
import { FIELDS, LANGUAGES, type Field, type Language, type ProblemCode } from '../../src/engine/types';

const problemMessage = (code: ProblemCode, field: Field, value: string, language: Language) =>
  problemText({ code, field, value }, language);
const fieldName = (field: Field, language: Language) => CATALOGUES[language].fields[field];

// Kept in step with ProblemCode by the type below: a missing or extra code does not compile.
const CODES_BY_NAME: Record<ProblemCode, true> = {
  unparseable_money: true,
  percent_not_money: true,
  sheet_error: true,
  unparseable_date: true,
  impossible_date: true,
  unparseable_number: true,
  first_after_as_of: true,
  last_before_first: true,
  last_after_as_of: true,
  orders_negative: true,
  orders_not_whole: true,
  zero_orders_with_revenue: true,
  lead_score_out_of_range: true,
  duplicate_customer: true,
  missing_value: true,
  unknown_time_zone: true,
  order_without_customer: true,
  no_purchase_in_log: true,
  refunds_exceed_purchases: true,
};
const CODES = Object.keys(CODES_BY_NAME) as ProblemCode[];

describe('problemMessage', () => {
  it('writes the example sentences', () => {
    expect(problemMessage('unparseable_money', 'revenue', 'about ten grand', 'en')).toBe(
      'Revenue "about ten grand" is not an amount of money.',
    );
    expect(problemMessage('unparseable_money', 'revenue', 'about ten grand', 'es')).toBe(
      'Ventas «about ten grand» no es un importe de dinero.',
    );
    expect(problemMessage('unparseable_money', 'revenue', 'about ten grand', 'zh')).toBe('销售额“about ten grand”不是金额。');
    expect(problemMessage('impossible_date', 'first_purchase', '31/31/2024', 'en')).toBe(
      'First purchase "31/31/2024" is not a real calendar date.',
    );
    expect(problemMessage('percent_not_money', 'profit', '12%', 'es')).toBe('Beneficio «12%» es un porcentaje, no un importe de dinero.');
    expect(problemMessage('sheet_error', 'revenue', '#N/A', 'zh')).toBe('销售额“#N/A”是表格错误值，请修正公式或其引用的数据。');
  });

  it.each(LANGUAGES.flatMap((language) => CODES.map((code) => [language, code] as const)))(
    '%s sentence for %s names the field and the value and ends like a sentence',
    (language, code) => {
      for (const field of FIELDS) {
        const sentence = problemMessage(code, field, 'X-VALUE-1', language);
        const name = fieldName(field, language);
        expect(sentence.toLowerCase()).toContain(name.toLowerCase());
        expect(sentence).toMatch(/^[A-ZÁÉÍÓÚÑ\u4e00-\u9fff]/u);
        expect(sentence).toMatch(/[.。]$/u);
        expect(sentence).not.toMatch(/[{}]/);
        // A blank cell has no value to quote.
        if (code !== 'missing_value' && code !== 'order_without_customer') expect(sentence).toContain('X-VALUE-1');
      }
    },
  );

  it('leaves out the quotes when the value is blank', () => {
    expect(problemMessage('missing_value', 'revenue', '', 'en')).toBe('Revenue is blank; this classification needs it.');
    expect(problemMessage('unparseable_date', 'last_purchase', '  ', 'es')).toBe('Última compra no es una fecha.');
    expect(problemMessage('unparseable_number', 'orders', '', 'zh')).toBe('订单数不是数字。');
  });

  it('shows the value as typed, even when it looks like a replacement pattern or HTML', () => {
    expect(problemMessage('unparseable_money', 'revenue', "$& $' $1", 'en')).toBe(`Revenue "$& $' $1" is not an amount of money.`);
    expect(problemMessage('duplicate_customer', 'customer', '<img src=x>', 'en')).toBe(
      'Customer "<img src=x>" appears more than once; each row is still classified.',
    );
  });

  it('keeps long or multi-line values to one short line', () => {
    const sentence = problemMessage('unparseable_money', 'revenue', `first line\r\nsecond ${'x'.repeat(200)}`, 'en');
    expect(sentence).not.toMatch(/[\r\n]/);
    expect(sentence).toContain('"first line second x');
    expect(sentence).toContain('…"');
    expect(sentence.length).toBeLessThan(120);
  });
});

describe('fieldName', () => {
  it('names every field in every language, each name distinct within a language', () => {
    for (const language of LANGUAGES) {
      const names = FIELDS.map((field) => fieldName(field, language));
      expect(new Set(names).size).toBe(FIELDS.length);
      for (const name of names) expect(name.length).toBeGreaterThan(0);
    }
    expect(fieldName('revenue', 'en')).toBe('revenue');
    expect(fieldName('revenue', 'es')).toBe('ventas');
    expect(fieldName('revenue', 'zh')).toBe('销售额');
  });
});
