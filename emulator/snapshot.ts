// Plain-data pictures of a sheet or spreadsheet, for "afterwards the sheet is cell for cell what it was"
// assertions (expect(after).toEqual(before)). Nothing is counted. Cell layers are trimmed (trailing defaults
// dropped) so equal sheets give equal snapshots; ids (sheet, chart, metadata) are left out because a re-created
// object gets a new one.
import { columnLetter, toA1 } from './a1';
import { isDate } from './execution';
import type { MetadataData, MetadataLocation } from './metadata';
import { DEFAULT_COLUMN_WIDTH, SheetModel, SpreadsheetModel } from './model';
import { FakeSheet } from './sheet';
import type { GridRect } from './spans';
import { FakeSpreadsheet } from './spreadsheet';

export interface RuleSnapshot {
  ranges: string[];
  criteria: string | null;
  criteriaValues: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface ChartSnapshot {
  type: string;
  ranges: string[];
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
}

export interface MetadataSnapshot {
  key: string;
  value: string | null;
  visibility: string;
  /** 'SPREADSHEET', 'SHEET', 'COLUMN C:D' or 'ROW 2:2'. */
  location: string;
}

export interface SheetSnapshot {
  name: string;
  index: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  hidden: boolean;
  /** Column letters. */
  hiddenColumns: string[];
  /** Column letter → width, for widths other than the default. */
  columnWidths: Record<string, number>;
  values: unknown[][];
  formulas: string[][];
  notes: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: string[][];
  numberFormats: string[][];
  wraps: boolean[][];
  horizontalAlignments: string[][];
  /** Data validation rules as plain data (null where there is none). */
  dataValidations: unknown[][];
  conditionalFormatRules: RuleSnapshot[];
  /** Metadata on the sheet and on its rows and columns. */
  developerMetadata: MetadataSnapshot[];
  charts: ChartSnapshot[];
}

export interface SpreadsheetSnapshot {
  locale: string;
  timeZone: string;
  sheetNames: string[];
  sheets: SheetSnapshot[];
  /** Metadata on the spreadsheet itself. */
  developerMetadata: MetadataSnapshot[];
}

function rectA1(rect: GridRect, from: SheetModel): string {
  const a1 = toA1(rect);
  return rect.sheet === from ? a1 : `'${rect.sheet.name.replace(/'/g, "''")}'!${a1}`;
}

function locationText(loc: MetadataLocation): string {
  if (loc.type === 'COLUMN') return `COLUMN ${columnLetter(loc.start)}:${columnLetter(loc.end)}`;
  if (loc.type === 'ROW') return `ROW ${loc.start}:${loc.end}`;
  return loc.type;
}

function metadataSnapshot(m: MetadataData): MetadataSnapshot {
  return { key: m.key, value: m.value, visibility: m.visibility, location: locationText(m.location) };
}

function toSheetModel(sheet: SheetModel | GoogleAppsScript.Spreadsheet.Sheet): SheetModel {
  return sheet instanceof SheetModel ? sheet : FakeSheet.modelOf(sheet);
}

export function snapshotSheet(sheet: SheetModel | GoogleAppsScript.Spreadsheet.Sheet): SheetSnapshot {
  const m = toSheetModel(sheet);
  const widths: Record<string, number> = {};
  m.columnWidths.forEach((w, i) => {
    if (w !== undefined && w !== DEFAULT_COLUMN_WIDTH && i < m.maxColumns) widths[columnLetter(i + 1)] = w;
  });
  const hidden: string[] = [];
  m.hiddenColumns.forEach((h, i) => h && i < m.maxColumns && hidden.push(columnLetter(i + 1)));
  return {
    name: m.name,
    index: m.spreadsheet.sheets.indexOf(m),
    maxRows: m.maxRows,
    maxColumns: m.maxColumns,
    frozenRows: m.frozenRows,
    frozenColumns: m.frozenColumns,
    tabColor: m.tabColor,
    hidden: m.hidden,
    hiddenColumns: hidden,
    columnWidths: widths,
    values: m.values.trimmed().map((row) => row.map((v) => (isDate(v) ? new Date(v.getTime()) : v))),
    formulas: m.formulas.trimmed(),
    notes: m.notes.trimmed(),
    backgrounds: m.formats.backgrounds.trimmed(),
    fontColors: m.formats.fontColors.trimmed(),
    fontWeights: m.formats.fontWeights.trimmed(),
    numberFormats: m.formats.numberFormats.trimmed(),
    wraps: m.formats.wraps.trimmed(),
    horizontalAlignments: m.formats.horizontalAlignments.trimmed(),
    dataValidations: m.validations.trimmed(),
    conditionalFormatRules: m.rules.map((rule) => ({
      ranges: rule.ranges.map((r) => rectA1(r, m)),
      criteria: rule.criteria,
      criteriaValues: [...rule.criteriaValues],
      ...rule.format,
    })),
    developerMetadata: m.spreadsheet.metadata.filter((d) => 'sheet' in d.location && d.location.sheet === m).map(metadataSnapshot),
    charts: m.charts.map((c) => ({
      type: c.chartType,
      ranges: c.ranges.map((r) => rectA1(r, m)),
      anchor: { row: c.anchorRow, column: c.anchorColumn, offsetX: c.offsetX, offsetY: c.offsetY },
      options: structuredClone(c.options),
      numHeaders: c.numHeaders,
      transpose: c.transpose,
    })),
  };
}

export function snapshotSpreadsheet(spreadsheet: SpreadsheetModel | GoogleAppsScript.Spreadsheet.Spreadsheet): SpreadsheetSnapshot {
  const m = spreadsheet instanceof SpreadsheetModel ? spreadsheet : FakeSpreadsheet.modelOf(spreadsheet);
  return {
    locale: m.locale,
    timeZone: m.timeZone,
    sheetNames: m.sheets.map((s) => s.name),
    sheets: m.sheets.map((s) => snapshotSheet(s)),
    developerMetadata: m.metadata.filter((d) => d.location.type === 'SPREADSHEET').map(metadataSnapshot),
  };
}
