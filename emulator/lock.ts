// LockService. A lock is shared by every execution on the same document (the LockState lives with the
// spreadsheet); the holder is the execution, so a second run cannot take it while the first holds it.
// JavaScript here is single-threaded, so waiting cannot let the holder finish: waitLock fails at once
// with the timeout error Apps Script gives after waiting, and tryLock returns false.
import type { Execution } from './execution';

export class LockState {
  holder: Execution | null = null;
  /** How many times a run found the lock taken: a test can prove the second run was refused. */
  refusals = 0;
}

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'> {
  constructor(
    private readonly exec: Execution,
    private readonly state: LockState,
  ) {}

  hasLock(): boolean {
    this.exec.hit('other', 'Lock.hasLock');
    return this.state.holder === this.exec;
  }

  tryLock(_timeoutInMillis: number): boolean {
    this.exec.hit('other', 'Lock.tryLock');
    return this.take();
  }

  waitLock(_timeoutInMillis: number): void {
    this.exec.hit('other', 'Lock.waitLock');
    if (!this.take()) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    this.exec.hit('other', 'Lock.releaseLock');
    if (this.state.holder === this.exec) this.state.holder = null;
  }

  private take(): boolean {
    if (this.state.holder === null || this.state.holder === this.exec) {
      this.state.holder = this.exec;
      return true;
    }
    this.state.refusals++;
    return false;
  }
}

export class FakeLockService implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  constructor(
    private readonly exec: Execution,
    private readonly states: { document: LockState; script: LockState; user: LockState },
    private readonly inDocument = true,
  ) {}

  /** null outside a containing document, as documented; the add-on must not assume a lock. */
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    this.exec.hit('other', 'LockService.getDocumentLock');
    return this.inDocument ? new FakeLock(this.exec, this.states.document) : (null as unknown as GoogleAppsScript.Lock.Lock);
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    this.exec.hit('other', 'LockService.getScriptLock');
    return new FakeLock(this.exec, this.states.script);
  }

  getUserLock(): GoogleAppsScript.Lock.Lock {
    this.exec.hit('other', 'LockService.getUserLock');
    return new FakeLock(this.exec, this.states.user);
  }
}
