#!/usr/bin/env node
// The web extension (package.json `browser`: out/web/extension.js) in a REAL web worker extension host: the one
// vscode.dev and github.dev run, here the workbench code-server serves to Chromium. The user setting
// `remote.extensionKind: { "layer-lens.layer-lens": ["web"] }` makes the workbench run the extension under
// development in its browser-side worker instead of code-server's Node extension host (["ui"] and the payload
// `extensionDevelopmentKind=web` leave it in Node, with code-server 4.139 / VS Code 1.139).
//
//   node test/ui/web.ui.mjs [--timeout SECONDS] [--headed]   (build first: node scripts/build.mjs)
//
// 1. Developer: Show Running Extensions lists layer-lens.layer-lens as running in the "web worker".
// 2. k8s/app.yaml: the mouse over `requests` → schedule/scale, its path and summary; Dockerfile: HEALTHCHECK →
//    build/run (dockerfile-ast's parse, which needs the bundle's Buffer stand-in).
// 3. Layer Lens: Explain This File on app.yaml → the report's header and per-layer counts.
// 4. The Problems view lists the replicas-with-hpa warning of app.yaml; its quick fix, from Ctrl+., removes
//    `replicas:` from the editor (the file is reverted, never saved: files.autoSave is off).
// 5. Layer Lens: Compare Runners → shop/api's table in the webview, styled by media/compare.css.
// 6. Layer Lens: Show Layers → bars beside app.yaml's lines; Hide Layers → none.
// 7. Layer Lens: Open Contrast Guide → the guide's preview opens.
// Everything expected comes from `out/cli.js` (explain, check) on the same files. Exits 0 when all holds; otherwise
// 1, with the page in test-results/web-failure-*.png.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  check, clearNotifications, drawnText, explainedFields, flatText as flat, groupOf, hoverToken, openBrowser,
  openFileInEditor, rendered, repoRoot, runCommand, session, startCodeServer, waitForWorkbench, workbenchUrl,
} from './editor.mjs';

const { values: opt } = parseArgs({
  options: {
    timeout: { type: 'string', default: process.env.LAYER_LENS_UI_TIMEOUT || '300' },
    headed: { type: 'boolean', default: false },
  },
});
const workspace = join(repoRoot, 'test/fixtures/workspace');
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;

const started = Date.now();
const say = (msg) => console.log(`[web] ${msg} (${((Date.now() - started) / 1000).toFixed(1)}s)`);

/** One finding of `layer-lens check` on the fixture workspace: what the Problems view must list. */
function finding(relPath, rule) {
  // The whole workspace, as the extension's index reads it; `check` exits 1 when it finds something.
  const { stdout } = spawnSync(process.execPath, [join(repoRoot, 'out/cli.js'), 'check', '--format', 'json', '.'], {
    cwd: workspace,
    encoding: 'utf8',
  });
  const file = JSON.parse(stdout).files.find((f) => f.path === relPath);
  const found = file?.findings.find((f) => f.rule === rule);
  check(found, `layer-lens check reports no ${rule} in ${relPath}`);
  return found;
}

/** The Running Extensions view names where each extension runs: ours must say "web worker". */
async function runsInWebWorker(page) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const first = page.locator('.monaco-list-row', { hasText: 'Activation' }).first();
  await first.waitFor({ state: 'visible', timeout: 15_000 });
  // The list is virtual: scroll until our row is drawn (activation can come late, so look again meanwhile).
  const row = page.locator('.monaco-list-row', { hasText: extensionId });
  const box = await first.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; !(await row.count()); i++) {
    check(i < 60, `Running Extensions does not list ${extensionId}`);
    await page.mouse.wheel(0, i % 20 === 19 ? -10_000 : 300);
    await page.waitForTimeout(250);
  }
  const text = flat(await row.first().innerText());
  check(/web worker/i.test(text), `${extensionId} does not run in the web worker: "${text}"`);
  say(`Running Extensions: ${text}`);
  await page.keyboard.press('Escape');
  await row.first().waitFor({ state: 'hidden', timeout: 5000 });
}

async function hovers(page) {
  let editor = await openFileInEditor(page, 'k8s/app.yaml');
  const requests = explainedFields(workspace, 'k8s/app.yaml').find((f) => f.path.endsWith('.resources.requests'));
  let { text } = await hoverToken(page, editor, 'requests:', 'requests', [
    'schedule/scale · Kubernetes layer',
    requests.path,
    flat(rendered(requests.summary)),
  ]);
  say(`hover on requests: ${text.slice(0, 90)}…`);
  editor = await openFileInEditor(page, 'Dockerfile');
  const healthcheck = explainedFields(workspace, 'Dockerfile').find((f) => f.path === 'HEALTHCHECK');
  ({ text } = await hoverToken(page, editor, 'HEALTHCHECK --interval', 'HEALTHCHECK', [
    'build/run · Docker layer',
    flat(rendered(healthcheck.summary)),
  ]));
  say(`hover on HEALTHCHECK: ${text.slice(0, 90)}…`);
}

async function explain(page) {
  await openFileInEditor(page, 'k8s/app.yaml');
  await clearNotifications(page);
  await runCommand(page, 'Layer Lens: Explain This File');
  const report = groupOf(page, 'app.yaml · Layer Lens');
  await report.waitFor({ state: 'visible', timeout: 15_000 });
  const fields = explainedFields(workspace, 'k8s/app.yaml');
  const run = fields.filter((f) => f.layer === 'build/run').length;
  const expected = [
    'Layer Lens · Kubernetes manifest · app.yaml',
    `Fields: ${fields.length} · build/run ${run} · schedule/scale ${fields.length - run}`,
    'Orchestrator: Kubernetes',
  ];
  for (const deadline = Date.now() + 15_000; ; await page.waitForTimeout(200)) {
    const text = await drawnText(report);
    if (expected.every((e) => text.includes(e))) break;
    check(Date.now() < deadline, `the report lacks ${JSON.stringify(expected.filter((e) => !text.includes(e)))}:\n${text}`);
  }
  say(`report: ${expected[1]}`);
  await runCommand(page, 'View: Close All Editor Groups');
}

async function problemsAndFix(page) {
  const replicas = finding('k8s/app.yaml', 'replicas-with-hpa');
  const fix = replicas.fixes[0];
  check(fix, 'replicas-with-hpa has no fix');
  const editor = await openFileInEditor(page, 'k8s/app.yaml');
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  // The view's message is the first line of the finding's message.
  const message = flat(replicas.message.split('\n')[0]).slice(0, 60);
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: message });
  await row.first().waitFor({ state: 'visible', timeout: 30_000 });
  say(`Problems: ${flat(await row.first().innerText()).slice(0, 110)}…`);

  // Ctrl+. on the finding's line lists the fix; choosing it removes the line from the editor.
  await editor.locator('.view-line', { hasText: 'replicas:' }).first().click();
  await page.keyboard.press('Control+.');
  const action = page.locator('.action-widget .monaco-list-row', { hasText: fix.title });
  await action.first().waitFor({ state: 'visible', timeout: 15_000 });
  await action.first().click();
  for (const deadline = Date.now() + 10_000; ; await page.waitForTimeout(200)) {
    const text = await drawnText(groupOf(page, 'app.yaml'));
    if (!/\breplicas: 3\b/.test(text) && text.includes('selector:')) break;
    check(Date.now() < deadline, `the quick fix "${fix.title}" did not remove replicas: ${text.slice(0, 200)}`);
  }
  say(`quick fix applied: ${fix.title}`);
  await runCommand(page, 'File: Revert File');
}

/** Compare Runners: the core's table for shop/api in the webview, styled by media/compare.css (asWebviewUri). */
async function compareRunners(page) {
  await runCommand(page, 'View: Close All Editor Groups');
  await openFileInEditor(page, 'k8s/app.yaml');
  await runCommand(page, 'Layer Lens: Compare Runners');
  const view = page.locator('iframe.webview.ready').first().contentFrame().locator('iframe#active-frame').contentFrame();
  const table = view.locator('section', { has: view.locator('h2', { hasText: /^shop\/api$/ }) }).locator('table');
  await table.waitFor({ state: 'visible', timeout: 30_000 });
  const heads = (await table.locator('thead th').allInnerTexts()).map(flat);
  check(heads.length >= 3 && heads.includes('Field'), `shop/api's columns: ${JSON.stringify(heads)}`);
  const collapse = await table.evaluate((t) => getComputedStyle(t).borderCollapse);
  check(collapse === 'collapse', `compare.css did not load in the webview (border-collapse: ${collapse})`);
  say(`Compare Runners: shop/api columns ${heads.join(' | ')}`);
  await runCommand(page, 'View: Close All Editor Groups');
}

/** Show Layers: bars beside the line numbers of app.yaml; Hide Layers takes them away. */
async function showLayers(page) {
  const editor = await openFileInEditor(page, 'k8s/app.yaml');
  const bars = () =>
    editor.evaluate((root) =>
      [...root.querySelectorAll('.view-overlays div')].filter((el) => {
        const style = getComputedStyle(el);
        return style.borderLeftStyle === 'solid' && style.borderLeftWidth === '3px';
      }).length,
    );
  const waitFor = async (ok, what) => {
    for (const deadline = Date.now() + 10_000; ; await page.waitForTimeout(200)) {
      const n = await bars();
      if (ok(n)) return n;
      check(Date.now() < deadline, `${what}: ${n} bars drawn`);
    }
  };
  await runCommand(page, 'Layer Lens: Show Layers');
  say(`Show Layers: ${await waitFor((n) => n > 0, 'Show Layers drew no bar')} lines marked`);
  await runCommand(page, 'Layer Lens: Hide Layers');
  await waitFor((n) => n === 0, 'Hide Layers left bars');
}

async function guide(page) {
  await runCommand(page, 'Layer Lens: Open Contrast Guide');
  const tab = page.locator('.tab', { hasText: 'Layer Lens Guide' });
  await tab.first().waitFor({ state: 'visible', timeout: 15_000 });
  say(`guide: ${flat(await tab.first().innerText())}`);
}

const run = session({
  say,
  timeout: { seconds: opt.timeout, hint: '--timeout, LAYER_LENS_UI_TIMEOUT' },
  shotName: 'web-failure',
});

try {
  check(existsSync(join(repoRoot, 'out/web/extension.js')), 'out/web/extension.js missing: run `node scripts/build.mjs` first');
  run.cs = await startCodeServer({ settings: { 'remote.extensionKind': { [extensionId]: ['web'] } } });
  say(`code-server on ${run.cs.url}`);
  Object.assign(run, await openBrowser({ headless: !opt.headed, handleSignals: false }));
  const { page } = run;
  page.on('crash', () => run.finish(1, 'the browser page crashed'));
  await page.goto(workbenchUrl(run.cs.url, { folder: workspace, extensionDevelopmentPath: repoRoot }));
  await waitForWorkbench(page);
  // A hover activates the extension (onLanguage:yaml); the view lists it once it has.
  await hovers(page);
  await runsInWebWorker(page);
  await explain(page);
  await problemsAndFix(page);
  await compareRunners(page);
  await showLayers(page);
  await guide(page);
  await run.finish(0);
} catch (error) {
  await run.finish(1, error?.stack ?? String(error));
}
