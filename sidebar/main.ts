// Sidebar entry point (bundled and inlined into dist/Sidebar.html). It defines no globals: it only reads
// google.script.run, which HtmlService provides, or a fake the local preview and the browser tests install first.
import { startSidebar } from './app';
import type { ScriptRunner } from './server';

const root = document.getElementById('app');
if (root) {
  startSidebar({
    root,
    getRunner: () => (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google?.script?.run,
    browserLanguage: navigator.language,
  });
}
