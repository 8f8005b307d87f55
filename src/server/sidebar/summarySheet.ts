// Writes (or rewrites) the `Segments` summary sheet: one rectangle of values, colours and formats, and a
// native chart of revenue share by tier. A user's own sheet called "Segments" is never touched: ours is found by id.
import type { Cell, Language } from '../../engine/types';
import { planSummary, SUMMARY_WIDTH, type SummaryInput } from './summaryPlan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NAMES: Record<Language, string> = { en: 'Segments', es: 'Segmentos', zh: '客户分群' };
const TITLES = new Set(['Customer segments: summary', 'Segmentos de clientes: resumen', '客户分群：汇总']);

/** True when these values are a summary sheet of ours (the sidebar must not classify its own summary). */
export function isSummarySheet(values: readonly (readonly Cell[])[]): boolean {
  const first = values[0]?.[0];
  return typeof first === 'string' && TITLES.has(first);
}

export function writeSummarySheet(
  options: SummaryInput & { spreadsheet: Spreadsheet; previous: { id: number; name: string } | null },
): { id: number; name: string } {
  const { spreadsheet, previous, language } = options;
  // Rewriting from scratch costs two calls whatever was there (old chart included), and keeps its name.
  const old = previous ? spreadsheet.getSheetById(previous.id) : null;
  if (old) spreadsheet.deleteSheet(old);
  let name = old && previous ? previous.name : NAMES[language];
  if (!old) for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${NAMES[language]} ${n}`;
  const sheet = spreadsheet.insertSheet(name);
  const plan = planSummary(options);
  const range = sheet.getRange(1, 1, plan.values.length, SUMMARY_WIDTH);
  range.setNumberFormats(plan.formats);
  range.setValues(plan.values);
  range.setBackgrounds(plan.backgrounds);
  if (plan.tierRows) {
    // Group labels and their share of revenue sit side by side (columns B:C): one range feeds the chart.
    const tiers = sheet.getRange(plan.tierRows.first, 2, plan.tierRows.count, 2);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(tiers)
        .setPosition(plan.chartRow, 1, 0, 0)
        .setOption('title', plan.chartTitle)
        .setOption('legend', { position: 'none' })
        .setOption('vAxis', { format: 'percent' })
        .build(),
    );
  }
  return { id: sheet.getSheetId(), name };
}
