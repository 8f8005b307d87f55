// Sentences as data. A catalogue's sentences are templates in a small subset of ICU MessageFormat
// (https://unicode-org.github.io/icu/userguide/format_parse/messages/), so that they are words the build can pack
// (src/build/packData.mjs) rather than code each language repeats: every custom-function call loads dist/Code.js whole.
//
//   {name}                                  the fact as text
//   {name, amount}  count  percent  threshold  date  label
//                                           the fact through the language's kit (numbers and dates as the sheet's
//                                           locale writes them; a group key as its label)
//   {name, days}                            a number rounded to one decimal: 12.5
//   {name, comma}                           the same with a decimal comma, as Spanish sentences write it whatever
//                                           the sheet's locale: 12,5
//   {name, round}                           a number rounded to a whole number
//   {name, select, key {…} other {…}}       the branch whose key is the fact as text (true, false, null, NaN…),
//                                           else `other`
//   {name, plural, =0 {…} one {…} other {…}}
//                                           `=N` when the fact is N, `one` when it is 1, else `other`; inside, `#` is
//                                           the number as `days` writes it
//   {name, list, {item} {separator}}        each element through `item` (where `#` is the element), joined
//
// Facts are a reason's or an error's own fields, or the named values a caller passes. Whitespace inside `{…}` around
// the parts is ignored; text in branches is kept as written. There is no quoting: `{`, `}` and, in a branch, `#` are
// always syntax (no sentence needs them as text).
import type { TextKit } from './catalogue';

export type Facts = Readonly<Record<string, unknown>>;
type Part = (facts: Facts, kit: TextKit, hash: string) => string;

const KIT_FORMATS = ['amount', 'count', 'percent', 'threshold', 'date', 'label'];

const oneDecimal = (value: unknown) => String(Math.round(Number(value) * 10) / 10);

/** Formats that need no kit. */
const PLAIN_FORMATS: Record<string, (value: unknown) => string> = {
  days: oneDecimal,
  comma: (value) => oneDecimal(value).replace('.', ','),
  round: (value) => String(Math.round(Number(value))),
};

const compiled = new Map<string, Part>();

/** The template filled in with the facts. A template that does not parse throws, naming where. */
export function render(template: string, facts: Facts, kit: TextKit): string {
  let part = compiled.get(template);
  if (!part) {
    part = parse(template);
    compiled.set(template, part);
  }
  return part(facts, kit, '');
}

/** The names of the facts a template reads, for checking a catalogue against the facts it is given. */
export function factsRead(template: string): string[] {
  const names = new Set<string>();
  parse(template, names);
  return [...names];
}

/** The template as one function of the facts (a recursive-descent parser; closures keep the bundle small). */
function parse(text: string, names?: Set<string>): Part {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`Template "${text}": expected ${what} at character ${at + 1}.`);
  };
  const space = () => {
    while (at < text.length && /\s/.test(text[at])) at++;
  };
  const eat = (ch: string) => text[at] === ch && ++at > 0;
  const expect = (ch: string) => eat(ch) || fail(`"${ch}"`);
  const word = (): string => {
    space();
    const match = /^[=\w.-]+/.exec(text.slice(at)) ?? fail('a name');
    at += match[0].length;
    return match[0];
  };
  const branch = (): Part => {
    expect('{');
    const part = message(true);
    at++; // }
    return part;
  };

  /** Text and arguments up to the end, or up to the `}` closing a branch (`inBranch`). */
  function message(inBranch: boolean): Part {
    const parts: Part[] = [];
    let literal = '';
    const flush = () => {
      const t = literal;
      if (t) parts.push(() => t);
      literal = '';
    };
    while (at < text.length) {
      const ch = text[at];
      if (ch === '}') {
        if (inBranch) break;
        fail('a "}" with no "{" before it');
      }
      if (ch === '{') {
        flush();
        parts.push(argument());
      } else if (ch === '#' && inBranch) {
        flush();
        parts.push((_f, _k, hash) => hash);
        at++;
      } else {
        literal += ch;
        at++;
      }
    }
    flush();
    if (inBranch && text[at] !== '}') fail('a branch that is not closed');
    if (parts.length === 1) return parts[0];
    return (facts, kit, hash) => {
      let out = '';
      for (const part of parts) out += part(facts, kit, hash);
      return out;
    };
  }

  function argument(): Part {
    at++; // {
    const name = word();
    names?.add(name);
    space();
    if (eat('}')) return (facts) => String(facts[name]);
    expect(',');
    const type = word();
    space();
    if (eat('}')) {
      if (KIT_FORMATS.includes(type)) return (facts, kit) => (kit[type as keyof TextKit] as (v: unknown) => string)(facts[name]);
      const plain = PLAIN_FORMATS[type] ?? fail(`"${type}", which is not a format`);
      return (facts) => plain(facts[name]);
    }
    expect(',');
    space();
    if (type === 'list') {
      const item = branch();
      space();
      const separator = branch();
      space();
      expect('}');
      return (facts, kit) => (facts[name] as readonly unknown[]).map((x) => item(facts, kit, String(x))).join(separator(facts, kit, ''));
    }
    if (type !== 'select' && type !== 'plural') fail(`"${type}", which is not select, plural or list`);
    const branches = new Map<string, Part>();
    while (!eat('}')) {
      const key = word();
      space();
      branches.set(key, branch());
      space();
    }
    const other = branches.get('other') ?? fail(`a ${type} of "${name}" without an "other" branch`);
    if (type === 'select') return (facts, kit, hash) => (branches.get(String(facts[name])) ?? other)(facts, kit, hash);
    return (facts, kit) => {
      const n = Number(facts[name]);
      const chosen = branches.get(`=${n}`) ?? (n === 1 ? branches.get('one') : undefined) ?? other;
      return chosen(facts, kit, oneDecimal(n));
    };
  }

  return message(false);
}
