// Header texts are the user's cells, and they become column names in the query: backticks, quotes, a line break,
// `--` or `"; DROP TABLE` in a header must stay one quoted name in both dialects. DuckDB runs the query over columns
// so named (and the table survives); the BigQuery text is read back with GoogleSQL's lexical rules and every name
// comes out of its quotes exactly as it went in, with nothing of it outside them.
import { Parser } from 'node-sql-parser';
import { generateSegmentsSql, type SqlExportInput } from '../../src/sql';
import { loadTable, openDuck, runSql, type TypedColumn } from './duck';

const AS_OF = Date.UTC(2026, 10, 1) / 86_400_000;

const HOSTILE = {
  customer: 'Kunde "A"',
  first_purchase: 'First `order`',
  last_purchase: 'Last\norder',
  orders: "O'rders -- count",
  revenue: 'x"; DROP TABLE odd; --',
  profit: 'back\\slash `; DROP TABLE odd; --',
  status: '<img src=x onerror=alert(1)>',
  lead_score: 'Lead\tscore',
};

const PLAIN = {
  customer: 'customer',
  first_purchase: 'first_purchase',
  last_purchase: 'last_purchase',
  orders: 'orders',
  revenue: 'revenue',
  profit: 'profit',
  status: 'status',
  lead_score: 'lead_score',
};

const ROWS = 40;
function columns(names: Record<keyof typeof PLAIN, string>): TypedColumn[] {
  const day = (i: number) => AS_OF - 10 - ((i * 37) % 900);
  return [
    { name: names.customer, type: 'text', values: Array.from({ length: ROWS }, (_, i) => `Customer ${i}`) },
    { name: names.first_purchase, type: 'date', values: Array.from({ length: ROWS }, (_, i) => day(i) - 400) },
    { name: names.last_purchase, type: 'date', values: Array.from({ length: ROWS }, (_, i) => day(i)) },
    { name: names.orders, type: 'number', values: Array.from({ length: ROWS }, (_, i) => 1 + (i % 7)) },
    { name: names.revenue, type: 'number', values: Array.from({ length: ROWS }, (_, i) => 100 * (1 + (i % 9))) },
    { name: names.profit, type: 'number', values: Array.from({ length: ROWS }, (_, i) => 10 * ((i % 11) - 3)) },
    { name: names.status, type: 'text', values: Array.from({ length: ROWS }, (_, i) => (i % 3 ? 'Ready to buy' : null)) },
    { name: names.lead_score, type: 'number', values: Array.from({ length: ROWS }, (_, i) => (i * 13) % 100) },
  ];
}

function sqlOf(input: SqlExportInput): string {
  const exported = generateSegmentsSql(input);
  if (!exported.ok) throw new Error(JSON.stringify(exported.errors));
  return exported.sql;
}

describe('DuckDB: odd header names are column names, not SQL', () => {
  it('the query runs over them and answers as over plain names; the table is still there', async () => {
    const duck = await openDuck();
    try {
      await loadTable(duck.connection, 'odd', columns(HOSTILE));
      await loadTable(duck.connection, 'plain', columns(PLAIN));
      const odd = await runSql(duck.connection, sqlOf({ dialect: 'duckdb', layout: 'customers', table: 'odd', columns: HOSTILE }), AS_OF);
      const plain = await runSql(duck.connection, sqlOf({ dialect: 'duckdb', layout: 'customers', table: 'plain', columns: PLAIN }), AS_OF);
      const sorted = (rows: typeof odd) => rows.map((r) => JSON.stringify(r)).sort();
      expect(odd).toHaveLength(ROWS);
      expect(sorted(odd)).toEqual(sorted(plain));
      const left = await duck.connection.runAndReadAll('SELECT COUNT(*) AS n FROM odd');
      expect(Number(left.getRowObjects()[0].n)).toBe(ROWS);
    } finally {
      duck.close();
    }
  });
});

/** GoogleSQL's lexical rules for what matters here: quoted names, strings (backslash escapes) and `--` comments. */
function lexBigQuery(sql: string): { names: string[]; outside: string } {
  const names: string[] = [];
  let outside = '';
  let i = 0;
  const unquote = (body: string) =>
    body.replace(/\\(x[0-9a-fA-F]{2}|.)/gs, (_, e: string) =>
      e.length === 3 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e),
    );
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
    } else if (ch === '`' || ch === "'") {
      let j = i + 1;
      while (j < sql.length && sql[j] !== ch) {
        if (sql[j] === '\n') throw new Error(`a line break inside a quoted token at ${i}`);
        j += sql[j] === '\\' ? 2 : 1;
      }
      if (j >= sql.length) throw new Error(`an unclosed quote at ${i}`);
      if (ch === '`') names.push(unquote(sql.slice(i + 1, j)));
      outside += ' ';
      i = j + 1;
    } else {
      outside += ch;
      i++;
    }
  }
  return { names, outside };
}

describe('BigQuery: odd header names stay inside their backticks', () => {
  const table = 'my-project.sales.odd lines';
  const sql = sqlOf({ dialect: 'bigquery', layout: 'customers', table, columns: HOSTILE });

  it('each name reads back exactly, and nothing of it is left outside the quotes', () => {
    const { names, outside } = lexBigQuery(sql);
    expect(new Set(names)).toEqual(new Set([table, ...Object.values(HOSTILE)]));
    expect(outside).not.toMatch(/DROP|onerror|Kunde|count|slash|img/);
  });

  it('the comment header names them on one line each', () => {
    const header = sql.split('\nWITH\n')[0];
    expect(header.split('\n').every((line) => line.startsWith('--'))).toBe(true);
  });

  it('node-sql-parser’s BigQuery grammar parses it where it knows the escapes (it knows no \\` inside a name)', () => {
    const known = { ...HOSTILE, first_purchase: 'First "order"', profit: 'semi; DROP TABLE odd; --' };
    const text = sqlOf({ dialect: 'bigquery', layout: 'customers', table, columns: known });
    expect(() => new Parser().astify(text, { database: 'bigquery' })).not.toThrow();
  });
});
