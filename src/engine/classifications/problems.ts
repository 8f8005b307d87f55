// The problem that stands in for a classification's answer on a row: the first error among the fields it reads.
import type { Classified } from '../classifyCustomers';
import { FIELDS, type Field, type Problem } from '../types';
import type { ClassificationId } from './needs';

export function problemFor(c: Classified, id: ClassificationId, row: number): Problem | null {
  const mask = c.masks[id];
  if (!(c.table.bad[row] & mask)) return null;
  const byField = c.table.problemAt.get(row);
  if (!byField) return null;
  for (let k = 0; k < FIELDS.length; k++) {
    if (!(mask & (1 << k))) continue;
    const p = byField.get(FIELDS[k] as Field);
    if (p) return p;
  }
  return null;
}
