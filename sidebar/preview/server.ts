// The local preview's HTTP server: the host page (grid + sidebar iframe), the sidebar as HtmlService would serve
// it, and a small JSON API that runs the built bundle over the in-memory spreadsheet (workbook.ts).
//
//   GET  /                 host page            GET  /sidebar        dist/Sidebar.html with google.script.run
//   GET  /api/state        WorkbookView         POST /api/run        {name, args}: a google.script.run or menu call
//   POST /api/cell         {row, col, input}    POST /api/select     {row, col}
//   POST /api/activate     {index}              POST /api/settings   {locale?, userLocale?, today?}
//   POST /api/open?name=…  file bytes           GET  /api/download   the grid as .xlsx
//   GET  /favicon.svg, /favicon.ico             the page's icon (a browser asks for one on every load)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import { readSpreadsheetFile } from './files';
import { workbookView } from './view';
import type { RunReply } from './viewTypes';
import { fill, PreviewError, previewLanguage, previewText } from './text';
import { messageOf, PreviewWorkbook } from './workbook';
import { workbookToXlsx } from './xlsx';

export interface PreviewServerOptions {
  /** Repository root (dist/ and sidebar/preview/ are found there). */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** A .csv or .xlsx to open; the shipped sample by default. */
  file?: string;
  /** Spreadsheet locale (en_US, es_ES, zh_CN…), the user's locale (en, es, zh_CN…), the spreadsheet's time zone. */
  locale?: string;
  userLocale?: string;
  timeZone?: string;
}

export interface PreviewServer {
  url: string;
  port: number;
  workbook: PreviewWorkbook;
  close(): Promise<void>;
}

export const SAMPLE_FILE = 'sidebar/preview/sample-customers.csv';
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const MAX_JSON_BYTES = 2 * 1024 * 1024;

// The host page runs only its own script; cells reach it as JSON and are drawn as text.
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'";
// The sidebar is one inlined file (its script and styles are inline, as HtmlService serves them); it loads nothing.
const SIDEBAR_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:";
// A green sheet, as the page's document icon; served for /favicon.ico too, which browsers ask for by themselves.
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect x="2.5" y="1" width="11" height="14" rx="1.5" fill="#0f9d58"/>' +
  '<path d="M5 6.5h6M5 9h6M5 11.5h6M8 6.5v5" stroke="#fff" stroke-width="1.1"/></svg>';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface PageAssets {
  html: string;
  css: string;
  script: string;
  bridge: string;
}

const assetsByRoot = new Map<string, Promise<PageAssets>>();

/** The host page's script and the iframe bridge, bundled once per process. */
function pageAssets(root: string): Promise<PageAssets> {
  let assets = assetsByRoot.get(root);
  if (!assets) {
    const dir = path.join(root, 'sidebar/preview/page');
    const bundle = (entry: string) =>
      esbuild
        .build({ entryPoints: [path.join(dir, entry)], bundle: true, write: false, format: 'iife', target: 'es2020', logLevel: 'warning' })
        .then((r) => r.outputFiles[0].text);
    assets = Promise.all([bundle('main.ts'), bundle('scriptRunBridge.ts')]).then(([script, bridge]) => ({
      html: fs.readFileSync(path.join(dir, 'index.html'), 'utf8'),
      css: fs.readFileSync(path.join(dir, 'page.css'), 'utf8'),
      script,
      bridge,
    }));
    assetsByRoot.set(root, assets);
    assets.catch(() => assetsByRoot.delete(root));
  }
  return assets;
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const root = path.resolve(options.root);
  if (!fs.existsSync(path.join(root, 'dist/Code.js')))
    throw new Error('dist/Code.js is missing: run `npm run build` first (`npm start` does).');
  const assets = await pageAssets(root);
  const workbook = new PreviewWorkbook({ root, locale: options.locale, userLocale: options.userLocale, timeZone: options.timeZone });
  const file = path.resolve(root, options.file ?? SAMPLE_FILE);
  workbook.open(path.basename(file), await readSpreadsheetFile(file, fs.readFileSync(file), workbook.spreadsheet.timeZone));

  const host = options.host ?? 'localhost';
  const context: Context = { workbook, assets, anyHost: host === '0.0.0.0' || host === '::' };
  const server = http.createServer((request, response) => {
    handle(request, response, context).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error(error);
      if (!response.headersSent) sendJson(response, { message: messageOf(error) }, status);
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    workbook,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Context {
  workbook: PreviewWorkbook;
  assets: PageAssets;
  /** Bound to every interface (HOST=0.0.0.0): the Host header may be any name of this machine. */
  anyHost: boolean;
}

async function handle(request: http.IncomingMessage, response: http.ServerResponse, { workbook, assets, anyHost }: Context): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const route = `${request.method} ${url.pathname}`;
  if (request.method !== 'GET') checkSameOrigin(request, anyHost);
  const view = () => workbookView(workbook);
  switch (route) {
    case 'GET /':
      return send(response, pageHtml(assets.html, workbook.userLocale), 'text/html; charset=utf-8', PAGE_POLICY);
    case 'GET /page.js':
      return send(response, assets.script, 'text/javascript; charset=utf-8');
    case 'GET /page.css':
      return send(response, assets.css, 'text/css; charset=utf-8');
    case 'GET /favicon.svg':
    case 'GET /favicon.ico':
      return send(response, FAVICON, 'image/svg+xml');
    case 'GET /sidebar': {
      const sidebar = workbook.sidebar();
      return send(response, withBridge(sidebar.content, assets.bridge), 'text/html; charset=utf-8', SIDEBAR_POLICY);
    }
    case 'GET /api/state':
      return sendJson(response, view());
    case 'POST /api/run': {
      const { name, args } = await readJson<{ name: unknown; args?: unknown }>(request);
      if (typeof name !== 'string' || (args !== undefined && !Array.isArray(args))) throw new HttpError(400, 'Expected {name, args}.');
      const shown = workbook.ui.shown.length;
      const outcome = workbook.run(name, args ?? []);
      const reply: RunReply = { ...outcome, view: view(), showedSidebar: workbook.ui.shown.length > shown };
      return sendJson(response, reply);
    }
    case 'POST /api/cell': {
      const { row, col, input } = await readJson<{ row: number; col: number; input: unknown }>(request);
      workbook.type(Number(row), Number(col), String(input ?? ''));
      return sendJson(response, view());
    }
    case 'POST /api/select': {
      const { row, col } = await readJson<{ row: number; col: number }>(request);
      workbook.select(Number(row), Number(col));
      return sendJson(response, view());
    }
    case 'POST /api/activate': {
      const { index } = await readJson<{ index: number }>(request);
      workbook.activate(Number(index));
      return sendJson(response, view());
    }
    case 'POST /api/settings': {
      const { locale, userLocale, today } = await readJson<{ locale?: string; userLocale?: string; today?: string }>(request);
      if (typeof locale === 'string' && locale) workbook.setLocale(locale);
      if (typeof today === 'string') workbook.setToday(today || null);
      if (typeof userLocale === 'string' && userLocale) workbook.setUserLocale(userLocale);
      return sendJson(response, view());
    }
    case 'POST /api/open': {
      const name = url.searchParams.get('name') ?? 'upload.csv';
      const tooLarge = fill(previewText(workbook.userLocale).fileTooLarge, { mb: Math.round(MAX_UPLOAD_BYTES / 1024 / 1024) });
      const bytes = await readBody(request, MAX_UPLOAD_BYTES, tooLarge);
      try {
        workbook.open(name, await readSpreadsheetFile(name, bytes, workbook.spreadsheet.timeZone));
      } catch (error) {
        // The preview's own errors are said in the user's language.
        throw new HttpError(400, error instanceof PreviewError ? error.textIn(previewLanguage(workbook.userLocale)) : messageOf(error));
      }
      return sendJson(response, view());
    }
    case 'GET /api/download': {
      const bytes = await workbookToXlsx(workbook.spreadsheet);
      const fileName = `${workbook.spreadsheet.name.replace(/\.[^.]+$/, '')}.xlsx`;
      response.writeHead(200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${fileName.replace(/[^\w.-]+/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'Cache-Control': 'no-store',
      });
      response.end(bytes);
      return;
    }
    default:
      throw new HttpError(404, `Nothing at ${route}.`);
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);

/** The host page in the user's language: its {{word}} places filled from the catalogue, the words given to its script. */
function pageHtml(html: string, userLocale: string): string {
  const text = previewText(userLocale);
  const words = text as unknown as Record<string, unknown>;
  const page = html.replace('<html lang="en">', `<html lang="${previewLanguage(userLocale)}">`);
  return page.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    if (key === 'textJson') return escapeHtml(JSON.stringify(text));
    return typeof words[key] === 'string' ? escapeHtml(words[key] as string) : whole;
  });
}

// Changes come only from the preview's own page: another site open in the browser cannot post to the API.
function checkSameOrigin(request: http.IncomingMessage, anyHost: boolean): void {
  const origin = request.headers.origin;
  const host = request.headers.host ?? '';
  // A page of another site that rebinds its name to 127.0.0.1 still sends its own name as Host.
  if (!anyHost && !/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host)) throw new HttpError(403, `Unexpected host ${host}.`);
  if (origin !== undefined && origin !== `http://${host}`) throw new HttpError(403, `Requests from ${origin} are not accepted.`);
}

/** The bridge goes first in <head>, so google.script.run exists before the sidebar's own script runs. */
function withBridge(html: string, bridge: string): string {
  const tag = `<script>${bridge.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length) : tag + html;
}

function send(response: http.ServerResponse, body: string, type: string, policy?: string): void {
  const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (policy) headers['Content-Security-Policy'] = policy;
  response.writeHead(200, headers);
  response.end(body);
}

function sendJson(response: http.ServerResponse, value: unknown, status = 200): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(value));
}

function readBody(request: http.IncomingMessage, limit: number, tooLarge: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, tooLarge));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function readJson<T>(request: http.IncomingMessage): Promise<T> {
  const text = (await readBody(request, MAX_JSON_BYTES, `The request is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB.`)).toString('utf8');
  try {
    const value = JSON.parse(text || '{}') as unknown;
    if (value === null || typeof value !== 'object') throw new Error('not an object');
    return value as T;
  } catch {
    throw new HttpError(400, 'The request body is not a JSON object.');
  }
}
