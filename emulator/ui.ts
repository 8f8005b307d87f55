// Ui: menus, sidebars, dialogs and alerts are recorded in a UiRecorder so tests and the local preview can
// see what the add-on showed. Alerts and prompts answer with what the recorder is told to answer.
import { Button, type ButtonName, ButtonSet } from './enums';
import type { Execution } from './execution';
import { FakeHtmlOutput } from './html';

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  /** null for the add-on menu (Sheets shows it under Extensions with the add-on's name). */
  caption: string | null;
  entries: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  width: number;
  height: number;
  content: string;
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: string;
}

export class UiRecorder {
  readonly menus: MenuRecord[] = [];
  readonly shown: ShownHtml[] = [];
  readonly alerts: AlertRecord[] = [];
  /** What the next alerts return. */
  alertAnswer: ButtonName = 'OK';
  /** What the next prompts return. */
  promptAnswer: { button: ButtonName; text: string } = { button: 'OK', text: '' };

  /** The last sidebar shown, or null. */
  get sidebar(): ShownHtml | null {
    return [...this.shown].reverse().find((s) => s.kind === 'sidebar') ?? null;
  }
}

export class FakeMenu implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly record: MenuRecord;

  constructor(
    private readonly exec: Execution,
    private readonly recorder: UiRecorder,
    caption: string | null,
  ) {
    this.record = { caption, entries: [] };
  }

  private self(): GoogleAppsScript.Base.Menu {
    return this as unknown as GoogleAppsScript.Base.Menu;
  }

  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.exec.hit('other', 'Menu.addItem');
    this.record.entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this.self();
  }

  addSeparator(): GoogleAppsScript.Base.Menu {
    this.exec.hit('other', 'Menu.addSeparator');
    this.record.entries.push({ kind: 'separator' });
    return this.self();
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    this.exec.hit('other', 'Menu.addSubMenu');
    if (!(menu instanceof FakeMenu)) throw new Error('Invalid argument: menu');
    this.record.entries.push({ kind: 'submenu', menu: menu.record });
    return this.self();
  }

  addToUi(): void {
    this.exec.hit('other', 'Menu.addToUi');
    this.recorder.menus.push(this.record);
  }
}

class FakePromptResponse implements GoogleAppsScript.Base.PromptResponse {
  constructor(private readonly answer: { button: ButtonName; text: string }) {}

  getResponseText(): string {
    return this.answer.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return Button[this.answer.button] as unknown as GoogleAppsScript.Base.Button;
  }
}

type UiApi = Pick<
  GoogleAppsScript.Base.Ui,
  'alert' | 'prompt' | 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
>;

export class FakeUi implements UiApi {
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(
    private readonly exec: Execution,
    private readonly recorder: UiRecorder,
  ) {}

  /** alert(prompt) / alert(prompt, buttons) / alert(title, prompt, buttons). */
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    this.exec.hit('other', 'Ui.alert');
    const titled = c !== undefined;
    this.recorder.alerts.push({
      title: titled ? String(a) : null,
      prompt: titled ? String(b) : String(a),
      buttons: String((titled ? c : b) ?? 'OK'),
    });
    return Button[this.recorder.alertAnswer] as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    this.exec.hit('other', 'Ui.prompt');
    const titled = c !== undefined;
    this.recorder.alerts.push({
      title: titled ? String(a) : null,
      prompt: titled ? String(b) : String(a),
      buttons: String((titled ? c : b) ?? 'OK'),
    });
    return new FakePromptResponse({ ...this.recorder.promptAnswer });
  }

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    this.exec.hit('other', 'Ui.createAddonMenu');
    return new FakeMenu(this.exec, this.recorder, null) as unknown as GoogleAppsScript.Base.Menu;
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    this.exec.hit('other', 'Ui.createMenu');
    return new FakeMenu(this.exec, this.recorder, String(caption)) as unknown as GoogleAppsScript.Base.Menu;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.exec.hit('other', 'Ui.showSidebar');
    this.show('sidebar', userInterface, null);
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.exec.hit('other', 'Ui.showModalDialog');
    this.show('modal', userInterface, title);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.exec.hit('other', 'Ui.showModelessDialog');
    this.show('modeless', userInterface, title);
  }

  private show(kind: ShownHtml['kind'], output: unknown, title: string | null): void {
    const html = FakeHtmlOutput.stateOf(output);
    this.recorder.shown.push({ kind, title: title ?? html.title, width: html.width, height: html.height, content: html.content });
  }
}
