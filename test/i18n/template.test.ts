import { factsRead, render } from '../../src/i18n/template';
import { textKit } from '../../src/i18n/text';

const en = textKit('en', 'en_US');
const es = textKit('es', 'es_ES');

describe('sentence templates', () => {
  it('fills in facts as text and through the language kit', () => {
    expect(render('{tier}: revenue {value, amount} ≥ {limit, amount}', { tier: 'A', value: 12500.5, limit: 1000 }, en)).toBe(
      'A: revenue 12,500.5 ≥ 1,000',
    );
    expect(render('{value, amount} · {share, percent} · {t, threshold}', { value: 12500.5, share: 0.412, t: 0.8 }, es)).toBe(
      '12.500,5 · 41,2% · 80%',
    );
    expect(render('{g, label}', { g: 'champions' }, en)).toBe('Champions');
    expect(render('{d, days} {d, round}', { d: 12.345 }, en)).toBe('12.3 12');
    // The decimal comma belongs to the sentence's language, not to the sheet's locale (the kit's formats follow that).
    expect(render('{d, comma} {w, comma}', { d: 1234.56, w: 3 }, en)).toBe('1234,6 3');
  });

  it('chooses a branch by the fact, with other when none matches', () => {
    const t = '{tier, select, C {<} other {≥}}';
    expect(render(t, { tier: 'C' }, en)).toBe('<');
    expect(render(t, { tier: 'A' }, en)).toBe('≥');
    expect(render('{s, select, NaN {} other {, score {s}}}', { s: Number.NaN }, en)).toBe('');
    expect(render('{s, select, NaN {} other {, score {s}}}', { s: 42 }, en)).toBe(', score 42');
    expect(render('{b, select, true {near} other {far}}', { b: true }, en)).toBe('near');
  });

  it('writes plurals: exact values first, then one, else other; # is the number', () => {
    const t = '{n, plural, =0 {none} one {# day} other {# days}}';
    expect(render(t, { n: 0 }, en)).toBe('none');
    expect(render(t, { n: 1 }, en)).toBe('1 day');
    expect(render(t, { n: 1.54 }, en)).toBe('1.5 days');
    expect(render('{n, plural, one {{n, count} customer} other {{n, count} customers}}', { n: 1237 }, en)).toBe('1,237 customers');
  });

  it('joins a list through an item template and a separator', () => {
    expect(render('says both {w, list, {"#"} { and }}', { w: ['buy', 'not now'] }, en)).toBe('says both "buy" and "not now"');
    expect(render('{o, list, {«#»} {, }}', { o: ['a'] }, en)).toBe('«a»');
  });

  it('lists the facts a template reads, nested ones too', () => {
    expect(factsRead('{a}: {b, select, x {{c, amount}} other {#}}').sort()).toEqual(['a', 'b', 'c']);
  });

  it('names the place where a template is broken', () => {
    expect(() => render('{a, select, x {y}}', { a: 'x' }, en)).toThrow(/without an "other" branch/);
    expect(() => render('{a, money}', { a: 1 }, en)).toThrow(/"money", which is not a format/);
    expect(() => render('a } b', {}, en)).toThrow(/character 3/);
    expect(() => render('{a, plural, one {x}', { a: 1 }, en)).toThrow(/Template/);
  });
});
