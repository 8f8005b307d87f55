// `npm start [-- file.csv|file.xlsx] [--locale es_ES] [--user-locale es] [--time-zone Europe/Madrid]`
// PORT (default 8080) and HOST (default localhost) come from the environment.
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_FILE, startPreviewServer } from './server';
// Also read by start.mjs, which prints it for --help before anything is built.
import { usage as USAGE } from './usage.json';

interface Arguments {
  file?: string;
  locale?: string;
  userLocale?: string;
  timeZone?: string;
  help: boolean;
}

export function parseArguments(argv: string[]): Arguments {
  const out: Arguments = { help: false };
  const options: Record<string, 'locale' | 'userLocale' | 'timeZone'> = {
    '--locale': 'locale',
    '--user-locale': 'userLocale',
    '--time-zone': 'timeZone',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s);
    if (arg === '--help' || arg === '-h') out.help = true;
    else if (options[flag]) {
      const value = inline ?? argv[++i];
      if (!value) throw new Error(`${flag} needs a value.\n${USAGE}`);
      out[options[flag]] = value;
    } else if (arg.startsWith('-')) throw new Error(`Unknown option ${arg}.\n${USAGE}`);
    else if (out.file) throw new Error(`Only one file can be opened (got ${out.file} and ${arg}).`);
    else out.file = arg;
  }
  return out;
}

/** Runs the preview until the process is stopped; resolves once it listens. */
export async function main(options: { root: string; argv: string[]; env: NodeJS.ProcessEnv }): Promise<void> {
  const args = parseArguments(options.argv);
  if (args.help) {
    console.log(USAGE);
    return;
  }
  // npm runs scripts from the package folder; a relative path means the folder `npm start` was typed in.
  const cwd = options.env.INIT_CWD ?? process.cwd();
  const file = args.file ? path.resolve(cwd, args.file) : path.join(options.root, SAMPLE_FILE);
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);
  const port = options.env.PORT ? Number(options.env.PORT) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${options.env.PORT}.`);
  const server = await startPreviewServer({
    root: options.root,
    port,
    host: options.env.HOST || 'localhost',
    file,
    locale: args.locale,
    userLocale: args.userLocale,
    timeZone: args.timeZone,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new Error(`Port ${port} is in use. Try another one: PORT=${port + 1} npm start`);
    throw error;
  });
  const spreadsheet = server.workbook.spreadsheet;
  const sheet = spreadsheet.activeSheet();
  console.log(
    [
      '',
      'Customer segments · local preview',
      `  ${server.url}`,
      `  ${path.relative(cwd, file) || file}: ${Math.max(0, sheet.lastRow() - 1)} rows · locale ${spreadsheet.locale} · time zone ${spreadsheet.timeZone}`,
      '  Open another file from the page, or: npm start -- path/to/file.csv',
      '  Ctrl+C stops it.',
      '',
    ].join('\n'),
  );
}
