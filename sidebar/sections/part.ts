// What every section of the page shares: the handlers it calls, and the Part it returns (built once, then updated).
import type { ClassificationId as Classification } from '../../src/engine/classifications/needs';
import type { TaughtIntent } from '../../src/engine/taught';
import type { Field, LogField } from '../../src/engine/types';
import type { CompareResult, Result, TableShape } from '../../src/shared/contract';
import { h, type Child } from '../dom';
import type { SettingsForm } from '../form';
import type { SidebarState, SqlChoice } from '../state';

export interface Handlers {
  shapeChanged(shape: TableShape): void;
  columnChanged(field: Field, column: number | null): void;
  logColumnChanged(field: LogField, column: number | null): void;
  formChanged(patch: Partial<SettingsForm>): void;
  classificationToggled(classification: Classification, on: boolean): void;
  selectCell(row: number, column: number): void;
  /** Reads the sheet again (the user switched tabs or edited the data). */
  refresh(): void;
  apply(): void;
  /** Clear; `keepHistory` false drops the run history too. */
  clear(keepHistory?: boolean): void;
  /** Two runs of the history, compared (the history section draws the answer). */
  compare(from: string, to: string): Promise<Result<CompareResult>>;
  /** Teaches a note its intent, or forgets it (null). */
  teach(note: string, intent: TaughtIntent | null): void;
  /** Export as SQL opened or closed, its dialect or table name changed (no server call). */
  sqlChanged(patch: Partial<SqlChoice>): void;
}

/** Part of the page that is built once and then kept in step with the state. */
export interface Part {
  element: HTMLElement;
  update(state: SidebarState): void;
}

export function section(title: string, testid: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'section', testid }, h('h2', { class: 'section-title' }, title), ...children);
}

/** A labelled control with the line under it where its validation message goes. */
export function field(label: string, id: string, control: HTMLElement, hint?: HTMLElement): HTMLElement {
  return h(
    'div',
    { class: 'field', testid: `field-${id}` },
    h('label', { attrs: { for: id } }, label),
    control,
    hint ?? null,
    h('p', { class: 'field-error', testid: `error-${id.replace(/^setting-/, '')}`, attrs: { role: 'alert', hidden: '' } }),
  );
}
