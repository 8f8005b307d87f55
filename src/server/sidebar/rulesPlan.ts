// The conditional-format rules Apply adds: colours follow the values (edit a tier and its colour follows) and sit
// above the user's own formatting without changing it. Every formula carries a marker so that our rules can be told
// from the user's by reading the rule list alone, wherever columns have moved since.
import type { Classification, GroupKey } from '../../engine/groups';
import { groupsOf } from '../../engine/groups';
import { groupLabel } from '../../engine/i18n/labels';
import { PALETTE, PROBLEM_COLOR } from '../../engine/palette';
import type { Language } from '../../engine/types';
import type { PlannedColumn } from './outputPlan';

/** A string literal inside the formula: N() of text is 0, so the condition is unchanged, and the marker survives moves. */
export const RULE_MARKER = 'N("customer-segments")=0';

export interface PlannedRule {
  /** 'block': the output cells (one rule for the whole block); 'rows': the data rows, whole width of the table. */
  target: 'block' | 'rows';
  formula: string;
  background: string;
}

/** Spreadsheet column letters for a 1-based column number. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A text literal in a formula: quotes doubled, so a label can never end the string early. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function isOurRule(formula: string | null | undefined): boolean {
  return !!formula && formula.includes(RULE_MARKER);
}

/**
 * Rules in priority order (the first that holds wins): problem cells, then each output cell by its own group, then
 * whole rows by the main grouping. `firstColumn`/`firstRow` are the block's top-left data cell (1-based);
 * `mainColumn` is the sheet column holding the main grouping's labels.
 */
export function planRules(options: {
  columns: readonly PlannedColumn[];
  mainGrouping: Classification | null;
  rfmPreset: 'grid11' | 'class8';
  language: Language;
  firstColumn: number;
  /** Top row of the block rules' range, and of the whole-row rules' range. */
  firstRow: number;
  rowsFirstRow: number;
}): PlannedRule[] {
  const { columns, mainGrouping, rfmPreset, language, firstColumn, firstRow, rowsFirstRow } = options;
  const cell = `${columnLetter(firstColumn)}${firstRow}`;
  const rules: PlannedRule[] = [
    { target: 'block', formula: `=AND(${RULE_MARKER},LEFT(${cell},1)="⚠")`, background: PROBLEM_COLOR },
  ];
  const seen = new Set<string>();
  for (const column of columns) {
    if (column.kind !== 'group') continue;
    for (const group of groupsOf(column.classification, rfmPreset)) {
      const label = groupLabel(group as GroupKey, language);
      // A label shared by two classifications (none today, but tiers are single letters) gets one rule.
      if (seen.has(label)) continue;
      seen.add(label);
      rules.push({ target: 'block', formula: `=AND(${RULE_MARKER},${cell}=${literal(label)})`, background: PALETTE[group as GroupKey] });
    }
  }
  if (mainGrouping) {
    const index = columns.findIndex((c) => c.kind === 'group' && c.classification === mainGrouping);
    if (index >= 0) {
      const ref = `$${columnLetter(firstColumn + index)}${rowsFirstRow}`;
      for (const group of groupsOf(mainGrouping, rfmPreset)) {
        const label = groupLabel(group as GroupKey, language);
        rules.push({ target: 'rows', formula: `=AND(${RULE_MARKER},${ref}=${literal(label)})`, background: PALETTE[group as GroupKey] });
      }
    }
  }
  return rules;
}
