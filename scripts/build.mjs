// One build for everything that runs: the extension bundle, the CLI bundle and the compiled tests.
// `node scripts/build.mjs [--production]` — production minifies and drops source maps (what the .vsix ships).
import * as esbuild from 'esbuild';
import { readdirSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');

/** Every file under dir whose name matches re. */
function files(dir, re) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(files(p, re));
    else if (re.test(name)) out.push(p);
  }
  return out;
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  loader: { '.md': 'text' },
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'out/extension.js', external: ['vscode'] }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'out/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
chmodSync('out/cli.js', 0o755);

if (!production) {
  // Tests: one output file per test file; libraries stay external so mocha and vscode are the real ones.
  const unit = files('test/unit', /\.test\.ts$/);
  const integration = files('test/integration', /\.ts$/);
  await Promise.all([
    unit.length &&
      esbuild.build({ ...common, entryPoints: unit, outdir: 'out/test/unit', packages: 'external' }),
    integration.length &&
      esbuild.build({
        ...common,
        entryPoints: integration,
        outdir: 'out/test/suite',
        packages: 'external',
        external: ['vscode'],
      }),
  ]);
}
