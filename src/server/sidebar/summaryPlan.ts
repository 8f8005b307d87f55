// The `Segments` summary sheet as one rectangle of values, colours and formats, so it is written with a
// handful of calls whatever its size. Pure: computed from the engine's summary.
import { PALETTE, PROBLEM_COLOR, type Cell, type ClassificationSummary, type Language, type Settings } from '../../engine';
import { action, catalogue, label } from '../../i18n/text';
import type { TopCustomer } from './topCustomers';

export const SUMMARY_WIDTH = 7;
/** Wide enough for the longest group label and column header of the three languages in Sheets' default font. */
export const SUMMARY_COLUMN_WIDTH = 150;
const HEADER_BACKGROUND = '#f1f3f4';
const TITLE_BACKGROUND = '#d2e3fc';
/** A chart of Sheets' default size (600 × 371 px) spans about 18 default rows (21 px). */
const CHART_ROWS = 20;

export interface SummaryPlan {
  values: Cell[][];
  backgrounds: (string | null)[][];
  formats: string[][];
  /** The chart: where it goes (blank rows kept for it under the title, so it covers none of the tables), its data. */
  chart: { row: number; title: string; data: { row: number; column: number; numRows: number; numColumns: number } } | null;
}

const TEXT_FORMAT = '@';
// Names come from the user's cells: plain text, so `=HYPERLINK(…)` is shown, never run.
const TOP_FORMATS = ['0', TEXT_FORMAT, '#,##0.00', TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT];
const COLUMN_FORMATS = [TEXT_FORMAT, TEXT_FORMAT, '0.0%', '0', '#,##0.00', '#,##0.00', TEXT_FORMAT];

/** What the summary shows: each classification's groups, the top customers, the settings and dates of the run. */
export interface SummaryInput {
  summaries: readonly ClassificationSummary[];
  top: readonly TopCustomer[];
  settings: Settings;
  language: Language;
  /** The spreadsheet's locale, for numbers written as text. */
  locale: string;
  asOf: string;
  made: string;
  customers: number;
}

export function planSummary(options: SummaryInput): SummaryPlan {
  const { summaries, top, settings, language, asOf, made, customers } = options;
  const c = catalogue(language);
  const t = c.summary;
  const values: Cell[][] = [];
  const backgrounds: (string | null)[][] = [];
  const formats: string[][] = [];
  // Titles and table headers are told apart by a shaded background: one setBackgrounds call does both jobs.
  const push = (row: Cell[], opts: { background?: (string | null)[]; title?: boolean; formats?: string[] } = {}) => {
    const padded = [...row, ...new Array(SUMMARY_WIDTH - row.length).fill('')];
    values.push(padded);
    backgrounds.push(opts.background ?? new Array(SUMMARY_WIDTH).fill(opts.title ? TITLE_BACKGROUND : null));
    formats.push(opts.formats ?? new Array(SUMMARY_WIDTH).fill(TEXT_FORMAT));
  };
  push([t.title], { title: true });
  push([t.about(asOf, customers, made)]);
  push([]);
  const chartRow = values.length + 1;
  if (summaries.some((x) => x.classification === 'tier')) for (let i = 0; i < CHART_ROWS; i++) push([]);
  let tierRows: { first: number; count: number } | null = null;
  for (const summary of summaries) {
    push([c.headers[summary.classification].group], { title: true });
    push([t.colour, t.group, t.share, t.customers, t.revenue, t.average, t.action], {
      background: new Array(SUMMARY_WIDTH).fill(HEADER_BACKGROUND),
    });
    if (summary.classification === 'tier') tierRows = { first: values.length + 1, count: summary.groups.length };
    for (const g of summary.groups) {
      push(['', label(g.group, language), g.share, g.customers, g.revenue, g.average, action(g.group, language)], {
        background: [PALETTE[g.group], null, null, null, null, null, null],
        formats: COLUMN_FORMATS,
      });
    }
    if (summary.problems) {
      push(['', t.problems, '', summary.problems], {
        background: [PROBLEM_COLOR, null, null, null, null, null, null],
        formats: COLUMN_FORMATS,
      });
    }
    if (summary.notApplicable) push(['', t.none, '', summary.notApplicable], { formats: COLUMN_FORMATS });
    push([]);
  }
  if (top.length) {
    push([t.top], { title: true });
    push(['#', t.customer, t.revenue, t.tier, t.stage], { background: new Array(SUMMARY_WIDTH).fill(HEADER_BACKGROUND) });
    top.forEach((c, i) => push([i + 1, c.name, c.revenue, c.tier, c.nextStep], { formats: TOP_FORMATS }));
    push([]);
  }
  push([t.settings], { title: true });
  const shown: [string, unknown][] = [
    ['asOf', asOf],
    ['language', settings.language],
    ['classifications', settings.classifications.join(', ')],
    ['mainGrouping', settings.mainGrouping],
    ['tierMetric', settings.tierMetric],
    ['tierMethod', settings.tierMethod],
    ['tierA', settings.tierA],
    ['tierB', settings.tierB],
    ['profitRule', settings.profitRule],
    ['tenureDays', settings.tenureDays],
    ['bigRule', settings.bigRule === 'amount' ? `amount ≥ ${settings.bigAmount}` : 'tierA'],
    ['lapseDays', settings.lapseDays],
    ['rfmPreset', settings.rfmPreset],
  ];
  for (const [name, value] of shown) push([name, String(value)]);
  const chart = tierRows
    ? { row: chartRow, title: t.chart, data: { row: tierRows.first, column: 2, numRows: tierRows.count, numColumns: 2 } }
    : null;
  return { values, backgrounds, formats, chart };
}
