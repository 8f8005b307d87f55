// The analysis date of a run: one resolver for the formulas' as_of argument and the sidebar's date field. It is an
// input of each run, never a saved setting: a date kept from an earlier run would silently age every "days since".
import { parseAsOf } from './parse/dates';
import type { Cell, DayNumber, LocaleHints } from './types';

export type AsOfResult = { ok: true; day: DayNumber } | { ok: false; got: string };

/**
 * Left out (undefined, null, ''), the run is as of `today` (the caller's clock in the spreadsheet's zone). Otherwise a
 * date cell, ISO text (2026-11-22), the locale's own order (22/11/2026), 2026年11月22日 or a date serial number.
 */
export function resolveAsOf(value: unknown, hints: LocaleHints, today: DayNumber): AsOfResult {
  if (value === undefined || value === null || value === '') return { ok: true, day: today };
  const day = parseAsOf(value as Cell, hints);
  return typeof day === 'number' ? { ok: true, day } : { ok: false, got: String(value) };
}
