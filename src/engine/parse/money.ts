// Money typed as text (DOMAIN.md, "Values as a spreadsheet hands them over").

import type { ProblemCode } from '../types';
import { scanAmount, type DecimalMark } from './numbers';

/**
 * `$12,500.00`, `12.345,67 €`, `1 234,50`, `¥-0.19`, `(1,200.50)`, `1e9`, `EUR 5`, `US$ 3`, `120 元` → the amount.
 * When `.` and `,` both appear the last one is the decimal mark; `decimalMark` settles only a lone separator
 * followed by exactly three digits (`1,234`). Problems: `percent_not_money` (`12%`), `sheet_error` (`#N/A`),
 * `missing_value` (blank), `unparseable_money` (words, implausible grouping such as `1,23,4`, two signs).
 */
export function parseMoneyText(text: string, decimalMark: DecimalMark): number | ProblemCode {
  return scanAmount(text, decimalMark, 'money');
}
