#!/usr/bin/env node
// The views of Layer Lens in a REAL VS Code (code-server in Debian's Chromium), as a person uses them, taking the
// README's pictures. The extension is loaded for development with no extensionTestsPath: the keyboard drives it and
// the assertions read what the screen shows.
//
//   node test/ui/views.ui.mjs [--images DIR] [--timeout SECONDS] [--headed]   (build first: node scripts/build.mjs)
//
//   --images   where the pictures go (default docs/images, the README's; `npm test` uses test-results/ui)
//   --timeout  overall limit, seconds (default 300, env LAYER_LENS_UI_TIMEOUT)
//   --headed   show the browser (needs a display)
//
// 1. compose.yaml and k8s/app.yaml side by side, F1 "Layer Lens: Show Layers" → every line holding a key gets a bar
//    in its layer's theme color, checked line by line against `out/cli.js explain --format json`
//    (show-layers.png); F1 "Layer Lens: Hide Layers" → the bars go.
// 2. test/fixtures/runners (one image run by its Dockerfile, Compose, a Swarm stack and Kubernetes): k8s/api.yaml, F1
//    "Layer Lens: Compare Runners" → the panel's shop/api table has a column per runner and the values the core's
//    runner model gives (out/core.js), taken as compare-runners.png; then from the keyboard alone, Tab to a link
//    (its focus ring drawn) and Enter opens its file at its line; Space does on another link. A reload of the window
//    restores the panel.
// Exits 0 when all hold; otherwise 1, with the whole page in test-results/views-failure-*.png.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import {
  check, explainedFields, openFileInEditor, openPictureWorkbench, pictureArgs, repoRoot, runCommand, savePicture,
  session, waitForWorkbench, workbenchUrl,
} from './editor.mjs';

const { imagesDir, workspace, ...opt } = pictureArgs();

/** The dark defaults of the two contributed colors (package.json `contributes.colors`), as CSS computes them. */
const MARK_COLORS = { 'build/run': 'rgb(79, 168, 255)', 'schedule/scale': 'rgb(232, 163, 61)' };

const started = Date.now();
const say = (msg) => console.log(`[views] ${msg} (${((Date.now() - started) / 1000).toFixed(1)}s)`);

/**
 * The layer each 1-based line should be marked with, from the CLI's JSON (line, column, layer of every field):
 * the layer of the line's first key. The same rule as the core's, derived from another output.
 */
function expectedMarks(relPath) {
  const first = new Map();
  for (const f of explainedFields(workspace, relPath)) {
    const seen = first.get(f.line);
    if (!seen || f.column < seen.column) first.set(f.line, f);
  }
  return new Map([...first].map(([line, f]) => [line, f.layer]));
}

/** The bar color drawn on each visible line of an editor: 1-based line number → CSS color, or absent. */
async function drawnMarks(editor) {
  return editor.evaluate((root) => {
    const numbers = [...root.querySelectorAll('.margin-view-overlays .line-numbers')].map((n) => ({
      line: Number(n.textContent),
      top: Math.round(n.getBoundingClientRect().top),
    }));
    const bars = new Map();
    for (const el of root.querySelectorAll('.view-overlays div')) {
      const style = getComputedStyle(el);
      if (style.borderLeftStyle !== 'solid' || style.borderLeftWidth !== '3px') continue;
      bars.set(Math.round(el.getBoundingClientRect().top), style.borderLeftColor);
    }
    return numbers.filter((n) => n.line > 0).map((n) => [n.line, bars.get(n.top)]);
  });
}

/** Waits until every visible line of the editor shows the bar its layer calls for (or none), or fails saying where. */
async function expectMarks(page, editor, relPath, shown) {
  const want = expectedMarks(relPath);
  for (const deadline = Date.now() + 15_000; ; await page.waitForTimeout(200)) {
    const drawn = await drawnMarks(editor);
    const wrong = drawn.filter(([line, color]) => color !== (shown && want.has(line) ? MARK_COLORS[want.get(line)] : undefined));
    if (drawn.length > 0 && wrong.length === 0) return drawn;
    check(Date.now() < deadline, `${relPath}: lines drawn with the wrong mark (line, color): ${JSON.stringify(wrong)}`);
  }
}

/** The text area of the editor group whose active tab is `tabName` (openFileInEditor's locator follows focus). */
function editorOf(page, tabName) {
  const tab = page.locator(`.tab.active[data-resource-name=${JSON.stringify(tabName)}]`);
  return page.locator('.editor-group-container', { has: tab }).locator('.monaco-editor').first();
}

async function showLayers(page) {
  await openFileInEditor(page, 'compose.yaml');
  await runCommand(page, 'View: Split Editor into Right Group');
  await openFileInEditor(page, 'k8s/app.yaml');
  const left = editorOf(page, 'compose.yaml');
  const right = editorOf(page, 'app.yaml');
  await runCommand(page, 'Layer Lens: Show Layers');
  const drawn = await expectMarks(page, right, 'k8s/app.yaml', true);
  await expectMarks(page, left, 'compose.yaml', true);
  const count = (layer) => drawn.filter(([, c]) => c === MARK_COLORS[layer]).length;
  check(count('build/run') > 0 && count('schedule/scale') > 0, 'both layers are marked in app.yaml');
  say(`app.yaml: ${count('build/run')} build/run and ${count('schedule/scale')} schedule/scale lines marked on screen`);
  // The mouse away from the text, where nothing shows a hover.
  const tabs = await page.locator('.editor-group-container.active .tabs-container').boundingBox();
  await page.mouse.move(tabs.x + tabs.width - 20, tabs.y + tabs.height / 2);
  // Both editors, cut below the last whole line of the longer one rather than through a line.
  const part = await page.locator('.part.editor').boundingBox();
  const bottoms = await right.locator('.view-line').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().bottom));
  const view = await right.boundingBox();
  const bottom = Math.max(...bottoms.filter((b) => b <= Math.min(part.y + part.height, view.y + view.height) - 4));
  await savePicture(page, join(imagesDir, 'show-layers.png'), { ...part, height: bottom - part.y }, say);

  await runCommand(page, 'Layer Lens: Hide Layers');
  await expectMarks(page, right, 'k8s/app.yaml', false);
  await expectMarks(page, left, 'compose.yaml', false);
  say('Hide Layers: no marks left');
}

const RUNNERS = join(repoRoot, 'test/fixtures/runners');

/** The core's comparison of a folder: out/core.js's image index fed every file, then its runner model. */
function coreComparison(folder) {
  const core = createRequire(import.meta.url)(join(repoRoot, 'out/core.js'));
  const index = new core.images.ImageIndex();
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of walk(folder)) index.update(relative(folder, file), readFileSync(file, 'utf8'));
  return core.runners.compareRunners(index);
}

/** The page inside the Compare Runners panel (a webview: an iframe holding the page's own iframe). */
const comparePage = (page) => page.locator('iframe.webview.ready').first().contentFrame().locator('iframe#active-frame').contentFrame();

async function compareRunners(page) {
  await page.goto(workbenchUrl(page.url(), { folder: RUNNERS, extensionDevelopmentPath: repoRoot }));
  await waitForWorkbench(page);
  if (await page.locator('.part.sidebar').isVisible()) await runCommand(page, 'View: Close Primary Side Bar');
  await openFileInEditor(page, 'k8s/api.yaml');
  await runCommand(page, 'Layer Lens: Compare Runners');
  const view = comparePage(page);
  const image = coreComparison(RUNNERS).images.find((i) => i.image === 'shop/api');
  check(image && image.runners.length >= 4, 'the core compares shop/api across four runners');
  const table = view.locator('section', { has: view.locator('h2', { hasText: /^shop\/api$/ }) }).locator('table');
  await table.waitFor({ state: 'visible', timeout: 30_000 });
  // The columns: the field, then each runner as the core lists it.
  const heads = (await table.locator('thead th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  const kinds = { image: 'Dockerfile', compose: 'Compose', swarm: 'Swarm', kubernetes: 'Kubernetes' };
  const want = ['Field', ...image.runners.map((r) => `${kinds[r.kind]} ${r.name}`)];
  check(JSON.stringify(heads) === JSON.stringify(want), `columns ${JSON.stringify(heads)}, expected ${JSON.stringify(want)}`);
  // Every row's values, as the core gives them (— where unset).
  const rows = await table.locator('tbody tr:not(.layer)').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.replace(/^≠ /, '').replace(/ (?:build\/run|schedule\/scale)$/, ''))),
  );
  const cellsByRow = rows.map((values) => values.join(' | '));
  for (const field of Object.keys(image.runners[0].cells)) {
    const expected = image.runners.map((r) => r.cells[field].value ?? '—').join(' | ');
    check(cellsByRow.includes(expected), `a row ${field}: ${expected}; rows: ${JSON.stringify(cellsByRow)}`);
  }
  check((await table.locator('tr.differs').count()) === image.differing.length, 'each differing row marked');
  say(`shop/api: ${image.runners.length} runners, ${image.differing.length} differing rows (${image.differing.join(', ')})`);

  // The picture: the panel alone, in one group with the manifest behind it.
  await page.locator('.tab', { hasText: 'Compare Runners' }).click();
  await page.mouse.move(5, 5); // no tab tooltip left over the quick input
  await runCommand(page, 'View: Join All Editor Groups');
  await page.locator('.editor-group-container').nth(1).waitFor({ state: 'detached', timeout: 5000 });
  // The page re-lays out its tables at the new width: wait until the table keeps its size, with its image's
  // heading at the top, so every run takes the same picture.
  let bottom = -1;
  for (let last = -2, i = 0; i < 50 && bottom !== last; i++) {
    last = bottom;
    await page.waitForTimeout(200);
    bottom = await table.evaluate((t) => {
      t.closest('section').scrollIntoView({ block: 'start' });
      return t.getBoundingClientRect().bottom;
    });
  }
  const part = await page.locator('.part.editor').boundingBox();
  const frame = await page.locator('iframe.webview.ready').boundingBox();
  await savePicture(page, join(imagesDir, 'compare-runners.png'), { ...part, height: Math.min(part.height, frame.y - part.y + bottom + 16) }, say);

  // The keyboard: into the page, Tab to a link of the table, Enter (then Space) opens its file at its line.
  await followByKeyboard(page, view, table.locator('a[data-path]').first(), 'Enter');
  // A link in another file, reached the same way: the Kubernetes container's column heading.
  await followByKeyboard(page, view, table.locator('thead a[data-path]').last(), ' ');

  // The window reloaded: the panel comes back with its tables.
  await page.reload();
  await waitForWorkbench(page);
  await comparePage(page).locator('h2', { hasText: /^shop\/api$/ }).first().waitFor({ state: 'attached', timeout: 30_000 });
  say('after a reload the panel is restored with its tables');
}

/** Clicks the page's heading, Tabs until `link` has the focus (its ring drawn), presses `key`, waits for the file. */
async function followByKeyboard(page, view, link, key) {
  await view.locator('h1').click();
  const [path, line] = [await link.getAttribute('data-path'), Number(await link.getAttribute('data-line'))];
  for (let i = 0; i < 80 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  check(await link.evaluate((a) => a === document.activeElement), `Tab reaches the link to ${path}:${line}`);
  const ring = await link.evaluate((a) => getComputedStyle(a).outlineStyle);
  check(ring !== 'none', `the focused link shows a focus ring (outline-style ${ring})`);
  await page.keyboard.press(key);
  const name = path.split('/').pop();
  await page.locator(`.tab.active[data-resource-name=${JSON.stringify(name)}]`).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col`) }).waitFor({ state: 'visible', timeout: 15_000 });
  say(`${key === ' ' ? 'Space' : key} on the focused link opened ${path} at line ${line}`);
}

const run = session({
  say,
  timeout: { seconds: opt.timeout, hint: '--timeout, LAYER_LENS_UI_TIMEOUT' },
  shotName: 'views-failure',
});

try {
  const page = await openPictureWorkbench(run, { folder: workspace, imagesDir, headed: opt.headed, say });
  await showLayers(page);
  await compareRunners(page);
  await run.finish(0);
} catch (error) {
  await run.finish(1, error?.stack ?? String(error));
}
