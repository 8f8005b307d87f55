// The lead-score bands of DOMAIN.md §5, in a module of their own: the intent reader uses them, and so does the SQL
// export (src/sql), which must not pull in the note lexicon.

/** A lead score of at least this is Ready to buy when the note does not say. */
export const LEAD_SCORE_READY = 70;
/** At least this (and below LEAD_SCORE_READY) is Considering; a lower score is Not now. */
export const LEAD_SCORE_CONSIDERING = 40;
