// Purchase intent from free-text notes, or the lead score (DOMAIN.md §5). Read whenever there is a note or a score
// column, chosen or not: the lifecycle (prospect or potential) and the next step read it.
import { INTENT } from '../groups';
import { createIntentReader } from '../intent';
import { withTaught } from '../taught';
import type { Descriptor } from './descriptor';
import { problemFor } from './problems';

export const intent: Descriptor = {
  id: 'intent',
  groups: () => INTENT.keys,
  colors: { ready: '#6fc176', considering: '#fbe772', not_now: '#b8a0ff', not_interested: '#e398c0', unknown: '#d7ffd9' },
  columns: ['group'],
  compute(c) {
    const { table } = c;
    if (table.columns.status === undefined && table.columns.lead_score === undefined) return;
    // Only the code is kept per row: an array of a million readings would cost a full garbage collection.
    const read = withTaught(createIntentReader(), c.taught);
    let taughtRows = 0;
    for (let i = 0; i < table.n; i++) {
      if (table.blank[i]) continue;
      const reading = read(table.status[i], table.leadScore[i]);
      c.intent[i] = INTENT.code[reading.intent];
      if (reading.via === 'taught') taughtRows++;
    }
    c.taughtRows = taughtRows;
    // Its cache gives a row's reading again for its reason.
    c.readIntent = read;
  },
  computed: (c) => c.readIntent !== undefined,
  group(c, row) {
    const code = c.intent[row];
    return code < INTENT.none ? INTENT.keys[code] : null;
  },
  reason(c, row) {
    const t = c.table;
    const reading = c.readIntent!(t.status[row], t.leadScore[row]);
    if (reading.via === 'taught') return { code: 'intent_taught', intent: reading.intent };
    if (reading.conflict) return { code: 'intent_conflict', intent: reading.intent, words: [...reading.conflict] };
    if (reading.via === 'text') return { code: 'intent_text', intent: reading.intent, cue: reading.cue ?? '' };
    if (reading.via === 'score') return { code: 'intent_score', intent: reading.intent, score: t.leadScore[row] };
    return { code: 'intent_none', intent: reading.intent };
  },
  // A note decides by itself: only an unreadable lead score without a note stops the answer.
  problem(c, row) {
    const problem = problemFor(c, 'intent', row);
    return problem && problem.field === 'lead_score' && !c.table.status[row] ? problem : null;
  },
};
