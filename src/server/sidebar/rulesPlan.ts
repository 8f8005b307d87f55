// The conditional-format rules Apply adds: colours follow the values (edit a tier and its colour follows) and sit
// above the user's own formatting without changing it. Every formula carries a marker so that our rules can be told
// from the user's by reading the rule list alone, wherever columns have moved since.
import { descriptorOf, PALETTE, PROBLEM_COLOR, type ClassificationId, type Language, type RfmPreset } from '../../engine';
import { label } from '../../i18n/text';
import type { OutputColumn } from '../../output/columns';
import { columnLetter } from '../../shared/a1';

/** A string literal inside the formula: N() of text is 0, so the condition is unchanged, and the marker survives moves. */
export const RULE_MARKER = 'N("customer-segments")=0';

export interface PlannedRule {
  /** 'block': the output cells (one rule for the whole block); 'rows': the data range as read, and the block. */
  target: 'block' | 'rows';
  formula: string;
  background: string;
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
 * whole rows by the main grouping. `firstColumn`/`firstRow` are the block's top-left cell (1-based);
 * `rowsFirstRow` is the first row of the rows' range, `rowsColumns` the columns (1-based, null: unbounded) a rows'
 * rule may colour: `COLUMN()` in a rule's formula is the column of the cell being formatted, so a rule set on a
 * wider range than the table colours only the table. Headers and blank rows never hold a label, so they stay as
 * they are without a row bound.
 */
export function planRules(options: {
  columns: readonly OutputColumn[];
  mainGrouping: ClassificationId | null;
  rfmPreset: RfmPreset;
  language: Language;
  firstColumn: number;
  firstRow: number;
  rowsFirstRow: number;
  rowsColumns?: { first: number | null; last: number | null };
}): PlannedRule[] {
  const { columns, mainGrouping, rfmPreset, language, firstColumn, firstRow, rowsFirstRow } = options;
  const bounds = [
    options.rowsColumns?.first ? `COLUMN()>=${options.rowsColumns.first}` : '',
    options.rowsColumns?.last ? `COLUMN()<=${options.rowsColumns.last}` : '',
  ]
    .filter(Boolean)
    .map((term) => `${term},`)
    .join('');
  const cell = `${columnLetter(firstColumn)}${firstRow}`;
  const rules: PlannedRule[] = [{ target: 'block', formula: `=AND(${RULE_MARKER},LEFT(${cell},1)="⚠")`, background: PROBLEM_COLOR }];
  const seen = new Set<string>();
  const settings = { rfmPreset };
  for (const column of columns) {
    if (column.kind !== 'value' || column.value !== 'group') continue;
    for (const group of descriptorOf(column.classification).groups(settings)) {
      const text = label(group, language);
      // A label shared by two classifications (none today, but tiers are single letters) gets one rule.
      if (seen.has(text)) continue;
      seen.add(text);
      rules.push({ target: 'block', formula: `=AND(${RULE_MARKER},${cell}=${literal(text)})`, background: PALETTE[group] });
    }
  }
  if (mainGrouping) {
    const index = columns.findIndex((c) => c.kind === 'value' && c.value === 'group' && c.classification === mainGrouping);
    if (index >= 0) {
      const ref = `$${columnLetter(firstColumn + index)}${rowsFirstRow}`;
      for (const group of descriptorOf(mainGrouping).groups(settings)) {
        rules.push({
          target: 'rows',
          formula: `=AND(${RULE_MARKER},${bounds}${ref}=${literal(label(group, language))})`,
          background: PALETTE[group],
        });
      }
    }
  }
  return rules;
}
