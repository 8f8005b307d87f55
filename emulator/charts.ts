// Embedded charts: plain data (ChartData) kept by the sheet they sit on. Builders are local (kind 'builder');
// chart getters count as service calls. Typed builders (asColumnChart()…) are the same builder: their
// setters the fake knows (setTitle, setLegendPosition, setColors, setStacked, axis titles, set3D) become options.
import { ChartType, type ChartTypeName, EnumValue, enumName } from './enums';
import { type Execution, isDate } from './execution';
import type { SheetModel } from './model';
import { FakeRange, rangesOf } from './range';
import { type GridRect, copyRect } from './spans';

export interface ChartData {
  chartId: number | null;
  /** The sheet the chart sits on. */
  sheet: SheetModel;
  chartType: ChartTypeName;
  ranges: GridRect[];
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** Flat option keys as given to setOption ('title', 'hAxis.title', 'series'). */
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
}

/** A JSON-like copy of an option value; enum values become their names, as the chart stores them. */
function cloneOption(value: unknown): unknown {
  if (value instanceof EnumValue) return value.name;
  if (isDate(value)) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(cloneOption);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = cloneOption((value as Record<string, unknown>)[key]);
    return copy;
  }
  return value;
}

function copyChart(chart: ChartData): ChartData {
  return { ...chart, ranges: chart.ranges.map(copyRect), options: cloneOption(chart.options) as Record<string, unknown> };
}

type EC = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export class FakeEmbeddedChart
  implements
    Pick<EC, 'getChartId' | 'getRanges' | 'getOptions' | 'getContainerInfo' | 'modify' | 'getNumHeaders' | 'getTransposeRowsAndColumns'>
{
  private constructor(
    private readonly exec: Execution,
    private readonly chart: ChartData,
  ) {}

  static create(exec: Execution, chart: ChartData): EC {
    return new FakeEmbeddedChart(exec, copyChart(chart)) as unknown as EC;
  }

  static dataOf(chart: unknown): ChartData {
    if (!(chart instanceof FakeEmbeddedChart)) throw new Error("The parameters (Object) don't match: expected an EmbeddedChart.");
    return copyChart(chart.chart);
  }

  /** insertChart gives the inserted chart its id, so the same object can later be updated or removed. */
  static assignId(chart: unknown, chartId: number): void {
    if (chart instanceof FakeEmbeddedChart) chart.chart.chartId = chartId;
  }

  private call(method: string): ChartData {
    this.exec.hit('service', `EmbeddedChart.${method}`);
    return this.chart;
  }

  /** null until the chart is inserted into a sheet. */
  getChartId(): number | null {
    return this.call('getChartId').chartId;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.exec, this.call('getRanges').ranges);
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.call('getOptions').options;
    return { get: (option: string) => options[option] ?? null };
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const c = this.call('getContainerInfo');
    return {
      getAnchorRow: () => c.anchorRow,
      getAnchorColumn: () => c.anchorColumn,
      getOffsetX: () => c.offsetX,
      getOffsetY: () => c.offsetY,
    };
  }

  getNumHeaders(): number {
    return this.call('getNumHeaders').numHeaders;
  }

  getTransposeRowsAndColumns(): boolean {
    return this.call('getTransposeRowsAndColumns').transpose;
  }

  /** A builder over a copy; nothing changes until Sheet.updateChart(builder.build()). */
  modify(): Builder {
    return FakeEmbeddedChartBuilder.from(this.exec, this.call('modify'));
  }
}

type BuilderApi = Pick<
  Builder,
  | 'addRange'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asComboChart'
  | 'asLineChart'
  | 'asPieChart'
  | 'asAreaChart'
  | 'asTableChart'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns'
>;

export class FakeEmbeddedChartBuilder implements BuilderApi {
  private constructor(
    private readonly exec: Execution,
    private readonly chart: ChartData,
  ) {}

  static create(exec: Execution, sheet: SheetModel): Builder {
    const chart: ChartData = {
      chartId: null,
      sheet,
      chartType: 'COLUMN',
      ranges: [],
      anchorRow: 1,
      anchorColumn: 1,
      offsetX: 0,
      offsetY: 0,
      options: {},
      numHeaders: -1,
      transpose: false,
    };
    return new FakeEmbeddedChartBuilder(exec, chart) as unknown as Builder;
  }

  static from(exec: Execution, chart: ChartData): Builder {
    return new FakeEmbeddedChartBuilder(exec, copyChart(chart)) as unknown as Builder;
  }

  private chain(method: string, change: (chart: ChartData) => void = () => undefined): Builder {
    this.exec.hit('builder', `EmbeddedChartBuilder.${method}`);
    change(this.chart);
    return this as unknown as Builder;
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    const rect = FakeRange.rectOf(range);
    return this.chain('addRange', (c) => c.ranges.push(rect));
  }

  removeRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    const rect = FakeRange.rectOf(range);
    return this.chain('removeRange', (c) => {
      c.ranges = c.ranges.filter(
        (r) =>
          !(r.sheet === rect.sheet && r.row === rect.row && r.col === rect.col && r.numRows === rect.numRows && r.numCols === rect.numCols),
      );
    });
  }

  clearRanges(): Builder {
    return this.chain('clearRanges', (c) => (c.ranges = []));
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    const name = enumName(type, 'ChartType') as ChartTypeName;
    if (!(name in ChartType)) throw new Error(`Invalid argument: chart type ${name}`);
    return this.chain('setChartType', (c) => (c.chartType = name));
  }

  private as(method: string, type: ChartTypeName): never {
    this.chain(method, (c) => (c.chartType = type));
    return this as never;
  }

  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.as('asColumnChart', 'COLUMN');
  }

  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.as('asBarChart', 'BAR');
  }

  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.as('asPieChart', 'PIE');
  }

  asComboChart(): GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder {
    return this.as('asComboChart', 'COMBO');
  }

  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.as('asLineChart', 'LINE');
  }

  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    return this.as('asAreaChart', 'AREA');
  }

  asTableChart(): GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder {
    return this.as('asTableChart', 'TABLE');
  }

  setOption(option: string, value: unknown): Builder {
    return this.chain('setOption', (c) => (c.options[String(option)] = cloneOption(value)));
  }

  /** Anchor cell (1-based) and pixel offsets. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    return this.chain('setPosition', (c) => Object.assign(c, { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY }));
  }

  setNumHeaders(headers: number): Builder {
    return this.chain('setNumHeaders', (c) => (c.numHeaders = headers));
  }

  setTransposeRowsAndColumns(transpose: boolean): Builder {
    return this.chain('setTransposeRowsAndColumns', (c) => (c.transpose = transpose));
  }

  // Setters of the typed builders, kept as the options Sheets would store.
  setTitle(title: string): Builder {
    return this.chain('setTitle', (c) => (c.options.title = title));
  }

  setLegendPosition(position: unknown): Builder {
    return this.chain('setLegendPosition', (c) => (c.options['legend.position'] = String(position).toLowerCase()));
  }

  setColors(colors: string[]): Builder {
    return this.chain('setColors', (c) => (c.options.colors = Array.from(colors, String)));
  }

  setStacked(): Builder {
    return this.chain('setStacked', (c) => (c.options.isStacked = true));
  }

  set3D(): Builder {
    return this.chain('set3D', (c) => (c.options.is3D = true));
  }

  setXAxisTitle(title: string): Builder {
    return this.chain('setXAxisTitle', (c) => (c.options['hAxis.title'] = title));
  }

  setYAxisTitle(title: string): Builder {
    return this.chain('setYAxisTitle', (c) => (c.options['vAxis.title'] = title));
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.exec.hit('builder', 'EmbeddedChartBuilder.getChartType');
    return ChartType[this.chart.chartType] as unknown as GoogleAppsScript.Charts.ChartType;
  }

  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.exec.hit('builder', 'EmbeddedChartBuilder.getContainer');
    const c = this.chart;
    return {
      getAnchorRow: () => c.anchorRow,
      getAnchorColumn: () => c.anchorColumn,
      getOffsetX: () => c.offsetX,
      getOffsetY: () => c.offsetY,
    };
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.exec.hit('builder', 'EmbeddedChartBuilder.getRanges');
    return rangesOf(this.exec, this.chart.ranges);
  }

  build(): EC {
    this.exec.hit('builder', 'EmbeddedChartBuilder.build');
    if (this.chart.ranges.length === 0) throw new Error('The chart has no data ranges.');
    return FakeEmbeddedChart.create(this.exec, this.chart);
  }
}
