// Phrases the user taught: a note's intent set by hand in the sidebar, stored with the document and read by the
// sidebar and the formulas alike. A taught phrase wins over the built-in reader (DOMAIN.md §5 reads the rest).
import type { IntentReading } from './intent';
import { normalizeText } from './text';

export type TaughtIntent = Exclude<IntentReading['intent'], 'unknown'>;
export const TAUGHT_INTENTS: readonly TaughtIntent[] = ['ready', 'considering', 'not_now', 'not_interested'];

/** Taught phrases by teaching key. */
export type TaughtPhrases = ReadonlyMap<string, TaughtIntent>;

const DIGITS = /\d+/g;
/** A space beside a Chinese character: Chinese has no spaces between words, so "等 4 月" is "等4月". */
const SPACE_BY_CJK = / (?=[\u2e80-\u9fff\uf900-\ufaff])|(?<=[\u2e80-\u9fff\uf900-\ufaff]) /g;
/** As the reader's own cache: past this many distinct notes it restarts rather than grow unbounded. */
const CACHE_LIMIT = 50_000;

/**
 * The key a note is taught and matched under: the note normalised as the reader sees it (case, accents, full-width
 * characters, punctuation and spacing do not matter, nor spaces beside Chinese), with every run of digits made one `#`. So "call back 5/30"
 * also matches "Call back 6/12!" and "quote for 200 units" matches "quote for 50 units": the same sentence with
 * other numbers or dates. Words are never generalised: "call back Tuesday" is a phrase of its own.
 */
export function teachingKey(note: string): string {
  return normalizeText(note).replace(DIGITS, '#').replace(SPACE_BY_CJK, '');
}

/** The reader with taught phrases first; readings are cached per raw note, as the reader's own are. */
export function withTaught(
  read: (status: string, leadScore: number) => IntentReading,
  taught: TaughtPhrases | undefined,
): (status: string, leadScore: number) => IntentReading {
  if (!taught || taught.size === 0) return read;
  const byRaw = new Map<string, IntentReading | null>();
  return (status, leadScore) => {
    let reading = byRaw.get(status);
    if (reading === undefined) {
      const intent = status === '' ? undefined : taught.get(teachingKey(status));
      reading = intent ? Object.freeze({ intent, via: 'taught' as const, cue: teachingKey(status) }) : null;
      if (byRaw.size >= CACHE_LIMIT) byRaw.clear();
      byRaw.set(status, reading);
    }
    return reading ?? read(status, leadScore);
  };
}
