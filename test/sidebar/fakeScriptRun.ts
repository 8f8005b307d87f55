// A fake google.script.run that behaves like the real one where the sidebar can tell: handlers are set on a runner
// copy, calls answer asynchronously, arguments and results cross as the platform carries them (a Date or a function
// fails the call: emulator/scriptRun.ts), a thrown server error reaches the failure handler as an Error, and only the
// named server functions exist.
import type { ScriptRunner } from '../../sidebar/server';
import { acrossScriptRun } from '../../emulator/scriptRun';

// biome-ignore lint/suspicious/noExplicitAny: any server function's own parameter types, whatever they are
export type ServerFunction = (...args: any[]) => unknown;

export interface Call {
  name: string;
  args: unknown[];
}

export interface FakeScriptRun {
  run: ScriptRunner;
  calls: Call[];
  /** Names of the calls made, in order. */
  names(): string[];
}

export function fakeScriptRun(functions: Record<string, ServerFunction>, options: { delayMs?: number } = {}): FakeScriptRun {
  const calls: Call[] = [];
  const make = (onSuccess?: (value: unknown) => void, onFailure?: (error: unknown) => void): ScriptRunner => {
    const runner: ScriptRunner = {
      withSuccessHandler: (handler) => make(handler, onFailure),
      withFailureHandler: (handler) => make(onSuccess, handler),
    };
    for (const [name, fn] of Object.entries(functions)) {
      runner[name] = (...args: unknown[]) => {
        let sent: unknown[];
        try {
          sent = args.map((a, i) => acrossScriptRun(a, `argument ${i + 1}`));
        } catch (error) {
          setTimeout(() => onFailure?.(error), options.delayMs ?? 0);
          return;
        }
        calls.push({ name, args: sent });
        setTimeout(async () => {
          try {
            const value = await fn(...sent);
            onSuccess?.(acrossScriptRun(value, 'answer'));
          } catch (error) {
            onFailure?.(error instanceof Error ? error : new Error(String(error)));
          }
        }, options.delayMs ?? 0);
      };
    }
    return runner;
  };
  return { run: make(), calls, names: () => calls.map((c) => c.name) };
}
