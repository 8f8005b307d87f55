// Purchase intent read from a free-text status note (DOMAIN.md §5), in English, Spanish and Chinese.
// A small rule engine: the note is cut into cues found in the lexicon, negators flip the cue that follows them,
// lead/object pairs form phrases with a gap ("call back in Q3", "ask his boss"), then a fixed precedence decides.

import { INTENT_LEXICON, type IntentLexicon } from './intentLexicon';
import { LEAD_SCORE_CONSIDERING, LEAD_SCORE_READY } from './leadScore';
import { normalizeText } from './text';
import { LANGUAGES } from './types';

export type IntentKey = 'ready' | 'considering' | 'not_now' | 'not_interested' | 'unknown';

export interface IntentReading {
  intent: IntentKey;
  /** 'taught': a phrase the user taught decided (taught.ts). */
  via: 'text' | 'score' | 'none' | 'taught';
  /** The words that decided, as found in the normalised note; null when via is 'score' or 'none'. */
  cue: string | null;
}

type PairKind = 'time' | 'ask' | 'consult' | 'wait';
type Verdict = Exclude<IntentKey, 'unknown'>;

/** What one lexicon entry does when it is found in a note. */
interface Role {
  kind: 'cue' | 'forNow' | 'negator' | 'stop' | 'lead' | 'object';
  /** cue: its meaning alone; negator: its meaning when nothing follows it. */
  intent: Verdict | null;
  /** cue: its meaning right after a negator (null: the negation is absorbed and nothing is meant). */
  negated: Verdict | null;
  /** A fact that ends the opportunity (lost, went with a rival): no other cue overrides it. */
  hard: boolean;
  /** negator: its meaning as the last word of the note ("he said no"). */
  atEnd: Verdict | null;
  pair: PairKind | null;
}

/** A negator reaches the cue at most this many words (Chinese: characters) ahead: "not really that interested". */
const NEGATION_REACH = 3;
/** A lead reaches its object at most this many words ahead: "waiting for their procurement team's feedback". */
const PAIR_REACH = 4;
const PAIR_INTENT: Record<PairKind, Verdict> = { time: 'not_now', ask: 'ready', consult: 'considering', wait: 'considering' };
/** Readings cached per distinct raw note, up to this many; past it the cache restarts rather than grow unbounded. */
const CACHE_LIMIT = 50_000;

// ---------------------------------------------------------------------------------------------------------------
// Lexicon → one character trie shared by all languages (a note may mix them; the words do not collide).

/** One character of the lexicon trie; `role` is set where a lexicon entry ends. */
export interface IntentTrie {
  next: Map<number, IntentTrie>;
  role: Role | null;
}

function role(kind: Role['kind'], intent: Verdict | null, negated: Verdict | null, extra: Partial<Role> = {}): Role {
  return { kind, intent, negated, hard: false, atEnd: null, pair: null, ...extra };
}

/** Each lexicon group with the role its words play. */
function rolesOf(lexicon: IntentLexicon): [string[], Role][] {
  const groups: [string[], Role][] = [
    [lexicon.ready, role('cue', 'ready', 'not_interested')],
    [lexicon.readiness, role('cue', 'ready', 'not_now')],
    [lexicon.considering, role('cue', 'considering', 'not_interested')],
    [lexicon.weighing, role('cue', 'considering', null)],
    [lexicon.later, role('cue', 'not_now', null)],
    [lexicon.refusal, role('cue', 'not_interested', null)],
    [lexicon.lost, role('cue', 'not_interested', null, { hard: true })],
    [lexicon.doubtWhenNegated, role('cue', null, 'considering')],
    [lexicon.refusalWhenNegated, role('cue', null, 'not_interested')],
    [lexicon.notNowWhenNegated, role('cue', null, 'not_now')],
    [lexicon.neutral, role('cue', null, null)],
    [lexicon.forNow, role('forNow', null, null)],
    [lexicon.negators, role('negator', null, null)],
    [lexicon.negatorsAtEnd, role('negator', null, null, { atEnd: 'not_interested' })],
    [lexicon.stops, role('stop', null, null)],
    [lexicon.timeLeads, role('lead', null, null, { pair: 'time' })],
    [lexicon.timeWords, role('object', null, null, { pair: 'time' })],
    [lexicon.askLeads, role('lead', null, null, { pair: 'ask' })],
    [lexicon.askObjects, role('object', null, null, { pair: 'ask' })],
    [lexicon.consultLeads, role('lead', null, null, { pair: 'consult' })],
    [lexicon.deciders, role('object', null, null, { pair: 'consult' })],
    [lexicon.waitLeads, role('lead', null, null, { pair: 'wait' })],
    [lexicon.replies, role('object', null, null, { pair: 'wait' })],
  ];
  for (const { text, intent } of lexicon.negatorsAlone) groups.push([[text], role('negator', intent, null)]);
  return groups;
}

function sameRole(a: Role, b: Role): boolean {
  return (
    a.kind === b.kind && a.intent === b.intent && a.negated === b.negated && a.hard === b.hard && a.atEnd === b.atEnd && a.pair === b.pair
  );
}

/** Builds the trie; a word listed with two different roles is a lexicon bug and fails loudly at load. */
export function compileIntentLexicon(lexicons: readonly IntentLexicon[]): IntentTrie {
  const root: IntentTrie = { next: new Map(), role: null };
  for (const lexicon of lexicons) {
    for (const [words, wordRole] of rolesOf(lexicon)) {
      for (const word of words) {
        const key = normalizeText(word);
        if (key === '') throw new Error(`intent lexicon: "${word}" is empty once normalised`);
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
        if (node.role && !sameRole(node.role, wordRole)) {
          throw new Error(`intent lexicon: "${key}" has two roles`);
        }
        node.role = wordRole;
      }
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
// Reading a normalised note.

const SPACE = 32;
/** Normalised notes hold letters, digits and single spaces; from U+2E80 on, characters are CJK (no word boundaries). */
const CJK_START = 0x2e80;

function isWordChar(code: number): boolean {
  return code !== SPACE && code < CJK_START;
}

interface Atom {
  role: Role;
  start: number;
  end: number;
}

/** Longest lexicon entry at each position, left to right; Latin entries only on whole words. */
function findAtoms(text: string): Atom[] {
  const root = lexiconTrie();
  const atoms: Atom[] = [];
  let i = 0;
  while (i < text.length) {
    const first = text.charCodeAt(i);
    const midWord = isWordChar(first) && i > 0 && isWordChar(text.charCodeAt(i - 1));
    let best: Atom | null = null;
    if (first !== SPACE && !midWord) {
      let node: IntentTrie | undefined = root;
      for (let j = i; j < text.length && node; j++) {
        const code = text.charCodeAt(j);
        node = node.next.get(code);
        const endsWord = !isWordChar(code) || j + 1 === text.length || !isWordChar(text.charCodeAt(j + 1));
        if (node?.role && endsWord) best = { role: node.role, start: i, end: j + 1 };
      }
    }
    if (best) {
      atoms.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return atoms;
}

/** Words between two positions: a Latin word counts one, each Chinese character counts one. */
function wordsBetween(text: string, from: number, to: number): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE) {
      inWord = false;
    } else if (code >= CJK_START) {
      count++;
      inWord = false;
    } else if (!inWord) {
      count++;
      inWord = true;
    }
  }
  return count;
}

interface Finding {
  intent: Verdict;
  hard: boolean;
  start: number;
  end: number;
}

/** Turns atoms into findings: negations applied, pairs joined, lone negators read. */
function findingsOf(text: string, atoms: Atom[]): { findings: Finding[]; forNow: Atom | null } {
  const findings: Finding[] = [];
  const negatedAt = new Set<number>();
  let forNow: Atom | null = null;
  for (let a = 0; a < atoms.length; a++) {
    const atom = atoms[a];
    const { kind } = atom.role;
    if (kind === 'forNow') forNow ??= atom;
    else if (kind === 'negator') readNegator(text, atoms, a, findings, negatedAt);
    else if (kind === 'lead') joinPair(text, atoms, a, findings);
    else if (kind === 'cue' && atom.role.intent && !negatedAt.has(a)) {
      findings.push({ intent: atom.role.intent, hard: atom.role.hard, start: atom.start, end: atom.end });
    }
  }
  return { findings, forNow };
}

function readNegator(text: string, atoms: Atom[], a: number, findings: Finding[], negatedAt: Set<number>): void {
  const negator = atoms[a];
  const target = atoms[a + 1];
  if (target && target.role.kind === 'cue' && wordsBetween(text, negator.end, target.start) <= NEGATION_REACH) {
    negatedAt.add(a + 1);
    const meaning = target.role.negated;
    if (meaning) findings.push({ intent: meaning, hard: false, start: negator.start, end: target.end });
    return;
  }
  const alone = negator.role.intent ?? (negator.end === text.length ? negator.role.atEnd : null);
  if (alone) findings.push({ intent: alone, hard: false, start: negator.start, end: negator.end });
}

function joinPair(text: string, atoms: Atom[], a: number, findings: Finding[]): void {
  const lead = atoms[a];
  for (let b = a + 1; b < atoms.length; b++) {
    const other = atoms[b];
    if (other.role.kind === 'stop' || wordsBetween(text, lead.end, other.start) > PAIR_REACH) return;
    if (other.role.kind === 'object' && other.role.pair === lead.role.pair) {
      findings.push({ intent: PAIR_INTENT[lead.role.pair!], hard: false, start: lead.start, end: other.end });
      return;
    }
  }
}

function first(findings: Finding[], test: (finding: Finding) => boolean): Finding | null {
  for (const finding of findings) if (test(finding)) return finding;
  return null;
}

function textReading(intent: Verdict, text: string, start: number, end: number): IntentReading {
  return Object.freeze({ intent, via: 'text' as const, cue: text.slice(start, end) });
}

/**
 * Precedence, strongest first: a lost deal; a deferral; a refusal (a deferral when "for now" qualifies it);
 * hesitation; interest. Hesitation beats interest because "asked for a price, checking with his partner" is undecided.
 * Returns null when the note says nothing about intent.
 */
export function readNormalisedNote(text: string): IntentReading | null {
  if (text === '') return null;
  const { findings, forNow } = findingsOf(text, findAtoms(text));
  const lost = first(findings, (f) => f.hard);
  if (lost) return textReading('not_interested', text, lost.start, lost.end);
  const later = first(findings, (f) => f.intent === 'not_now');
  if (later) return textReading('not_now', text, later.start, later.end);
  const refusal = first(findings, (f) => f.intent === 'not_interested');
  if (refusal && forNow) {
    return textReading('not_now', text, Math.min(refusal.start, forNow.start), Math.max(refusal.end, forNow.end));
  }
  if (refusal) return textReading('not_interested', text, refusal.start, refusal.end);
  const hesitation = first(findings, (f) => f.intent === 'considering');
  if (hesitation) return textReading('considering', text, hesitation.start, hesitation.end);
  const interest = first(findings, (f) => f.intent === 'ready');
  if (interest) return textReading('ready', text, interest.start, interest.end);
  return null;
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
 * (so "Interested" and " INTERESTED!" are read once). Use one per run over a table.
 */
export function createIntentReader(): (status: string, leadScore: number) => IntentReading {
  const byRaw = new Map<string, IntentReading | null>();
  const byNormalised = new Map<string, IntentReading | null>();
  return (status, leadScore) => {
    let reading = byRaw.get(status);
    if (reading === undefined) {
      const normalised = normalizeText(status);
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
