#!/usr/bin/env node
// The extension as a user gets it: `npm run package` builds layer-lens.vsix; its size and entry list are checked;
// `code-server --install-extension` installs it into a fresh extensions dir; code-server starts on that dir with no
// extensionDevelopmentPath (so only the installed copy can answer), and the mouse hovers a Dockerfile instruction.
//
//   node test/ui/vsix.ui.mjs [--vsix PATH] [--timeout SECONDS] [--headed]
//
//   --vsix     check and install this file instead of running `npm run package` (which writes ./layer-lens.vsix)
//   --timeout  overall limit, seconds (default 300, env LAYER_LENS_UI_TIMEOUT)
//   --headed   show the browser (needs a display)
//
// Exits 0 when all holds; otherwise 1 (2 for bad arguments), with the page in test-results/vsix-failure-*.png once
// the browser is up. Temp dirs and every process it started are gone when it exits.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  codeServerCli, ensureSetup, hoverToken, openBrowser, openFileInEditor, repoRoot, session, startCodeServer,
  waitForWorkbench, workbenchUrl,
} from './editor.mjs';
import { readZip } from './zip.mjs';

const { values: opt } = parseArgs({
  options: {
    vsix: { type: 'string' },
    timeout: { type: 'string', default: process.env.LAYER_LENS_UI_TIMEOUT || '300' },
    headed: { type: 'boolean', default: false },
  },
});
if (!(Number(opt.timeout) > 0)) {
  console.error(`[vsix] bad --timeout: ${opt.timeout}`);
  process.exit(2);
}

// "under 400 KB": 400 000 bytes, so the limit holds whichever kilobyte is meant.
const MAX_BYTES = 400_000;
// Sources, tests and dependencies stay out: the bundles out/extension.js (activation) and out/core.js (loaded on
// first use) carry everything that runs.
const FORBIDDEN = ['extension/src/', 'extension/test/', 'extension/node_modules/', 'extension/out/test/'];
// vsce renames the documents (README.md → readme.md, LICENSE → LICENSE.txt): match any case and extension.
const DOCUMENTS = { readme: /^extension\/readme\.md$/i, changelog: /^extension\/changelog\.md$/i,
  license: /^extension\/licen[cs]e(\.txt|\.md)?$/i };
const DOCKER = 'build/run · Docker layer';
const DOCKERFILE = join(repoRoot, 'examples/shop/Dockerfile');
// Instructions to hover: the start of their line in DOCKERFILE, and the word under the mouse.
const HOVERS = [
  { line: 'HEALTHCHECK --interval', token: 'HEALTHCHECK' },
  { line: 'ENTRYPOINT ["node"]', token: 'ENTRYPOINT' },
];

const started = Date.now();
const say = (msg) => console.log(`[vsix] ${msg} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
function check(condition, message) {
  if (!condition) throw new Error(message);
}

let packaging; // the `npm run package` child while it runs: its own process group
/** `npm run package` in the repository, its output kept for a failure; resolves to the .vsix path. */
async function runPackage() {
  const child = spawn('npm', ['run', 'package'], { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  packaging = child;
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
  const code = await new Promise((ok) => child.once('close', (c, s) => ok(c ?? s)));
  packaging = undefined;
  check(code === 0, `npm run package failed (${code}):\n${output}`);
  say(`npm run package: ${output.match(/Packaged: .*/)?.[0] ?? 'done'}`);
  return join(repoRoot, 'layer-lens.vsix');
}

/** Size and entry list of the .vsix; returns its extension/package.json, the manifest VS Code installs from. */
function checkPackage(vsix) {
  const bytes = statSync(vsix).size;
  check(bytes < MAX_BYTES, `${vsix} is ${bytes} bytes; the limit is ${MAX_BYTES}`);
  const zip = readZip(vsix);
  const names = zip.entries.map((e) => e.name);
  const unpacked = zip.entries.reduce((sum, e) => sum + e.size, 0);
  say(`${vsix}: ${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes < ${MAX_BYTES}), ${names.length} entries, ` +
    `${(unpacked / 1024).toFixed(1)} KiB unpacked:\n  ${names.join('\n  ')}`);

  const forbidden = names.filter((n) => FORBIDDEN.some((prefix) => n.startsWith(prefix)));
  check(forbidden.length === 0, `the package holds what must stay out:\n  ${forbidden.join('\n  ')}`);

  const manifest = JSON.parse(zip.read('extension/package.json')?.toString('utf8') ?? 'null');
  check(manifest, 'no extension/package.json in the package');
  // What the manifest points at must be there, as must the bundle the brief names and vsce's own manifest.
  const inPackage = (p) => `extension/${posix.normalize(p)}`;
  // media/compare.{css,js}: the Compare Runners page's only resources (its localResourceRoots).
  const required = new Set(['extension.vsixmanifest', 'extension/package.json', 'extension/out/extension.js', 'extension/out/core.js',
    'extension/media/compare.css', 'extension/media/compare.js',
    inPackage(manifest.main), inPackage(manifest.browser), inPackage(manifest.icon),
    ...(manifest.contributes?.grammars ?? []).map((g) => inPackage(g.path))]);
  check(manifest.contributes?.grammars?.length, 'the packaged package.json contributes no grammar');
  const missing = [...required].filter((n) => !names.includes(n));
  for (const [what, re] of Object.entries(DOCUMENTS)) if (!names.some((n) => re.test(n))) missing.push(what);
  check(missing.length === 0, `the package lacks: ${missing.join(', ')}`);
  check(zip.read('extension/out/extension.js').length > 1000, 'extension/out/extension.js is nearly empty');
  return manifest;
}

/** Installs the .vsix into extensionsDir with code-server's CLI; checks the CLI then lists it. */
async function install(vsix, extensionsDir, manifest) {
  const installed = await codeServerCli(['--extensions-dir', extensionsDir, '--install-extension', vsix]);
  check(installed.code === 0 && /successfully installed/i.test(installed.stdout),
    `--install-extension failed (${installed.code}):\n${installed.stdout}${installed.stderr}`);
  say(`code-server --install-extension: ${installed.stdout.trim().split('\n').pop()}`);

  const listed = await codeServerCli(['--extensions-dir', extensionsDir, '--list-extensions', '--show-versions']);
  const lines = listed.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  const want = `${manifest.publisher}.${manifest.name}@${manifest.version}`;
  check(listed.code === 0 && lines.some((l) => l.toLowerCase() === want.toLowerCase()),
    `--list-extensions does not show ${want}:\n${listed.stdout}${listed.stderr}`);
  say(`code-server --list-extensions --show-versions: ${lines.join(', ')}`);
  const folder = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`.toLowerCase());
  check(existsSync(join(folder, manifest.main)), `the installed copy has no ${manifest.main} in ${folder}`);
}

let tmp;
const run = session({
  say,
  timeout: { seconds: opt.timeout, hint: '--timeout, LAYER_LENS_UI_TIMEOUT' },
  shotName: 'vsix-failure',
  cleanup: () => {
    if (packaging) {
      try {
        process.kill(-packaging.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  },
});

try {
  const vsix = opt.vsix ? resolve(opt.vsix) : await runPackage();
  check(existsSync(vsix), `no such file: ${vsix}`);
  const manifest = checkPackage(vsix);

  ensureSetup();
  tmp = mkdtempSync(join(tmpdir(), 'layer-lens-vsix-'));
  const extensionsDir = join(tmp, 'extensions');
  const workspace = join(tmp, 'workspace');
  mkdirSync(workspace);
  copyFileSync(DOCKERFILE, join(workspace, 'Dockerfile'));
  await install(vsix, extensionsDir, manifest);

  run.cs = await startCodeServer({ extensionsDir });
  say(`code-server on ${run.cs.url}, extensions from ${extensionsDir}`);
  const { page } = Object.assign(run, await openBrowser({ headless: !opt.headed, handleSignals: false }));
  page.on('crash', () => run.finish(1, 'the browser page crashed'));
  // No payload: no extensionDevelopmentPath, no extensionTestsPath.
  await page.goto(workbenchUrl(run.cs.url, { folder: workspace }));
  await waitForWorkbench(page);
  say('workbench up');
  const editor = await openFileInEditor(page, 'Dockerfile');
  for (const { line, token } of HOVERS) {
    // The instruction's own name as well, so the hover is this line's and not one the mouse passed on its way.
    const { text } = await hoverToken(page, editor, line, token, [DOCKER, token], { timeout: 30_000 });
    say(`hover on ${token}: ${text.slice(0, 140)}…`);
  }
  await run.finish(0);
} catch (error) {
  await run.finish(1, error?.stack ?? String(error));
}
