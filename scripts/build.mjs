// One build for everything that runs: the extension's two bundles, its web bundle, the CLI bundle and the compiled
// tests.
// `node scripts/build.mjs [--production]` — production minifies and drops source maps (what the .vsix ships).
// The activation benchmark imports buildExtension, so it measures exactly what ships.
import * as esbuild from 'esbuild';
import { chmodSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

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

function commonOptions(production) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: production ? false : 'linked',
    minify: production,
    loader: { '.md': 'text' },
    logLevel: 'warning',
  };
}

/**
 * The extension as two bundles in `outdir`. extension.js is what activation loads: providers, commands, settings.
 * core.js holds the core (layer tables, yaml, dockerfile-ast, the image index, the report text), which
 * src/extension/lazy-core.ts requires on first use: `./core.js` stays external, resolved beside extension.js.
 */
export function buildExtension(outdir, production) {
  const common = commonOptions(production);
  return Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [join(repo, 'src/extension/extension.ts')],
      outfile: join(outdir, 'extension.js'),
      external: ['vscode', './core.js'],
    }),
    esbuild.build({ ...common, entryPoints: [join(repo, 'src/extension/core-bundle.ts')], outfile: join(outdir, 'core.js') }),
  ]);
}

/**
 * The web extension (package.json `browser`): one file for VS Code's web worker extension host (vscode.dev,
 * github.dev), which cannot require a second file. The same sources as the Node bundles; only lazy-core.ts's
 * `require('./core.js')` is resolved to the core's entry, so the core is linked in (and still initialized on first
 * use: esbuild runs a required ES module when the require runs). Node built-ins cannot resolve for `platform:
 * 'browser'`, so the build fails on one; test/unit/web-bundle.test.ts checks the metafile and the output as well.
 * extra: more esbuild options (the test asks for `metafile`, `write: false`).
 */
export function buildWeb(outdir, production, extra = {}) {
  return esbuild.build({
    ...commonOptions(production),
    platform: 'browser',
    target: 'es2022',
    entryPoints: [join(repo, 'src/extension/extension.ts')],
    outfile: join(outdir, 'web/extension.js'),
    external: ['vscode'],
    plugins: [linkCore],
    // Free `Buffer` references (dockerfile-ast's byte-order-mark test) get a TextEncoder stand-in.
    inject: [join(repo, 'src/extension/web/buffer.ts')],
    ...extra,
  });
}

/** Resolves lazy-core.ts's `./core.js` to src/extension/core-bundle.ts, so the web bundle holds the core. */
const linkCore = {
  name: 'link-core',
  setup(build) {
    build.onResolve({ filter: /^\.\/core\.js$/ }, () => ({ path: join(repo, 'src/extension/core-bundle.ts') }));
  },
};

async function main() {
  const production = process.argv.includes('--production');
  const common = commonOptions(production);
  await Promise.all([
    buildExtension(join(repo, 'out'), production),
    buildWeb(join(repo, 'out'), production),
    esbuild.build({
      ...common,
      entryPoints: [join(repo, 'src/cli/main.ts')],
      outfile: join(repo, 'out/cli.js'),
      banner: { js: '#!/usr/bin/env node' },
    }),
  ]);
  chmodSync(join(repo, 'out/cli.js'), 0o755);

  if (!production) {
    // Tests: one output file per test file; libraries stay external so mocha and vscode are the real ones.
    const unit = files(join(repo, 'test/unit'), /\.test\.ts$/);
    const integration = files(join(repo, 'test/integration'), /\.ts$/);
    // A renamed or deleted test must not keep running from an old build: the test folders are rebuilt whole.
    for (const dir of ['out/test/unit', 'out/test/suite']) rmSync(join(repo, dir), { recursive: true, force: true });
    await Promise.all([
      unit.length &&
        esbuild.build({ ...common, entryPoints: unit, outdir: join(repo, 'out/test/unit'), packages: 'external' }),
      integration.length &&
        esbuild.build({
          ...common,
          entryPoints: integration,
          outdir: join(repo, 'out/test/suite'),
          packages: 'external',
          external: ['vscode'],
        }),
    ]);
  }
}

// Run as a script (not imported by the benchmark).
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
