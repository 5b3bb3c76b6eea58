// What a user pays before and at the first hover: loading and activating the bundle, the first hover (which loads
// the core), and downloading the .vsix.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension } from '../../scripts/build.mjs';
import { stats } from '../harness.mjs';
import { repo } from '../workloads.mjs';
import { budgetRow } from './budget.mjs';

const RUNS = 15;
/** The first hover after activation: on `replicas` in the example Deployment (47 lines, two objects). */
const HOVER_FILE = 'examples/shop/k8s/deployment.yaml';
const HOVER_KEY = 'replicas';
/** How long after activation the first hover comes: a person opens a file, then moves the mouse to a key. */
const IDLE_MS = 1500;

export async function packageSuite(rows) {
  const runs = await activations();
  rows.push(activation(runs));
  rows.push(firstHover(runs));
  rows.push(vsixSize());
}

/**
 * The production bundle (minified, as the .vsix ships it), loaded and activated in a fresh process per run, then
 * asked for one hover (which loads the core) and the same hover on the next document version.
 */
async function activations() {
  // Both bundles, built as the production build builds them: out/bench/extension.js requires ./core.js beside it.
  await buildExtension(join(repo, 'out/bench'), true);
  const bundle = join(repo, 'out/bench/extension.js');
  const child = join(repo, 'bench/activation-child.cjs');
  const args = [child, bundle, join(repo, HOVER_FILE), HOVER_KEY, String(IDLE_MS)];
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })));
  return runs;
}

function activation(runs) {
  const s = stats(runs.map((r) => r.total_ms));
  const load = stats(runs.map((r) => r.load_ms)).median;
  const cpu = stats(runs.map((r) => r.cpu_ms)).median;
  return budgetRow(
    `Activation: require + activate() of the minified bundle, core not loaded (${RUNS} fresh processes; require ${load.toFixed(1)} ms, CPU ${cpu.toFixed(1)} ms; ${runs[0].registrations} registrations)`,
    s, 30,
  );
}

/**
 * What activation does not pay: the core (the layer tables, yaml, dockerfile-ast) loads while the editor is idle
 * after activation, so the first hover, a moment later, finds it loaded.
 */
function firstHover(runs) {
  const first = stats(runs.map((r) => r.first_hover_ms));
  const next = stats(runs.map((r) => r.next_hover_ms));
  return {
    name: 'First hover after activation',
    ours_ms: first.median,
    ours_p95_ms: first.p95,
    baseline: `the same hover on the next document version (\`${HOVER_KEY}\` in ${HOVER_FILE}; the first comes ${IDLE_MS} ms after activation, as a person's first hover would; ${RUNS} fresh processes)`,
    baseline_ms: next.median,
    baseline_p95_ms: next.p95,
    ratio: first.median / next.median,
    goal: 3,
    met: first.median / next.median <= 3,
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
    goal: 1,
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
