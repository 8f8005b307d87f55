// The `Segments` summary sheet as one rectangle of values, colours and formats, so it is written with a
// handful of calls whatever its size. Pure: computed from the engine's summary.
import {
  PALETTE,
  PROBLEM_COLOR,
  presetOf,
  type Cell,
  type ChurnSummary,
  type ClassificationSummary,
  type Language,
  type ParetoCurve,
  type RunNote,
  type Segmentation,
  type Settings,
} from '../../engine';
import { formatDate, isSliver, formatPercent } from '../../i18n/format';
import { formatDayNumber } from '../../engine';
import { action, catalogue, churnSummaryLines, label, runNoteText, say, textKit } from '../../i18n/text';
import type { HistoryPlan } from './historyPlan';
import { historySection } from './historySummary';
import type { TopCustomer } from './topCustomers';

export const SUMMARY_WIDTH = 7;
const WIDTH = SUMMARY_WIDTH;
/** Wide enough for the longest group label and column header of the three languages in Sheets' default font. */
export const SUMMARY_COLUMN_WIDTH = 150;
const HEADER_BACKGROUND = '#f1f3f4';
const TITLE_BACKGROUND = '#d2e3fc';
/** A chart of Sheets' default size (600 × 371 px) spans about 18 default rows (21 px). */
const CHART_ROWS = 20;

export interface SummaryPlan {
  /** Columns: SUMMARY_WIDTH, or more for the widest movement matrix. */
  width: number;
  values: Cell[][];
  backgrounds: (string | null)[][];
  formats: string[][];
  /** The chart: where it goes (blank rows kept for it under the title, so it covers none of the tables), its data. */
  chart: { row: number; title: string; data: { row: number; column: number; numRows: number; numColumns: number } } | null;
}

const TEXT_FORMAT = '@';
const SHARE_FORMAT = '0.0%';
const COUNT_FORMAT = '0';
const MONEY_FORMAT = '#,##0.00';
// Names come from the user's cells: plain text, so `=HYPERLINK(…)` is shown, never run.
const TOP_FORMATS = [COUNT_FORMAT, TEXT_FORMAT, MONEY_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT];
const GROUP_FORMATS = [TEXT_FORMAT, SHARE_FORMAT, COUNT_FORMAT, MONEY_FORMAT, MONEY_FORMAT, TEXT_FORMAT, TEXT_FORMAT];
const PARETO_FORMATS = [SHARE_FORMAT, SHARE_FORMAT, SHARE_FORMAT, SHARE_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT];
const PARETO_LINE = 0.8;

/** What the summary shows: each classification's groups, the top customers, the settings and dates of the run. */
export interface SummaryInput {
  summaries: readonly ClassificationSummary[];
  top: readonly TopCustomer[];
  pareto: ParetoCurve | null;
  notes: readonly RunNote[];
  settings: Settings;
  language: Language;
  /** The spreadsheet's locale: dates and numbers written as text follow it, as its cells do. */
  locale: string;
  /** Day numbers of the analysis date and of today. */
  asOf: number;
  made: number;
  customers: number;
  /** The churn model's fit, when churn risk was computed. */
  churn?: ChurnSummary | null;
  /** The run history's movement and movers (historyPlan.ts); null or left out without a history. */
  history?: { plan: HistoryPlan; result: Segmentation } | null;
}

export function planSummary(options: SummaryInput): SummaryPlan {
  const { summaries, top, pareto, notes, settings, language, locale, asOf, made, customers } = options;
  const c = catalogue(language);
  const t = c.summary;
  const moved = options.history
    ? historySection(options.history.plan, options.history.result, language, locale, formatDayNumber(asOf))
    : null;
  const SUMMARY_WIDTH = Math.max(WIDTH, moved?.width ?? 0);
  const values: Cell[][] = [];
  const backgrounds: (string | null)[][] = [];
  const formats: string[][] = [];
  // Titles and table headers are told apart by a shaded background: one setBackgrounds call does both jobs.
  const push = (row: Cell[], opts: { background?: (string | null)[]; title?: boolean; formats?: string[] } = {}) => {
    const padded = [...row, ...new Array(SUMMARY_WIDTH - row.length).fill('')];
    values.push(padded);
    const background = opts.background ?? new Array(SUMMARY_WIDTH).fill(opts.title ? TITLE_BACKGROUND : null);
    backgrounds.push([...background, ...new Array(SUMMARY_WIDTH - background.length).fill(null)]);
    const format = opts.formats ?? new Array(SUMMARY_WIDTH).fill(TEXT_FORMAT);
    formats.push([...format, ...new Array(SUMMARY_WIDTH - format.length).fill(TEXT_FORMAT)]);
  };
  const header = () => new Array(SUMMARY_WIDTH).fill(HEADER_BACKGROUND);
  push([t.title], { title: true });
  push([say(language, locale, t.about, { asOf: formatDate(asOf, locale), customers, made: formatDate(made, locale) })]);
  push([]);
  const hasChart = pareto !== null && summaries.some((x) => x.classification === 'tier');
  const chartRow = values.length + 1;
  if (hasChart) for (let i = 0; i < CHART_ROWS; i++) push([]);

  for (const summary of summaries) {
    push([c.headers[summary.classification].group], { title: true });
    // The group's label sits on its colour: the legend and the table in one.
    push([t.group, t.share, t.customers, t.revenue, t.average, t.action], { background: header() });
    for (const g of summary.groups) {
      // A sliver of revenue shows "<0.1%", as the sidebar says it, rather than a 0.0% that reads as nothing: the
      // number stays a number (the format is the literal text), aligned with the others.
      const formats = isSliver(g.share) ? [TEXT_FORMAT, `"${formatPercent(g.share, locale)}"`, ...GROUP_FORMATS.slice(2)] : GROUP_FORMATS;
      push([label(g.group, language), g.share, g.customers, g.revenue, g.average, action(g.group, language)], {
        background: [PALETTE[g.group], null, null, null, null, null, null],
        formats,
      });
    }
    if (summary.problems) {
      push([t.problems, '', summary.problems], { background: [PROBLEM_COLOR, null, null, null, null, null, null], formats: GROUP_FORMATS });
    }
    if (summary.notApplicable) push([t.none, '', summary.notApplicable], { formats: GROUP_FORMATS });
    push([]);
  }

  if (moved) {
    for (const row of moved.rows) {
      const background = row.header ? header().map((x, i) => row.background?.[i] ?? x) : row.background;
      push(row.cells, { title: row.title, background });
    }
  }

  if (options.churn) {
    push([c.churnModel.heading], { title: true });
    for (const line of churnSummaryLines(options.churn, language, locale)) push([line]);
    push([]);
  }

  if (top.length) {
    push([t.top], { title: true });
    push(['#', t.customer, t.revenue, t.tier, t.stage], { background: header() });
    top.forEach((customer, i) => push([i + 1, customer.name, customer.revenue, customer.tier, customer.stage], { formats: TOP_FORMATS }));
    push([]);
  }

  push([t.nextStepHeading], { title: true });
  for (const line of t.nextStepRules) push([line]);
  push([]);

  if (notes.length) {
    push([c.runNotes.heading], { title: true });
    for (const note of notes) push([runNoteText(note, language)]);
    push([]);
  }

  push([t.settings], { title: true });
  for (const [name, value] of settingsShown(settings, language, locale, asOf)) push([name, value]);

  let chart: SummaryPlan['chart'] = null;
  if (hasChart && pareto) {
    push([]);
    push([t.chart], { title: true });
    const first = values.length + 1;
    push([t.paretoCustomers, t.paretoRevenue, t.paretoLine, t.paretoA], { background: header() });
    for (const p of pareto.points) {
      const isA = pareto.aEnds !== null && p.customers === pareto.aEnds.customers;
      push([p.customers, p.revenue, PARETO_LINE, isA ? p.revenue : ''], { formats: PARETO_FORMATS });
    }
    if (pareto.aEnds) {
      const kit = textKit(language, locale);
      push([
        say(language, locale, t.paretoAEnds, {
          customers: kit.percent(pareto.aEnds.customers),
          revenue: kit.percent(pareto.aEnds.revenue),
        }),
      ]);
    }
    chart = { row: chartRow, title: t.chart, data: { row: first, column: 1, numRows: pareto.points.length + 1, numColumns: 4 } };
  }
  return { width: SUMMARY_WIDTH, values, backgrounds, formats, chart };
}

/** The settings of the run as the sidebar names them, with the values a person chose, not the engine's keys. */
function settingsShown(settings: Settings, language: Language, locale: string, asOf: number): [string, string][] {
  const w = catalogue(language).settingWords;
  const kit = textKit(language, locale);
  const threshold = (value: number) => (settings.tierMethod === 'amount' ? kit.amount(value) : kit.threshold(value));
  const shown: [string, string][] = [
    [w.asOf, formatDate(asOf, locale)],
    [w.language, w.languages[settings.language]],
    [w.computeHeading, settings.classifications.map((id) => w.classifications[id]).join(', ')],
    [w.mainGrouping, w.classifications[settings.mainGrouping]],
    [w.tierMetric, w.tierMetrics[settings.tierMetric]],
    [w.tierPreset, w.tierPresets[presetOf(settings)]],
    [w.tierMethod, w.tierMethods[settings.tierMethod]],
    [w.tierA, threshold(settings.tierA)],
    [w.tierB, threshold(settings.tierB)],
    [w.profitRule, w.profitRules[settings.profitRule]],
    [w.tenureDays, String(settings.tenureDays)],
    [w.bigRule, settings.bigRule === 'amount' ? `${w.bigRules.amount} ${kit.amount(settings.bigAmount)}` : w.bigRules.tierA],
    [w.lapseDays, String(settings.lapseDays)],
    [w.rfmPreset, w.rfmPresets[settings.rfmPreset]],
  ];
  if (settings.classifications.includes('churn')) {
    shown.push(
      [w.churnModel, w.churnModels[settings.churnModel]],
      [w.churnActive, kit.threshold(settings.churnActive)],
      [w.churnLost, kit.threshold(settings.churnLost)],
      [w.churnDays, String(settings.churnDays)],
      [w.valueMonths, String(settings.valueMonths)],
      [w.annualDiscount, kit.threshold(settings.annualDiscount)],
    );
  }
  return shown;
}
