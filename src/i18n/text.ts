// Turns the engine's codes and facts into sentences, in the language of the place they are shown: the sheet's output
// language for cells and the summary, the user's language in the sidebar.
// Values come from the engine's dependency-free modules (types, groups, dates) so that the sidebar page can use the
// catalogues without the rest of the engine; types come from its index.
import type { ChurnSummary, GroupKey, Language, NextStep, Outcome, Problem, Reason, ReasonNote, RunNote, SettingError } from '../engine';
import { ALL_GROUPS } from '../engine/groups';
import { LANGUAGES } from '../engine/types';
import type { Catalogue, FormulaErrorFacts, SidebarText, TextKit } from './catalogue';
import { EN, EN_SIDEBAR } from './en';
import { reasonFacts } from './reasonFacts';
import { ES, ES_SIDEBAR } from './es';
import { DEFAULT_LOCALE, formatAmount, formatCount, formatDate, formatPercent, formatThreshold } from './format';
import { type Facts, render } from './template';
import { ZH, ZH_SIDEBAR } from './zh';

export type { Catalogue, FormulaErrorFacts, SidebarText, TextKit } from './catalogue';

export const CATALOGUES: Record<Language, Catalogue> = { en: EN, es: ES, zh: ZH };
export const SIDEBAR_TEXT: Record<Language, SidebarText> = { en: EN_SIDEBAR, es: ES_SIDEBAR, zh: ZH_SIDEBAR };

/** What a cell shows before a problem's sentence. */
export const WARNING_SIGN = '⚠ ';

export function catalogue(language: Language): Catalogue {
  return CATALOGUES[language];
}

const kits = new Map<string, TextKit>();

/** Words in `language`, numbers and dates as the spreadsheet's `locale` writes them (its cells do the same). */
export function textKit(language: Language, locale: string = DEFAULT_LOCALE[language]): TextKit {
  const key = `${language}|${locale}`;
  let kit = kits.get(key);
  if (!kit) {
    const labels = CATALOGUES[language].labels;
    kit = {
      label: (group) => labels[group],
      percent: (share) => formatPercent(share, locale),
      threshold: (share) => formatThreshold(share, locale),
      amount: (value) => formatAmount(value, locale),
      count: (n) => formatCount(n, locale),
      date: (day) => formatDate(day, locale),
    };
    kits.set(key, kit);
  }
  return kit;
}

/**
 * A catalogue sentence (a template, src/i18n/template.ts) with its facts filled in, numbers and dates as the
 * spreadsheet's `locale` writes them.
 */
export function say(language: Language, locale: string | undefined, template: string, facts: Facts): string {
  return render(template, facts, textKit(language, locale));
}

export function label(group: GroupKey, language: Language): string {
  return CATALOGUES[language].labels[group];
}

export function action(group: GroupKey, language: Language): string {
  return CATALOGUES[language].actions[group];
}

export function reasonText(reason: Reason, language: Language, locale?: string): string {
  const kit = textKit(language, locale);
  return render(CATALOGUES[language].reasons[reason.code], reasonFacts(reason, kit), kit);
}

// A long cell would drown the sentence; line breaks would break the one-line cell it is shown in.
const MAX_VALUE_LENGTH = 60;
const LINE_BREAKS = /\s*[\r\n]+\s*/g;

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The field's name as a heading: 'First purchase', 'Primera compra', '首次购买'. */
export function fieldLabel(field: Problem['field'], language: Language): string {
  return capitalised(CATALOGUES[language].fields[field]);
}

/**
 * A full sentence naming the field and what is wrong with the value, e.g.
 * `Revenue "about ten grand" is not an amount of money.` / `Ventas «about ten grand» no es un importe de dinero.`
 */
export function problemText(problem: Pick<Problem, 'code' | 'field' | 'value'>, language: Language): string {
  const c = CATALOGUES[language];
  let value = problem.value.replace(LINE_BREAKS, ' ').trim();
  if (value.length > MAX_VALUE_LENGTH) value = `${value.slice(0, MAX_VALUE_LENGTH - 1)}…`;
  return c.problems[problem.code]
    .replace('{F}', fieldLabel(problem.field, language))
    .replace('{v}', () => (value === '' ? '' : say(language, undefined, c.quote, { text: value })));
}

/** What a classification's cell shows: the group's label, `⚠ problem`, or `—`. */
export function outcomeLabel(outcome: Outcome, language: Language): string {
  if (outcome.kind === 'group') return label(outcome.group, language);
  if (outcome.kind === 'problem') return WARNING_SIGN + problemText(outcome.problem, language);
  return CATALOGUES[language].notApplicable;
}

/**
 * The reason beside it; a problem has none (its cell already says it). Where another classification of the row
 * seems to disagree, the notes (engine/agreement.ts) say why, in brackets.
 */
export function outcomeReason(outcome: Outcome, language: Language, locale?: string): string {
  if (outcome.kind === 'problem') return '';
  const text = reasonText(outcome.reason, language, locale);
  if (outcome.kind !== 'group' || outcome.notes.length === 0) return text;
  const said = outcome.notes.map((note) => noteText(note, language, locale));
  return `${text} (${said.join('; ')})`;
}

/** One note of a reason (engine/agreement.ts): why another classification of the row seems to disagree. */
export function noteText(note: ReasonNote, language: Language, locale?: string): string {
  return render(CATALOGUES[language].notes[note.code], note, textKit(language, locale));
}

/**
 * A reason of the classification that colours the rows, with its last different group from the run history:
 * `B (was A on 10/1/2026): …` where the reason starts with the label, else the same in brackets after it.
 */
export function reasonWithPrevious(
  text: string,
  group: GroupKey,
  previous: GroupKey,
  changedOn: number,
  language: Language,
  locale?: string,
): string {
  const c = CATALOGUES[language];
  const was = say(language, locale, c.history.was, { label: c.labels[previous], date: textKit(language, locale).date(changedOn) });
  const now = c.labels[group];
  for (const colon of [':', '：']) {
    if (text.startsWith(now + colon)) return `${now} (${was})${text.slice(now.length)}`;
  }
  return `${text} (${was})`;
}

/** The row's next step: what to do, then why it comes first ("Why: lapsed key customer (Champions)."). */
export function nextStepText(step: NextStep, language: Language, locale?: string): string {
  const c = CATALOGUES[language];
  const { because } = c.nextStep;
  const fill = (template: string, facts: Facts) => say(language, locale, template, facts);
  const why = (text: string) => fill(c.nextStep.why, { because: text });
  switch (step.rule) {
    case 'fix_data':
      return fill(c.nextStep.fixData, { problem: problemText(step.problem, language) });
    case 'close':
      return c.actions.ready + why(because.close);
    case 'dropped':
      return (
        c.history.dropped +
        why(
          fill(c.history.droppedWhy, {
            classification: c.headers[step.classification].group,
            from: c.labels[step.from],
            to: c.labels[step.to],
          }),
        )
      );
    case 'call_at_risk':
      return (
        c.nextStep.callAtRisk +
        why(
          fill(because.atRisk, {
            group: c.labels[step.group],
            value: textKit(language, locale).amount(step.value),
            months: step.months,
          }),
        )
      );
    case 'win_back':
      if (!step.key) return c.actions.lapsed + why(because.lapsed);
      return (
        c.nextStep.keyCustomerLapsed + why(fill(because.keyLapsed, { who: step.key.segment ? c.labels[step.key.segment] : because.tierA }))
      );
    case 'contact':
      // Said mid-sentence: the touch's label in lower case (a no-op for Chinese).
      return (
        c.actions[step.touch] +
        fill(c.nextStep.by, { date: textKit(language, locale).date(step.due) }) +
        why(fill(because.contact, { touch: c.labels[step.touch].toLowerCase() }))
      );
    case 'not_interested':
      return c.actions.not_interested + why(because.notInterested);
    case 'drain':
      return c.actions.drain + why(because.drain);
    case 'value':
    case 'stage':
      return c.actions[step.group] + why(fill(because.group, { classification: c.headers[step.by].group, label: c.labels[step.group] }));
    default:
      return c.nextStep.review;
  }
}

/**
 * A rejected setting in words, naming it as the reader knows it: the sidebar's label by default, or `nameOf` (a
 * formula's argument names).
 */
export function settingErrorText(error: SettingError, language: Language, nameOf?: (setting: string) => string | undefined): string {
  const catalogued = CATALOGUES[language].settingWords;
  // A formula names its thresholds by its arguments, also where a sentence mentions both.
  const words = nameOf
    ? { ...catalogued, tierA: nameOf('tierA') ?? catalogued.tierA, tierB: nameOf('tierB') ?? catalogued.tierB }
    : catalogued;
  const key = error.setting.split('.')[0];
  const label = key === 'classifications' ? words.computeHeading : (words as unknown as Record<string, unknown>)[key];
  const name = nameOf?.(key) ?? (typeof label === 'string' ? label : words.settings);
  // The facts a sentence may read beyond the error's own (the catalogue's SettingErrorTexts): a template cannot
  // lower-case a name or look inside fraction_between's minimum.
  const min = 'min' in error ? error.min : undefined;
  const facts = {
    ...error,
    name,
    tierAName: words.tierA,
    tierBName: words.tierB,
    tierANameLower: words.tierA.toLowerCase(),
    tierBNameLower: words.tierB.toLowerCase(),
    minTierA: typeof min === 'object',
    minValue: typeof min === 'object' ? min.tierA : min,
  };
  return say(language, undefined, CATALOGUES[language].settingErrors[error.code], facts);
}

/** What a run did not use, as a sentence. */
export function runNoteText(note: RunNote, language: Language): string {
  const t = CATALOGUES[language].runNotes;
  switch (note.code) {
    case 'rfm_unused': {
      const { r, f, m } = note.scores;
      const scores = [...r.map((s) => `R${s}`), ...f.map((s) => `F${s}`), ...m.map((s) => `M${s}`)].join(', ');
      return say(language, undefined, t.rfmUnused, { scores });
    }
    case 'cycle_skipped':
      return t.cycleSkipped;
    default:
      return say(language, undefined, t.rowsAfterAsOf, { rows: note.rows });
  }
}

export function formulaErrorText(facts: FormulaErrorFacts, language: Language): string {
  return say(language, undefined, CATALOGUES[language].formulaErrors[facts.code], facts);
}

/**
 * The groups a label stands for, in any of the three languages (CUSTOMER_ACTION accepts any label). Matching
 * ignores case and surrounding spaces; a label may name groups of two classifications, so every match is returned.
 */
export function groupsForLabel(text: string): GroupKey[] {
  const wanted = text.trim().toLowerCase();
  const found: GroupKey[] = [];
  for (const language of LANGUAGES) {
    for (const group of ALL_GROUPS) {
      if (CATALOGUES[language].labels[group].toLowerCase() === wanted && !found.includes(group)) found.push(group);
    }
  }
  return found;
}

// The local preview's words (sidebar/preview/, npm start): not used by the add-on, so no bundle carries them.
import type { PreviewText } from './catalogue';
import { EN_PREVIEW } from './en';
import { ES_PREVIEW } from './es';
import { ZH_PREVIEW } from './zh';

export type { PreviewText } from './catalogue';

export const PREVIEW_TEXT: Record<Language, PreviewText> = { en: EN_PREVIEW, es: ES_PREVIEW, zh: ZH_PREVIEW };

/** Three significant digits, in the locale's marks: model parameters. */
function significant(value: number, kit: TextKit): string {
  return kit.amount(Number(value.toPrecision(3)));
}

/** The churn model's fit as lines (the preview and the summary sheet): model and parameters, pace, share lost, revenue. */
export function churnSummaryLines(summary: ChurnSummary, language: Language, locale?: string): string[] {
  const c = CATALOGUES[language];
  const kit = textKit(language, locale);
  if (!summary.fitted) return [reasonText({ code: 'churn_not_ready', ...summary }, language, locale).replace(/^—[:：]\s*/, '')];
  const t = c.churnModel;
  const { r, alpha, a, b } = summary.params;
  const params = `r = ${significant(r, kit)}, α = ${significant(alpha, kit)}, a = ${significant(a, kit)}, b = ${significant(b, kit)}`;
  const fill = (template: string, facts: Facts) => render(template, facts, kit);
  const model = c.settingWords.churnModels[summary.model].replace(/ \(.*\)$|（.*）$/, '');
  const lines = [fill(t.fitted, { model, params, customers: kit.count(summary.customers) })];
  if (summary.spend) {
    const { p, q, gamma } = summary.spend;
    lines.push(fill(t.spend, { params: `p = ${significant(p, kit)}, q = ${significant(q, kit)}, γ = ${significant(gamma, kit)}` }));
  } else if (summary.spendRejected) lines.push(t.spendRejected);
  else if (summary.spendNeeds) lines.push(fill(t.noSpend, { needs: summary.spendNeeds.needs, has: summary.spendNeeds.has }));
  const weeks = kit.amount(Math.round(summary.typicalWeeks * 10) / 10);
  lines.push(fill(t.pace, { weeks, lostShare: kit.percent(summary.likelyLostShare) }));
  lines.push(
    fill(t.revenue, { months: summary.months, value: kit.amount(summary.totalValue), discount: kit.threshold(summary.annualDiscount) }),
  );
  return lines;
}
