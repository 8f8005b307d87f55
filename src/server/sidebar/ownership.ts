// What Apply added to a sheet, and how Clear finds it again, whatever happened in between.
//
// - The block of output columns is marked by two developer-metadata entries, one on its first and one on its last
//   column. Metadata sits only on one whole row or column ("it cannot be unbounded or span multiple rows or columns",
//   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata#DeveloperMetadataLocation)
//   and moves with its column, so the block is always the columns from the first marker to the last, even after the
//   user inserted or deleted columns elsewhere, or inside it.
// - The first marker's value is the record: what Clear must restore (frozen rows) and the summary sheet we made, by id.
// - Before its first change, Apply writes the same record as a pending run to the document properties, and keeps it
//   up to date (the summary sheet's id as soon as the sheet exists). A run that stops part way is therefore always
//   findable: by its markers once they are written, by the pending record before. Property writes are not Spreadsheet
//   calls, so this costs nothing of Apply's 30-call budget.
import type { Field, LogField, SettingsInput } from '../../engine';
import type { TableShape } from '../../shared/contract';

/** The key of every developer-metadata entry the add-on writes; the value says which entry it is. */
export const METADATA_KEY = 'customerSegments';
const RECORD_VERSION = 2;

export interface OutputRecord {
  version: typeof RECORD_VERSION;
  /** Names the block: the first and last markers carry the same id. */
  blockId: string;
  /** The output's column headers, in order (for a readable record and for re-runs). */
  headers: string[];
  /** Frozen rows before the first Apply, and what Apply froze: Clear restores the first if the second still holds. */
  frozenRowsBefore: number;
  frozenRowsSet: number;
  /** Sheet row of the table's header at the last Apply. */
  headerRow: number;
  /** The summary sheet we made, found again by id: a user's own sheet of the same name is never touched. */
  summarySheetId: number | null;
  /** The name we gave it (the user may rename it; only the id is used to find it). */
  summaryName: string | null;
  /** For an order log: the customer sheet we made (by id), its name, and the rows it has room for. */
  customerSheetId?: number | null;
  customerSheetName?: string | null;
  customerSheetRows?: number;
  appliedAt: string;
}

export type MarkerValue = { role: 'first'; record: OutputRecord } | { role: 'last'; blockId: string };

export function markerText(marker: MarkerValue): string {
  return JSON.stringify(marker);
}

export function parseMarker(text: string | null): MarkerValue | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as MarkerValue;
    if (value?.role === 'first' && value.record?.version === RECORD_VERSION && Array.isArray(value.record.headers)) return value;
    if (value?.role === 'last' && typeof value.blockId === 'string') return value;
  } catch {
    // Not ours (another add-on's entry under the same key): ignored.
  }
  return null;
}

/** A block found on a sheet: its columns (1-based, inclusive) and its record. */
export interface OwnedBlock {
  sheetId: number;
  first: number;
  last: number;
  record: OutputRecord;
}

/** One marker as the gateway reads it: where it sits and what it says. */
export interface FoundMarker {
  sheetId: number;
  column: number;
  value: MarkerValue;
}

/**
 * The blocks among the markers found: a first and a last marker of the same block, on the same sheet, in order.
 * A first marker whose last marker is gone (the user deleted the last column) gives a block up to the first column
 * that the record's headers still reach; stray last markers are ignored.
 */
export function blocksOf(markers: readonly FoundMarker[]): OwnedBlock[] {
  const out: OwnedBlock[] = [];
  for (const m of markers) {
    if (m.value.role !== 'first') continue;
    const { record } = m.value;
    const last = markers.find(
      (o) => o.value.role === 'last' && o.value.blockId === record.blockId && o.sheetId === m.sheetId && o.column >= m.column,
    );
    out.push({ sheetId: m.sheetId, first: m.column, last: last ? last.column : m.column + record.headers.length - 1, record });
  }
  return out;
}

/** The pending record of a run on one sheet, in the document properties (see the top of this file). */
export interface PendingRun {
  sheetId: number;
  blockId: string;
  frozenRowsBefore: number;
  /** The summary sheet this run made or reused, once it exists; for an order log, its customer sheet too. */
  summarySheetId: number | null;
  customerSheetId?: number | null;
  /** A history sheet made but never marked as ours (historyPlan.ts): it holds no run, Clear always removes it. */
  historySheetId?: number;
  startedAt: string;
}

const PENDING_PREFIX = 'customerSegments.pending.';

export function pendingKey(sheetId: number): string {
  return PENDING_PREFIX + sheetId;
}

export function parsePending(text: string | null): PendingRun | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as PendingRun;
    return value && typeof value.sheetId === 'number' && typeof value.blockId === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** The settings and column choices of the last Apply, offered again next time and used by the menu's re-run. */
export const LAST_RUN_KEY = 'customerSegments.lastRun';

export interface SavedRun {
  /** Never the analysis date: a saved date would silently age every "days since" of the next run. */
  settings: SettingsInput;
  /** Field → the header text of the chosen column: survives columns moving, unlike an index. */
  columns: Partial<Record<Field, string | null>>;
  /** How the table was read, and for an order log its columns by header text. */
  shape?: TableShape;
  logColumns?: Partial<Record<LogField, string | null>>;
}

export function parseSavedRun(text: string | null): SavedRun | null {
  if (!text) return null;
  try {
    const saved = JSON.parse(text) as SavedRun;
    if (!saved || typeof saved !== 'object' || !saved.settings) return null;
    const { asOf: _ignored, ...settings } = saved.settings as SettingsInput & { asOf?: unknown };
    const run: SavedRun = { settings, columns: saved.columns ?? {} };
    if (saved.shape === 'customers' || saved.shape === 'orders') run.shape = saved.shape;
    if (saved.logColumns && typeof saved.logColumns === 'object') run.logColumns = saved.logColumns;
    return run;
  } catch {
    return null;
  }
}
