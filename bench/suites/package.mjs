// What a user pays before the first hover: loading and activating the bundle, and downloading the .vsix.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { stats } from '../harness.mjs';
import { repo } from '../workloads.mjs';

const RUNS = 15;

export async function packageSuite(rows) {
  rows.push(await activation());
  rows.push(vsixSize());
}

/** The production bundle (minified, as the .vsix ships it), loaded and activated in a fresh process per run. */
async function activation() {
  const bundle = join(repo, 'out/bench/extension.js');
  await esbuild.build({
    entryPoints: [join(repo, 'src/extension/extension.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    loader: { '.md': 'text' },
    external: ['vscode'],
    logLevel: 'warning',
  });
  const child = join(repo, 'bench/activation-child.cjs');
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(JSON.parse(execFileSync(process.execPath, [child, bundle], { encoding: 'utf8' })));
  const s = stats(runs.map((r) => r.total_ms));
  const load = stats(runs.map((r) => r.load_ms)).median;
  const cpu = stats(runs.map((r) => r.cpu_ms)).median;
  return {
    name: `Activation: require + activate() of the minified bundle (${RUNS} fresh processes; require ${load.toFixed(1)} ms, CPU ${cpu.toFixed(1)} ms; ${runs[0].registrations} registrations)`,
    ours_ms: s.median,
    ours_p95_ms: s.p95,
    baseline: 'budget: 30 ms',
    baseline_ms: 30,
    ratio: s.median / 30,
    goal: '< 30 ms',
    met: s.median < 30,
  };
}

/**
 * The .vsix in the repository root when it is newer than every source file; else the package script builds
 * one now (a stale package would mislead); without a package script, `vsce package` into out/bench.
 */
function vsixSize() {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const sources = Math.max(newestMtime(join(repo, 'src')), statSync(join(repo, 'package.json')).mtimeMs);
  let file = newestVsix(repo);
  let how = 'the .vsix in the repository root, newer than src/';
  if (!file || statSync(file).mtimeMs < sources) {
    file = undefined;
    if (pkg.scripts?.package) {
      execFileSync(npm, ['run', '--silent', 'package'], { cwd: repo, stdio: 'ignore' });
      file = newestVsix(repo);
      how = 'built by `npm run package`';
    } else {
      const out = join(repo, 'out/bench/layer-lens.vsix');
      const args = ['exec', '--', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out];
      execFileSync(npm, args, { cwd: repo, stdio: 'ignore' });
      file = existsSync(out) ? out : undefined;
      how = 'built by `vsce package --no-dependencies` (no package script)';
    }
  }
  const kb = file ? statSync(file).size / 1024 : undefined;
  return {
    name: `.vsix size (KB, ${how})`,
    ours_ms: null,
    ours_kb: kb ?? null,
    baseline: 'budget: 400 KB',
    baseline_ms: null,
    ratio: kb === undefined ? null : kb / 400,
    goal: '< 400 KB',
    met: kb === undefined ? false : kb < 400,
  };
}

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

function newestVsix(dir) {
  const found = readdirSync(dir)
    .filter((n) => n.endsWith('.vsix'))
    .map((n) => join(dir, n))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return found[0];
}
