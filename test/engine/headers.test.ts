import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { detectColumns } from '../../src/engine/headers';
import { FIELDS, type Cell, type ColumnMap, type Field, type OrderLogColumns } from '../../src/engine/types';

const FIXTURES = join(__dirname, '..', 'fixtures');

function fixtureHeader(file: string): string[] {
  const parsed = Papa.parse<string[]>(readFileSync(join(FIXTURES, file), 'utf8'));
  return parsed.data[0];
}

/** The one field a lone header maps to, or null. */
function fieldOf(header: string): Field | null {
  const { columns } = detectColumns([header]);
  const fields = Object.keys(columns) as Field[];
  if (fields.length > 1) throw new Error(`one column got ${fields.length} fields`);
  return fields[0] ?? null;
}

describe('fixture headers, detected without help', () => {
  test('customers-en: all 8 fields', () => {
    expect(fixtureHeader('customers-en.csv')).toEqual([
      'Customer',
      'First order',
      'Last order',
      'Orders',
      'Total spent',
      'Profit',
      'Status',
      'Lead score',
    ]);
    const match = detectColumns(fixtureHeader('customers-en.csv'));
    expect(match.columns).toEqual({
      customer: 0,
      first_purchase: 1,
      last_purchase: 2,
      orders: 3,
      revenue: 4,
      profit: 5,
      status: 6,
      lead_score: 7,
    });
    expect(match.shape).toBe('customers');
    expect(match.ignored).toEqual([]);
    expect(match.orderLog).toBeUndefined();
  });

  test('clientes-es: all 7 fields', () => {
    const match = detectColumns(fixtureHeader('clientes-es.csv'));
    expect(match.columns).toEqual({
      customer: 0,
      first_purchase: 1,
      last_purchase: 2,
      orders: 3,
      revenue: 4,
      profit: 5,
      status: 6,
    });
    expect(match.shape).toBe('customers');
    expect(match.ignored).toEqual([]);
  });

  test('kehu-zh: all 7 fields', () => {
    const match = detectColumns(fixtureHeader('kehu-zh.csv'));
    expect(match.columns).toEqual({
      customer: 0,
      first_purchase: 1,
      last_purchase: 2,
      orders: 3,
      revenue: 4,
      profit: 5,
      status: 6,
    });
    expect(match.shape).toBe('customers');
  });

  test('orders-log: an order log with its order id', () => {
    const match = detectColumns(fixtureHeader('orders-log.csv'));
    expect(match.shape).toBe('orders');
    expect(match.orderLog).toEqual({ order_date: 1, customer: 2, amount: 3, order_id: 0 });
    expect(match.columns).toEqual({ customer: 2, revenue: 3 });
    expect(match.ignored).toEqual([]);
  });

  test('messy: the fields it has, and "What this row tries" ignored', () => {
    const match = detectColumns(fixtureHeader('messy.csv'));
    expect(match.columns).toEqual({
      customer: 0,
      first_purchase: 1,
      last_purchase: 2,
      orders: 3,
      revenue: 4,
      status: 5,
    });
    expect(match.shape).toBe('customers');
    expect(match.ignored).toEqual([6]);
  });
});

// Headers that appear in no fixture: the matching works on words and their relatives, not on a list of exact strings.
const ENGLISH: [string, Field][] = [
  ['Client', 'customer'],
  ['Name', 'customer'],
  ['Customer name', 'customer'],
  ['Company', 'customer'],
  ['Account name', 'customer'],
  ['Buyer', 'customer'],
  ['Customer ID', 'customer'],
  ['Customer since', 'first_purchase'],
  ['Client since', 'first_purchase'],
  ['Member since', 'first_purchase'],
  ['First purchase date', 'first_purchase'],
  ['Date of first order', 'first_purchase'],
  ['Signup date', 'first_purchase'],
  ['Acquisition date', 'first_purchase'],
  ['1st order', 'first_purchase'],
  ['Last purchase', 'last_purchase'],
  ['Most recent order', 'last_purchase'],
  ['Latest purchase', 'last_purchase'],
  ['Date of last order', 'last_purchase'],
  ['Last bought', 'last_purchase'],
  ['# orders', 'orders'],
  ['Order count', 'orders'],
  ['Number of orders', 'orders'],
  ['No. of orders', 'orders'],
  ['Total orders', 'orders'],
  ['Purchases', 'orders'],
  ['Frequency', 'orders'],
  ['Transactions', 'orders'],
  ['Times purchased', 'orders'],
  ['Lifetime value', 'revenue'],
  ['Revenue', 'revenue'],
  ['Sales', 'revenue'],
  ['Total revenue', 'revenue'],
  ['LTV', 'revenue'],
  ['Amount spent', 'revenue'],
  ['Spend', 'revenue'],
  ['Monetary value', 'revenue'],
  ['Turnover', 'revenue'],
  ['Order total', 'revenue'],
  ['Gross profit', 'profit'],
  ['Net profit', 'profit'],
  ['Margin', 'profit'],
  ['Earnings', 'profit'],
  ['Profit (USD)', 'profit'],
  ['Stage', 'status'],
  ['Notes', 'status'],
  ['Lead status', 'status'],
  ['Pipeline stage', 'status'],
  ['Intent', 'status'],
  ['Comments', 'status'],
  ['Score', 'lead_score'],
  ['Lead rating', 'lead_score'],
  ['Rating', 'lead_score'],
  ['Customer score', 'lead_score'],
  ['LastOrderDate', 'last_purchase'],
  ['first_order_date', 'first_purchase'],
  ['total_spent', 'revenue'],
];

const SPANISH: [string, Field][] = [
  ['Nombre del cliente', 'customer'],
  ['Razón social', 'customer'],
  ['Nombre', 'customer'],
  ['Empresa', 'customer'],
  ['Cuenta', 'customer'],
  ['Comprador', 'customer'],
  ['Código cliente', 'customer'],
  ['Nombre comercial', 'customer'],
  ['Fecha de alta', 'first_purchase'],
  ['Alta', 'first_purchase'],
  ['Cliente desde', 'first_purchase'],
  ['Fecha primera compra', 'first_purchase'],
  ['Primer pedido', 'first_purchase'],
  ['Fecha de registro', 'first_purchase'],
  ['Fecha 1ª compra', 'first_purchase'],
  ['Último pedido', 'last_purchase'],
  ['Fecha última compra', 'last_purchase'],
  ['Compra más reciente', 'last_purchase'],
  ['Ult. compra', 'last_purchase'],
  ['Nº compras', 'orders'],
  ['N° de pedidos', 'orders'],
  ['Número de pedidos', 'orders'],
  ['Cantidad de compras', 'orders'],
  ['Compras', 'orders'],
  ['Frecuencia', 'orders'],
  ['Total pedidos', 'orders'],
  ['Nº de facturas', 'orders'],
  ['Veces que compró', 'orders'],
  ['Núm. pedidos', 'orders'],
  ['Nº ventas', 'orders'],
  ['Facturación total', 'revenue'],
  ['Facturación', 'revenue'],
  ['Importe total', 'revenue'],
  ['Total facturado', 'revenue'],
  ['Gasto total', 'revenue'],
  ['Monto total', 'revenue'],
  ['Ingresos', 'revenue'],
  ['Valor de vida del cliente', 'revenue'],
  ['Consumo total', 'revenue'],
  ['Margen bruto', 'profit'],
  ['Margen', 'profit'],
  ['Ganancia', 'profit'],
  ['Utilidad', 'profit'],
  ['Beneficio neto', 'profit'],
  ['Rentabilidad', 'profit'],
  ['Etapa', 'status'],
  ['Fase', 'status'],
  ['Situación', 'status'],
  ['Interés', 'status'],
  ['Intención de compra', 'status'],
  ['Notas', 'status'],
  ['Observaciones', 'status'],
  ['Comentarios', 'status'],
  ['Seguimiento', 'status'],
  ['Estado del cliente', 'status'],
  ['Puntuación', 'lead_score'],
  ['Puntaje', 'lead_score'],
  ['Calificación', 'lead_score'],
  ['Scoring del lead', 'lead_score'],
  ['Valoración', 'lead_score'],
  ['Puntuación del cliente', 'lead_score'],
];

const CHINESE: [string, Field][] = [
  ['客户', 'customer'],
  ['客户姓名', 'customer'],
  ['公司名称', 'customer'],
  ['顾客', 'customer'],
  ['会员名称', 'customer'],
  ['客户编号', 'customer'],
  ['客戶名稱', 'customer'],
  ['首单日期', 'first_purchase'],
  ['首次下单时间', 'first_purchase'],
  ['注册日期', 'first_purchase'],
  ['开户日期', 'first_purchase'],
  ['成为客户日期', 'first_purchase'],
  ['第一次购买', 'first_purchase'],
  ['首购日期', 'first_purchase'],
  ['末次购买', 'last_purchase'],
  ['最后下单', 'last_purchase'],
  ['最近一次购买日期', 'last_purchase'],
  ['上次购买', 'last_purchase'],
  ['最近消费时间', 'last_purchase'],
  ['最后交易日期', 'last_purchase'],
  ['购买次数', 'orders'],
  ['下单次数', 'orders'],
  ['订单数量', 'orders'],
  ['消费次数', 'orders'],
  ['交易笔数', 'orders'],
  ['购买频次', 'orders'],
  ['总订单数', 'orders'],
  ['訂單數', 'orders'],
  ['累计消费金额', 'revenue'],
  ['消费金额', 'revenue'],
  ['总金额', 'revenue'],
  ['营业额', 'revenue'],
  ['收入', 'revenue'],
  ['累计销售额', 'revenue'],
  ['銷售額', 'revenue'],
  ['毛利', 'profit'],
  ['净利润', 'profit'],
  ['盈利', 'profit'],
  ['跟进状态', 'status'],
  ['状态', 'status'],
  ['阶段', 'status'],
  ['备注', 'status'],
  ['客户状态', 'status'],
  ['购买意向', 'status'],
  ['跟进记录', 'status'],
  ['狀態', 'status'],
  ['客户评分', 'lead_score'],
  ['评分', 'lead_score'],
  ['线索评分', 'lead_score'],
  ['得分', 'lead_score'],
  ['分数', 'lead_score'],
  ['評分', 'lead_score'],
];

describe.each([
  ['English', ENGLISH],
  ['Spanish', SPANISH],
  ['Chinese', CHINESE],
])('unseen %s headers', (_language, variants) => {
  test('at least 25 variants', () => expect(variants.length).toBeGreaterThanOrEqual(25));
  test.each(variants)('%s → %s', (header, field) => expect(fieldOf(header)).toBe(field));
});

describe('headers that are about something else match nothing', () => {
  test.each([
    'What this row tries',
    'Order ID',
    'Order #',
    'Nº pedido',
    '订单号',
    'Invoice',
    'Sales rep',
    'Vendedor',
    '销售员',
    'Email',
    'Teléfono',
    '电话',
    'Customer type',
    'Tipo de cliente',
    '客户等级',
    'Last contact',
    'Último contacto',
    '最近联系',
    'Days since last order',
    '距上次购买天数',
    'Avg order value',
    'Revenue per order',
    'Ticket medio',
    'Product',
    'Qty',
    'Unit price',
    'Date',
    'Fecha',
    '日期',
    'Last order amount',
    'First order value',
    'Status date',
    'Number',
  ])('%s', (header) => expect(fieldOf(header)).toBeNull());

  test('a margin in percent is a ratio, not the profit total', () => {
    expect(fieldOf('Gross margin %')).toBeNull();
    expect(fieldOf('Margen %')).toBeNull();
    expect(fieldOf('毛利率')).toBeNull();
    expect(fieldOf('Gross margin')).toBe('profit');
  });
});

describe('disambiguation inside one header row', () => {
  test("'First order' is a date, 'Orders' the count, 'Order ID' neither", () => {
    const match = detectColumns(['Order ID', 'First order', 'Orders', 'Last order', 'Customer']);
    expect(match.columns).toEqual({ first_purchase: 1, orders: 2, last_purchase: 3, customer: 4 });
    expect(match.ignored).toEqual([0]);
  });

  test("'Customer since' is the first purchase even next to 'Customer'", () => {
    expect(detectColumns(['Customer since', 'Customer']).columns).toEqual({ first_purchase: 0, customer: 1 });
  });

  test("'Profit' and 'Revenue' and 'Total' side by side", () => {
    expect(detectColumns(['Total', 'Profit', 'Revenue']).columns).toEqual({ profit: 1, revenue: 2 });
  });

  test("the better customer column wins: 'Customer name' over 'Customer ID', 'Name' over 'ID'", () => {
    expect(detectColumns(['Customer ID', 'Customer name']).columns).toEqual({ customer: 1 });
    expect(detectColumns(['ID', 'Name', 'Score']).columns).toEqual({ customer: 1, lead_score: 2 });
  });

  test("'Score' alone is the lead score; 'Notes' is the status when there is no 'Status'", () => {
    expect(detectColumns(['Name', 'Notes', 'Score']).columns).toEqual({ customer: 0, status: 1, lead_score: 2 });
    expect(detectColumns(['Name', 'Notes', 'Status']).columns).toEqual({ customer: 0, status: 2 });
  });

  test('a total over a period is usable, but an all-time column next to it wins', () => {
    expect(fieldOf('Ventas último año')).toBe('revenue');
    expect(fieldOf('Orders (last 12 months)')).toBe('orders');
    expect(fieldOf('近一年消费')).toBe('revenue');
    expect(detectColumns(['Revenue 2025', 'Revenue', 'Orders YTD', 'Orders']).columns).toEqual({ revenue: 1, orders: 3 });
    expect(detectColumns(['Ventas último año', 'Ventas', 'Última compra']).columns).toEqual({ revenue: 1, last_purchase: 2 });
  });

  test("'客户评分' is a score and '客户名称' the customer", () => {
    expect(detectColumns(['客户评分', '客户名称']).columns).toEqual({ lead_score: 0, customer: 1 });
  });
});

describe('spelling does not matter', () => {
  test.each<[string, Field]>([
    ['  Last   order  ', 'last_purchase'],
    ['\tCustomer\n', 'customer'],
    ['ＬＡＳＴ ＯＲＤＥＲ', 'last_purchase'],
    ['Ｃｕｓｔｏｍｅｒ', 'customer'],
    ['＃ ｏｒｄｅｒｓ', 'orders'],
    ['ＬａｓｔＯｒｄｅｒ', 'last_purchase'],
    ['CUSTOMER SINCE', 'first_purchase'],
    ['TOTAL SPENT', 'revenue'],
    ['FECHA DE ALTA', 'first_purchase'],
    ['Ultima compra', 'last_purchase'],
    ['ultima compra', 'last_purchase'],
    ['Razon social', 'customer'],
    ['Facturacion', 'revenue'],
    ['Numero de pedidos', 'orders'],
    ['Puntuacion', 'lead_score'],
    ['Nro. compras', 'orders'],
    ['N.º pedidos', 'orders'],
    ['客户名称 ', 'customer'],
  ])('%j → %s', (header, field) => expect(fieldOf(header)).toBe(field));
});

describe('order logs', () => {
  test.each<[string[], OrderLogColumns]>([
    [['Order ID', 'Date', 'Customer', 'Amount'], { order_date: 1, customer: 2, amount: 3, order_id: 0 }],
    [['Fecha', 'Cliente', 'Importe'], { order_date: 0, customer: 1, amount: 2 }],
    [['日期', '客户', '金额'], { order_date: 0, customer: 1, amount: 2 }],
    [['Invoice date', 'Client', 'Total'], { order_date: 0, customer: 1, amount: 2 }],
    [['Date', 'Customer', 'Amount', 'Profit'], { order_date: 0, customer: 1, amount: 2, profit: 3 }],
    [['Nº pedido', 'Fecha de pedido', 'Cliente', 'Importe', 'Margen'], { order_date: 1, customer: 2, amount: 3, profit: 4, order_id: 0 }],
    [['订单号', '下单日期', '客户名称', '订单金额', '毛利'], { order_date: 1, customer: 2, amount: 3, profit: 4, order_id: 0 }],
    [['Customer', 'Order date', 'Sales'], { order_date: 1, customer: 0, amount: 2 }],
    [['Transaction date', 'Account', 'Amount (EUR)', 'Invoice'], { order_date: 0, customer: 1, amount: 2, order_id: 3 }],
  ])('%j', (header, orderLog) => {
    const match = detectColumns(header);
    expect(match.shape).toBe('orders');
    expect(match.orderLog).toEqual(orderLog);
    expect(match.columns.customer).toBe(orderLog.customer);
    expect(match.columns.revenue).toBe(orderLog.amount);
    expect(match.ignored).toEqual([]);
  });

  test('a table with a purchase date or an order count is per customer, even with a date column', () => {
    expect(detectColumns(['Customer', 'Date', 'Revenue', 'Orders']).shape).toBe('customers');
    expect(detectColumns(['Customer', 'Date', 'Last order', 'Revenue']).shape).toBe('customers');
    const match = detectColumns(['Customer', 'Date', 'Revenue', 'Orders']);
    expect(match.orderLog).toBeUndefined();
    expect(match.ignored).toEqual([1]);
  });

  test('without a customer column it is not an order log', () => {
    expect(detectColumns(['Date', 'Amount']).shape).toBe('customers');
  });
});

describe('nonsense', () => {
  test.each([
    [['foo', 'bar', 'baz']],
    [['What this row tries', 'lorem ipsum', 'xyz']],
    [['', '', '']],
    [[]],
    [[1, 2, 3]],
    [[new Date(Date.UTC(2024, 0, 15)), true, null, undefined]],
    [['日本', 'ありがとう', '🙂']],
  ])('%j → unknown, nothing matched', (header: Cell[]) => {
    const match = detectColumns(header);
    expect(match.shape).toBe('unknown');
    expect(match.columns).toEqual({});
    expect(match.orderLog).toBeUndefined();
    const filled = header.map((_, i) => i).filter((i) => header[i] !== '' && header[i] != null);
    expect(match.ignored).toEqual(filled);
  });
});

describe('column order does not matter', () => {
  const byField = (language: [string, Field][]) => FIELDS.map((field) => language.filter(([, f]) => f === field).map(([header]) => header));
  const pools = [byField(ENGLISH), byField(SPANISH), byField(CHINESE)];
  const FILLER = ['What this row tries', 'Email', 'Teléfono', '电话', 'foo'];

  // A header row: for some fields one variant each, plus unrelated columns, in any order.
  const headerRow = fc
    .tuple(fc.integer({ min: 0, max: 2 }), fc.subarray([...FIELDS], { minLength: 1 }), fc.nat(), fc.subarray(FILLER))
    .chain(([language, fields, seed, filler]) => {
      const pool = pools[language];
      const columns = fields.map((field) => {
        const variants = pool[FIELDS.indexOf(field)];
        return { header: variants[seed % variants.length], field: field as Field | null };
      });
      const all = [...columns, ...filler.map((header) => ({ header, field: null as Field | null }))];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });

  test('each field is found in its column wherever the column is', () => {
    fc.assert(
      fc.property(headerRow, (row) => {
        const expected: ColumnMap = {};
        row.forEach(({ field }, i) => {
          if (field) expected[field] = i;
        });
        expect(detectColumns(row.map((c) => c.header)).columns).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('permuting the columns of a fixture header permutes the detected map', () => {
    const headers = ['customers-en.csv', 'clientes-es.csv', 'kehu-zh.csv', 'messy.csv'].map(fixtureHeader);
    fc.assert(
      fc.property(fc.constantFrom(...headers), fc.nat(), (header, seed) => {
        // Fisher–Yates with a seeded sequence: perm[newIndex] = oldIndex.
        const perm = header.map((_, i) => i);
        let s = seed;
        for (let i = perm.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [perm[i], perm[j]] = [perm[j], perm[i]];
        }
        const original = detectColumns(header);
        const permuted = detectColumns(perm.map((old) => header[old]));
        const mapped: ColumnMap = {};
        for (const [field, column] of Object.entries(permuted.columns) as [Field, number][]) mapped[field] = perm[column];
        expect(mapped).toEqual(original.columns);
        expect(permuted.ignored.map((c) => perm[c]).sort()).toEqual(original.ignored);
      }),
      { numRuns: 200 },
    );
  });
});
