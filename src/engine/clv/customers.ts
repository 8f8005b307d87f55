// The customers a model is fitted on, checked and collapsed to distinct rows with counts. The likelihoods are sums
// over customers of a function of (x, t_x, T) alone, so customers sharing a triple need one evaluation between them:
// in a cohort observed to one date, with times in whole days or weeks, 10,000 customers share a few hundred triples.

/** One customer's purchase history, in any time unit as long as it is the same for every customer and for t. */
export interface ClvInput {
  /** Repeat purchases: purchase occasions after the first (distinct purchase days − 1 in the usual summaries). */
  x: number;
  /** Recency: time from the first purchase to the last (0 when x = 0). */
  tx: number;
  /** Age: time from the first purchase to the end of the observation period. */
  T: number;
}

/** Distinct (x, t_x, T) rows, sorted, so that the input's order cannot change a sum or an optimiser's path. */
export interface CustomerRows {
  x: number[];
  tx: number[];
  T: number[];
  count: number[];
  /** The distinct values of T and of t_x, and each row's position in them: the likelihood takes ln(α + T) and
   *  ln(α + t_x) once per distinct value (a cohort has few distinct ages) rather than once per row. */
  tValues: number[];
  tIndex: Int32Array;
  txValues: number[];
  txIndex: Int32Array;
  /** Valid customers (the sum of count). */
  customers: number;
  /** Valid customers with x > 0. */
  repeatBuyers: number;
  /** Rows left out: x not a whole number ≥ 0, T not > 0, t_x outside [0, T], or a value not finite. */
  excluded: number;
}

/** Whether a row can be used: x whole and ≥ 0, 0 < T, 0 ≤ t_x ≤ T. For x = 0, t_x is ignored (taken as 0). */
export function isValidCustomer(c: ClvInput): boolean {
  const { x, tx, T } = c;
  if (!Number.isInteger(x) || x < 0 || !Number.isFinite(T) || !(T > 0)) return false;
  return x === 0 || (Number.isFinite(tx) && tx >= 0 && tx <= T);
}

export function collectCustomers(data: readonly ClvInput[]): CustomerRows {
  const counts = new Map<string, { x: number; tx: number; T: number; n: number }>();
  let excluded = 0;
  let repeatBuyers = 0;
  for (const c of data) {
    if (!isValidCustomer(c)) {
      excluded++;
      continue;
    }
    const tx = c.x === 0 ? 0 : c.tx;
    if (c.x > 0) repeatBuyers++;
    const key = `${c.x} ${tx} ${c.T}`;
    const row = counts.get(key);
    if (row) row.n++;
    else counts.set(key, { x: c.x, tx, T: c.T, n: 1 });
  }
  const rows = [...counts.values()].sort((p, q) => p.x - q.x || p.T - q.T || p.tx - q.tx);
  const T = rows.map((r) => r.T);
  const tx = rows.map((r) => r.tx);
  const [tValues, tIndex] = distinct(T);
  const [txValues, txIndex] = distinct(tx);
  return {
    x: rows.map((r) => r.x),
    tx,
    T,
    count: rows.map((r) => r.n),
    tValues,
    tIndex,
    txValues,
    txIndex,
    customers: data.length - excluded,
    repeatBuyers,
    excluded,
  };
}

/** The sorted distinct values of a column and each entry's position among them. */
function distinct(column: readonly number[]): [number[], Int32Array] {
  const values = [...new Set(column)].sort((p, q) => p - q);
  const position = new Map(values.map((v, i) => [v, i]));
  return [values, Int32Array.from(column, (v) => position.get(v)!)];
}
