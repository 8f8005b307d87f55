// `npm start` runs this after `npm run build`. The preview server is TypeScript that shares the Apps Script fakes
// of the emulator (emulator/), so it is bundled first (packages stay in node_modules) and then run.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Inside node_modules: ignored by git, and `require` finds the packages from there.
const outfile = path.join(root, 'node_modules/.cache/customer-segments-preview/cli.cjs');

try {
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
  const { main } = createRequire(import.meta.url)(outfile);
  await main({ root, argv: process.argv.slice(2), env: process.env });
} catch (error) {
  // esbuild has printed its own diagnostics; ours are sentences for the user.
  console.error(`npm start: ${error.message}`);
  process.exitCode = 1;
}
