// Writes (or rewrites) the `Segments` summary sheet: one rectangle of values, colours, weights and formats, and a
// native chart of revenue share by tier. A user's own sheet called "Segments" is never touched: ours is found by id.
import type { Settings } from '../../engine/settings';
import type { ClassificationSummary } from '../../engine/summary';
import type { Cell, Language } from '../../engine/types';
import { planSummary, SUMMARY_WIDTH } from './summaryPlan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NAMES: Record<Language, string> = { en: 'Segments', es: 'Segmentos', zh: '客户分群' };
const TITLES = new Set(['Customer segments: summary', 'Segmentos de clientes: resumen', '客户分群：汇总']);

/** True when these values are a summary sheet of ours (the sidebar must not classify its own summary). */
export function isSummarySheet(values: readonly (readonly Cell[])[]): boolean {
  const first = values[0]?.[0];
  return typeof first === 'string' && TITLES.has(first);
}

export function writeSummarySheet(options: {
  spreadsheet: Spreadsheet;
  previousId: number | null;
  summaries: readonly ClassificationSummary[];
  settings: Settings;
  language: Language;
  sheetName: string;
  asOf: string;
  made: string;
  customers: number;
}): number {
  const { spreadsheet, previousId, language } = options;
  // Rewriting from scratch is two calls whatever was there (old chart included).
  const previous = previousId !== null ? spreadsheet.getSheetById(previousId) : null;
  if (previous) spreadsheet.deleteSheet(previous);
  let name = NAMES[language];
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${NAMES[language]} ${n}`;
  const sheet = spreadsheet.insertSheet(name);
  const plan = planSummary(options);
  const range = sheet.getRange(1, 1, plan.values.length, SUMMARY_WIDTH);
  range.setNumberFormats(plan.formats);
  range.setValues(plan.values);
  range.setBackgrounds(plan.backgrounds);
  range.setFontWeights(plan.weights);
  if (plan.tierRows) {
    const labels = sheet.getRange(plan.tierRows.first, 2, plan.tierRows.count, 1);
    const shares = sheet.getRange(plan.tierRows.first, 5, plan.tierRows.count, 1);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(labels)
        .addRange(shares)
        .setPosition(1, SUMMARY_WIDTH + 2, 0, 0)
        .setOption('title', plan.chartTitle)
        .setOption('legend', { position: 'none' })
        .setOption('vAxis', { format: 'percent' })
        .build(),
    );
  }
  return sheet.getSheetId();
}
