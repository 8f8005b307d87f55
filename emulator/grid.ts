// One property of every cell of a sheet (values, backgrounds, notes…), stored as rows of arrays.
// Cells never written read as `fallback`; rows and row tails that were never written take no memory,
// so 50,000 × 15 values cost one array per row and a 1000 × 26 blank sheet costs nothing.

export class Layer<T> {
  private rows: Array<T[] | undefined> = [];

  constructor(readonly fallback: T) {}

  /** 0-based. */
  get(r: number, c: number): T {
    const row = this.rows[r];
    if (row === undefined || c >= row.length) return this.fallback;
    return row[c];
  }

  set(r: number, c: number, value: T): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (value === this.fallback) return;
      row = this.rows[r] = [];
    }
    while (row.length < c) row.push(this.fallback);
    row[c] = value;
  }

  /** A copy of the block, each cell passed through `copy` (for Dates). */
  read<U = T>(r0: number, c0: number, nr: number, nc: number, makeRow: () => U[], copy?: (v: T) => U): U[][] {
    const out: U[][] = [];
    for (let i = 0; i < nr; i++) {
      const src = this.rows[r0 + i];
      const line = makeRow();
      for (let j = 0; j < nc; j++) {
        const c = c0 + j;
        const v = src !== undefined && c < src.length ? src[c] : this.fallback;
        line.push(copy ? copy(v) : (v as unknown as U));
      }
      out.push(line);
    }
    return out;
  }

  /** Writes `valueAt(i, j)` into the block starting at (r0, c0). */
  writeBlock(r0: number, c0: number, nr: number, nc: number, valueAt: (i: number, j: number) => T): void {
    for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) this.set(r0 + i, c0 + j, valueAt(i, j));
  }

  fill(r0: number, c0: number, nr: number, nc: number, value: T): void {
    if (value !== this.fallback) {
      this.writeBlock(r0, c0, nr, nc, () => value);
      return;
    }
    // Clearing (a whole sheet is 1000 × 26 cells per layer): cut row tails instead of writing each cell.
    const end = Math.min(r0 + nr, this.rows.length);
    for (let r = r0; r < end; r++) {
      const row = this.rows[r];
      if (row === undefined || row.length <= c0) continue;
      if (c0 + nc < row.length) row.fill(this.fallback, c0, c0 + nc);
      else if (c0 === 0) this.rows[r] = undefined;
      else row.length = c0;
    }
  }

  /** New columns at 0-based `c0` hold the fallback; later cells move right. */
  insertColumns(c0: number, n: number): void {
    const blanks = new Array<T>(n).fill(this.fallback);
    for (const row of this.rows) if (row !== undefined && row.length > c0) row.splice(c0, 0, ...blanks);
  }

  /** Column `src` (0-based) copied into the `n` columns from `dst`, in every row that holds something there. */
  copyColumn(src: number, dst: number, n: number): void {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row === undefined || src >= row.length || row[src] === this.fallback) continue;
      for (let k = 0; k < n; k++) this.set(r, dst + k, row[src]);
    }
  }

  /** Row `src` (0-based) copied into the `n` rows from `dst`. */
  copyRow(src: number, dst: number, n: number): void {
    const row = this.rows[src];
    if (row === undefined) return;
    for (let k = 0; k < n; k++) this.rows[dst + k] = [...row];
  }

  deleteColumns(c0: number, n: number): void {
    for (const row of this.rows) if (row !== undefined && row.length > c0) row.splice(c0, n);
  }

  insertRows(r0: number, n: number): void {
    if (this.rows.length <= r0) return;
    this.rows = this.rows.slice(0, r0).concat(new Array<T[] | undefined>(n), this.rows.slice(r0));
  }

  deleteRows(r0: number, n: number): void {
    this.rows.splice(r0, n);
  }

  /** Replaces every cell that differs from the fallback by `change(value)`. */
  update(change: (value: T) => T): void {
    for (const row of this.rows) {
      if (row === undefined) continue;
      for (let c = 0; c < row.length; c++) if (row[c] !== this.fallback) row[c] = change(row[c]);
    }
  }

  /** 0-based index of the last row holding a non-fallback cell, or -1. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) if (this.lastColumnOf(r) >= 0) return r;
    return -1;
  }

  /** 0-based index of the last column holding a non-fallback cell in any row, or -1. */
  lastColumn(): number {
    let last = -1;
    for (let r = 0; r < this.rows.length; r++) last = Math.max(last, this.lastColumnOf(r));
    return last;
  }

  private lastColumnOf(r: number): number {
    const row = this.rows[r];
    if (row === undefined) return -1;
    for (let c = row.length - 1; c >= 0; c--) if (row[c] !== this.fallback) return c;
    return -1;
  }

  /** Rows without their trailing fallback cells, and no trailing empty rows: equal layers give equal results. */
  trimmed(): T[][] {
    const last = this.lastRow();
    const out: T[][] = [];
    for (let r = 0; r <= last; r++) out.push(this.rows[r]?.slice(0, this.lastColumnOf(r) + 1) ?? []);
    return out;
  }
}
