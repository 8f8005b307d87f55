// What every classification declares, in one module of its own (see "Adding a classification" in ARCHITECTURE.md).
// Everything that iterates over classifications (classifying, answers and reasons, the summary, the palette and
// legend, the output columns, the formulas' columns, the sidebar's checkboxes) goes through this list.
import type { Classified } from '../classifyCustomers';
import type { GroupKey } from '../groups';
import type { Reason } from '../reasons';
import type { Settings } from '../settings';
import type { Problem } from '../types';
import type { ClassificationId } from './needs';

/**
 * A value column a classification writes: its group, and before it a score (RFM), a date (next contact) or numbers
 * (churn risk: chance active, expected orders, expected order value, value).
 */
export type ValueColumn = 'group' | 'score' | 'date' | NumberColumn;
export type NumberColumn = 'chance' | 'expected' | 'orderValue' | 'value';

export interface Descriptor {
  id: ClassificationId;
  /** Its groups in display order (RFM's depend on the preset). */
  groups(settings: Pick<Settings, 'rfmPreset'>): readonly GroupKey[];
  /** A colour for every group it can give (palette.ts checks contrast and colour-blind separation). */
  colors: { readonly [group: string]: string };
  /** Value columns, in order; a reason column follows them where reasons are written. */
  columns: readonly ValueColumn[];
  /**
   * Computes its result into `c` when `wanted` (chosen and allowed), or when another classification or the next
   * step needs it (intent and lifecycle are read by others).
   */
  compute(c: Classified, wanted: boolean): void;
  /** Whether `compute` left a result to answer from. */
  computed(c: Classified): boolean;
  /** The row's group; 'none' for "not applicable" (`—`); null for no answer. Problems are looked up before. */
  group(c: Classified, row: number): GroupKey | 'none' | null;
  /** The facts behind the row's group or its "not applicable". */
  reason(c: Classified, row: number): Reason;
  /** The problem that replaces the answer; by default the first error among the fields it reads. */
  problem?(c: Classified, row: number): Problem | null;
  /** The score column's text, for a classification with a 'score' column. */
  score?(c: Classified, row: number): string;
  /** The date column's day, NaN for none, for a classification with a 'date' column. */
  date?(c: Classified, row: number): number;
  /** A number column's value, NaN for none, for a classification with number columns. */
  number?(c: Classified, row: number, column: NumberColumn): number;
}
