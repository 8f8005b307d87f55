// The sidebar's teaching list: the sheet's distinct notes (by teaching key) with how often they occur and how they
// are read, the unread ones first for the user to teach, and the taught phrases with the rows each decided.
import { teachingKey, type Segmentation } from '../../engine';
import type { NoteLine, TaughtLine, TeachingList } from '../../shared/contract';
import type { TaughtEntry } from '../taughtStore';

/** Lines per list: enough to teach the common notes; the rest are counted. */
export const LISTED_NOTES = 40;

export function teachingList(result: Segmentation, entries: readonly TaughtEntry[]): TeachingList | null {
  const c = result.classified;
  const read = c.readIntent;
  if (!read || c.table.columns.status === undefined) return null;
  const byKey = new Map<string, NoteLine>();
  for (let i = 0; i < c.table.n; i++) {
    const text = c.table.status[i];
    if (c.table.blank[i] || text === '') continue;
    const key = teachingKey(text);
    if (key === '') continue;
    const line = byKey.get(key);
    if (line) {
      line.rows++;
    } else {
      const reading = read(text, c.table.leadScore[i]);
      byKey.set(key, { text, rows: 1, intent: reading.intent, via: reading.via });
    }
  }
  const mostFrequent = (a: NoteLine, b: NoteLine) => b.rows - a.rows || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  const lines = [...byKey.values()].sort(mostFrequent);
  const unread = lines.filter((l) => l.via === 'none' || l.via === 'score');
  const readLines = lines.filter((l) => l.via === 'text' || l.via === 'taught');
  const taught: TaughtLine[] = entries.map((e) => ({
    text: e.text,
    intent: e.intent,
    on: e.on,
    rows: byKey.get(e.key)?.via === 'taught' ? byKey.get(e.key)!.rows : 0,
  }));
  return {
    unread: unread.slice(0, LISTED_NOTES),
    read: readLines.slice(0, LISTED_NOTES),
    unreadTotal: unread.length,
    readTotal: readLines.length,
    taught,
    taughtRows: c.taughtRows,
  };
}
