// What a run did not use, said rather than left for the owner to wonder about (DOMAIN.md asks for each):
// RFM scores no customer got (ties leave some empty), the own-cycle lapse rule skipped for want of a first purchase
// date, and an order log's rows dated after the analysis date.
import type { Classified } from './classifyCustomers';

export type RunNote =
  | { code: 'rfm_unused'; scores: { r: number[]; f: number[]; m: number[] } }
  | { code: 'cycle_skipped' }
  | { code: 'rows_after_as_of'; rows: number };

export function runNotes(c: Classified, rowsAfterAsOf: number): RunNote[] {
  const notes: RunNote[] = [];
  if (c.rfm && c.rfm.preset === 'grid11' && c.rfm.ranked > 0) {
    const { r, f, m } = c.rfm.unusedScores;
    if (r.length + f.length + m.length > 0) notes.push({ code: 'rfm_unused', scores: { r: [...r], f: [...f], m: [...m] } });
  }
  if (c.computed.includes('lifecycle') && c.table.columns.first_purchase === undefined) notes.push({ code: 'cycle_skipped' });
  if (rowsAfterAsOf > 0) notes.push({ code: 'rows_after_as_of', rows: rowsAfterAsOf });
  return notes;
}
