// Purchase intent read from a free-text status note (DOMAIN.md §5), in English, Spanish and Chinese.
// A small reader of how notes are written: the note is cut into clauses (punctuation, "but", "now", "是…"), each clause
// into cues found in the lexicon; negators flip the cue that follows them (a negated negator cancels), leads and
// objects form phrases with a gap ("call back in Q3", "waiting for the 2025 model", "asks for payment terms"). A clause
// is decided by a fixed precedence; clauses are combined by how they are linked: the later clause of a contrast or a
// change over time decides, a deferral beats the interest it defers, and cues that disagree with no rule to settle
// them give Unknown with the words that disagreed.

import { INTENT_LEXICON, type IntentLexicon, KEPT_SYMBOLS, WORD_VARIANTS } from './intentLexicon';
import { LEAD_SCORE_CONSIDERING, LEAD_SCORE_READY } from './leadScore';
import { LANGUAGES } from './types';

export type IntentKey = 'ready' | 'considering' | 'not_now' | 'not_interested' | 'unknown';

export interface IntentReading {
  intent: IntentKey;
  /** 'taught': a phrase the user taught decided (taught.ts). */
  via: 'text' | 'score' | 'none' | 'taught';
  /** The words that decided, as found in the normalised note; null when via is 'score' or 'none'. */
  cue: string | null;
  /**
   * Only when the note's cues disagree and no rule settles them: the words that disagree, in note order. The intent is
   * then 'unknown' (via 'text', cue spanning them): better to ask than to act on a guess.
   */
  conflict?: readonly string[];
}

type Verdict = Exclude<IntentKey, 'unknown'>;
type Link = 'seq' | 'contrast' | 'change';

// Pair halves, as bits: a lead takes objects of some kinds, an object may be of several kinds ("ceo": a decider).
const TIME = 1;
/** A period of the calendar (a month, a season, a quarter): also a TIME, and the only one "in" takes. */
const PERIOD = 128;
const DATE = 2;
const REPLY = 4;
const ASK = 8;
const BUYING = 16;
const DECIDER = 32;
/** Information asked for before deciding (a demo, case studies, samples): considering, not buying. */
const INFO = 64;

/** What a lead joined to an object of these kinds means, and how strongly. */
type PairRule = readonly [objects: number, intent: Verdict, strength: number];
// A blocking condition (a boss to ask, a reply to wait for) outweighs interest.
const DEFER: PairRule = [TIME, 'not_now', 3];
const ASK_DECIDER: PairRule = [DECIDER, 'considering', 3];
const AFTER: PairRule[] = [DEFER, ASK_DECIDER];
const UNTIL: PairRule[] = [[TIME | DATE, 'not_now', 3], ASK_DECIDER];
const WAIT: PairRule[] = [DEFER, [REPLY | DECIDER, 'considering', 3]];
const ASKING: PairRule[] = [
  [BUYING, 'ready', 3],
  [ASK, 'ready', 2],
  [INFO, 'considering', 3],
];
/** "maybe in spring", "en primavera"; not "met at the fair". */
const IN_PERIOD: PairRule = [PERIOD, 'not_now', 3];

/** Strength of a cue: 4 is a fact that ends the opportunity, 3 an explicit step or statement, 2 a plain cue. */
const HARD = 4;

/** What one lexicon entry does when it is found in a note: an entry may play several of these parts at once. */
interface Role {
  /** Its meaning alone (none: it means nothing alone). */
  intent?: Verdict;
  /** Its meaning right after a negator (none: the negation is absorbed and nothing is meant). */
  negated?: Verdict;
  strength?: number;
  /** A cue: it has a meaning alone or when negated, or absorbs a negation. */
  cue?: boolean;
  negator?: boolean;
  /** negator: its meaning when nothing follows it ("not yet"); atEnd: as the last word of a clause ("he said no"). */
  alone?: Verdict;
  atEnd?: Verdict;
  forNow?: boolean;
  past?: boolean;
  /** Starts a clause linked this way to the one before; atStart: only when it opens a clause ("是…"). */
  link?: Link;
  atStart?: boolean;
  /** As a lead: what it means with each kind of object. */
  lead?: PairRule[];
  /** A Chinese suffix: a deferral after the time just before it ("春节后"). */
  suffix?: boolean;
  /** As an object: its kinds (bits). */
  object?: number;
}

/** A negator reaches the cue at most this many words (Chinese: characters) ahead: "not really that interested". */
const NEGATION_REACH = 3;
/** A lead reaches its object at most this many words ahead: "waiting for their procurement team's feedback". */
const PAIR_REACH = 4;
/** Readings cached per distinct raw note, up to this many; past it the cache restarts rather than grow unbounded. */
const CACHE_LIMIT = 50_000;

// ---------------------------------------------------------------------------------------------------------------
// Normalisation: case, accents, full-width characters and punctuation do not matter, except that punctuation
// between clauses is kept as one comma ("was on hold, now wants to sign") and a few symbols are kept as words (🔥).

const NON_ASCII = /[^\0-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** "don't" → "dont", "pa'lante" → "palante", "timing's" → "timing". */
const APOSTROPHES = /['’`´](?<=\p{L}.)(?:s\b)?(?=\p{L}|\b)/gu;
/**
 * Clause breaks: , ; . ! ? 。… dashes and line breaks; not the comma or point inside a number (1,000; v2.5) nor the
 * point after a one- or two-letter abbreviation ("Id. Decision Makers").
 */
const CLAUSE_BREAKS = /(?:[;!?。…\n\r\u2014\u2013]|,(?!\d)|\.(?<!(?:^|[^\p{L}])\p{L}{1,2}\.)(?!\d)|-+(?<=\s-+)(?=\s))+/gu;
const NOT_WORD = new RegExp(`[^\\p{L}\\p{N}\\n ${KEPT_SYMBOLS}]+`, 'gu');
const SPACES = / {2,}/g;
const BREAKS = / ?(?:\n ?)+/g;
const EDGES = /^[ ,]+|[ ,]+$/g;

/** Lower-case, NFKC (full-width → half-width), accents and apostrophes removed, clause breaks → ",", other punctuation → " ". */
export function normalizeNote(text: string): string {
  // ASCII is its own NFKC and NFD: most English notes skip both.
  const folded = NON_ASCII.test(text)
    ? text.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '')
    : text.toLowerCase();
  return folded
    .replace(APOSTROPHES, '')
    .replace(CLAUSE_BREAKS, '\n')
    .replace(NOT_WORD, ' ')
    .replace(SPACES, ' ')
    .replace(BREAKS, ',')
    .replace(EDGES, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicon → one character trie shared by all languages (a note may mix them; the words do not collide).

/** One character of the lexicon trie; `role` is set where a lexicon entry ends. */
export interface IntentTrie {
  next: Map<number, IntentTrie>;
  role: Role | null;
}

const cue = (intent?: Verdict, negated?: Verdict, strength = 2): Role => ({ cue: true, intent, negated, strength });

/** Each lexicon group with the part its words play. */
function partsOf(lexicon: IntentLexicon): [string[], Role][] {
  return [
    [lexicon.ready, cue('ready', 'not_interested')],
    [lexicon.buying, cue('ready', 'not_interested', 3)],
    [lexicon.readiness, cue('ready', 'not_now')],
    [lexicon.considering, cue('considering', 'not_interested')],
    [lexicon.weighing, cue('considering')],
    [lexicon.later, cue('not_now', 'not_now', 3)],
    [lexicon.refusal, cue('not_interested', undefined, 3)],
    [lexicon.lost, cue('not_interested', undefined, HARD)],
    [lexicon.doubtWhenNegated, cue(undefined, 'considering')],
    [lexicon.refusalWhenNegated, cue(undefined, 'not_interested', 3)],
    [lexicon.notNowWhenNegated, cue(undefined, 'not_now', 3)],
    [lexicon.neutral, cue()],
    [lexicon.forNow, { forNow: true }],
    [lexicon.negators, { negator: true }],
    [lexicon.negatorsAtEnd, { negator: true, atEnd: 'not_interested' }],
    [lexicon.notYet, { negator: true, alone: 'not_now' }],
    [lexicon.nope, { negator: true, alone: 'not_interested' }],
    [lexicon.contrast, { link: 'contrast' }],
    [lexicon.contrastAtStart, { link: 'contrast', atStart: true }],
    [lexicon.change, { link: 'change' }],
    [lexicon.past, { past: true }],
    [lexicon.timeLeads, { lead: AFTER }],
    [lexicon.untilLeads, { lead: UNTIL }],
    [lexicon.timeWords, { object: TIME }],
    [lexicon.periods, { object: TIME | PERIOD }],
    [lexicon.inLeads, { lead: [IN_PERIOD] }],
    [lexicon.askLeads, { lead: ASKING }],
    [lexicon.askObjects, { object: ASK }],
    [lexicon.buyingObjects, { object: BUYING }],
    [lexicon.consultLeads, { lead: [ASK_DECIDER] }],
    [lexicon.deciders, { object: DECIDER }],
    [lexicon.waitLeads, { lead: WAIT }],
    [lexicon.decisionLeads, { lead: [[TIME, 'considering', 3]] }],
    [lexicon.replies, { object: REPLY }],
    [lexicon.info, { object: INFO }],
    [lexicon.timeSuffixes, { suffix: true }],
  ];
}

/**
 * Adds a part to an entry's role: a word may be a cue and an object, a lead of two kinds ("等": until and wait for)…
 * but the same part given twice with different values is a lexicon bug.
 */
function mergeRole(role: Role, part: Role, key: string): Role {
  const merged: Role = { ...role, ...part, object: (role.object ?? 0) | (part.object ?? 0) };
  if (role.lead && part.lead && role.lead !== part.lead) merged.lead = [...role.lead, ...part.lead];
  for (const name of Object.keys(part) as (keyof Role)[]) {
    if (name !== 'object' && name !== 'lead' && role[name] !== undefined && role[name] !== part[name]) {
      throw new Error(`intent lexicon: "${key}" has two roles`);
    }
  }
  // A cue's intent, negation and strength come as one part: two different cue groups are two roles.
  if (part.cue && role.cue && (role.intent !== part.intent || role.negated !== part.negated)) {
    throw new Error(`intent lexicon: "${key}" has two roles`);
  }
  return merged;
}

/** The entry as written and its abbreviated spellings ("follow up next year" → "f u next yr", …), at most a few dozen. */
function spellings(key: string): string[] {
  let out = [''];
  for (const word of key.split(' ')) {
    const forms = [word, ...(WORD_VARIANTS[word] ?? [])];
    const next: string[] = [];
    for (const head of out) for (const form of forms) if (next.length < 64) next.push(head === '' ? form : `${head} ${form}`);
    out = next;
  }
  return out;
}

/** Builds the trie; a word listed with two different roles is a lexicon bug and fails loudly at load. */
export function compileIntentLexicon(lexicons: readonly IntentLexicon[]): IntentTrie {
  const root: IntentTrie = { next: new Map(), role: null };
  const add = (key: string, part: Role, original: boolean) => {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), role: null };
        node.next.set(code, child);
      }
      node = child;
    }
    // An abbreviation never overrides a word written out ("q" for "que" is not the letter of a quarter).
    if (!original && node.role) return;
    node.role = mergeRole(node.role ?? {}, part, key);
  };
  for (const lexicon of lexicons) {
    for (const [words, part] of partsOf(lexicon)) {
      for (const word of words) {
        const key = normalizeNote(word);
        if (key === '' || key.includes(',')) throw new Error(`intent lexicon: "${word}" is empty once normalised`);
        add(key, part, true);
      }
    }
  }
  for (const lexicon of lexicons) {
    for (const [words, part] of partsOf(lexicon)) {
      for (const word of words) for (const spelling of spellings(normalizeNote(word)).slice(1)) add(spelling, part, false);
    }
  }
  return root;
}

// Compiled on first use: a formula that reads no note (CUSTOMER_TIER…) never pays for it.
let trie: IntentTrie | null = null;
function lexiconTrie(): IntentTrie {
  trie ??= compileIntentLexicon(LANGUAGES.map((language) => INTENT_LEXICON[language]));
  return trie;
}

// ---------------------------------------------------------------------------------------------------------------
// Atoms: the lexicon entries of a normalised note, and the clause breaks between them.

const SPACE = 32;
const COMMA = 44;
/** Normalised notes hold letters, digits, kept symbols, single spaces and commas; from U+2E80 on, no word boundaries. */
const CJK_START = 0x2e80;

function isWordChar(code: number): boolean {
  return code !== SPACE && code !== COMMA && code < CJK_START;
}

interface Atom {
  role: Role;
  start: number;
  end: number;
}

const BREAK_ROLE: Role = { link: 'seq' };
/** A version one waits for ("v3") or a date after "until" ("10/15", normalised "10 15"). */
const VERSION_ROLE: Role = { object: TIME };
const NUMBER_ROLE: Role = { object: DATE };

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A Latin word with no lexicon entry may still be a version ("v3") or a number. */
function patternAt(text: string, i: number): Atom | null {
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  if (j === i) return null;
  const first = text.charCodeAt(i);
  let digitsFrom = i;
  if (first === 118 /* v */) digitsFrom++;
  if (digitsFrom === j) return null;
  for (let k = digitsFrom; k < j; k++) if (!isDigit(text.charCodeAt(k))) return null;
  return { role: first === 118 ? VERSION_ROLE : NUMBER_ROLE, start: i, end: j };
}

/** Longest lexicon entry at each position, left to right; Latin entries only on whole words. */
function findAtoms(text: string): Atom[] {
  const root = lexiconTrie();
  const atoms: Atom[] = [];
  let i = 0;
  while (i < text.length) {
    const first = text.charCodeAt(i);
    if (first === COMMA) {
      atoms.push({ role: BREAK_ROLE, start: i, end: i + 1 });
      i++;
      continue;
    }
    const latin = isWordChar(first);
    if (first === SPACE || (latin && i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let role: Role | null = null;
    let end = i;
    let node: IntentTrie | undefined = root;
    for (let j = i; j < text.length && node; j++) {
      const code = text.charCodeAt(j);
      node = node.next.get(code);
      if (node?.role && (!isWordChar(code) || j + 1 === text.length || !isWordChar(text.charCodeAt(j + 1)))) {
        role = node.role;
        end = j + 1;
      }
    }
    const atom = role ? { role, start: i, end } : latin && (first === 118 || isDigit(first)) ? patternAt(text, i) : null;
    if (atom) {
      atoms.push(atom);
      i = atom.end;
    } else {
      i++;
    }
  }
  return atoms;
}

/**
 * Words between two positions: a Latin word counts one, a Chinese character counts one, or half (cjkHalf) where a
 * reach is measured in words of two characters (pairs: "等他们团队的反馈").
 */
function wordsBetween(text: string, from: number, to: number, cjkHalf = false): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === COMMA) {
      inWord = false;
    } else if (code >= CJK_START) {
      count += cjkHalf ? 0.5 : 1;
      inWord = false;
    } else if (!inWord) {
      count++;
      inWord = true;
    }
  }
  return count;
}

// ---------------------------------------------------------------------------------------------------------------
// Clauses and their findings.

interface Finding {
  intent: Verdict;
  strength: number;
  start: number;
  end: number;
}

interface Clause {
  link: Link;
  past: boolean;
  forNow: boolean;
  findings: Finding[];
  /** Whether any atom other than a break has been read in it yet. */
  opened: boolean;
  /** Opened by a "now" that also means "for now" ("ahora"). */
  forNowBefore: boolean;
}

const newClause = (link: Link): Clause => ({ link, past: false, forNow: false, findings: [], opened: false, forNowBefore: false });

/** A clause break (a link that may open a clause anywhere). */
function isBreak(atom: Atom): boolean {
  return !!atom.role.link && !atom.role.atStart;
}

/** Records a finding in the clause; true, so that a reader can return it. */
function found(clause: Clause, intent: Verdict, strength: number, start: number, end: number): true {
  clause.findings.push({ intent, strength, start, end });
  return true;
}

/** Cuts the atoms into clauses, reading negations and pairs inside each. */
function clausesOf(text: string, atoms: Atom[]): Clause[] {
  const clauses: Clause[] = [newClause('seq')];
  const used = new Uint8Array(atoms.length);
  for (let a = 0; a < atoms.length; a++) {
    if (used[a]) continue;
    const atom = atoms[a];
    const { role } = atom;
    let clause = clauses[clauses.length - 1];
    if (role.link && (!role.atStart || !clause.opened)) {
      // ", but" and ", now" make one break; a stronger link wins over the comma.
      if (!clause.opened && clause.findings.length === 0) {
        if (role.link !== 'seq') clause.link = role.link;
      } else {
        clause = newClause(role.link);
        clauses.push(clause);
      }
      // "no le interesa ahora": a "now" that opens nothing qualifies the clause before it.
      if (role.forNow) clause.forNowBefore = true;
      continue;
    }
    clause.opened = true;
    if (role.past) clause.past = true;
    if (role.forNow) clause.forNow = true;
    if (role.negator && readNegator(text, atoms, a, clause, used)) continue;
    if (role.lead && joinPair(text, atoms, a, clause, used)) continue;
    if (role.suffix && joinSuffix(text, atoms, a, clause, used)) continue;
    if (role.intent) found(clause, role.intent, role.strength!, atom.start, atom.end);
  }
  for (let c = 1; c < clauses.length; c++) {
    if (clauses[c].forNowBefore && clauses[c].findings.length === 0 && clauses[c - 1].findings.length > 0) clauses[c - 1].forNow = true;
  }
  return clauses;
}

/** The next atom after `from` that a negator or lead may reach: within the clause and `reach` words. */
function reachable(text: string, atoms: Atom[], from: number, reach: number, b: number, cjkHalf = false): boolean {
  return b < atoms.length && !isBreak(atoms[b]) && wordsBetween(text, atoms[from].end, atoms[b].start, cjkHalf) <= reach;
}

/** Reads a negator: its cue negated, a negated negator cancelled, "not for now", or the negator alone. */
function readNegator(text: string, atoms: Atom[], a: number, clause: Clause, used: Uint8Array): boolean {
  const negator = atoms[a];
  for (let b = a + 1; reachable(text, atoms, a, NEGATION_REACH, b); b++) {
    const target = atoms[b].role;
    if (target.negator) {
      // "can't say he's not interested", "不是不想买", "no es que no le interese": the cue itself.
      for (let c = b + 1; reachable(text, atoms, b, NEGATION_REACH, c); c++) {
        const inner = atoms[c].role;
        if (inner.negator || inner.forNow) break;
        if (!inner.cue) continue;
        used.fill(1, a, c + 1);
        return !inner.intent || found(clause, inner.intent, inner.strength!, negator.start, atoms[c].end);
      }
      // "didn't say no", "没说不要": a refusal denied, which says nothing by itself.
      used.fill(1, a, b + 1);
      return true;
    }
    if (target.cue || (target.forNow && !target.intent)) {
      // A negated cue, or "not for now".
      used[b] = 1;
      const meaning = target.cue ? target.negated : 'not_now';
      return !meaning || found(clause, meaning, 3, negator.start, atoms[b].end);
    }
    // Chinese puts coverbs between the negator and its verb ("不再跟我们合作"); English and Spanish do not.
    if ((!target.lead && !target.object) || text.charCodeAt(atoms[b].start) < CJK_START) break;
  }
  const next = atoms[a + 1];
  const atEnd = (!next || isBreak(next)) && wordsBetween(text, negator.end, next ? next.start : text.length) === 0;
  const alone = negator.role.alone ?? (atEnd ? negator.role.atEnd : undefined);
  return alone ? found(clause, alone, 3, negator.start, negator.end) : !negator.role.cue;
}

/**
 * Joins a lead to the first object it takes within reach: "call back in Q3", "asks for payment terms". Information
 * yields to a buying object further on: "asked for a demo and a quote" is a request for a quote.
 */
function joinPair(text: string, atoms: Atom[], a: number, clause: Clause, used: Uint8Array): boolean {
  const lead = atoms[a];
  let pair: [number, PairRule] | null = null;
  for (let b = a + 1; reachable(text, atoms, a, PAIR_REACH, b, true); b++) {
    const object = atoms[b].role.object ?? 0;
    // "met at the expo in March" is no deferral: "in" does not reach into the past.
    const rule = object ? lead.role.lead!.find((r) => object & r[0] && !(r === IN_PERIOD && clause.past)) : undefined;
    if (!rule) continue;
    if (pair) used[pair[0]] = 1;
    pair = [b, rule];
    if (!(object & INFO)) break;
  }
  if (!pair) return false;
  const [b, [, intent, strength]] = pair;
  used[b] = 1;
  return found(clause, intent, strength, lead.start, atoms[b].end);
}

/** Joins a Chinese suffix to the time just before it: "春节后" (at most two characters apart: "融资到位后"). */
function joinSuffix(text: string, atoms: Atom[], a: number, clause: Clause, used: Uint8Array): boolean {
  const before = atoms[a - 1];
  if (!before || isBreak(before) || !((before.role.object ?? 0) & TIME) || wordsBetween(text, before.end, atoms[a].start) > 2) {
    return false;
  }
  used[a] = 1;
  return found(clause, 'not_now', 3, before.start, atoms[a].end);
}

// ---------------------------------------------------------------------------------------------------------------
// Deciding.

interface Decision {
  intent: Verdict | 'unknown';
  /** The findings that decided (one), or that disagree (two or more) when intent is 'unknown'. */
  by: Finding[];
}

function strongest(findings: Finding[], intent: Verdict): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) if (f.intent === intent && (!best || f.strength > best.strength)) best = f;
  return best;
}

/**
 * One stretch of a note, all its findings together. Precedence, strongest first: a lost deal; a deferral (it beats
 * the interest it defers and a refusal that is only for now); a refusal (over hesitation; against interest the note
 * disagrees with itself); hesitation, unless a buying step outweighs it; interest.
 */
function decide(findings: Finding[], forNow: boolean): Decision | null {
  if (findings.length === 0) return null;
  const lost = findings.find((f) => f.strength === HARD);
  if (lost) return { intent: 'not_interested', by: [lost] };
  const later = strongest(findings, 'not_now');
  if (later) return { intent: 'not_now', by: [later] };
  const refusal = strongest(findings, 'not_interested');
  const hesitation = strongest(findings, 'considering');
  const interest = strongest(findings, 'ready');
  if (refusal) {
    if (forNow) return { intent: 'not_now', by: [refusal] };
    if (interest) return { intent: 'unknown', by: [refusal, interest].sort((x, y) => x.start - y.start) };
    return { intent: 'not_interested', by: [refusal] };
  }
  if (hesitation && (!interest || interest.strength <= hesitation.strength)) return { intent: 'considering', by: [hesitation] };
  return { intent: 'ready', by: [interest!] };
}

interface Stretch {
  link: Link;
  findings: Finding[];
  forNow: boolean;
}

/**
 * Combines the clauses in order. Clauses joined by punctuation are read together as one stretch; a contrast or a
 * change starts a new stretch, and so does the clause after one in the past ("was on hold, wants to sign"). The later
 * stretch decides, except that a lost deal stays lost under a contrast and a deferral is not undone by the interest it
 * defers ("no budget, but very interested").
 */
function combine(clauses: Clause[]): Decision | null {
  const stretches: Stretch[] = [];
  let current: Stretch | null = null;
  let pastBefore = false;
  for (const clause of clauses) {
    const link: Link | null = clause.link !== 'seq' ? clause.link : pastBefore ? 'change' : null;
    if (!current || (link && current.findings.length > 0)) {
      current = { link: link ?? 'seq', findings: [], forNow: false };
      stretches.push(current);
    } else if (link) {
      current.link = link;
    }
    current.findings.push(...clause.findings);
    if (clause.forNow) current.forNow = true;
    if (clause.findings.length > 0) pastBefore = clause.past;
  }
  let state: Decision | null = null;
  for (const stretch of stretches) {
    const next = decide(stretch.findings, stretch.forNow);
    if (!next) continue;
    if (!state || stretch.link === 'change') state = next;
    else if (state.intent === 'not_interested' && state.by[0].strength === HARD) continue;
    else if (state.intent === 'not_now' && (next.intent === 'ready' || next.intent === 'considering')) continue;
    else state = next;
  }
  return state;
}

function reading(intent: IntentKey, text: string, by: Finding[]): IntentReading {
  const start = Math.min(...by.map((f) => f.start));
  const end = Math.max(...by.map((f) => f.end));
  const cue = text.slice(start, end);
  if (by.length === 1) return Object.freeze({ intent, via: 'text' as const, cue });
  return Object.freeze({ intent, via: 'text' as const, cue, conflict: Object.freeze(by.map((f) => text.slice(f.start, f.end))) });
}

/** Reads a normalised note (normalizeNote; normalizeText also works, without clause breaks). Null: it says nothing about intent. */
export function readNormalisedNote(text: string): IntentReading | null {
  if (text === '') return null;
  const decision = combine(clausesOf(text, findAtoms(text)));
  return decision ? reading(decision.intent, text, decision.by) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Lead-score fallback and the cached reader. Readings are shared frozen objects: no allocation per row.

const UNKNOWN: IntentReading = Object.freeze({ intent: 'unknown', via: 'none', cue: null });
const SCORE_READY: IntentReading = Object.freeze({ intent: 'ready', via: 'score', cue: null });
const SCORE_CONSIDERING: IntentReading = Object.freeze({ intent: 'considering', via: 'score', cue: null });
const SCORE_NOT_NOW: IntentReading = Object.freeze({ intent: 'not_now', via: 'score', cue: null });

/** DOMAIN.md §5: ≥ 70 ready, ≥ 40 considering, else not now; no usable score (NaN, ±Infinity) → unknown. */
function readScore(leadScore: number): IntentReading {
  if (!Number.isFinite(leadScore)) return UNKNOWN;
  if (leadScore >= LEAD_SCORE_READY) return SCORE_READY;
  if (leadScore >= LEAD_SCORE_CONSIDERING) return SCORE_CONSIDERING;
  return SCORE_NOT_NOW;
}

/**
 * A reader with its own caches: by raw note (a Map hit, no normalisation) and by normalised note
 * (so "Interested" and " INTERESTED! " are read once). Use one per run over a table.
 * A note whose cues disagree is read Unknown with its conflict, and the lead score does not overrule it.
 */
export function createIntentReader(): (status: string, leadScore: number) => IntentReading {
  const byRaw = new Map<string, IntentReading | null>();
  const byNormalised = new Map<string, IntentReading | null>();
  return (status, leadScore) => {
    let reading = byRaw.get(status);
    if (reading === undefined) {
      const normalised = normalizeNote(status);
      reading = byNormalised.get(normalised);
      if (reading === undefined) {
        reading = readNormalisedNote(normalised);
        if (byNormalised.size >= CACHE_LIMIT) byNormalised.clear();
        byNormalised.set(normalised, reading);
      }
      if (byRaw.size >= CACHE_LIMIT) byRaw.clear();
      byRaw.set(status, reading);
    }
    return reading ?? readScore(leadScore);
  };
}

let sharedReader: ((status: string, leadScore: number) => IntentReading) | null = null;

/** Intent of one row from its status note, or from its lead score (NaN when absent) when the note says nothing. */
export function readIntent(status: string, leadScore: number): IntentReading {
  sharedReader ??= createIntentReader();
  return sharedReader(status, leadScore);
}
