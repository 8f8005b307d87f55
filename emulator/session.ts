// Session, Utilities and Logger: the few calls the add-on makes outside the spreadsheet.
// Utilities.formatDate follows Java's SimpleDateFormat for y M d H h m s S E a Z X and 'quoted text'.
import { gunzipSync } from 'node:zlib';
import type { Execution } from './execution';
import { zonedParts } from './timeZone';

export interface UserInfo {
  email: string;
  locale: string;
}

class FakeUser implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

export class FakeSession
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      'getActiveUserLocale' | 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey'
    >
{
  constructor(
    private readonly exec: Execution,
    private readonly user: UserInfo,
    private readonly scriptTimeZone: () => string,
  ) {}

  /** As Apps Script gives it: 'en', 'es', 'zh_CN'… */
  getActiveUserLocale(): string {
    this.exec.hit('other', 'Session.getActiveUserLocale');
    return this.user.locale;
  }

  getActiveUser(): GoogleAppsScript.Base.User {
    this.exec.hit('other', 'Session.getActiveUser');
    return new FakeUser(this.user.email) as unknown as GoogleAppsScript.Base.User;
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    this.exec.hit('other', 'Session.getEffectiveUser');
    return new FakeUser(this.user.email) as unknown as GoogleAppsScript.Base.User;
  }

  getScriptTimeZone(): string {
    this.exec.hit('other', 'Session.getScriptTimeZone');
    return this.scriptTimeZone();
  }

  getTemporaryActiveUserKey(): string {
    this.exec.hit('other', 'Session.getTemporaryActiveUserKey');
    return `temporary-key-${this.user.email}`;
  }
}

const JAVA_TOKENS = /'[^']*'|y+|M+|d+|H+|h+|m+|s+|S+|E+|a|Z+|X+/g;
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${colon ? ':' : ''}${mm}`;
}

/** Utilities.formatDate(date, timeZone, pattern). */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const time = date.getTime();
  const p = zonedParts(time, timeZone);
  const offset = Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond) - time) / 60000);
  return pattern.replace(JAVA_TOKENS, (token) => {
    const n = token.length;
    const pad = (v: number) => String(v).padStart(n, '0');
    switch (token[0]) {
      case "'":
        return n === 2 ? "'" : token.slice(1, -1);
      case 'y':
        return n === 2 ? String(p.year % 100).padStart(2, '0') : pad(p.year);
      case 'M':
        return n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month);
      case 'd':
        return pad(p.day);
      case 'H':
        return pad(p.hour);
      case 'h':
        return pad(p.hour % 12 === 0 ? 12 : p.hour % 12);
      case 'm':
        return pad(p.minute);
      case 's':
        return pad(p.second);
      case 'S':
        return String(p.millisecond).padStart(3, '0').slice(0, Math.max(n, 3));
      case 'E':
        return n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
      case 'a':
        return p.hour < 12 ? 'AM' : 'PM';
      case 'Z':
        return offsetText(offset, false);
      default:
        return offset === 0 ? 'Z' : offsetText(offset, n >= 3);
    }
  });
}

/**
 * A Blob as Utilities makes and takes it: bytes (Java's signed bytes, as Apps Script hands them to scripts), a content
 * type. https://developers.google.com/apps-script/reference/base/blob
 */
export class FakeBlob {
  constructor(
    private readonly exec: Execution,
    readonly bytes: Uint8Array,
    private readonly contentType: string | null,
  ) {}

  getBytes(): number[] {
    this.exec.hit('other', 'Blob.getBytes');
    return signedBytes(this.exec, this.bytes);
  }

  getContentType(): string | null {
    this.exec.hit('other', 'Blob.getContentType');
    return this.contentType;
  }

  /** "Gets the data of this blob as a String with UTF-8 encoding" unless a charset is given. */
  getDataAsString(charset?: string): string {
    this.exec.hit('other', 'Blob.getDataAsString');
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) throw new Error(`Unsupported charset in the fake: ${charset}`);
    return new TextDecoder('utf-8').decode(this.bytes);
  }
}

/** Java's bytes are signed: 0xff is -1. As an array of the script's realm. */
function signedBytes(exec: Execution, bytes: Uint8Array): number[] {
  const out = exec.scriptArray<number>();
  for (const b of bytes) out.push((b << 24) >> 24);
  return out;
}

function isSignedBytes(data: unknown): data is number[] {
  return Array.isArray(data) && data.every((b) => Number.isInteger(b) && b >= -128 && b <= 127);
}

export class FakeUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid' | 'sleep'> {
  private uuids = 0;

  constructor(private readonly exec: Execution) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.exec.hit('other', 'Utilities.formatDate');
    if (Object.prototype.toString.call(date) !== '[object Date]') throw new Error('Invalid argument: date');
    return formatJavaDate(date, timeZone, format);
  }

  /** Deterministic, so test runs repeat: 00000000-0000-4000-8000-000000000001, …2, … */
  getUuid(): string {
    this.exec.hit('other', 'Utilities.getUuid');
    this.uuids++;
    return `00000000-0000-4000-8000-${String(this.uuids).padStart(12, '0')}`;
  }

  /** No real waiting in a fake. */
  sleep(_milliseconds: number): void {
    this.exec.hit('other', 'Utilities.sleep');
  }

  /** Base64 (standard alphabet) to Java's signed bytes; text that is not base64 throws, as Apps Script does. */
  base64Decode(encoded: string): number[] {
    this.exec.hit('other', 'Utilities.base64Decode');
    if (typeof encoded !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 !== 0) {
      throw new Error('Could not decode string.');
    }
    return signedBytes(this.exec, Buffer.from(encoded, 'base64'));
  }

  /** A Blob from signed bytes or a string (UTF-8). */
  newBlob(data: number[] | string, contentType?: string): FakeBlob {
    this.exec.hit('other', 'Utilities.newBlob');
    if (typeof data === 'string') return new FakeBlob(this.exec, new TextEncoder().encode(data), contentType ?? null);
    if (!isSignedBytes(data)) throw new Error('Invalid argument: data');
    return new FakeBlob(
      this.exec,
      Uint8Array.from(data, (b) => b & 0xff),
      contentType ?? null,
    );
  }

  /** Uncompresses a gzip Blob; anything else is refused. */
  ungzip(blob: FakeBlob): FakeBlob {
    this.exec.hit('other', 'Utilities.ungzip');
    if (!(blob instanceof FakeBlob)) throw new Error('Invalid argument: blob');
    let bytes: Buffer;
    try {
      bytes = gunzipSync(blob.bytes);
    } catch {
      throw new Error('Could not decompress blob.');
    }
    return new FakeBlob(this.exec, new Uint8Array(bytes), null);
  }
}

export class FakeLogger {
  readonly lines: string[] = [];

  log(format: unknown, ...values: unknown[]): FakeLogger {
    let text = String(format);
    for (const v of values) text = text.replace('%s', String(v));
    this.lines.push(text);
    return this;
  }

  getLog(): string {
    return this.lines.join('\n');
  }

  clear(): void {
    this.lines.length = 0;
  }
}
