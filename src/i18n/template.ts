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

const KIT_FORMATS = ['amount', 'count', 'percent', 'threshold', 'date', 'label'] as const;
type KitFormat = (typeof KIT_FORMATS)[number];

const oneDecimal = (value: unknown) => String(Math.round(Number(value) * 10) / 10);

const compiled = new Map<string, Part>();

/** The template filled in with the facts. A template that does not parse throws, naming where. */
export function render(template: string, facts: Facts, kit: TextKit): string {
  let part = compiled.get(template);
  if (!part) {
    part = new Parser(template).message(false);
    compiled.set(template, part);
  }
  return part(facts, kit, '');
}

/** The names of the facts a template reads, for checking a catalogue against the facts it is given. */
export function factsRead(template: string): string[] {
  const names = new Set<string>();
  const p = new Parser(template, names);
  p.message(false);
  return [...names];
}

class Parser {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly names?: Set<string>,
  ) {}

  /** Text and arguments up to the end, or up to the `}` closing a branch (`inBranch`). */
  message(inBranch: boolean): Part {
    const parts: Part[] = [];
    let literal = '';
    const flush = () => {
      if (!literal) return;
      const text = literal;
      parts.push(() => text);
      literal = '';
    };
    while (this.at < this.text.length) {
      const ch = this.text[this.at];
      if (ch === '}') {
        if (inBranch) break;
        this.fail('a "}" with no "{" before it');
      }
      if (ch === '{') {
        flush();
        parts.push(this.argument());
      } else if (ch === '#' && inBranch) {
        flush();
        parts.push((_f, _k, hash) => hash);
        this.at++;
      } else {
        literal += ch;
        this.at++;
      }
    }
    flush();
    if (inBranch && this.text[this.at] !== '}') this.fail('a branch that is not closed');
    if (parts.length === 1) return parts[0];
    return (facts, kit, hash) => {
      let out = '';
      for (const part of parts) out += part(facts, kit, hash);
      return out;
    };
  }

  private argument(): Part {
    this.at++; // {
    const name = this.word();
    this.names?.add(name);
    this.space();
    if (this.eat('}')) return (facts) => String(facts[name]);
    this.expect(',');
    const type = this.word();
    this.space();
    if (this.eat('}')) return this.format(name, type);
    this.expect(',');
    if (type === 'select' || type === 'plural') return this.choice(name, type);
    if (type === 'list') {
      this.space();
      const item = this.branch();
      this.space();
      const separator = this.branch();
      this.space();
      this.expect('}');
      return (facts, kit) => {
        const items = facts[name] as readonly unknown[];
        return items.map((x) => item(facts, kit, String(x))).join(separator(facts, kit, ''));
      };
    }
    return this.fail(`"${type}", which is not select, plural or list`);
  }

  private format(name: string, type: string): Part {
    if ((KIT_FORMATS as readonly string[]).includes(type)) {
      const f = type as KitFormat;
      return (facts, kit) => (kit[f] as (v: unknown) => string)(facts[name]);
    }
    if (type === 'days') return (facts) => oneDecimal(facts[name]);
    if (type === 'comma') return (facts) => oneDecimal(facts[name]).replace('.', ',');
    if (type === 'round') return (facts) => String(Math.round(Number(facts[name])));
    return this.fail(`"${type}", which is not a format`);
  }

  private choice(name: string, type: 'select' | 'plural'): Part {
    const branches = new Map<string, Part>();
    this.space();
    while (!this.eat('}')) {
      const key = this.word();
      this.space();
      branches.set(key, this.branch());
      this.space();
    }
    const other = branches.get('other');
    if (!other) this.fail(`a ${type} of "${name}" without an "other" branch`);
    if (type === 'select') {
      return (facts, kit, hash) => (branches.get(String(facts[name])) ?? other!)(facts, kit, hash);
    }
    return (facts, kit) => {
      const n = Number(facts[name]);
      const branch = branches.get(`=${n}`) ?? (n === 1 ? branches.get('one') : undefined) ?? other!;
      return branch(facts, kit, oneDecimal(n));
    };
  }

  private branch(): Part {
    this.expect('{');
    const part = this.message(true);
    this.at++; // }
    return part;
  }

  private word(): string {
    this.space();
    const match = /^[=\w.-]+/.exec(this.text.slice(this.at));
    if (!match) this.fail('a name');
    this.at += match![0].length;
    return match![0];
  }

  private space() {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }

  private eat(ch: string): boolean {
    if (this.text[this.at] !== ch) return false;
    this.at++;
    return true;
  }

  private expect(ch: string) {
    if (!this.eat(ch)) this.fail(`"${ch}"`);
  }

  private fail(what: string): never {
    throw new Error(`Template "${this.text}": expected ${what} at character ${this.at + 1}.`);
  }
}
