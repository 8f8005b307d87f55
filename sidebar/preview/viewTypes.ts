// What the preview server sends the page: the active sheet as a person sees it (shown text, colours after the
// conditional-format rules, charts resolved to their data), plus the spreadsheet's tabs and settings, and the
// page's own words in the user's language. JSON only.
import type { Language } from '../../src/engine/types';
import type { PreviewText } from '../../src/i18n/catalogue';

export interface CellView {
  /** The text the cell shows (always drawn as text, never as HTML). */
  t: string;
  /** Background, font colour and bold when not the defaults. */
  bg?: string;
  fg?: string;
  b?: true;
  a?: 'left' | 'center' | 'right';
  /** The formula, for the formula bar. */
  f?: string;
  /** Why a formula shows an error code, for the cell's tooltip. */
  e?: string;
}

export interface ChartView {
  type: string;
  title: string;
  /** 1-based anchor cell and pixel offsets, as EmbeddedChart.getContainerInfo gives them. */
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  categories: string[];
  /** The first column's numbers, when it holds numbers: a line chart then spaces its points by them, as Sheets does. */
  domain: number[] | null;
  /** A blank cell is null: a line chart leaves a gap, a point-only series draws nothing there. */
  series: { name: string; values: (number | null)[]; color: string; dashed: boolean; pointsOnly: boolean }[];
  percent: boolean;
  /** The horizontal axis of a line chart as percentages. */
  domainPercent: boolean;
  legend: boolean;
}

export interface SheetView {
  name: string;
  maxRows: number;
  maxColumns: number;
  /** Rows and columns drawn (a very long sheet is cut, the sidebar still works on all of it). */
  shownRows: number;
  shownColumns: number;
  lastRow: number;
  frozenRows: number;
  frozenColumns: number;
  /** Pixel width per shown column. */
  columnWidths: number[];
  cells: CellView[][];
  charts: ChartView[];
}

export interface Selection {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface MenuItemView {
  caption: string;
  functionName: string;
}

export interface WorkbookView {
  /** The spreadsheet's name (the opened file's name). */
  name: string;
  locale: string;
  userLocale: string;
  /** The preview's clock ('YYYY-MM-DD'), '' for the real date. */
  today: string;
  timeZone: string;
  sheets: { name: string; tabColor: string | null; hidden: boolean }[];
  activeIndex: number;
  sheet: SheetView;
  /** The active range when it is on the active sheet. */
  selection: Selection | null;
  /** Toasts shown since the page last asked. */
  toasts: { title: string; message: string }[];
  /** The add-on menu onOpen built (Extensions › add-on name), or null. */
  menu: { title: string; items: (MenuItemView | null)[] } | null;
  /** The sidebar HtmlService last showed. */
  sidebar: { title: string; width: number } | null;
  /** The user's language ("Your language"), which the page's own words are in. */
  language: Language;
  /** The page's own words in that language. */
  text: PreviewText;
  /** Which formulas work here, with an example written the spreadsheet locale's way. */
  formulaHint: string;
}

export type RunReply = ({ ok: true; value: unknown } | { ok: false; message: string }) & {
  view: WorkbookView;
  /** True when the call showed a sidebar (the menu's "Open sidebar"). */
  showedSidebar: boolean;
};
