// An embedded chart drawn as SVG from the data its ranges hold: columns (or bars for a BAR chart), one colour per
// series, the title, a value axis with gridlines, and the category labels. Every label is set as text.
import type { ChartView } from '../viewTypes';

const SVG = 'http://www.w3.org/2000/svg';
const FONT = 'Roboto, Arial, sans-serif';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A round step for about five gridlines. */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const unit = rough / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

function formatTick(value: number, percent: boolean): string {
  if (percent) return `${Math.round(value * 1000) / 10}%`;
  return Math.abs(value) >= 1000 ? value.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(Math.round(value * 100) / 100);
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function drawChart(chart: ChartView): SVGSVGElement {
  if (chart.type === 'LINE') return drawLineChart(chart);
  const { width, height } = chart;
  const horizontal = chart.type === 'BAR';
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'data-testid': 'chart', 'data-type': chart.type });
  svg.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff', stroke: '#dadce0' }));
  svg.append(
    el('text', { x: 16, y: 26, 'font-family': FONT, 'font-size': 15, fill: '#202124', 'data-testid': 'chart-title' }, chart.title),
  );
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const step = niceStep(max - min || 1);
  const top = Math.ceil(max / step) * step || step;
  const bottom = Math.floor(min / step) * step;
  const plot = {
    left: horizontal ? 120 : 64,
    right: width - 20,
    top: 48,
    bottom: height - (horizontal ? 36 : 56) - (chart.legend ? 20 : 0),
  };
  const span = top - bottom;
  const categories = chart.categories.length;
  const band = (horizontal ? plot.bottom - plot.top : plot.right - plot.left) / Math.max(1, categories);
  const barSize = (band * 0.7) / Math.max(1, chart.series.length);
  // Value axis position: y for columns, x for bars.
  const at = (v: number) =>
    horizontal
      ? plot.left + ((v - bottom) / span) * (plot.right - plot.left)
      : plot.bottom - ((v - bottom) / span) * (plot.bottom - plot.top);

  for (let v = bottom; v <= top + step / 2; v += step) {
    const p = at(v);
    const line = horizontal ? { x1: p, x2: p, y1: plot.top, y2: plot.bottom } : { x1: plot.left, x2: plot.right, y1: p, y2: p };
    svg.append(el('line', { ...line, stroke: v === 0 ? '#9aa0a6' : '#e8eaed' }));
    const label = horizontal
      ? el(
          'text',
          { x: p, y: plot.bottom + 16, 'text-anchor': 'middle', 'font-family': FONT, 'font-size': 11, fill: '#5f6368' },
          formatTick(v, chart.percent),
        )
      : el(
          'text',
          { x: plot.left - 8, y: p + 4, 'text-anchor': 'end', 'font-family': FONT, 'font-size': 11, fill: '#5f6368' },
          formatTick(v, chart.percent),
        );
    svg.append(label);
  }

  chart.categories.forEach((category, i) => {
    const start = (horizontal ? plot.top : plot.left) + i * band + band * 0.15;
    chart.series.forEach((series, s) => {
      const value = series.values[i] ?? 0;
      const from = at(Math.max(0, bottom));
      const to = at(value);
      const offset = start + s * barSize;
      const bar = horizontal
        ? el('rect', { x: Math.min(from, to), y: offset, width: Math.abs(to - from), height: barSize, fill: series.color })
        : el('rect', { x: offset, y: Math.min(from, to), width: barSize, height: Math.abs(to - from), fill: series.color });
      bar.setAttribute('data-testid', 'chart-bar');
      bar.append(el('title', {}, `${category}: ${formatTick(value, chart.percent)}`));
      svg.append(bar);
    });
    const middle = start + (band * 0.7) / 2;
    svg.append(
      horizontal
        ? el(
            'text',
            {
              x: plot.left - 8,
              y: middle + 4,
              'text-anchor': 'end',
              'font-family': FONT,
              'font-size': 11,
              fill: '#3c4043',
              'data-testid': 'chart-category',
            },
            shorten(category, 18),
          )
        : el(
            'text',
            {
              x: middle,
              y: plot.bottom + 18,
              'text-anchor': 'middle',
              'font-family': FONT,
              'font-size': 11,
              fill: '#3c4043',
              'data-testid': 'chart-category',
            },
            shorten(category, Math.max(4, Math.floor(band / 7))),
          ),
    );
  });

  if (chart.legend) {
    let x = plot.left;
    for (const series of chart.series) {
      svg.append(el('rect', { x, y: height - 22, width: 10, height: 10, fill: series.color }));
      const name = shorten(series.name, 24);
      svg.append(el('text', { x: x + 14, y: height - 13, 'font-family': FONT, 'font-size': 11, fill: '#3c4043' }, name));
      x += 14 + name.length * 7 + 16;
    }
  }
  if (!['COLUMN', 'BAR', 'LINE'].includes(chart.type)) {
    svg.append(
      el(
        'text',
        { x: width - 12, y: 26, 'text-anchor': 'end', 'font-family': FONT, 'font-size': 11, fill: '#5f6368' },
        `${chart.type} chart drawn as columns`,
      ),
    );
  }
  return svg;
}

/**
 * A line chart: each series a line over the first column, spaced by its numbers when it holds numbers (as Sheets
 * does for a numeric domain), else evenly; a dashed series dashed, a point-only series (lineWidth 0) as dots.
 */
function drawLineChart(chart: ChartView): SVGSVGElement {
  const { width, height } = chart;
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'data-testid': 'chart', 'data-type': chart.type });
  svg.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff', stroke: '#dadce0' }));
  svg.append(
    el('text', { x: 16, y: 26, 'font-family': FONT, 'font-size': 15, fill: '#202124', 'data-testid': 'chart-title' }, chart.title),
  );
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const step = niceStep(top - bottom || 1);
  const yMax = Math.ceil(top / step) * step || step;
  const yMin = Math.floor(bottom / step) * step;
  const plot = { left: 64, right: width - 20, top: 48, bottom: height - 56 - (chart.legend ? 20 : 0) };
  const n = chart.categories.length;
  const xs = chart.domain ?? chart.categories.map((_, i) => i);
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const x = (i: number) => plot.left + ((xs[i] - xMin) / (xMax - xMin || 1)) * (plot.right - plot.left);
  const y = (v: number) => plot.bottom - ((v - yMin) / (yMax - yMin)) * (plot.bottom - plot.top);
  for (let v = yMin; v <= yMax + step / 2; v += step) {
    svg.append(el('line', { x1: plot.left, x2: plot.right, y1: y(v), y2: y(v), stroke: v === 0 ? '#9aa0a6' : '#e8eaed' }));
    svg.append(
      el(
        'text',
        { x: plot.left - 8, y: y(v) + 4, 'text-anchor': 'end', 'font-family': FONT, 'font-size': 11, fill: '#5f6368' },
        formatTick(v, chart.percent),
      ),
    );
  }
  // Horizontal ticks: about five, at round values of a numeric domain, else at every few categories.
  const ticks = chart.domain
    ? niceTicks(xMin, xMax)
    : chart.categories.map((_, i) => i).filter((i) => i % Math.max(1, Math.ceil(n / 6)) === 0);
  for (const t of ticks) {
    const px = chart.domain ? plot.left + ((t - xMin) / (xMax - xMin || 1)) * (plot.right - plot.left) : x(t);
    const label = chart.domain ? formatTick(t, chart.domainPercent) : shorten(chart.categories[t], 10);
    svg.append(
      el(
        'text',
        {
          x: px,
          y: plot.bottom + 18,
          'text-anchor': 'middle',
          'font-family': FONT,
          'font-size': 11,
          fill: '#3c4043',
          'data-testid': 'chart-category',
        },
        label,
      ),
    );
  }
  chart.series.forEach((series) => {
    const points = series.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
    if (series.pointsOnly) {
      for (const p of points) {
        if (!p) continue;
        const dot = el('circle', { cx: p[0], cy: p[1], r: 5, fill: series.color, 'data-testid': 'chart-point' });
        dot.append(el('title', {}, series.name));
        svg.append(dot);
      }
      return;
    }
    const drawn = points.filter((p): p is readonly [number, number] => p !== null);
    const line = el('polyline', {
      points: drawn.map((p) => `${p[0]},${p[1]}`).join(' '),
      fill: 'none',
      stroke: series.color,
      'stroke-width': 2,
      'data-testid': 'chart-line',
      ...(series.dashed ? { 'stroke-dasharray': '4 4' } : {}),
    });
    line.append(el('title', {}, series.name));
    svg.append(line);
  });
  if (chart.legend) {
    let lx = plot.left;
    for (const series of chart.series) {
      svg.append(el('rect', { x: lx, y: height - 22, width: 10, height: 10, fill: series.color }));
      const name = shorten(series.name, 28);
      svg.append(
        el(
          'text',
          { x: lx + 14, y: height - 13, 'font-family': FONT, 'font-size': 11, fill: '#3c4043', 'data-testid': 'chart-legend' },
          name,
        ),
      );
      lx += 14 + name.length * 6.5 + 16;
    }
  }
  return svg;
}

function niceTicks(min: number, max: number): number[] {
  const step = niceStep(max - min || 1);
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step / 1000; v += step) out.push(Math.round(v / step) * step);
  return out;
}
