// How well the intent reader reads notes written the way salespeople write them: the independent labelled set in
// test/fixtures/intent (see its README). The reader was tuned only on entries whose index satisfies index % 3 !== 2;
// the others are held back and only ever measured in aggregate, never looked at note by note. test/fixtures/intent-blind
// holds notes by another writer, written after the reader was finished and never used to change it: its figures are
// the honest ones for notes the reader has not seen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIntentReader, type IntentKey } from '../../src/engine/intent';
import type { Language } from '../../src/engine/types';

interface LabelledNote {
  text: string;
  intent: IntentKey;
}

type Part = 'tuning' | 'held back' | 'whole' | 'written after';

interface Figures {
  notes: number;
  /** Share read with the labelled intent. */
  accuracy: number;
  /** Share read as another intent than the label, Unknown excluded: worse than Unknown, because the user acts on it. */
  wrong: number;
}

const FIXTURES = join(__dirname, '..', 'fixtures');
const notesOf = (set: string, language: Language): LabelledNote[] =>
  JSON.parse(readFileSync(join(FIXTURES, set, `notes-${language}.json`), 'utf8'));
const LANGUAGES: Language[] = ['en', 'es', 'zh'];

function figures(notes: LabelledNote[]): Figures {
  const read = createIntentReader();
  let right = 0;
  let wrong = 0;
  for (const note of notes) {
    const intent = read(note.text, NaN).intent;
    if (intent === note.intent) right++;
    else if (intent !== 'unknown') wrong++;
  }
  return { notes: notes.length, accuracy: right / notes.length, wrong: wrong / notes.length };
}

const RESULTS = new Map<Language, Record<Part, Figures>>();
for (const language of LANGUAGES) {
  const notes = notesOf('intent', language);
  RESULTS.set(language, {
    tuning: figures(notes.filter((_, i) => i % 3 !== 2)),
    'held back': figures(notes.filter((_, i) => i % 3 === 2)),
    whole: figures(notes),
    'written after': figures(notesOf('intent-blind', language)),
  });
}

const percent = (share: number) => `${(100 * share).toFixed(1)}%`.padStart(6);

beforeAll(() => {
  const lines = ['language  part        notes  accuracy  wrong'];
  for (const [language, parts] of RESULTS) {
    for (const [part, f] of Object.entries(parts)) {
      lines.push(`${language.padEnd(9)} ${part.padEnd(10)} ${String(f.notes).padStart(6)}  ${percent(f.accuracy)}  ${percent(f.wrong)}`);
    }
  }
  console.log(`Intent reader on the labelled notes (test/fixtures/intent, intent-blind)\n${lines.join('\n')}`);
});

describe.each(LANGUAGES)('%s notes', (language) => {
  const parts = RESULTS.get(language)!;

  it('the set is the one the reader was measured on (at least 320 notes)', () => {
    expect(parts.whole.notes).toBeGreaterThanOrEqual(320);
  });

  it('reads at least 90% of the whole set right and at most 2% wrong', () => {
    expect(parts.whole.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(parts.whole.wrong).toBeLessThanOrEqual(0.02);
  });

  // A floor under the held-back figures as measured when the reader was built (86.7% to 90.7%, wrong 1.8% to 3.5%),
  // so that a change that only fits the tuning part shows here.
  it('keeps its held-back figures (a regression floor)', () => {
    expect(parts['held back'].accuracy).toBeGreaterThanOrEqual(0.85);
    expect(parts['held back'].wrong).toBeLessThanOrEqual(0.04);
  });

  // The notes written after the reader was finished (120 per language): 78.3% to 84.2% right, 7.5% to 11.7% wrong
  // when first measured, short of the targets above. A floor, so that it can only get better; never tune on them.
  it('keeps its figures on the notes written after it was finished (a regression floor)', () => {
    expect(parts['written after'].notes).toBe(120);
    expect(parts['written after'].accuracy).toBeGreaterThanOrEqual(0.75);
    expect(parts['written after'].wrong).toBeLessThanOrEqual(0.13);
  });
});
