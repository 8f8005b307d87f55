// The sidebar server's sentences (in the catalogues), and the platform's refusals in the user's words.
import type { Language } from '../../engine';
import { catalogue, type Catalogue } from '../../i18n/text';

export function messages(language: Language): Catalogue['messages'] {
  return catalogue(language).messages;
}

/** The platform's refusal in the user's words where we know it; its own message otherwise. */
export function refusalDetail(platformMessage: string, language: Language): string {
  const t = messages(language);
  if (/limit of 10000000 cells/i.test(platformMessage)) return t.cellLimit;
  if (/limit of 18278 columns/i.test(platformMessage)) return t.columnLimit;
  if (/freeze .*merged cell/i.test(platformMessage)) return t.mergedFreeze;
  return platformMessage;
}
