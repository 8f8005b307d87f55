// `npm run sql -- …`: bundles scripts/sqlCli.ts (TypeScript: the query generator of src/sql) with esbuild and runs it.
// No build of the add-on is needed: the generator is pure and has no dependencies.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules: ignored by git.
const outfile = path.join(root, 'node_modules/.cache/customer-segments-sql/cli.cjs');
await esbuild.build({
  entryPoints: [path.join(root, 'scripts/sqlCli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
const { main } = createRequire(import.meta.url)(outfile);
process.exitCode = main(process.argv.slice(2));
