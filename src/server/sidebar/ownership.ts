// What Apply added to a sheet, and how to find it again: one developer-metadata entry on the output columns
// (it moves with them when the user inserts or deletes columns elsewhere) whose value records the rest.
import { columnLetter } from './rulesPlan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export const OUTPUT_KEY = 'customerSegments.output';

export interface OutputRecord {
  version: 1;
  headers: string[];
  /** The sheet's frozen rows before the first Apply, restored by Clear. */
  frozenRowsBefore: number;
  /** Sheet row of the table's header at the last Apply. */
  headerRow: number;
  /** The summary sheet we made, found again by id (a user's own "Segments" sheet is never touched). */
  summarySheetId: number | null;
  summarySheetName: string;
  appliedAt: string;
}

export interface OwnedBlock {
  metadata: DeveloperMetadata;
  /** 1-based first column and number of columns of the output block. */
  firstColumn: number;
  width: number;
  record: OutputRecord;
}

function parseRecord(value: string | null): OutputRecord | null {
  if (!value) return null;
  try {
    const record = JSON.parse(value) as OutputRecord;
    return record && record.version === 1 && Array.isArray(record.headers) ? record : null;
  } catch {
    return null;
  }
}

/** The output block of an earlier Apply on this sheet, or null. Extra entries (a copied sheet) are ignored. */
export function findOwnedBlock(sheet: Sheet): OwnedBlock | null {
  const found = sheet.createDeveloperMetadataFinder().withKey(OUTPUT_KEY).find();
  for (const metadata of found) {
    const record = parseRecord(metadata.getValue());
    const columns = metadata.getLocation().getColumn();
    if (!record || !columns) continue;
    return { metadata, firstColumn: columns.getColumn(), width: columns.getNumColumns(), record };
  }
  return null;
}

/** Remembers the block on its whole columns ('K:T': metadata can only sit on whole columns). */
export function recordBlock(sheet: Sheet, firstColumn: number, width: number, record: OutputRecord): void {
  const range = sheet.getRange(`${columnLetter(firstColumn)}:${columnLetter(firstColumn + width - 1)}`);
  range.addDeveloperMetadata(OUTPUT_KEY, JSON.stringify(record), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}
