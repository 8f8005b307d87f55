// The compound rule formulas the add-on writes, on top of cfEvaluate's `=<ref> <op> <literal>`:
//   =AND(<term>, <term>, …)   each term one of
//     N("text")=0              always true (N of text is 0): the add-on's marker
//     <ref> <op> <literal>     as in cfEvaluate
//     LEFT(<ref>,<n>) <op> <literal>
//     ROW() <op> <n> / COLUMN() <op> <n>   the row or column of the cell being formatted
// Anything else stays unsupported.
import { parseRuleFormula, type ParsedFormula } from './cfEvaluate';

export type CompoundTerm =
  | { kind: 'true' }
  | { kind: 'compare'; formula: ParsedFormula; left: number | null }
  | { kind: 'position'; axis: 'row' | 'column'; op: ParsedFormula['op']; value: number };

/** Splits `a,b,c` at top-level commas, outside quotes and parentheses. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0 && ch === ',') {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

const MARKER_TERM = /^N\(\s*"(?:[^"]|"")*"\s*\)\s*=\s*0$/i;
const LEFT_TERM = /^LEFT\(\s*(\$?[A-Za-z]{1,3}\$?\d+)\s*,\s*(\d+)\s*\)\s*(.+)$/i;
const POSITION_TERM = /^(ROW|COLUMN)\(\s*\)\s*(<>|<=|>=|=|<|>)\s*(\d+)$/i;

function parseTerm(term: string): CompoundTerm | null {
  if (MARKER_TERM.test(term)) return { kind: 'true' };
  const position = POSITION_TERM.exec(term);
  if (position) {
    return {
      kind: 'position',
      axis: position[1].toUpperCase() === 'ROW' ? 'row' : 'column',
      op: position[2] as ParsedFormula['op'],
      value: Number(position[3]),
    };
  }
  const left = LEFT_TERM.exec(term);
  if (left) {
    const formula = parseRuleFormula(`=${left[1]}${left[3]}`);
    return formula ? { kind: 'compare', formula, left: Number(left[2]) } : null;
  }
  const formula = parseRuleFormula(`=${term}`);
  return formula ? { kind: 'compare', formula, left: null } : null;
}

/** The terms of `=AND(…)` (or of a single supported term), or null when any part is unsupported. */
export function parseCompoundFormula(formula: string): CompoundTerm[] | null {
  const text = formula.trim().replace(/^=\s*/, '');
  const and = /^AND\((.*)\)$/is.exec(text);
  const terms = and ? splitArguments(and[1]) : [text];
  const parsed = terms.map(parseTerm);
  return parsed.every((t): t is CompoundTerm => t !== null) ? parsed : null;
}
