// The spreadsheet grid: column letters, row numbers, frozen rows, each cell's shown text and colours, the active
// cell, charts over the cells, and typing into a cell. Cell contents are only ever set with textContent.
import { columnLetter } from '../../../src/shared/a1';
import type { CellView, Selection, SheetView } from '../viewTypes';
import { drawChart } from './chart';

export const ROW_HEIGHT = 21;
const HEADER_HEIGHT = 21;
const ROW_HEADER_WIDTH = 46;
/** The left padding of a cell (page.css: .grid td). */
const CELL_PADDING = 3;

export interface GridHandlers {
  /** The user moved to a cell (1-based). */
  select(row: number, col: number): void;
  /** The user typed `input` into a cell and pressed Enter. */
  edit(row: number, col: number, input: string): void;
}

/** A cell is empty for overflow when it shows nothing and holds no formula (as in Sheets). */
const isEmpty = (cell: CellView | undefined) => cell !== undefined && cell.t === '' && !cell.f;

/**
 * How wide the text of line[j] may be drawn, in pixels, when it runs on into the empty cells to its right (left-aligned
 * text does, in Sheets, up to the next cell that is not empty, where it is cut); null when it stays in its own cell.
 */
export function runOn(line: CellView[], j: number, widths: number[]): number | null {
  const cell = line[j];
  if (cell.t === '' || (cell.a && cell.a !== 'left') || cell.e || !isEmpty(line[j + 1])) return null;
  let width = widths[j];
  for (let k = j + 1; k < line.length && isEmpty(line[k]); k++) width += widths[k];
  // The cell's left padding, and the grid line where the run ends.
  return Math.max(0, width - CELL_PADDING - 1);
}

export class Grid {
  private sheet: SheetView | null = null;
  private active = { row: 1, col: 1 };
  private editor: HTMLInputElement | null = null;

  constructor(
    private readonly table: HTMLTableElement,
    private readonly layer: HTMLElement,
    private readonly scroller: HTMLElement,
    private readonly handlers: GridHandlers,
  ) {
    scroller.tabIndex = 0;
    table.addEventListener('mousedown', (event) => {
      const cell = this.cellOf(event.target);
      if (!cell || this.editor) return;
      event.preventDefault();
      scroller.focus();
      this.moveTo(cell.row, cell.col);
    });
    table.addEventListener('dblclick', (event) => {
      const cell = this.cellOf(event.target);
      if (cell) this.startEditing();
    });
    scroller.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** The active cell (1-based). */
  get selected(): { row: number; col: number } {
    return { ...this.active };
  }

  /** The active cell's view, for the formula bar. */
  selectedCell(): CellView | null {
    return this.sheet?.cells[this.active.row - 1]?.[this.active.col - 1] ?? null;
  }

  /** Draws the sheet anew (its cells changed), which ends any typing in a cell. */
  render(sheet: SheetView, selection: Selection | null, reveal: boolean): void {
    this.stopEditing();
    // Another sheet without a selection of its own starts at A1, as a sheet does when first opened.
    if (selection) this.active = { row: selection.row, col: selection.col };
    else if (this.sheet?.name !== sheet.name) this.active = { row: 1, col: 1 };
    this.sheet = sheet;
    this.active = { row: Math.min(this.active.row, sheet.shownRows), col: Math.min(this.active.col, sheet.shownColumns) };
    this.drawTable(sheet);
    this.hideLinesUnderRuns(sheet);
    this.drawCharts(sheet);
    this.highlight(reveal);
  }

  /** The server moved the selection (the sidebar selected a cell): highlight it, unless the user is typing. */
  showSelection(selection: Selection | null, reveal: boolean): void {
    if (this.editor || !selection || !this.sheet) return;
    this.active = { row: Math.min(selection.row, this.sheet.shownRows), col: Math.min(selection.col, this.sheet.shownColumns) };
    this.highlight(reveal);
  }

  private drawTable(sheet: SheetView): void {
    const colgroup = document.createElement('colgroup');
    const corner = document.createElement('col');
    corner.style.width = `${ROW_HEADER_WIDTH}px`;
    colgroup.append(corner);
    for (const width of sheet.columnWidths) {
      const col = document.createElement('col');
      col.style.width = `${width}px`;
      colgroup.append(col);
    }
    const head = document.createElement('thead');
    const letters = document.createElement('tr');
    const blank = document.createElement('th');
    blank.className = 'corner';
    letters.append(blank);
    for (let c = 1; c <= sheet.shownColumns; c++) {
      const th = document.createElement('th');
      th.className = 'col-head';
      th.textContent = columnLetter(c);
      letters.append(th);
    }
    head.append(letters);
    const body = document.createElement('tbody');
    sheet.cells.forEach((line, i) => {
      const tr = document.createElement('tr');
      const frozen = i < sheet.frozenRows;
      if (frozen) {
        tr.className = i === sheet.frozenRows - 1 ? 'frozen frozen-last' : 'frozen';
      }
      const number = document.createElement('th');
      number.className = 'row-head';
      number.textContent = String(i + 1);
      tr.append(number);
      line.forEach((cell, j) => tr.append(this.drawCell(cell, runOn(line, j, sheet.columnWidths), i + 1, j + 1)));
      if (frozen) for (const child of Array.from(tr.children) as HTMLElement[]) child.style.top = `${HEADER_HEIGHT + i * ROW_HEIGHT}px`;
      body.append(tr);
    });
    this.table.replaceChildren(colgroup, head, body);
    this.table.style.width = `${ROW_HEADER_WIDTH + sheet.columnWidths.reduce((a, b) => a + b, 0)}px`;
  }

  private drawCell(cell: CellView, runWidth: number | null, row: number, col: number): HTMLTableCellElement {
    const td = document.createElement('td');
    if (runWidth !== null) {
      // Text that runs on over empty neighbours sits in a positioned span, painted above their backgrounds and cut
      // where the next cell with content starts. It lets the pointer through: a click lands on the cell under it.
      const span = document.createElement('span');
      span.className = 'runs-on';
      span.style.width = `${runWidth}px`;
      span.textContent = cell.t;
      td.append(span);
      td.classList.add('overflow');
    } else {
      td.textContent = cell.t;
    }
    if (cell.t.length > 12) td.title = cell.t;
    td.setAttribute('data-cell', `${columnLetter(col)}${row}`);
    if (cell.bg) td.style.backgroundColor = cell.bg;
    if (cell.fg) td.style.color = cell.fg;
    if (cell.b) td.style.fontWeight = 'bold';
    if (cell.a) td.style.textAlign = cell.a;
    if (cell.e) {
      td.title = cell.e;
      td.classList.add('error');
    }
    return td;
  }

  /**
   * As in Sheets, the grid lines that running text passes over are not drawn: the text reads as one line. Where the
   * text ends depends on the font, so it is measured (all at once, one layout) once the cells are in the page.
   */
  private hideLinesUnderRuns(sheet: SheetView): void {
    const spans = Array.from(this.table.querySelectorAll<HTMLElement>('td > .runs-on'));
    const range = document.createRange();
    const ends = spans.map((span) => {
      range.selectNodeContents(span);
      return CELL_PADDING + Math.min(range.getBoundingClientRect().width, span.clientWidth);
    });
    spans.forEach((span, i) => {
      let td = span.parentElement as HTMLTableCellElement | null;
      let right = 0;
      for (let col = td ? td.cellIndex : 0; td && col <= sheet.columnWidths.length; col++) {
        right += sheet.columnWidths[col - 1];
        if (right > ends[i]) break;
        td.classList.add('run-through');
        td = td.nextElementSibling as HTMLTableCellElement | null;
      }
    });
  }

  private drawCharts(sheet: SheetView): void {
    for (const old of Array.from(this.layer.querySelectorAll('.chart'))) old.remove();
    for (const chart of sheet.charts) {
      const box = document.createElement('div');
      box.className = 'chart';
      let left = ROW_HEADER_WIDTH + chart.offsetX;
      for (let c = 0; c < chart.anchorColumn - 1 && c < sheet.columnWidths.length; c++) left += sheet.columnWidths[c];
      box.style.left = `${left}px`;
      box.style.top = `${HEADER_HEIGHT + (chart.anchorRow - 1) * ROW_HEIGHT + chart.offsetY}px`;
      box.append(drawChart(chart));
      this.layer.append(box);
    }
  }

  private tdAt(row: number, col: number): HTMLTableCellElement | null {
    const body = this.table.tBodies[0];
    return (body?.rows[row - 1]?.cells[col] as HTMLTableCellElement | undefined) ?? null;
  }

  private highlight(reveal: boolean): void {
    for (const old of Array.from(this.table.querySelectorAll('.selected, .head-active'))) old.classList.remove('selected', 'head-active');
    const td = this.tdAt(this.active.row, this.active.col);
    td?.classList.add('selected');
    this.table.tHead?.rows[0]?.cells[this.active.col]?.classList.add('head-active');
    this.tdAt(this.active.row, 0)?.classList.add('head-active');
    if (td && reveal) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** Selects a cell here at once and tells the server. */
  moveTo(row: number, col: number): void {
    if (!this.sheet) return;
    const r = Math.max(1, Math.min(row, this.sheet.shownRows));
    const c = Math.max(1, Math.min(col, this.sheet.shownColumns));
    this.active = { row: r, col: c };
    this.highlight(true);
    this.handlers.select(r, c);
  }

  private cellOf(target: EventTarget | null): { row: number; col: number } | null {
    const td = (target as HTMLElement | null)?.closest?.('td');
    if (!td || !this.table.contains(td)) return null;
    const tr = td.parentElement as HTMLTableRowElement;
    return { row: tr.sectionRowIndex + 1, col: td.cellIndex };
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editor || event.target !== this.scroller) return;
    const { row, col } = this.active;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.moveTo(row + move[0], col + move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.startEditing();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.handlers.edit(row, col, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.startEditing(event.key);
    }
  }

  /** An input over the active cell, holding its formula or text (or `initial`, the key that started typing). */
  startEditing(initial?: string): void {
    const td = this.tdAt(this.active.row, this.active.col);
    if (!td || this.editor) return;
    const cell = this.selectedCell();
    const input = document.createElement('input');
    input.className = 'cell-editor';
    input.setAttribute('data-testid', 'cell-editor');
    input.spellcheck = false;
    input.value = initial ?? cell?.f ?? cell?.t ?? '';
    const box = td.getBoundingClientRect();
    const origin = this.layer.getBoundingClientRect();
    input.style.left = `${box.left - origin.left}px`;
    input.style.top = `${box.top - origin.top}px`;
    input.style.minWidth = `${box.width}px`;
    input.style.height = `${box.height}px`;
    const { row, col } = this.active;
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const value = input.value;
        this.stopEditing();
        this.handlers.edit(row, col, value);
        this.moveTo(event.key === 'Enter' ? row + 1 : row, event.key === 'Tab' ? col + 1 : col);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.stopEditing();
      }
    });
    input.addEventListener('blur', () => this.stopEditing());
    this.editor = input;
    this.layer.append(input);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  private stopEditing(): void {
    const editor = this.editor;
    if (!editor) return;
    this.editor = null;
    editor.remove();
    this.scroller.focus({ preventScroll: true });
  }
}
