// The lookups of header detection (headers.ts), built on first use from the word lists of headerWords.ts, which ship
// packed: a formula that reads no header never unpacks them.
import { CJK_TERMS, LATIN_PHRASES, LATIN_PREFIXES, LATIN_WORDS } from './headerWords';

export * from './headerConcepts';

type Entries = ReadonlyArray<readonly [number, string]>;

function buildMap(entries: Entries): Map<string, number> {
  const map = new Map<string, number>();
  for (const [bits, words] of entries) {
    for (const word of words.split(' ')) map.set(word, (map.get(word) ?? 0) | bits);
  }
  return map;
}

function buildList(entries: Entries, separator: string): ReadonlyArray<readonly [string, number]> {
  const list: [string, number][] = [];
  for (const [bits, terms] of entries) for (const term of terms.split(separator)) list.push([term, bits]);
  return list;
}

type Concepts = ReadonlyArray<readonly [string, number]>;
let lexicon: { words: ReadonlyMap<string, number>; prefixes: Concepts; phrases: Concepts; cjk: Concepts } | undefined;

function built() {
  if (!lexicon) {
    lexicon = {
      words: buildMap(LATIN_WORDS),
      prefixes: buildList(LATIN_PREFIXES, ' '),
      phrases: buildList(LATIN_PHRASES, '|'),
      cjk: buildList(CJK_TERMS, ' '),
    };
  }
  return lexicon;
}

/** Latin-script words and the concepts they carry. */
export const wordConcepts = (): ReadonlyMap<string, number> => built().words;
/** Stems, tried when no whole word matched. */
export const prefixConcepts = (): Concepts => built().prefixes;
/** Multi-word expressions. */
export const phraseConcepts = (): Concepts => built().phrases;
/** Chinese strings, found as substrings. */
export const cjkConcepts = (): Concepts => built().cjk;
