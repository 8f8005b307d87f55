// intent_1m_ms: reading 1,000,000 notes with realistic repetition, against the reader as it was before issue 13
// (bench/baseline/), in the same run, so the ratio is what the new reader costs over the old one on this machine.
// Also the lexicon's share of dist/Code.js: the packed bytes the build puts there (src/build/packData.mjs).
import { gzipSync } from 'node:zlib';
import { createIntentReader } from '../src/engine/intent';
import { INTENT_LEXICON } from '../src/engine/intentLexicon';
import notesEn from '../test/fixtures/intent/notes-en.json';
import notesEs from '../test/fixtures/intent/notes-es.json';
import notesZh from '../test/fixtures/intent/notes-zh.json';
import { createIntentReader as createBaselineReader } from './baseline/intentReaderV1';
import { pairedRatio, timeOnce } from './timing';

export interface IntentFigure {
  notes: number;
  distinct: number;
  ms: number;
  baselineMs: number;
  ratio: number;
  /** Bytes the packed lexicon takes in dist/Code.js. */
  lexiconBytes: number;
}

const NAMES = ['Maria', 'Juan', 'Mr. Lee', 'Ana', 'Tom', '王经理', '李总', 'Sr. Pérez'];

/**
 * Notes as a real sheet holds them: the labelled notes (written the way people write), many repeated (a status
 * picklist), a long tail made unique by a date, an amount or a name (free text), and blanks.
 */
export function realisticNotes(n: number): string[] {
  const base = [...notesEn, ...notesEs, ...notesZh].map((entry) => entry.text);
  const out = new Array<string>(n);
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = 0; i < n; i++) {
    const r = random();
    // Zipf-like: a few notes are most of the rows.
    const note = base[Math.floor(base.length * random() ** 3)];
    if (r < 0.1) out[i] = '';
    else if (r < 0.75) out[i] = note;
    else if (r < 0.9) out[i] = `${note} ${1 + Math.floor(random() * 12)}/${1 + Math.floor(random() * 28)}`;
    else out[i] = `${NAMES[Math.floor(random() * NAMES.length)]}: ${note} (${Math.floor(random() * 5000)})`;
  }
  return out;
}

function readAll(create: typeof createIntentReader, notes: readonly string[]): number {
  return timeOnce(
    () => {
      const read = create();
      let sum = 0;
      for (let i = 0; i < notes.length; i++) sum += read(notes[i], Number.NaN).intent.length;
      return sum;
    },
    () => notes,
  );
}

export function measureIntent(n: number, runs: number): IntentFigure {
  const notes = realisticNotes(n);
  const paired = pairedRatio(
    runs,
    1,
    () => readAll(createBaselineReader, notes),
    () => readAll(createIntentReader, notes),
  );
  const lexiconBytes = Math.ceil(gzipSync(Buffer.from(JSON.stringify(INTENT_LEXICON)), { level: 9 }).length / 3) * 4;
  return { notes: n, distinct: new Set(notes).size, ms: paired.workMs, baselineMs: paired.baselineMs, ratio: paired.ratio, lexiconBytes };
}
