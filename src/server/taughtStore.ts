// Taught phrases live in the document's properties, one property per phrase, so the sidebar and the formulas of
// every user of the spreadsheet read the same ones (custom functions may read properties; only the sidebar writes).
// One property per phrase keeps each value far below the 9 KB a value may hold; the store holds 500 KB in all
// (https://developers.google.com/apps-script/guides/services/quotas), which MAX_TAUGHT keeps well within.
import { TAUGHT_INTENTS, teachingKey, type TaughtIntent, type TaughtPhrases } from '../engine';

const PREFIX = 'taught:';
/** At about 300 bytes a phrase, 1,000 phrases take 300 KB of the store's 500 KB, leaving room for the run records. */
export const MAX_TAUGHT = 1000;
/** A teaching key longer than this is a paragraph, not a phrase that will come again. */
export const MAX_KEY_LENGTH = 200;

export interface TaughtEntry {
  /** The teaching key (normalised, digits as #): what it matches. */
  key: string;
  intent: TaughtIntent;
  /** The note as the user taught it, to show back. */
  text: string;
  /** ISO date it was taught. */
  on: string;
}

type Store = Pick<GoogleAppsScript.Properties.Properties, 'getProperties'>;

/** Every taught phrase, in one call, oldest first; an entry that cannot be read is skipped, never fatal. */
export function readTaughtEntries(store: Store): TaughtEntry[] {
  const all = store.getProperties();
  const entries: TaughtEntry[] = [];
  for (const name of Object.keys(all)) {
    if (!name.startsWith(PREFIX)) continue;
    const entry = parseEntry(name.slice(PREFIX.length), all[name]);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.key < b.key ? -1 : 1));
}

function parseEntry(key: string, value: string): TaughtEntry | null {
  try {
    const data = JSON.parse(value) as { i?: unknown; t?: unknown; on?: unknown };
    if (!TAUGHT_INTENTS.includes(data.i as TaughtIntent)) return null;
    return { key, intent: data.i as TaughtIntent, text: String(data.t ?? key), on: String(data.on ?? '') };
  } catch {
    return null;
  }
}

export function phrasesOf(entries: readonly TaughtEntry[]): TaughtPhrases {
  return new Map(entries.map((e) => [e.key, e.intent]));
}

/** For the formulas: the phrases, read only when a formula reads notes. */
export function readTaughtPhrases(): TaughtPhrases {
  return phrasesOf(readTaughtEntries(PropertiesService.getDocumentProperties()));
}

export type TeachFailure = 'empty' | 'too_long' | 'too_many';

/** Teaches a note (intent) or forgets it (null); `taught` is what is taught already. */
export function teach(
  store: Pick<GoogleAppsScript.Properties.Properties, 'setProperty' | 'deleteProperty'>,
  note: string,
  intent: TaughtIntent | null,
  taught: readonly TaughtEntry[],
  today: string,
): { ok: true; key: string } | { ok: false; reason: TeachFailure } {
  const key = teachingKey(note);
  if (key === '') return { ok: false, reason: 'empty' };
  if (key.length > MAX_KEY_LENGTH) return { ok: false, reason: 'too_long' };
  if (intent === null) {
    store.deleteProperty(PREFIX + key);
    return { ok: true, key };
  }
  if (taught.filter((e) => e.key !== key).length >= MAX_TAUGHT) return { ok: false, reason: 'too_many' };
  store.setProperty(PREFIX + key, JSON.stringify({ i: intent, t: note.trim().slice(0, MAX_KEY_LENGTH), on: today }));
  return { ok: true, key };
}
