// The one way the sidebar makes elements. Strings become text nodes, never markup: header texts, customer values and
// problem reasons come from the user's cells, and `<img src=x onerror=…>` there must stay words on the screen.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Stable hook for the browser tests (data-testid). */
  testid?: string;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.testid) element.setAttribute('data-testid', props.testid);
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [type, listener] of Object.entries(props.on ?? {})) element.addEventListener(type, listener as EventListener);
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content with new children (text stays text). */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** An <option> whose label is set with `.text`, so any characters in it are shown as typed. */
export function option(value: string, label: string): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.text = label;
  return element;
}

/** Sets a control's value only when it differs, so the caret of a field being typed in does not jump. */
export function syncValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  if (control.value !== value) control.value = value;
}
