import { SERVER_CALLS } from '../../src/shared/contract';
import { createServer, type ScriptRunner } from '../../sidebar/server';
import { analyzeAnswer } from './answers';
import { fakeScriptRun } from './fakeScriptRun';

const MESSAGES = { notInSheets: () => 'not in sheets', unreachable: () => 'no answer' };

describe('the promise client over google.script.run', () => {
  test('calls each server function by its contract name with its arguments', async () => {
    const fake = fakeScriptRun({
      [SERVER_CALLS.analyze]: () => analyzeAnswer(),
      [SERVER_CALLS.preview]: () => ({ ok: true, customers: 0, classifications: [] }),
      [SERVER_CALLS.apply]: () => ({ ok: true, message: 'done' }),
      [SERVER_CALLS.clear]: () => ({ ok: true, message: 'cleared' }),
      [SERVER_CALLS.selectCell]: () => undefined,
    });
    const server = createServer(() => fake.run, MESSAGES);
    const request = { columns: { revenue: 4 }, settings: { tierPreset: '70/90' as const } };
    expect(await server.analyze()).toMatchObject({ ok: true, sheetName: 'Customers' });
    expect(await server.preview(request)).toEqual({ ok: true, customers: 0, classifications: [] });
    expect(await server.apply(request)).toEqual({ ok: true, message: 'done' });
    expect(await server.clear()).toEqual({ ok: true, message: 'cleared' });
    expect(await server.selectCell(14, 5)).toEqual({ ok: true });
    expect(fake.calls).toEqual([
      { name: 'sidebarAnalyze', args: [] },
      { name: 'sidebarPreview', args: [request] },
      { name: 'sidebarApply', args: [request] },
      { name: 'sidebarClear', args: [{ keepHistory: true }] },
      { name: 'sidebarSelectCell', args: [14, 5] },
    ]);
  });

  test('a failure the server returns passes through with its errors', async () => {
    const failure = { ok: false, message: 'Bad settings.', errors: [{ setting: 'tierA', message: 'tierA must be…' }] };
    const fake = fakeScriptRun({ [SERVER_CALLS.apply]: () => failure });
    expect(await createServer(() => fake.run, MESSAGES).apply({ columns: {}, settings: {} })).toEqual(failure);
  });

  test('an exception on the server resolves as a Failure with its message', async () => {
    const fake = fakeScriptRun({
      [SERVER_CALLS.analyze]: () => {
        throw new Error('Exception: You do not have permission to access the requested document.');
      },
    });
    expect(await createServer(() => fake.run, MESSAGES).analyze()).toEqual({
      ok: false,
      message: 'Exception: You do not have permission to access the requested document.',
    });
  });

  test('outside Sheets (no google.script.run) every call says so instead of throwing', async () => {
    const server = createServer(() => undefined, MESSAGES);
    expect(await server.analyze()).toEqual({ ok: false, message: 'not in sheets' });
  });

  test('a missing server function, a nonsense answer, or an empty error become "no answer"', async () => {
    const fake = fakeScriptRun({
      [SERVER_CALLS.analyze]: () => 'surprise',
      [SERVER_CALLS.preview]: () => undefined,
      [SERVER_CALLS.apply]: () => ({ ok: false }),
    });
    const server = createServer(() => fake.run, MESSAGES);
    expect(await server.analyze()).toEqual({ ok: false, message: 'no answer' });
    expect(await server.preview({ columns: {}, settings: {} })).toEqual({ ok: false, message: 'no answer' });
    expect(await server.apply({ columns: {}, settings: {} })).toEqual({ ok: false, message: 'no answer' });
    expect(await server.clear()).toEqual({ ok: false, message: 'no answer' });

    const silentFailure: ScriptRunner = {
      withSuccessHandler: () => silentFailure,
      withFailureHandler: (handler) => ({ ...silentFailure, [SERVER_CALLS.clear]: () => handler({}) }) as ScriptRunner,
    };
    expect(await createServer(() => silentFailure, MESSAGES).clear()).toEqual({ ok: false, message: 'no answer' });
  });

  test('a runner that throws while sending resolves as a Failure', async () => {
    const throwing: ScriptRunner = {
      withSuccessHandler: () => throwing,
      withFailureHandler: () => throwing,
      [SERVER_CALLS.analyze]: () => {
        throw new Error('Script has been disabled');
      },
    };
    expect(await createServer(() => throwing, MESSAGES).analyze()).toEqual({ ok: false, message: 'Script has been disabled' });
  });

  test('google.script.run is looked up at each call, so it may be installed after the page starts', async () => {
    let runner: ScriptRunner | undefined;
    const server = createServer(() => runner, MESSAGES);
    expect((await server.analyze()).ok).toBe(false);
    runner = fakeScriptRun({ [SERVER_CALLS.analyze]: () => analyzeAnswer() }).run;
    expect((await server.analyze()).ok).toBe(true);
  });
});
