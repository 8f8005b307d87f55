// Injected at the top of the served Sidebar.html, before the sidebar's own script: google.script.run and
// google.script.host as HtmlService provides them. Calls go to the host page by postMessage (the iframe is
// sandboxed without same-origin, like HtmlService's), which runs them on the preview server.
import { acrossScriptRun } from '../../../emulator/scriptRun';

type Handler = ((value: unknown, userObject?: unknown) => void) | null;

interface Pending {
  success: Handler;
  failure: Handler;
  userObject: unknown;
}

interface Reply {
  type: 'preview:result';
  id: number;
  ok: boolean;
  value?: unknown;
  message?: string;
}

const pending = new Map<number, Pending>();
let nextId = 1;

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent) return;
  const reply = event.data as Reply | null;
  if (reply?.type !== 'preview:result') return;
  const call = pending.get(reply.id);
  if (!call) return;
  pending.delete(reply.id);
  if (reply.ok) call.success?.(reply.value, call.userObject);
  else call.failure?.(new Error(reply.message ?? 'The server did not answer.'), call.userObject);
});

function runner(success: Handler, failure: Handler, userObject: unknown): object {
  const own: Record<string, unknown> = {
    withSuccessHandler: (handler: Handler) => runner(handler, failure, userObject),
    withFailureHandler: (handler: Handler) => runner(success, handler, userObject),
    withUserObject: (object: unknown) => runner(success, failure, object),
  };
  // Every other property is a server function, as in Apps Script (an unknown one fails on the server).
  return new Proxy(own, {
    get(target, name) {
      if (typeof name !== 'string' || name in target) return target[name as string];
      return (...args: unknown[]) => {
        // google.script.run carries plain values only: a Date or a function fails the call, as in Apps Script.
        let sent: unknown[];
        try {
          sent = args.map((a, i) => acrossScriptRun(a, `argument ${i + 1}`));
        } catch (error) {
          setTimeout(() => failure?.(error, userObject), 0);
          return;
        }
        const id = nextId++;
        pending.set(id, { success, failure, userObject });
        window.parent.postMessage({ type: 'preview:run', id, name, args: sent }, '*');
      };
    },
  });
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(null, null, undefined),
    host: {
      close: () => window.parent.postMessage({ type: 'preview:close' }, '*'),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => undefined },
    },
  },
};
