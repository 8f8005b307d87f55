// Civil date/time in a named time zone ('Europe/Madrid') or a fixed offset ('GMT', 'GMT+8', 'UTC-03:30'),
// the two forms Apps Script accepts for spreadsheet time zones and Utilities.formatDate.

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday. */
  weekday: number;
}

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function fixedOffsetMinutes(tz: string): number | null {
  const m = FIXED.exec(tz.trim());
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

function utcParts(time: number): ZonedParts {
  const d = new Date(time);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** The wall-clock reading of instant `time` in `tz`. */
export function zonedParts(time: number, tz: string): ZonedParts {
  const fixed = fixedOffsetMinutes(tz);
  if (fixed !== null) return utcParts(time + fixed * 60000);
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(time))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((time % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

function offsetAt(time: number, tz: string): number {
  const p = zonedParts(time, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond) - time;
}

/** The instant whose wall-clock reading in `tz` is the given civil time. */
export function zonedTime(year: number, month: number, day: number, tz: string, hour = 0, minute = 0, second = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let time = wall - offsetAt(wall, tz);
  // Second pass for instants near a daylight-saving change.
  time = wall - offsetAt(time, tz);
  return time;
}
