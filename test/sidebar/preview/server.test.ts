// The local preview's server side without a browser: reading formulas typed into the grid, spilling their answers,
// opening and saving files, and the HTTP API the page and the sidebar bridge use.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { effectiveFormat, shownValues, snapshotSpreadsheet } from '../../../emulator';
import { blockFormats } from '../../../sidebar/preview/cellFormats';
import { parseArguments } from '../../../sidebar/preview/cli';
import { readCsv, readSpreadsheetFile } from '../../../sidebar/preview/files';
import { convertFormula, FormulaError, parseFormula } from '../../../sidebar/preview/formulaSyntax';
import { startPreviewServer, type PreviewServer } from '../../../sidebar/preview/server';
import type { RunReply, WorkbookView } from '../../../sidebar/preview/viewTypes';
import { PreviewWorkbook } from '../../../sidebar/preview/workbook';
import { previewLanguage } from '../../../sidebar/preview/text';
import { PREVIEW_TEXT, type PreviewText } from '../../../src/i18n/text';
import { workbookToXlsx } from '../../../sidebar/preview/xlsx';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = path.join(ROOT, 'sidebar/preview/sample-customers.csv');

function sampleWorkbook(): PreviewWorkbook {
  const workbook = new PreviewWorkbook({ root: ROOT, timeZone: 'UTC' });
  const rows = readCsv(fs.readFileSync(SAMPLE, 'utf8'));
  workbook.open('sample-customers.csv', [{ name: 'Customers', rows, typed: true }]);
  return workbook;
}

const column = (workbook: PreviewWorkbook, col: number, from: number, to: number) => {
  const sheet = workbook.spreadsheet.activeSheet();
  const out: unknown[] = [];
  for (let r = from; r <= to; r++) out.push(sheet.values.get(r - 1, col - 1));
  return out;
};

describe('reading a formula typed into the grid', () => {
  test('ranges, open ranges, other sheets, cells, numbers, text and booleans', () => {
    expect(parseFormula('=customer_rfm(C2:C, \'My sheet\'!D2:D41, E2, 0.8, "say ""hi; there""", TRUE, , -3)')).toEqual({
      name: 'CUSTOMER_RFM',
      args: [
        { kind: 'range', sheetName: null, ref: 'C2:C', single: false },
        { kind: 'range', sheetName: 'My sheet', ref: 'D2:D41', single: false },
        { kind: 'range', sheetName: null, ref: 'E2', single: true },
        { kind: 'value', value: 0.8 },
        { kind: 'value', value: 'say "hi; there"' },
        { kind: 'value', value: true },
        { kind: 'value', value: undefined },
        { kind: 'value', value: -3 },
      ],
    });
    expect(parseFormula('=CUSTOMER_TIER($E$2:$E$501)').args).toEqual([
      { kind: 'range', sheetName: null, ref: '$E$2:$E$501', single: false },
    ]);
    expect(parseFormula('=CUSTOMER_SEGMENTS(Sheet1!A1:H41)').args[0]).toMatchObject({ sheetName: 'Sheet1', ref: 'A1:H41' });
  });

  test.each([
    ['=CUSTOMER_TIER(SUM(E2:E5))', /Nested formulas and operators/],
    ['=CUSTOMER_TIER(E2:E5*2)', /Nested formulas and operators/],
    ['=CUSTOMER_TIER("open)', /no closing quote/],
    ['=E2+1', /parse error/],
    ['=CUSTOMER_TIER(hello)', /parse error near hello/],
  ])('%s is refused with a reason', (formula, reason) => {
    expect(() => parseFormula(formula)).toThrow(reason);
    expect(() => parseFormula(formula)).toThrow(FormulaError);
  });
});

describe('formulas are written the way the spreadsheet locale writes them', () => {
  const README_ES = '=CUSTOMER_TIER(E2:E41; 0,7; 0,9)';
  const README_EN = '=CUSTOMER_TIER(E2:E41, 0.7, 0.9)';
  const tierArgs = [
    { kind: 'range', sheetName: null, ref: 'E2:E41', single: false },
    { kind: 'value', value: 0.7 },
    { kind: 'value', value: 0.9 },
  ];

  test('en_US: commas separate the arguments, a point marks decimals; semicolons are a parse error', () => {
    expect(parseFormula(README_EN, 'en_US').args).toEqual(tierArgs);
    expect(() => parseFormula('=CUSTOMER_TIER(E2:E41; 0.7; 0.9)', 'en_US')).toThrow(/^Formula parse error near E2:E41; 0\.7; 0\.9\.$/);
    // The Spanish way does not read in en_US; the error says how this locale writes formulas.
    expect(() => parseFormula(README_ES, 'en_US')).toThrow(/arguments are separated by “,” and decimals are written with “\.”/);
  });

  test.each(['es_ES', 'de_DE', 'fr_FR', 'pt_BR', 'it_IT', 'nl_NL'])(
    "%s: the README's =CUSTOMER_TIER(E2:E41; 0,7; 0,9) reads; the en_US way is refused as Sheets refuses it",
    (locale) => {
      expect(parseFormula(README_ES, locale).args).toEqual(tierArgs);
      expect(parseFormula('=CUSTOMER_RFM(C2:C; D2:D; E2:E; ; "class8")', locale).args).toHaveLength(5);
      expect(parseFormula('=CUSTOMER_ACTION("Champions, the best"; "es")', locale).args[0]).toEqual({
        kind: 'value',
        value: 'Champions, the best',
      });
      let refused: unknown;
      try {
        parseFormula(README_EN, locale);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(FormulaError);
      expect((refused as FormulaError).code).toBe('#ERROR!');
      expect((refused as FormulaError).message).toBe(
        `Formula parse error near E2:E41, 0.7, 0.9. In this spreadsheet's locale (${locale}) arguments are separated by “;” and decimals are written with “,”, e.g. =CUSTOMER_TIER(E2:E; 0,8; 0,95)`,
      );
      expect(() => parseFormula('=CUSTOMER_TIER(E2:E41; 0.7)', locale)).toThrow(/^Formula parse error near 0\.7\.$/);
    },
  );

  test('changing the locale rewrites a formula the new way, and back; one that does not read stays as typed', () => {
    expect(convertFormula(README_EN, 'en_US', 'es_ES')).toBe(README_ES);
    expect(convertFormula(README_ES, 'es_ES', 'en_US')).toBe(README_EN);
    expect(convertFormula('=CUSTOMER_ACTION("a, b; c", "es")', 'en_US', 'de_DE')).toBe('=CUSTOMER_ACTION("a, b; c"; "es")');
    expect(convertFormula(README_EN, 'en_US', 'zh_CN')).toBe(README_EN);
    expect(convertFormula('=CUSTOMER_TIER(E2:E41; 0.7)', 'en_US', 'es_ES')).toBe('=CUSTOMER_TIER(E2:E41; 0.7)');
  });

  test('in the workbook: es_ES answers the ; formula as en_US answers the , one, refuses the , one, and follows a locale change', () => {
    const workbook = sampleWorkbook();
    workbook.type(2, 9, README_EN);
    const tiers = column(workbook, 9, 2, 41);
    expect(new Set(tiers)).toEqual(new Set(['A', 'B', 'C']));

    // File › Settings › es_ES: the formula is shown the Spanish way and answers the same.
    workbook.setLocale('es_ES');
    const sheet = workbook.spreadsheet.activeSheet();
    expect(sheet.formulas.get(1, 8)).toBe(README_ES);
    expect(column(workbook, 9, 2, 41)).toEqual(tiers);

    workbook.type(2, 10, README_ES);
    expect(column(workbook, 10, 2, 41)).toEqual(tiers);
    workbook.type(2, 11, README_EN);
    expect(column(workbook, 11, 2, 3)).toEqual(['#ERROR!', '']);
    expect(workbook.formulaError(sheet, 2, 11)).toMatch(/^Formula parse error near E2:E41, 0\.7, 0\.9\. .*\(es_ES\)/);
    // Said in the user's language.
    workbook.setUserLocale('es');
    expect(workbook.formulaError(sheet, 2, 11)).toMatch(/^Error al analizar la fórmula cerca de E2:E41, 0\.7, 0\.9\./);
  });
});

describe('formulas in the preview workbook', () => {
  test('a CUSTOMER_* formula spills down the column; a value in the way gives #REF!, removing it spills again', () => {
    const workbook = sampleWorkbook();
    workbook.type(2, 9, '=CUSTOMER_TIER(E2:E)');
    const tiers = column(workbook, 9, 2, 41);
    expect(new Set(tiers)).toEqual(new Set(['A', 'B', 'C']));
    expect(column(workbook, 9, 42, 1000).every((v) => v === '')).toBe(true);

    workbook.type(5, 9, 'mine');
    expect(column(workbook, 9, 2, 6)).toEqual(['#REF!', '', '', 'mine', '']);
    const sheet = workbook.spreadsheet.activeSheet();
    expect(workbook.formulaError(sheet, 2, 9)).toBe('Array result was not expanded because it would overwrite data in I5.');
    workbook.type(5, 9, '');
    expect(column(workbook, 9, 2, 41)).toEqual(tiers);
  });

  test('the answers follow the data: editing a revenue recalculates', () => {
    const workbook = sampleWorkbook();
    workbook.type(2, 9, '=CUSTOMER_TIER(E2:E41)');
    const before = column(workbook, 9, 2, 2)[0];
    workbook.type(2, 5, before === 'A' ? '0' : '99999999');
    expect(column(workbook, 9, 2, 2)[0]).toBe(before === 'A' ? 'C' : 'A');
  });

  test('unknown functions, other sheets and circular references show Sheets-like errors', () => {
    const workbook = sampleWorkbook();
    workbook.type(2, 10, '=SUM(E2:E41)');
    workbook.type(3, 10, "=CUSTOMER_TIER('Nowhere'!E2:E41)");
    workbook.type(4, 10, '=CUSTOMER_TIER(J1:J10)');
    expect(column(workbook, 10, 2, 4)).toEqual(['#NAME?', '#REF!', '#REF!']);
    const sheet = workbook.spreadsheet.activeSheet();
    expect(workbook.formulaError(sheet, 2, 10)).toMatch(/only the add-on's CUSTOMER_\* functions/);
    expect(workbook.formulaError(sheet, 3, 10)).toBe("Unresolved sheet name 'Nowhere'.");
    expect(workbook.formulaError(sheet, 4, 10)).toMatch(/Circular dependency/);
  });

  test('a file cell that looks like a formula stays text; typed numbers and ISO dates become numbers and Dates', () => {
    const workbook = new PreviewWorkbook({ root: ROOT, timeZone: 'Europe/Madrid' });
    workbook.open('x.csv', [
      {
        name: 'x',
        rows: readCsv('Name,Since,Spent\n"=HYPERLINK(""http://e.com"",""x"")",2024-01-15,"1,234.5"\n+34 600,,-3\n'),
        typed: true,
      },
    ]);
    const sheet = workbook.spreadsheet.activeSheet();
    expect(sheet.values.get(1, 0)).toBe('=HYPERLINK("http://e.com","x")');
    expect(sheet.formulas.get(1, 0)).toBe('');
    expect(sheet.values.get(1, 1)).toEqual(new Date('2024-01-14T23:00:00Z'));
    expect([sheet.values.get(1, 2), sheet.values.get(2, 0), sheet.values.get(2, 2)]).toEqual([1234.5, '+34 600', -3]);
  });

  test('Apply and Clear through the bundle leave a formula and its spill where they were', () => {
    const workbook = sampleWorkbook();
    workbook.type(2, 12, '=CUSTOMER_TIER(E2:E41)');
    const before = snapshotSpreadsheet(workbook.spreadsheet);
    const applied = workbook.run('sidebarApply', [{ columns: {}, settings: {} }]);
    expect(applied).toMatchObject({ ok: true, value: { ok: true } });
    expect(workbook.run('sidebarClear', [{ keepHistory: false }])).toMatchObject({ ok: true, value: { ok: true } });
    expect(snapshotSpreadsheet(workbook.spreadsheet)).toEqual(before);
  });
});

describe('the colours the grid draws', () => {
  test.each(['customers-en.csv', 'messy.csv'])('are what effectiveFormat says for every cell after Apply (%s)', (file) => {
    const workbook = new PreviewWorkbook({ root: ROOT, timeZone: 'UTC' });
    workbook.open(file, [
      { name: 'Customers', rows: readCsv(fs.readFileSync(path.join(ROOT, 'test/fixtures', file), 'utf8')), typed: true },
    ]);
    workbook.type(3, 14, 'user text under no rule');
    expect(workbook.run('sidebarApply', [{ columns: {}, settings: {} }]).ok).toBe(true);
    for (const sheet of workbook.spreadsheet.sheets) {
      const block = { row: 1, col: 1, numRows: sheet.lastRow() + 2, numCols: sheet.lastColumn() + 2 };
      const fast = blockFormats(sheet, block);
      const slow = fast.map((line, i) => line.map((_, j) => effectiveFormat(sheet, i + 1, j + 1)));
      expect(fast).toEqual(slow);
      expect(fast.flat().filter((f) => f.ruleIndex !== null).length).toBeGreaterThan(sheet === workbook.spreadsheet.sheets[0] ? 100 : -1);
    }
  });
});

describe('files', () => {
  test('a CSV with a byte-order mark and semicolons, trailing blank lines dropped, blank rows inside kept', () => {
    expect(readCsv('\uFEFFa;b;c\n1;2;3\n;;\n4;5;6\n\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['', '', ''],
      ['4', '5', '6'],
    ]);
  });

  test('the .xlsx download opens again with the same values, Dates and frozen header', async () => {
    const workbook = sampleWorkbook();
    expect(workbook.run('sidebarApply', [{ columns: {}, settings: {} }]).ok).toBe(true);
    const bytes = await workbookToXlsx(workbook.spreadsheet);
    const sheets = await readSpreadsheetFile('again.xlsx', bytes, 'UTC');
    expect(sheets.map((s) => s.name)).toEqual(['Customers', 'Segments', 'Segment history']);
    const original = workbook.spreadsheet.sheets[0];
    expect(sheets[0].frozenRows).toBe(1);
    expect(sheets[0].rows.slice(0, 3)).toEqual(original.values.read(0, 0, 3, original.lastColumn(), () => [] as unknown[]));
    // The colours the rules gave are in the file as fills, and come back when it is opened.
    const reopened = new PreviewWorkbook({ root: ROOT, timeZone: 'UTC' });
    reopened.open('again.xlsx', sheets);
    const shown = blockFormats(reopened.spreadsheet.sheets[0], { row: 2, col: 1, numRows: 3, numCols: 9 });
    const applied = blockFormats(original, { row: 2, col: 1, numRows: 3, numCols: 9 });
    expect(shown.map((line) => line.map((f) => f.background))).toEqual(applied.map((line) => line.map((f) => f.background)));
    expect(new Set(applied.flat().map((f) => f.background)).size).toBeGreaterThan(1);
  });

  test('other kinds of file are refused with a sentence', async () => {
    await expect(readSpreadsheetFile('notes.pdf', Buffer.from('x'), 'UTC')).rejects.toThrow(
      'notes.pdf: only .csv, .tsv, .txt, .xlsx files can be opened.',
    );
  });
});

describe('the HTTP API', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreviewServer({ root: ROOT, port: 0, timeZone: 'UTC' });
  });
  afterAll(() => server.close());

  const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${route}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', ...headers },
    });

  test('serves Sidebar.html with google.script.run installed before the sidebar script, under a strict policy', async () => {
    const response = await fetch(`${server.url}/sidebar`);
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(html.indexOf('preview:run')).toBeGreaterThan(0);
    expect(html.indexOf('preview:run')).toBeLessThan(html.indexOf('data-testid="sidebar"'));
    expect((await fetch(server.url)).headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });

  test('runs a server call through the bundle and answers with the new view', async () => {
    const reply = (await (await post('/api/run', { name: 'sidebarAnalyze', args: [] })).json()) as RunReply;
    expect(reply).toMatchObject({ ok: true, value: { ok: true, sheetName: 'sample-customers', customers: 40 } });
    expect(reply.view.sheet.cells[0][0]).toEqual({ t: 'Customer' });
    const missing = (await (await post('/api/run', { name: 'Lib_', args: [] })).json()) as RunReply;
    expect(missing).toMatchObject({ ok: false, message: 'Script function not found: Lib_' });
  });

  test('the menu built by onOpen and the user locale that names it', async () => {
    const view = (await (await post('/api/settings', { userLocale: 'es' })).json()) as WorkbookView;
    expect(view.menu?.items.map((i) => i?.functionName ?? null)).toEqual(['showSidebar', null, 'menuRerun', 'menuClear']);
    expect(view.menu?.items[0]?.caption).toBe('Abrir el panel');
    await post('/api/settings', { userLocale: 'en' });
  });

  test('refuses changes posted by another site, and bad requests, with a status and a sentence', async () => {
    expect((await post('/api/cell', { row: 1, col: 1, input: 'x' }, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('/api/run', { name: 42 })).status).toBe(400);
    const bad = await fetch(`${server.url}/api/open?name=notes.pdf`, {
      method: 'POST',
      body: 'x',
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect([bad.status, ((await bad.json()) as { message: string }).message]).toEqual([
      400,
      'notes.pdf: only .csv, .tsv, .txt, .xlsx files can be opened.',
    ]);
    expect((await fetch(`${server.url}/nothing`)).status).toBe(404);
  });
});

describe('npm start arguments', () => {
  test('a file and the locales, in either form', () => {
    expect(parseArguments(['data.xlsx', '--locale', 'es_ES', '--user-locale=zh_CN', '--time-zone', 'Asia/Shanghai'])).toEqual({
      file: 'data.xlsx',
      locale: 'es_ES',
      userLocale: 'zh_CN',
      timeZone: 'Asia/Shanghai',
      help: false,
    });
    expect(() => parseArguments(['--colour', 'red'])).toThrow(/Unknown option --colour/);
    expect(() => parseArguments(['a.csv', 'b.csv'])).toThrow(/Only one file/);
  });
});

describe('dates and amounts of a Spanish or Chinese file', () => {
  const open = (file: string, locale: string) => {
    const workbook = new PreviewWorkbook({ root: ROOT, timeZone: 'UTC', locale });
    workbook.open(file, [
      { name: 'Clientes', rows: readCsv(fs.readFileSync(path.join(ROOT, 'test/fixtures', file), 'utf8')), typed: true },
    ]);
    return workbook;
  };

  test.each([
    // clientes-es.csv row 3: Farmacia Álvarez,08/07/2020,19/03/2026,3,"59,90 €","2,98 €"
    { file: 'clientes-es.csv', locale: 'es_ES', first: '2020-07-08', sales: 59.9, dateFormat: 'dd/mm/yyyy', money: '#,##0.00 "€"' },
    // kehu-zh.csv row 3: 北京五金2号,2025年10月14日,2026年6月24日,20,¥361.68,¥96.73
    { file: 'kehu-zh.csv', locale: 'zh_CN', first: '2025-10-14', sales: 361.68, dateFormat: 'yyyy"年"m"月"d"日"', money: '"¥"#,##0.00' },
  ])('$file in $locale: Dates and numbers in the grid, shown as in the file, and in the .xlsx download', async (c) => {
    const workbook = open(c.file, c.locale);
    const sheet = workbook.spreadsheet.activeSheet();
    expect([sheet.values.get(2, 1), sheet.values.get(2, 4)]).toEqual([new Date(`${c.first}T00:00:00Z`), c.sales]);
    expect([sheet.formats.numberFormats.get(2, 1), sheet.formats.numberFormats.get(2, 4)]).toEqual([c.dateFormat, c.money]);
    const rows = readCsv(fs.readFileSync(path.join(ROOT, 'test/fixtures', c.file), 'utf8'));
    const shown = shownValues(sheet, { row: 1, col: 1, numRows: rows.length, numCols: 6 });
    // As Sheets shows them: a negative zero is zero, and the minus goes before the currency sign (¥-14.97 → -¥14.97).
    const asSheetsShows = (text: string) => text.replace(/^¥-/, '-¥').replace(/^-(0,00 €|¥0\.00)$/, '$1');
    expect(shown).toEqual(rows.map((row) => row.slice(0, 6).map(asSheetsShows)));
    // Every date and amount column is typed: no cell of columns B–F stayed text.
    for (let r = 1; r < rows.length; r++) {
      for (let c = 1; c <= 5; c++) expect([r, c, typeof sheet.values.get(r, c) === 'string']).toEqual([r, c, false]);
    }

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookToXlsx(workbook.spreadsheet)) as unknown as ArrayBuffer);
    const cells = book.worksheets[0].getRow(3);
    expect([cells.getCell(2).value, cells.getCell(2).numFmt]).toEqual([new Date(`${c.first}T00:00:00Z`), c.dateFormat]);
    expect([cells.getCell(5).value, cells.getCell(5).numFmt]).toEqual([c.sales, c.money]);
  });
});

describe('the preview speaks the user’s language', () => {
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
  const entries = (text: PreviewText): [string, string][] =>
    Object.entries(text).flatMap(([key, value]): [string, string][] =>
      typeof value === 'string' ? [[key, value]] : Object.entries(value as Record<string, string>).map(([k, v]) => [`${key}.${k}`, v]),
    );

  test.each(['es', 'zh'] as const)('%s says everything English says, with the same placeholders', (language) => {
    const english = new Map(entries(PREVIEW_TEXT.en));
    const other = new Map(entries(PREVIEW_TEXT[language]));
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of other) {
      expect([key, text.trim() !== '']).toEqual([key, true]);
      expect([key, placeholders(text)]).toEqual([key, placeholders(english.get(key) as string)]);
    }
  });

  test('Spanish addresses the user formally (usted), throughout', () => {
    const informal = /\b(tú|tu|tus|te|ti|contigo|haz|abre|elige|comprueba|vuelve|inserta|revisa|carga|puedes|quieres)\b/i;
    for (const [key, text] of entries(PREVIEW_TEXT.es)) expect([key, informal.test(text)]).toEqual([key, false]);
  });

  test('the page comes in the language of the user locale', () => {
    expect([
      previewLanguage('es'),
      previewLanguage('es_MX'),
      previewLanguage('zh_CN'),
      previewLanguage('zh-TW'),
      previewLanguage('fr'),
    ]).toEqual(['es', 'es', 'zh', 'zh', 'en']);
  });
});

describe('the HTTP API: page, icon and files', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreviewServer({ root: ROOT, port: 0, timeZone: 'UTC', userLocale: 'es' });
  });
  afterAll(() => server.close());

  const open = (name: string, bytes: Buffer) =>
    fetch(`${server.url}/api/open?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      body: new Uint8Array(bytes),
      headers: { 'Content-Type': 'application/octet-stream' },
    });

  test('the host page comes in the user’s language, its words given to its script too', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toMatch(/<html lang="es">/);
    expect(html).toContain('<title>Segmentos de clientes · vista previa local</title>');
    expect(html).toContain('data-text="openFile">Abrir archivo…</button>');
    expect(html).not.toMatch(/\{\{\w+\}\}/);
    const meta = /<meta name="preview-text" content="([^"]*)">/.exec(html)?.[1] ?? '';
    const words = JSON.parse(
      meta
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
    expect(words).toEqual(PREVIEW_TEXT.es);
  });

  test('serves an icon: a page load asks for nothing that is missing', async () => {
    for (const route of ['/favicon.ico', '/favicon.svg']) {
      const response = await fetch(`${server.url}${route}`);
      expect([route, response.status, response.headers.get('content-type')]).toEqual([route, 200, 'image/svg+xml']);
      expect(await response.text()).toMatch(/^<svg /);
    }
  });

  test('a broken .xlsx is refused with a plain sentence in the user’s language, not the zip reader’s message', async () => {
    const good = await workbookToXlsx(sampleWorkbook().spreadsheet);
    for (const bytes of [Buffer.from('not a spreadsheet at all'), good.subarray(0, Math.floor(good.length / 2))]) {
      const response = await open('ventas.xlsx', bytes);
      expect([response.status, ((await response.json()) as { message: string }).message]).toEqual([
        400,
        'No se ha podido leer ventas.xlsx como hoja de cálculo.',
      ]);
    }
    await expect(readSpreadsheetFile('sales.xlsx', Buffer.from('PK'), 'UTC')).rejects.toThrow(
      /^sales\.xlsx could not be read as a spreadsheet\.$/,
    );
    const refused = await open('notas.pdf', Buffer.from('x'));
    expect(((await refused.json()) as { message: string }).message).toBe(
      'notas.pdf: solo se pueden abrir archivos .csv, .tsv, .txt, .xlsx.',
    );
  });
});

describe('npm start -- --help', () => {
  test('prints the usage at once, without building first', () => {
    const { usage } = JSON.parse(fs.readFileSync(path.join(ROOT, 'sidebar/preview/usage.json'), 'utf8')) as { usage: string };
    const run = spawnSync('npm', ['start', '--silent', '--', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect([run.status, run.stderr]).toEqual([0, '']);
    // The build would print "dist/Code.js: … KB of 200.0 KB, globals: …" first.
    expect(run.stdout).toBe(`${usage}\n`);
    expect(() => parseArguments(['--colour'])).toThrow(usage);
  });
});
