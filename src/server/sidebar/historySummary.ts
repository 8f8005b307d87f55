// The summary's "Who moved" section: for each classification both runs have, the from → to matrix between the run
// the history holds before this one and this run, with new and gone margins; then the customers who moved down from
// the two best groups, the most revenue first, with their next step. Pure, like summaryPlan.ts.
import { dayNumberOfYmd, nextStep, PALETTE, PROBLEM_COLOR, type Cell, type GroupKey, type Language, type Segmentation } from '../../engine';
import { catalogue, label, nextStepText, say, textKit } from '../../i18n/text';
import type { Facts } from '../../i18n/template';
import type { HistoryPlan } from './historyPlan';

export interface SectionRow {
  cells: Cell[];
  background?: (string | null)[];
  title?: boolean;
  header?: boolean;
}

const dayOf = (iso: string) => dayNumberOfYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** A history label as the summary shows it: the group's label, or `⚠` / `—` as they are. */
function shown(key: string, language: Language): string {
  return key === '⚠' || key === '—' ? key : label(key as GroupKey, language);
}

function colourOf(key: string): string | null {
  if (key === '⚠') return PROBLEM_COLOR;
  return (PALETTE as Record<string, string>)[key] ?? null;
}

/** The section's rows and the columns its widest matrix needs. */
export function historySection(
  plan: HistoryPlan,
  result: Segmentation,
  language: Language,
  locale: string,
  asOf: string,
): { rows: SectionRow[]; width: number } {
  const c = catalogue(language);
  const h = c.history;
  const kit = textKit(language, locale);
  const fill = (template: string, facts: Facts) => say(language, locale, template, facts);
  const rows: SectionRow[] = [{ cells: [h.heading], title: true }];
  let width = 1;
  if (plan.write === null && plan.lastRun)
    rows.push({ cells: [fill(h.notRecorded, { date: kit.date(dayOf(asOf)), last: kit.date(dayOf(plan.lastRun)) })] });
  if (!plan.since) {
    rows.push({ cells: [h.firstRun] }, { cells: [fill(h.keep, { runsFit: plan.runsFit })] }, { cells: [] });
    return { rows, width };
  }
  rows.push(
    { cells: [fill(h.since, { from: kit.date(dayOf(plan.since)), to: kit.date(dayOf(asOf)) })] },
    { cells: [fill(h.keep, { runsFit: plan.runsFit })] },
    { cells: [] },
  );
  const money = (n: number) => kit.amount(Math.round(n * 100) / 100);
  const cellText = (count: number, revenue: number) => fill(h.cell, { count, revenue: money(revenue) });
  for (const { classification, movement: m } of plan.movements) {
    // Only the groups someone is in, in either run: a matrix that fits the sheet.
    const usedFrom = m.from.map((_, i) => m.cells[i].some((x) => x.count > 0) || m.gone[i].count > 0);
    const usedTo = m.to.map((_, j) => m.cells.some((r) => r[j].count > 0) || m.added[j].count > 0);
    const to = m.to.map((key, j) => ({ key, j })).filter((x) => usedTo[x.j]);
    rows.push({ cells: [c.headers[classification].group], title: true });
    rows.push({
      cells: [h.fromTo, ...to.map((x) => shown(x.key, language)), h.gone, h.total],
      background: [null, ...to.map((x) => colourOf(x.key)), null, null],
      header: true,
    });
    const columnCount = to.map(() => ({ count: 0, revenue: 0 }));
    m.from.forEach((key, i) => {
      if (!usedFrom[i]) return;
      let count = m.gone[i].count;
      let revenue = m.gone[i].revenueBefore;
      const cells = to.map((x, k) => {
        const cell = m.cells[i][x.j];
        count += cell.count;
        revenue += cell.revenueBefore;
        columnCount[k].count += cell.count;
        columnCount[k].revenue += cell.revenueAfter;
        return cell.count ? cellText(cell.count, cell.revenueAfter) : '';
      });
      const gone = m.gone[i].count ? cellText(m.gone[i].count, m.gone[i].revenueBefore) : '';
      rows.push({ cells: [shown(key, language), ...cells, gone, cellText(count, revenue)], background: [colourOf(key)] });
    });
    const added = to.map((x, k) => {
      const cell = m.added[x.j];
      columnCount[k].count += cell.count;
      columnCount[k].revenue += cell.revenueAfter;
      return cell.count ? cellText(cell.count, cell.revenueAfter) : '';
    });
    rows.push({ cells: [h.added, ...added] });
    rows.push({ cells: [h.total, ...columnCount.map((x) => cellText(x.count, x.revenue))] });
    rows.push({ cells: [] });
    width = Math.max(width, to.length + 3);
  }

  rows.push({ cells: [h.movers], title: true });
  if (plan.movers.length === 0) rows.push({ cells: [h.noMovers] });
  else {
    rows.push({ cells: ['#', c.summary.customer, h.revenueThen, c.summary.revenue, h.moved, c.headers.nextStep], header: true });
    const classified = result.classified;
    plan.movers.forEach((mover, i) => {
      const moves = mover.moves.map((x) =>
        say(language, locale, h.move, {
          classification: c.headers[x.classification].group,
          from: shown(x.from, language),
          to: shown(x.to, language),
        }),
      );
      const moved = say(language, locale, h.moves, { moves });
      const step = nextStep(classified, mover.customer);
      rows.push({
        cells: [
          String(i + 1),
          classified.table.customer[mover.customer],
          money(mover.revenueThen),
          money(mover.revenue),
          moved,
          step ? nextStepText(step, language, locale) : '',
        ],
      });
    });
  }
  rows.push({ cells: [] });
  return { rows, width };
}
