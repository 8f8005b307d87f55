// The download: every sheet as an .xlsx with the colours it shows (conditional formatting baked in as fills), so
// the result can be opened in Sheets or Excel. Values are saved, not formulas (the CUSTOMER_* functions exist
// only where the add-on runs); charts are left out because exceljs cannot write them.
import ExcelJS from 'exceljs';
import { isDate } from '../../emulator/execution';
import { DEFAULT_BACKGROUND, DEFAULT_COLUMN_WIDTH, DEFAULT_FONT_COLOR, type SpreadsheetModel } from '../../emulator/model';
import { zonedParts } from '../../emulator/timeZone';
import { blockFormats } from './cellFormats';
import { DEFAULT_NUMBER_FORMAT } from '../../emulator/userEntered';

// exceljs widths are in characters of the default font: about 7 px each.
const PIXELS_PER_CHARACTER = 7;

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

export async function workbookToXlsx(spreadsheet: SpreadsheetModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Customer segments (local preview)';
  for (const sheet of spreadsheet.sheets) {
    const frozen = sheet.frozenRows || sheet.frozenColumns;
    const out = book.addWorksheet(sheet.name, {
      views: frozen ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }] : undefined,
      state: sheet.hidden ? 'hidden' : 'visible',
    });
    const lastRow = sheet.lastRow();
    const lastColumn = sheet.lastColumn();
    out.columns = Array.from({ length: lastColumn }, (_, c) => ({
      width: (sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH) / PIXELS_PER_CHARACTER,
      hidden: sheet.hiddenColumns[c] === true,
    }));
    const formats = lastRow && lastColumn ? blockFormats(sheet, { row: 1, col: 1, numRows: lastRow, numCols: lastColumn }) : [];
    for (let r = 1; r <= lastRow; r++) {
      const row = out.getRow(r);
      for (let c = 1; c <= lastColumn; c++) {
        const value = sheet.values.get(r - 1, c - 1);
        const format = formats[r - 1][c - 1];
        const numberFormat = sheet.formats.numberFormats.get(r - 1, c - 1);
        if (value === '' && format.background === DEFAULT_BACKGROUND) continue;
        const cell = row.getCell(c);
        // A string is written as a string: text such as =HYPERLINK(...) stays text in the file.
        cell.value = isDate(value) ? wallClock(value, spreadsheet.timeZone) : (value as ExcelJS.CellValue);
        if (numberFormat !== DEFAULT_NUMBER_FORMAT) cell.numFmt = numberFormat;
        else if (isDate(value)) cell.numFmt = 'yyyy-mm-dd';
        if (format.background !== DEFAULT_BACKGROUND)
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(format.background) } };
        if (format.bold || format.fontColor !== DEFAULT_FONT_COLOR)
          cell.font = { bold: format.bold, color: { argb: argb(format.fontColor) } };
      }
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Excel dates have no zone: write the wall clock of the spreadsheet's zone (exceljs reads a Date's UTC fields). */
function wallClock(date: Date, timeZone: string): Date {
  const p = zonedParts(date.getTime(), timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}
