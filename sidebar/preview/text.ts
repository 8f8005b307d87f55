// The preview's own words come from the catalogues (PREVIEW_TEXT in src/i18n/text.ts), in the user's language (the
// "Your language" choice). Errors of the preview are kept as codes and facts and become sentences where they are
// shown, so a formula's tooltip follows a language chosen after the formula was typed.
import type { Language } from '../../src/engine/types';
import { PREVIEW_TEXT, type PreviewText } from '../../src/i18n/text';
import { fill } from './fill';

export { fill };

export type { PreviewText };

/** The user's language from a locale such as 'es', 'es_ES' or 'zh_CN'; English otherwise (as the sidebar does). */
export function previewLanguage(userLocale: string | undefined | null): Language {
  const primary = (userLocale ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'es' || primary === 'zh' ? primary : 'en';
}

export function previewText(userLocale: string | undefined | null): PreviewText {
  return PREVIEW_TEXT[previewLanguage(userLocale)];
}

/** A sentence of the preview: a catalogue entry and the facts that fill it. */
export interface Sentence<K extends string> {
  key: K;
  facts?: Record<string, string | number>;
}

export type FormulaProblem = Sentence<keyof PreviewText['formulaErrors']> | { key: 'message'; text: string };
export type PreviewProblem = Sentence<'fileType' | 'fileUnreadable' | 'fileTooLarge'>;

/** Why a formula shows its error code, in a language; `{supported}` is filled in that language too. */
export function formulaProblemText(problem: FormulaProblem, language: Language): string {
  if (problem.key === 'message') return problem.text;
  const text = PREVIEW_TEXT[language];
  return fill(text.formulaErrors[problem.key], { supported: text.supported, ...problem.facts });
}

/** An error of the preview itself (opening a file…), said in the user's language where it is shown. */
export class PreviewError extends Error {
  constructor(readonly problem: PreviewProblem) {
    super(fill(PREVIEW_TEXT.en[problem.key], problem.facts ?? {}));
  }

  textIn(language: Language): string {
    return fill(PREVIEW_TEXT[language][this.problem.key], this.problem.facts ?? {});
  }
}
