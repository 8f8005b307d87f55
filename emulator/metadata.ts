// Developer metadata: key/value pairs on the spreadsheet, a sheet, or one whole row or column. Row/column
// metadata moves with its lines and is deleted with them (model.ts). A DeveloperMetadata object is a handle
// on the stored entry: after remove() (or after its column is deleted) using it throws.
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, type LocationTypeName, type VisibilityName, enumName } from './enums';
import type { Execution } from './execution';
import type { SheetModel, SpreadsheetModel } from './model';
import { FakeRange, asRange } from './range';
import { type GridRect, rectContains, rectsIntersect } from './spans';
import { FakeSheet, asSheet } from './sheet';
import { asSpreadsheet } from './spreadsheet';

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: SheetModel }
  | { type: 'COLUMN' | 'ROW'; sheet: SheetModel; start: number; end: number };

export interface MetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: VisibilityName;
  location: MetadataLocation;
}

// Sheets limits the metadata of the spreadsheet, and of each sheet with its rows and columns, to 30,000 characters.
const MAX_METADATA_CHARS = 30000;

const ARBITRARY_RANGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

function sizeOf(m: MetadataData): number {
  return m.key.length + (m.value?.length ?? 0);
}

function sameScope(a: MetadataLocation, b: MetadataLocation): boolean {
  if (a.type === 'SPREADSHEET' || b.type === 'SPREADSHEET') return a.type === b.type;
  return a.sheet === b.sheet;
}

/** Adds an entry, refusing it when its scope would exceed the 30,000-character limit. */
export function addMetadata(
  spreadsheet: SpreadsheetModel,
  key: string,
  valueOrVisibility: unknown,
  visibility: unknown,
  location: MetadataLocation,
): void {
  const secondIsVisibility = valueOrVisibility !== undefined && typeof valueOrVisibility !== 'string';
  const value = secondIsVisibility || valueOrVisibility === undefined ? null : String(valueOrVisibility);
  const vis = secondIsVisibility ? valueOrVisibility : (visibility ?? DeveloperMetadataVisibility.DOCUMENT);
  const entry: MetadataData = {
    id: spreadsheet.newMetadataId(),
    key: String(key),
    value,
    visibility: enumName(vis, 'DeveloperMetadataVisibility') as VisibilityName,
    location,
  };
  const used = spreadsheet.metadata.filter((m) => sameScope(m.location, location)).reduce((n, m) => n + sizeOf(m), 0);
  if (used + sizeOf(entry) > MAX_METADATA_CHARS) {
    throw new Error(`Adding this developer metadata would exceed the ${MAX_METADATA_CHARS} character limit for its location.`);
  }
  spreadsheet.metadata.push(entry);
}

/**
 * The location of a Range.addDeveloperMetadata call: one whole column or one whole row, as the Sheets API defines a
 * dimension location: "The specified DimensionRange must represent a single row or column; it cannot be unbounded or
 * span multiple rows or columns"
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata#DeveloperMetadataLocation).
 * The Apps Script page (Range.addDeveloperMetadata) is silent on the shape; we take the stricter reading and also
 * require the range to be written as a whole line ('C:C', '2:2', or a location's getColumn()/getRow()), since a
 * range sized to the sheet's edge is reported to be refused as an arbitrary range.
 */
export function lineLocation(rect: GridRect, shape: { wholeColumns?: boolean; wholeRows?: boolean }): MetadataLocation {
  if (shape.wholeColumns && rect.numCols === 1) return { type: 'COLUMN', sheet: rect.sheet, start: rect.col, end: rect.col };
  if (shape.wholeRows && rect.numRows === 1) return { type: 'ROW', sheet: rect.sheet, start: rect.row, end: rect.row };
  throw new Error(ARBITRARY_RANGE);
}

/** The cells a row/column location covers. */
export function locationRect(loc: MetadataLocation): GridRect | null {
  if (loc.type === 'COLUMN')
    return { sheet: loc.sheet, row: 1, col: loc.start, numRows: loc.sheet.maxRows, numCols: loc.end - loc.start + 1 };
  if (loc.type === 'ROW')
    return { sheet: loc.sheet, row: loc.start, col: 1, numRows: loc.end - loc.start + 1, numCols: loc.sheet.maxColumns };
  return null;
}

type MetadataApi = Pick<
  GoogleAppsScript.Spreadsheet.DeveloperMetadata,
  | 'getId'
  | 'getKey'
  | 'getValue'
  | 'getVisibility'
  | 'getLocation'
  | 'setKey'
  | 'setValue'
  | 'setVisibility'
  | 'remove'
  | 'moveToColumn'
  | 'moveToRow'
  | 'moveToSheet'
  | 'moveToSpreadsheet'
>;

export class FakeDeveloperMetadata implements MetadataApi {
  constructor(
    private readonly exec: Execution,
    private readonly spreadsheet: SpreadsheetModel,
    private readonly id: number,
  ) {}

  private entry(method: string): MetadataData {
    this.exec.hit('service', `DeveloperMetadata.${method}`);
    const found = this.spreadsheet.metadata.find((m) => m.id === this.id);
    if (!found) throw new Error(`No developer metadata with ID ${this.id} exists.`);
    return found;
  }

  private api(): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    return this as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  }

  getId(): number {
    return this.entry('getId').id;
  }

  getKey(): string {
    return this.entry('getKey').key;
  }

  getValue(): string | null {
    return this.entry('getValue').value;
  }

  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return DeveloperMetadataVisibility[
      this.entry('getVisibility').visibility
    ] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }

  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    const loc = this.entry('getLocation').location;
    const copy = loc.type === 'COLUMN' || loc.type === 'ROW' ? { ...loc } : loc;
    return new FakeDeveloperMetadataLocation(
      this.exec,
      this.spreadsheet,
      copy,
    ) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
  }

  setKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    this.entry('setKey').key = String(key);
    return this.api();
  }

  setValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    this.entry('setValue').value = String(value);
    return this.api();
  }

  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    this.entry('setVisibility').visibility = enumName(visibility, 'DeveloperMetadataVisibility') as VisibilityName;
    return this.api();
  }

  remove(): void {
    const entry = this.entry('remove');
    this.spreadsheet.metadata = this.spreadsheet.metadata.filter((m) => m !== entry);
  }

  moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    const entry = this.entry('moveToColumn');
    const loc = lineLocation(FakeRange.rectOf(column), FakeRange.shapeOf(column));
    if (loc.type !== 'COLUMN') throw new Error(ARBITRARY_RANGE);
    entry.location = loc;
    return this.api();
  }

  moveToRow(row: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    const entry = this.entry('moveToRow');
    const loc = lineLocation(FakeRange.rectOf(row), FakeRange.shapeOf(row));
    if (loc.type !== 'ROW') throw new Error(ARBITRARY_RANGE);
    entry.location = loc;
    return this.api();
  }

  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    const entry = this.entry('moveToSheet');
    entry.location = { type: 'SHEET', sheet: FakeSheet.modelOf(sheet) };
    return this.api();
  }

  moveToSpreadsheet(): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    this.entry('moveToSpreadsheet').location = { type: 'SPREADSHEET' };
    return this.api();
  }
}

export class FakeDeveloperMetadataLocation
  implements
    Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getLocationType' | 'getColumn' | 'getRow' | 'getSheet' | 'getSpreadsheet'>
{
  constructor(
    private readonly exec: Execution,
    private readonly spreadsheet: SpreadsheetModel,
    private readonly loc: MetadataLocation,
  ) {}

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    this.exec.hit('service', 'DeveloperMetadataLocation.getLocationType');
    return DeveloperMetadataLocationType[this.loc.type] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }

  /** The whole column(s) as a Range ('C:C'), or null for other locations. */
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    this.exec.hit('service', 'DeveloperMetadataLocation.getColumn');
    if (this.loc.type !== 'COLUMN') return null;
    const rect = locationRect(this.loc)!;
    return asRange(new FakeRange(this.exec, rect.sheet, rect.row, rect.col, rect.numRows, rect.numCols, { wholeColumns: true }));
  }

  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    this.exec.hit('service', 'DeveloperMetadataLocation.getRow');
    if (this.loc.type !== 'ROW') return null;
    const rect = locationRect(this.loc)!;
    return asRange(new FakeRange(this.exec, rect.sheet, rect.row, rect.col, rect.numRows, rect.numCols, { wholeRows: true }));
  }

  /** The sheet of a sheet, row or column location. */
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    this.exec.hit('service', 'DeveloperMetadataLocation.getSheet');
    return this.loc.type === 'SPREADSHEET' ? null : asSheet(this.exec, this.loc.sheet);
  }

  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    this.exec.hit('service', 'DeveloperMetadataLocation.getSpreadsheet');
    return this.loc.type === 'SPREADSHEET' ? asSpreadsheet(this.exec, this.spreadsheet) : null;
  }
}

/** Where a finder looks: everything, one sheet (with its rows/columns), or the lines within a range. */
export type FinderScope = { kind: 'spreadsheet' } | { kind: 'sheet'; sheet: SheetModel } | { kind: 'range'; rect: GridRect };

type FinderApi = Pick<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
  'find' | 'withKey' | 'withValue' | 'withId' | 'withLocationType' | 'withVisibility' | 'onIntersectingLocations'
>;

export class FakeDeveloperMetadataFinder implements FinderApi {
  private key: string | null = null;
  private value: string | null = null;
  private id: number | null = null;
  private locationType: LocationTypeName | null = null;
  private visibility: VisibilityName | null = null;
  private intersecting = false;

  constructor(
    private readonly exec: Execution,
    private readonly spreadsheet: SpreadsheetModel,
    private readonly scope: FinderScope,
  ) {}

  private chain(method: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.exec.hit('service', `DeveloperMetadataFinder.${method}`);
    return this as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }

  withKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.key = String(key);
    return this.chain('withKey');
  }

  withValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.value = String(value);
    return this.chain('withValue');
  }

  withId(id: number): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.id = Number(id);
    return this.chain('withId');
  }

  withLocationType(
    locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType,
  ): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.locationType = enumName(locationType, 'DeveloperMetadataLocationType') as LocationTypeName;
    return this.chain('withLocationType');
  }

  withVisibility(
    visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.visibility = enumName(visibility, 'DeveloperMetadataVisibility') as VisibilityName;
    return this.chain('withVisibility');
  }

  onIntersectingLocations(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.intersecting = true;
    return this.chain('onIntersectingLocations');
  }

  find(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.exec.hit('service', 'DeveloperMetadataFinder.find');
    const found = this.exec.scriptArray<GoogleAppsScript.Spreadsheet.DeveloperMetadata>();
    for (const m of this.spreadsheet.metadata) {
      if (!this.matches(m)) continue;
      found.push(new FakeDeveloperMetadata(this.exec, this.spreadsheet, m.id) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata);
    }
    return found;
  }

  private matches(m: MetadataData): boolean {
    if (this.key !== null && m.key !== this.key) return false;
    if (this.value !== null && m.value !== this.value) return false;
    if (this.id !== null && m.id !== this.id) return false;
    if (this.locationType !== null && m.location.type !== this.locationType) return false;
    if (this.visibility !== null && m.visibility !== this.visibility) return false;
    return inScope(m.location, this.scope, this.intersecting);
  }
}

export function inScope(loc: MetadataLocation, scope: FinderScope, intersecting: boolean): boolean {
  if (scope.kind === 'spreadsheet') return true;
  if (loc.type === 'SPREADSHEET') return false;
  if (scope.kind === 'sheet') return loc.sheet === scope.sheet;
  const rect = locationRect(loc);
  if (!rect) return false;
  return intersecting ? rectsIntersect(scope.rect, rect) : rectContains(scope.rect, rect);
}
