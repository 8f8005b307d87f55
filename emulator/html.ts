// HtmlService over a set of project files (name → HTML, e.g. { Sidebar: fs.readFileSync('dist/Sidebar.html') }).
// Templates support printing scriptlets whose expression is a property path of the template:
// <?= name ?> (HTML-escaped) and <?!= data.json ?> (raw). Other scriptlets throw: the fake runs no template code.
import { SandboxMode, XFrameOptionsMode } from './enums';
import type { Execution } from './execution';

export type HtmlFiles = Record<string, string> | ((name: string) => string | undefined);

interface HtmlState {
  title: string;
  width: number;
  height: number;
  content: string;
}

type OutputApi = Pick<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'setTitle'
  | 'getTitle'
  | 'setWidth'
  | 'getWidth'
  | 'setHeight'
  | 'getHeight'
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'clear'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
>;

export class FakeHtmlOutput implements OutputApi {
  private readonly state: HtmlState;

  constructor(
    private readonly exec: Execution,
    content: string,
  ) {
    this.state = { title: '', width: 0, height: 0, content };
  }

  static stateOf(output: unknown): HtmlState {
    if (!(output instanceof FakeHtmlOutput)) throw new Error('Invalid argument: userInterface');
    return { ...output.state };
  }

  private chain(method: string, change: (s: HtmlState) => void = () => undefined): GoogleAppsScript.HTML.HtmlOutput {
    this.exec.hit('other', `HtmlOutput.${method}`);
    change(this.state);
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    return this.chain('setTitle', (s) => (s.title = String(title)));
  }

  getTitle(): string {
    this.exec.hit('other', 'HtmlOutput.getTitle');
    return this.state.title;
  }

  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    return this.chain('setWidth', (s) => (s.width = width));
  }

  getWidth(): number {
    this.exec.hit('other', 'HtmlOutput.getWidth');
    return this.state.width;
  }

  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    return this.chain('setHeight', (s) => (s.height = height));
  }

  getHeight(): number {
    this.exec.hit('other', 'HtmlOutput.getHeight');
    return this.state.height;
  }

  getContent(): string {
    this.exec.hit('other', 'HtmlOutput.getContent');
    return this.state.content;
  }

  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    return this.chain('setContent', (s) => (s.content = String(content)));
  }

  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    return this.chain('append', (s) => (s.content += String(addedContent)));
  }

  clear(): GoogleAppsScript.HTML.HtmlOutput {
    return this.chain('clear', (s) => (s.content = ''));
  }

  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    return this.chain('setSandboxMode');
  }

  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    return this.chain('setXFrameOptionsMode');
  }

  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    const tag = `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`;
    return this.chain('addMetaTag', (s) => (s.content = tag + s.content));
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const SCRIPTLET = /<\?(!?=)?([\s\S]*?)\?>/g;
const PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

// Scripts set any property on a template, so the fake's own state is in #private fields they cannot clobber.
export class FakeHtmlTemplate {
  [property: string]: unknown;
  readonly #exec: Execution;
  readonly #source: string;

  constructor(exec: Execution, source: string) {
    this.#exec = exec;
    this.#source = source;
  }

  getRawContent(): string {
    this.#exec.hit('other', 'HtmlTemplate.getRawContent');
    return this.#source;
  }

  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    this.#exec.hit('other', 'HtmlTemplate.evaluate');
    const content = this.#source.replace(SCRIPTLET, (_all, kind: string | undefined, code: string) => {
      const path = code.trim();
      if (!kind || !PATH.test(path)) throw new Error(`The fake HtmlTemplate only prints properties: <?${kind ?? ''}${code}?>`);
      const value = path.split('.').reduce<unknown>((obj, key) => (obj as Record<string, unknown> | undefined)?.[key], this);
      const text = value === undefined || value === null ? '' : String(value);
      return kind === '=' ? escapeHtml(text) : text;
    });
    return new FakeHtmlOutput(this.#exec, content) as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
}

type ServiceApi = Pick<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'
>;

export class FakeHtmlService implements ServiceApi {
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

  constructor(
    private readonly exec: Execution,
    private readonly files: HtmlFiles,
  ) {}

  private file(name: string): string {
    const base = String(name).replace(/\.html$/, '');
    const found = typeof this.files === 'function' ? this.files(base) : this.files[base];
    if (found === undefined) throw new Error(`No HTML file named ${base} was found.`);
    return found;
  }

  createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
    this.exec.hit('other', 'HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(this.exec, html === undefined ? '' : String(html)) as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    this.exec.hit('other', 'HtmlService.createHtmlOutputFromFile');
    return new FakeHtmlOutput(this.exec, this.file(filename)) as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  createTemplate(html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
    this.exec.hit('other', 'HtmlService.createTemplate');
    return new FakeHtmlTemplate(this.exec, String(html)) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }

  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    this.exec.hit('other', 'HtmlService.createTemplateFromFile');
    return new FakeHtmlTemplate(this.exec, this.file(filename)) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }
}
