// Dates in the process's own time zone (what Apps Script uses when no zone is given).
// Jest's sandbox copies process.env, so TZ only takes effect in a fresh process: the probe below is bundled
// with esbuild and run with TZ set, and its findings are checked here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

const PROBE = `
import { dateOfDayNumber, dayNumberOfDate, dayNumberOfYmd, formatDayNumber, ymdOfDayNumber } from '../../../src/engine/parse/dates';
import { readDateColumn, readTextColumn } from '../../../src/engine/parse/columns';

let roundTripMismatches = 0;
for (let n = dayNumberOfYmd(1990, 1, 1); n <= dayNumberOfYmd(2040, 1, 1); n++) {
  const [y, m, d] = ymdOfDayNumber(n);
  const midnight = new Date(y, m - 1, d);
  if (dayNumberOfDate(midnight) !== n || dateOfDayNumber(n).getTime() !== midnight.getTime()) roundTripMismatches++;
  if (dayNumberOfDate(new Date(y, m - 1, d, 23, 59, 59, 999)) !== n) roundTripMismatches++;
}
const summer = new Date(2024, 5, 1);
const winter = new Date(2024, 10, 4);
const column = readDateColumn([new Date(2024, 2, 10), new Date(2024, 2, 10, 23, 59), new Date(2024, 10, 3), '2024-03-10', 45361], { locale: 'en_US' });
console.log(JSON.stringify({
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  roundTripMismatches,
  yearOfDays: dayNumberOfDate(new Date(2025, 2, 1)) - dayNumberOfDate(new Date(2024, 2, 1)),
  rawDaysAcrossDst: (winter.getTime() - summer.getTime()) / 86400000,
  civilDaysAcrossDst: dayNumberOfDate(winter) - dayNumberOfDate(summer),
  column: Array.from(column.values, formatDayNumber),
  text: readTextColumn([new Date(2024, 0, 15), new Date(2024, 0, 15, 23, 30)]),
}));
`;

interface ProbeResult {
  zone: string;
  roundTripMismatches: number;
  yearOfDays: number;
  rawDaysAcrossDst: number;
  civilDaysAcrossDst: number;
  column: string[];
  text: string[];
}

let directory = '';
let probeFile = '';

beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'dates-process-zone-'));
  probeFile = path.join(directory, 'probe.cjs');
  buildSync({
    stdin: { contents: PROBE, resolveDir: __dirname, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: probeFile,
    logLevel: 'silent',
  });
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function probe(timeZone: string): ProbeResult {
  const output = execFileSync(process.execPath, [probeFile], { env: { ...process.env, TZ: timeZone }, encoding: 'utf8' });
  return JSON.parse(output) as ProbeResult;
}

describe.each(['America/New_York', 'Asia/Shanghai', 'America/Santiago'])('process time zone %s', (timeZone) => {
  let result: ProbeResult;
  beforeAll(() => {
    result = probe(timeZone);
  });

  it('runs in that zone', () => {
    expect(result.zone).toBe(timeZone);
  });

  it('round-trips local midnight and keeps 23:59:59.999 on the same day, 1990–2040', () => {
    expect(result.roundTripMismatches).toBe(0);
  });

  it('counts 365 days from 2024-03-01 to 2025-03-01 and whole days across a transition', () => {
    expect(result.yearOfDays).toBe(365);
    expect(result.civilDaysAcrossDst).toBe(156);
  });

  it('reads a date column with no zone given in the process zone', () => {
    expect(result.column).toEqual(['2024-03-10', '2024-03-10', '2024-11-03', '2024-03-10', '2024-03-10']);
  });

  it('shows Dates in a text column as their local civil day', () => {
    expect(result.text).toEqual(['2024-01-15', '2024-01-15']);
  });
});

it('shows why civil days are needed: raw milliseconds across a transition are not whole days in New York', () => {
  expect(Number.isInteger(probe('America/New_York').rawDaysAcrossDst)).toBe(false);
});
