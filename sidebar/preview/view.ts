// The active sheet as a person sees it in Sheets: each cell's shown text (number formats, dates in the locale),
// its colours once the conditional-format rules apply, and the charts with the data their ranges hold.
import { shownValues, type CellFormat } from '../../emulator';
import type { ChartData } from '../../emulator/charts';
import { isDate } from '../../emulator/execution';
import { DEFAULT_BACKGROUND, DEFAULT_COLUMN_WIDTH, DEFAULT_FONT_COLOR, type SheetModel } from '../../emulator/model';
import { blockFormats } from './cellFormats';
import { exampleFormula } from './formulaSyntax';
import { fill, type PreviewText, previewLanguage, previewText } from './text';
import type { CellView, ChartView, SheetView, WorkbookView } from './viewTypes';
import type { PreviewWorkbook } from './workbook';

/** Enough for any sample; a 50,000-row sheet shows its first rows (the sidebar reads all of them). */
const MAX_SHOWN_ROWS = 2000;
const MAX_SHOWN_COLUMNS = 104;
// Sheets' default size for a new chart.
const CHART_WIDTH = 600;
const CHART_HEIGHT = 371;
const CHART_COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];

// Drawing a sheet evaluates every rule for every cell: keep the last drawing until the workbook changes (or the
// user's language, which the formulas' error tooltips and the charts' unnamed series are said in).
const drawn = new WeakMap<PreviewWorkbook, { revision: number; sheet: SheetModel; language: string; view: SheetView }>();

function cachedSheetView(workbook: PreviewWorkbook, sheet: SheetModel): SheetView {
  const last = drawn.get(workbook);
  const language = previewLanguage(workbook.userLocale);
  if (last && last.revision === workbook.revision && last.sheet === sheet && last.language === language) return last.view;
  const view = sheetView(workbook, sheet);
  drawn.set(workbook, { revision: workbook.revision, sheet, language, view });
  return view;
}

export function workbookView(workbook: PreviewWorkbook): WorkbookView {
  const spreadsheet = workbook.spreadsheet;
  const active = spreadsheet.activeSheet();
  const range = spreadsheet.activeRange;
  const toasts = spreadsheet.toasts.slice(workbook.toastsSeen).map(({ title, message }) => ({ title, message }));
  workbook.toastsSeen = spreadsheet.toasts.length;
  const menu = workbook.ui.menus[workbook.ui.menus.length - 1];
  const sidebar = workbook.ui.sidebar;
  const text = previewText(workbook.userLocale);
  return {
    name: spreadsheet.name,
    locale: spreadsheet.locale,
    userLocale: workbook.userLocale,
    today: workbook.today ?? '',
    timeZone: spreadsheet.timeZone,
    sheets: spreadsheet.sheets.map((s) => ({ name: s.name, tabColor: s.tabColor, hidden: s.hidden })),
    activeIndex: spreadsheet.sheets.indexOf(active),
    sheet: cachedSheetView(workbook, active),
    selection: range && range.sheet === active ? { row: range.row, col: range.col, numRows: range.numRows, numCols: range.numCols } : null,
    toasts,
    menu: menu
      ? {
          title: sidebar?.title || text.addOn,
          items: menu.entries.map((e) => (e.kind === 'item' ? { caption: e.caption, functionName: e.functionName } : null)),
        }
      : null,
    sidebar: sidebar ? { title: sidebar.title, width: sidebar.width } : null,
    language: previewLanguage(workbook.userLocale),
    text,
    formulaHint: fill(text.formulaHint, { example: exampleFormula(spreadsheet.locale) }),
  };
}

function sheetView(workbook: PreviewWorkbook, sheet: SheetModel): SheetView {
  const lastRow = sheet.lastRow();
  const lastColumn = sheet.lastColumn();
  const shownRows = Math.min(sheet.maxRows, MAX_SHOWN_ROWS, Math.max(lastRow + 30, 100));
  const shownColumns = Math.min(sheet.maxColumns, MAX_SHOWN_COLUMNS, Math.max(lastColumn + 3, 26));
  const block = { row: 1, col: 1, numRows: shownRows, numCols: shownColumns };
  const texts = shownValues(sheet, block);
  const formats = blockFormats(sheet, block);
  const cells: CellView[][] = texts.map((line, i) => line.map((text, j) => cellView(workbook, sheet, i + 1, j + 1, text, formats[i][j])));
  const columnWidths: number[] = [];
  for (let c = 0; c < shownColumns; c++) columnWidths.push(sheet.hiddenColumns[c] ? 0 : (sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH));
  return {
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    shownRows,
    shownColumns,
    lastRow,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths,
    cells,
    charts: sheet.charts.map((chart) => chartView(chart, previewText(workbook.userLocale))),
  };
}

function cellView(workbook: PreviewWorkbook, sheet: SheetModel, row: number, col: number, text: string, format: CellFormat): CellView {
  const view: CellView = { t: text };
  if (format.background !== DEFAULT_BACKGROUND) view.bg = format.background;
  if (format.fontColor !== DEFAULT_FONT_COLOR) view.fg = format.fontColor;
  if (format.bold) view.b = true;
  const value = sheet.values.get(row - 1, col - 1);
  const align = sheet.formats.horizontalAlignments.get(row - 1, col - 1);
  // Sheets' "general" alignment: numbers and dates to the right, booleans and errors centred, text to the left.
  if (align === 'left' || align === 'center' || align === 'right') view.a = align;
  else if (typeof value === 'number' || isDate(value)) view.a = 'right';
  else if (typeof value === 'boolean') view.a = 'center';
  const formula = sheet.formulas.get(row - 1, col - 1);
  if (formula) {
    view.f = formula;
    const error = workbook.formulaError(sheet, row, col);
    if (error) {
      view.e = error;
      view.a = 'center';
    }
  }
  return view;
}

/** A chart's first column gives the categories, each other column a series; a text first row is the header. */
function chartView(chart: ChartData, text: PreviewText): ChartView {
  const columns: unknown[][] = [];
  for (const rect of chart.ranges) {
    for (let c = 0; c < rect.numCols; c++) {
      const column: unknown[] = [];
      for (let r = 0; r < rect.numRows; r++) column.push(rect.sheet.values.get(rect.row - 1 + r, rect.col - 1 + c));
      columns.push(column);
    }
  }
  const [labels = [], ...data] = columns;
  const textHeader = data.length > 0 && data.every((column) => typeof column[0] === 'string' && column[0] !== '');
  const headers = chart.numHeaders >= 0 ? chart.numHeaders : textHeader ? 1 : 0;
  const options = chart.options;
  const colors = Array.isArray(options.colors) ? options.colors.map(String) : CHART_COLORS;
  const vAxis = (options.vAxis ?? {}) as { format?: unknown };
  const hAxis = (options.hAxis ?? {}) as { format?: unknown };
  // Per-series options, as Sheets takes them: { 1: { lineDashStyle: [4, 4] }, 2: { pointSize: 8, lineWidth: 0 } }.
  const seriesOptions = (options.series ?? {}) as Record<string, { lineDashStyle?: unknown; lineWidth?: unknown; pointSize?: unknown }>;
  const domainCells = labels.slice(headers);
  const numericDomain = domainCells.length > 0 && domainCells.every((v) => typeof v === 'number' && Number.isFinite(v));
  const legend = (options.legend ?? {}) as { position?: unknown };
  const legendPosition = options['legend.position'] ?? legend.position;
  return {
    type: chart.chartType,
    title: String(options.title ?? ''),
    anchorRow: chart.anchorRow,
    anchorColumn: chart.anchorColumn,
    offsetX: chart.offsetX,
    offsetY: chart.offsetY,
    width: Number(options.width) || CHART_WIDTH,
    height: Number(options.height) || CHART_HEIGHT,
    categories: domainCells.map((v) => (v === '' ? '' : String(v))),
    domain: numericDomain ? (domainCells as number[]) : null,
    series: data.map((column, i) => ({
      name: headers ? String(column[0]) : fill(text.series, { n: i + 1 }),
      values: column.slice(headers).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : chart.chartType === 'LINE' ? null : 0)),
      color: colors[i % colors.length],
      dashed: Array.isArray(seriesOptions[i]?.lineDashStyle),
      pointsOnly: seriesOptions[i]?.lineWidth === 0 && Number(seriesOptions[i]?.pointSize) > 0,
    })),
    percent: vAxis.format === 'percent' || options['vAxis.format'] === 'percent',
    domainPercent: hAxis.format === 'percent' || options['hAxis.format'] === 'percent',
    legend: legendPosition !== 'none' && data.length > 1,
  };
}
