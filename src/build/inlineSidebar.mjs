// Turns sidebar/index.html into one self-contained page: HtmlService serves a single file, so every
// `<script src="x.ts">` is bundled and inlined as <script>, every `<link rel="stylesheet" href="y.css">` as <style>.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { BuildError } from './stubs.mjs';

// The sidebar runs in the user's browser (any current one), not in Apps Script's V8.
const BROWSER_TARGET = ['es2020', 'chrome100', 'firefox100', 'safari15', 'edge100'];
// Assets referenced from CSS or imported by the script become data: URLs, since no separate file can be served.
const ASSET_LOADERS = { '.png': 'dataurl', '.svg': 'dataurl', '.gif': 'dataurl', '.jpg': 'dataurl', '.woff2': 'dataurl' };

const SCRIPT_TAG = /<script\b([^>]*)>\s*<\/script\s*>/gi;
const LINK_TAG = /<link\b([^>]*)>/gi;

/**
 * @param {string} htmlPath the page template, e.g. sidebar/index.html
 * @param {{ logLevel?: import('esbuild').LogLevel }} [options]
 * @returns {Promise<string>} the inlined page
 */
export async function inlineSidebar(htmlPath, { logLevel = 'warning' } = {}) {
  const dir = path.dirname(htmlPath);
  const template = fs.readFileSync(htmlPath, 'utf8');
  const scripts = [];
  const styles = [];

  // Placeholders first, so the check for leftover references only sees the author's markup, not bundled code.
  let page = template.replace(SCRIPT_TAG, (tag, attributes) => {
    const src = attribute(attributes, 'src');
    if (src === null) return tag;
    scripts.push(src);
    return `\u0000script${scripts.length - 1}\u0000`;
  });
  page = page.replace(LINK_TAG, (tag, attributes) => {
    const href = attribute(attributes, 'href');
    if (href === null || !/\bstylesheet\b/i.test(attribute(attributes, 'rel') ?? '')) return tag;
    styles.push(href);
    return `\u0000style${styles.length - 1}\u0000`;
  });
  checkNoExternalReferences(page, htmlPath);

  const resolve = (ref) => {
    const file = path.resolve(dir, ref);
    if (/^[a-z]+:|^\/\//i.test(ref) || !fs.existsSync(file)) {
      throw new BuildError(`${htmlPath}: "${ref}" must be a file next to the page; HtmlService serves no other files.`);
    }
    return file;
  };
  const scriptBundles = await Promise.all(scripts.map((ref) => bundle(resolve(ref), logLevel)));
  const styleBundles = await Promise.all(styles.map((ref) => bundle(resolve(ref), logLevel)));

  // A replacer function, because `$&` or `$'` inside bundled code must not be read as replacement patterns.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL marks the placeholders, a character no page contains
  return page.replace(/\u0000(script|style)(\d+)\u0000/g, (_, kind, index) => {
    const { js, css } = (kind === 'script' ? scriptBundles : styleBundles)[Number(index)];
    const style = css ? `<style>${escapeInlineStyle(css)}</style>` : '';
    const script = js ? `<script>${escapeInlineScript(js, htmlPath)}</script>` : '';
    return style + script;
  });
}

function attribute(attributes, name) {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

// Only in-page anchors, data: URLs and links the user follows (<a href="https://…">) can work in a sidebar.
function checkNoExternalReferences(page, htmlPath) {
  page = page.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>'); // markup only, not inline code
  const leftover = /<(script|link)\b[^>]*\b(?:src|href)\s*=/i.exec(page);
  if (leftover) throw new BuildError(`${htmlPath}: <${leftover[1]}> must point to a local .ts/.css file to be inlined: ${leftover[0]}`);
  const relative = /\b(?:src|href)\s*=\s*["']?(?!#|data:|https:|mailto:)([^"'\s>]+)/i.exec(page);
  if (relative) throw new BuildError(`${htmlPath}: "${relative[1]}" cannot be served by HtmlService; inline it or use a data: URL.`);
}

async function bundle(file, logLevel) {
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    outdir: 'sidebar-out',
    format: 'iife',
    platform: 'browser',
    target: BROWSER_TARGET,
    minify: true,
    charset: 'utf8',
    loader: ASSET_LOADERS,
    logLevel,
  });
  // A script that imports CSS yields a .css output next to the .js one; both get inlined.
  const text = (ext) =>
    result.outputFiles
      .filter((f) => f.path.endsWith(ext))
      .map((f) => f.text)
      .join('\n');
  return { js: text('.js').trim(), css: text('.css').trim() };
}

/**
 * Makes bundled JS safe inside <script>…</script>: `</script` would end the element, and `<!--` or `<script`
 * would switch the HTML parser into states where the real `</script>` no longer ends it. Each such `<` is
 * written `\x3C`, which means `<` in strings, templates and regular expressions; anywhere else it would be a
 * syntax error, so the result is parsed to prove nothing else changed.
 * @param {string} js
 * @param {string} [origin] named in the error
 */
export function escapeInlineScript(js, origin = 'script') {
  const escaped = js.replace(
    /(\\*)<(?=!--|\/?script)/gi,
    (_, slashes) =>
      // An odd run of backslashes already escaped the `<` (`\<`): drop that one, `\x3C` replaces it.
      `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\x3C`,
  );
  try {
    new vm.Script(escaped);
  } catch (error) {
    throw new BuildError(
      `${origin}: the bundled script has "<script", "</script" or "<!--" outside a string, which cannot be inlined safely (${error.message}).`,
    );
  }
  return escaped;
}

/** `</style` would end the <style> element; `\/` is `/` in CSS strings, the only place it can occur. */
export function escapeInlineStyle(css) {
  return css.replace(/<\/(?=style)/gi, '<\\/');
}
