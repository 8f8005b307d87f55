// `npm start` runs this. `--help` is answered first, before anything is built. Otherwise it builds the add-on
// (dist/, as `npm run build` does), then bundles the preview server, TypeScript that shares the Apps Script fakes of
// the emulator (emulator/), and runs it (packages stay in node_modules).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Inside node_modules: ignored by git, and `require` finds the packages from there.
const outfile = path.join(root, 'node_modules/.cache/customer-segments-preview/cli.cjs');
const argv = process.argv.slice(2);

if (argv.includes('--help') || argv.includes('-h')) {
  const { usage } = JSON.parse(fs.readFileSync(path.join(root, 'sidebar/preview/usage.json'), 'utf8'));
  console.log(usage);
} else {
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [path.join(root, 'sidebar/preview/cli.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'warning',
    });
    const { main, parseArguments } = createRequire(import.meta.url)(outfile);
    // A mistyped option is said at once, not after the build.
    parseArguments(argv);
    const { build } = await import('../../src/build/build.mjs');
    await build({ root });
    await main({ root, argv, env: process.env });
  } catch (error) {
    // esbuild has printed its own diagnostics; ours are sentences for the user.
    console.error(`npm start: ${error.message}`);
    process.exitCode = 1;
  }
}
