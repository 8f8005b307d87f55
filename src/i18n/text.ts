// Turns the engine's codes and facts into sentences, in the language of the place they are shown: the sheet's output
// language for cells and the summary, the user's language in the sidebar.
// Values come from the engine's dependency-free modules (types, groups, dates) so that the sidebar page can use the
// catalogues without the rest of the engine; types come from its index.
import type { GroupKey, Language, NextStep, Outcome, Problem, Reason, SettingError } from '../engine';
import { ALL_GROUPS } from '../engine/groups';
import { formatDayNumber } from '../engine/parse/dates';
import { LANGUAGES } from '../engine/types';
import type { Catalogue, FormulaErrorFacts, SidebarText, TextKit } from './catalogue';
import { EN, EN_SIDEBAR } from './en';
import { ES, ES_SIDEBAR } from './es';
import { formatAmount, formatPercent, formatThreshold } from './format';
import { ZH, ZH_SIDEBAR } from './zh';

export type { Catalogue, FormulaErrorFacts, SidebarText, TextKit } from './catalogue';

export const CATALOGUES: Record<Language, Catalogue> = { en: EN, es: ES, zh: ZH };
export const SIDEBAR_TEXT: Record<Language, SidebarText> = { en: EN_SIDEBAR, es: ES_SIDEBAR, zh: ZH_SIDEBAR };

/** What a cell shows before a problem's sentence. */
export const WARNING_SIGN = '⚠ ';

export function catalogue(language: Language): Catalogue {
  return CATALOGUES[language];
}

const kits = new Map<Language, TextKit>();

export function textKit(language: Language): TextKit {
  let kit = kits.get(language);
  if (!kit) {
    const labels = CATALOGUES[language].labels;
    kit = {
      label: (group) => labels[group],
      percent: (share) => formatPercent(share, language),
      threshold: (share) => formatThreshold(share, language),
      amount: (value) => formatAmount(value, language),
      date: (day) => formatDayNumber(day),
    };
    kits.set(language, kit);
  }
  return kit;
}

export function label(group: GroupKey, language: Language): string {
  return CATALOGUES[language].labels[group];
}

export function action(group: GroupKey, language: Language): string {
  return CATALOGUES[language].actions[group];
}

export function reasonText(reason: Reason, language: Language): string {
  const render = CATALOGUES[language].reasons[reason.code] as (r: Reason, kit: TextKit) => string;
  return render(reason, textKit(language));
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
    .replace('{v}', () => (value === '' ? '' : c.quote(value)));
}

/** What a classification's cell shows: the group's label, `⚠ problem`, or `—`. */
export function outcomeLabel(outcome: Outcome, language: Language): string {
  if (outcome.kind === 'group') return label(outcome.group, language);
  if (outcome.kind === 'problem') return WARNING_SIGN + problemText(outcome.problem, language);
  return CATALOGUES[language].notApplicable;
}

/** The reason beside it; a problem has none (its cell already says it). */
export function outcomeReason(outcome: Outcome, language: Language): string {
  return outcome.kind === 'problem' ? '' : reasonText(outcome.reason, language);
}

export function nextStepText(step: NextStep, language: Language): string {
  const c = CATALOGUES[language];
  const prefix = c.nextStep.rulePrefix(step.ruleNumber);
  switch (step.rule) {
    case 'fix_data':
      return prefix + c.nextStep.fixData(problemText(step.problem, language));
    case 'close':
      return prefix + c.actions.ready;
    case 'win_back':
      return prefix + (step.keyCustomer ? c.nextStep.keyCustomerLapsed : c.actions.lapsed);
    case 'contact':
      return prefix + c.actions[step.touch] + c.nextStep.by(formatDayNumber(step.due));
    case 'review':
      return prefix + c.nextStep.review;
    default:
      return prefix + c.actions[step.group];
  }
}

export function settingErrorText(error: SettingError, language: Language): string {
  const render = CATALOGUES[language].settingErrors[error.code] as (e: SettingError) => string;
  return render(error);
}

export function formulaErrorText(facts: FormulaErrorFacts, language: Language): string {
  const render = CATALOGUES[language].formulaErrors[facts.code] as (f: FormulaErrorFacts) => string;
  return render(facts);
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
