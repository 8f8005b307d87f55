// Draws the sidebar from its state. Sections are built once per analysis and then updated in place, so a field being
// typed in keeps its focus and caret; only the preview, which nobody types into, is redrawn whole.
import { historyPart } from './sections/history';
import type { Language } from '../src/engine/types';
import type { AnalyzeResult } from '../src/shared/contract';
import { replaceChildren } from './dom';
import { UI_TEXT } from './i18n';
import { actionsPart } from './sections/actions';
import { computePart } from './sections/compute';
import { dataPart } from './sections/data';
import type { Handlers, Part } from './sections/part';
import { previewPart } from './sections/preview';
import { sqlPart } from './sections/sql';
import { statusPart } from './sections/status';
import { teachPart } from './sections/teach';
import type { SidebarState } from './state';

export type { Handlers } from './sections/part';

export interface View {
  update(state: SidebarState): void;
}

export function createView(root: HTMLElement, handlers: Handlers): View {
  let builtFor: { analysis: AnalyzeResult | null; language: Language } | null = null;
  let parts: Part[] = [];

  return {
    update(state) {
      if (!builtFor || builtFor.analysis !== state.analysis || builtFor.language !== state.language) {
        const t = UI_TEXT[state.language];
        document.documentElement.lang = state.language;
        document.title = t.title;
        parts = [statusPart(t, handlers)];
        if (state.analysis) {
          parts.push(
            dataPart(state.analysis, t, handlers),
            computePart(t, handlers),
            previewPart(t),
            teachPart(t, handlers),
            sqlPart(t, handlers),
          );
          if (state.analysis.historyRuns?.length) parts.push(historyPart(t, handlers, state.analysis.historyRuns));
        }
        parts.push(actionsPart(t, handlers));
        replaceChildren(root, ...parts.map((p) => p.element));
        builtFor = { analysis: state.analysis, language: state.language };
      }
      for (const part of parts) part.update(state);
    },
  };
}
