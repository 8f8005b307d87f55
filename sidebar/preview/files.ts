// Opening the user's file: CSV with papaparse, XLSX with exceljs. A CSV's cells are text that the preview types
// the way Sheets does on import (numbers, ISO dates → Dates); an XLSX already has typed cells.
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { zonedTime } from '../../emulator/timeZone';
import { PreviewError } from './text';

export interface LoadedSheet {
  name: string;
  rows: unknown[][];
  /** true: the cells are text to be read as typed (CSV); false: they already are numbers, Dates, booleans. */
  typed: boolean;
  frozenRows?: number;
  /** Solid fill colours ('#rrggbb') by cell, where an .xlsx has them (a downloaded result keeps its colours). */
  backgrounds?: (string | null)[][];
}

export const OPENABLE = ['.csv', '.tsv', '.txt', '.xlsx'];

/** The sheets of a .csv/.tsv/.txt or .xlsx file; throws a PreviewError (a sentence for the user) when it cannot be read. */
export async function readSpreadsheetFile(fileName: string, bytes: Buffer, timeZone: string): Promise<LoadedSheet[]> {
  const ext = path.extname(fileName).toLowerCase();
  const name = path.basename(fileName);
  if (ext === '.xlsx') {
    try {
      return await readXlsx(bytes, timeZone);
    } catch {
      // The zip and XML readers' own messages (internal names, URLs of their docs) mean nothing to the user.
      throw new PreviewError({ key: 'fileUnreadable', facts: { name } });
    }
  }
  if (OPENABLE.includes(ext))
    return [{ name: path.basename(fileName, path.extname(fileName)), rows: readCsv(bytes.toString('utf8')), typed: true }];
  throw new PreviewError({ key: 'fileType', facts: { name: fileName, types: OPENABLE.join(', ') } });
}

export function readCsv(text: string): string[][] {
  // Papa guesses the delimiter (comma, semicolon, tab…) and reports quirks without failing: rows are all we need.
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
  // A final newline gives one empty row; blank rows inside the data are kept, as Sheets keeps them.
  while (rows.length && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return rows;
}

async function readXlsx(bytes: Buffer, timeZone: string): Promise<LoadedSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    const backgrounds: (string | null)[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const line: unknown[] = [];
      const fills: (string | null)[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = row.getCell(c);
        line.push(cellValue(cell.value, timeZone));
        fills.push(solidFill(cell.fill));
      }
      rows.push(line);
      backgrounds.push(fills);
    }
    const view = sheet.views?.[0] as { state?: string; ySplit?: number } | undefined;
    return { name: sheet.name, rows, typed: false, frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0, backgrounds };
  });
}

function solidFill(fill: ExcelJS.Fill | undefined): string | null {
  const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : null;
}

/** exceljs gives a Date whose UTC reading is the cell's wall clock: the same reading in the spreadsheet's zone. */
function cellValue(value: ExcelJS.CellValue, timeZone: string): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const v = value;
    return new Date(
      zonedTime(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate(), timeZone, v.getUTCHours(), v.getUTCMinutes(), v.getUTCSeconds()),
    );
  }
  if (typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as { result?: ExcelJS.CellValue }).result ?? '', timeZone);
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue, timeZone);
  if ('error' in value) return String(value.error);
  return String(value);
}
