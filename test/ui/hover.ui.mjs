#!/usr/bin/env node
// A person's session with Layer Lens in a REAL VS Code (code-server in Debian's Chromium), which also takes the
// README's pictures. The extension is loaded for development but with no extensionTestsPath, so nothing drives it
// from inside: the mouse and keyboard do, and the assertions read what the screen shows.
//
//   node test/ui/hover.ui.mjs [--images DIR] [--timeout SECONDS] [--headed]   (build first: node scripts/build.mjs)
//
//   --images   where the pictures go (default docs/images, the README's; CI can keep them in test-results/ui)
//   --timeout  overall limit, seconds (default 300, env LAYER_LENS_UI_TIMEOUT)
//   --headed   show the browser (needs a display)
//
// 1. k8s/app.yaml through Quick Open; the mouse over `requests` → the hover says schedule/scale + the summary.
// 2. Dockerfile; the mouse over HEALTHCHECK → build/run + the summary + the Kubernetes note.
// 3. F1 "Layer Lens: Explain This File" on app.yaml → the report beside it shows the per-layer counts.
// Each step writes its picture (byte-identical from run to run here, so git shows only real changes). Exits 0 when
// all hold; otherwise 1, with the whole page in test-results/ui-failure-*.png.
import { join } from 'node:path';
import {
  check, clearNotifications, drawnText, explainedFields, flatText as flat, groupOf, hoverToken as hover,
  openFileInEditor, openPictureWorkbench, pictureArgs, rendered, runCommand, savePicture, session,
} from './editor.mjs';

const { imagesDir, workspace, ...opt } = pictureArgs();

const DOCKER = 'build/run · Docker layer';
const KUBERNETES = 'schedule/scale · Kubernetes layer';

const started = Date.now();
const say = (msg) => console.log(`[ui] ${msg} (${((Date.now() - started) / 1000).toFixed(1)}s)`);

/** What the core says about each field: the CLI's JSON, so the screen is checked against the analysis, not a copy. */
const coreFields = (relPath) => explainedFields(workspace, relPath);

/** The region to keep: the editor group (with its tab) down to just below whatever matters, plus a margin. */
async function clipAround(page, group, boxes, margin = 24) {
  const g = await group.boundingBox();
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + margin;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + margin;
  const view = page.viewportSize();
  return {
    x: g.x,
    y: g.y,
    width: Math.min(right, g.x + g.width, view.width) - g.x,
    height: Math.min(bottom, g.y + g.height, view.height) - g.y,
  };
}

const shoot = (page, name, clip) => savePicture(page, join(imagesDir, name), clip, say);

const activeGroup = (page) => page.locator('.editor-group-container.active');

async function hoverKubernetes(page) {
  const editor = await openFileInEditor(page, 'k8s/app.yaml');
  const field = coreFields('k8s/app.yaml').find((f) => f.path.endsWith('.resources.requests'));
  // The badge, the field's path and the core's summary for it, as the hover renders them.
  const { widget, text, token } = await hover(page, editor, 'requests:', 'requests', [
    KUBERNETES,
    field.path,
    flat(rendered(field.summary)),
  ]);
  say(`hover on requests: ${text.slice(0, 100)}…`);
  await shoot(page, 'hover-kubernetes.png', await clipAround(page, activeGroup(page), [await widget.boundingBox(), token]));
}

async function hoverDockerfile(page) {
  const editor = await openFileInEditor(page, 'Dockerfile');
  const field = coreFields('Dockerfile').find((f) => f.path === 'HEALTHCHECK');
  check(field.note, 'the core notes that Kubernetes never runs HEALTHCHECK');
  const { widget, text, token } = await hover(page, editor, 'HEALTHCHECK --interval', 'HEALTHCHECK', [
    DOCKER,
    flat(rendered(field.summary)),
    flat(rendered(field.note)),
  ]);
  say(`hover on HEALTHCHECK: ${text.slice(0, 100)}…`);
  await shoot(page, 'hover-dockerfile.png', await clipAround(page, activeGroup(page), [await widget.boundingBox(), token]));
}

async function explainReport(page) {
  await openFileInEditor(page, 'k8s/app.yaml');
  await clearNotifications(page);
  await runCommand(page, 'Layer Lens: Explain This File');
  const reportName = 'app.yaml · Layer Lens';
  const report = groupOf(page, reportName);
  await report.waitFor({ state: 'visible', timeout: 15_000 });

  const fields = coreFields('k8s/app.yaml');
  const run = fields.filter((f) => f.layer === 'build/run').length;
  const scale = fields.length - run;
  const expected = [
    'Layer Lens · Kubernetes manifest · app.yaml',
    `Fields: ${fields.length} · build/run ${run} · schedule/scale ${scale}`,
    'Orchestrator: Kubernetes',
    'Objects: Deployment/api, Service/api, HorizontalPodAutoscaler/api',
    // The notes come first (each with its Docs line), so the first screen ends inside them.
    `━━ Notes ━━ ${fields.filter((f) => f.note).length} notes`,
  ];
  // The extension host renders the report after its tab opens: wait until the lines are drawn.
  let text = '';
  for (const deadline = Date.now() + 15_000; ; await page.waitForTimeout(200)) {
    text = await drawnText(report);
    if (expected.every((e) => text.includes(e))) break;
    check(Date.now() < deadline, `the report lacks ${JSON.stringify(expected.filter((e) => !text.includes(e)))}:\n${text}`);
  }
  say(`report: ${expected[1]}`);

  // The manifest's lines are short, the report's long: drag the sash between them to give the report the room.
  const source = await groupOf(page, 'app.yaml').boundingBox();
  const y = source.y + source.height / 2;
  await page.mouse.move(source.x + source.width - 1, y);
  await page.mouse.down();
  await page.mouse.move(source.x + 400, y, { steps: 8 });
  await page.mouse.up();
  // Park the mouse on the empty tab strip right of the report's tab, where nothing shows a hover.
  const tab = await report.locator('.tab.active').boundingBox();
  await page.mouse.move(tab.x + tab.width + 150, tab.y + tab.height / 2, { steps: 4 });
  await page.locator('.monaco-hover:visible').waitFor({ state: 'detached', timeout: 5000 });
  // The top of both editors, cut below the last report line that fits in 560px rather than through one.
  const part = await page.locator('.part.editor').boundingBox();
  const bottoms = await report.locator('.view-line').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().bottom));
  const bottom = Math.max(...bottoms.filter((b) => b <= part.y + 560));
  await shoot(page, 'explain-report.png', { ...part, height: bottom - part.y });
}

const run = session({
  say,
  timeout: { seconds: opt.timeout, hint: '--timeout, LAYER_LENS_UI_TIMEOUT' },
  shotName: 'ui-failure',
});

try {
  const page = await openPictureWorkbench(run, { folder: workspace, imagesDir, headed: opt.headed, say });
  await hoverKubernetes(page);
  await hoverDockerfile(page);
  await explainReport(page);
  await run.finish(0);
} catch (error) {
  await run.finish(1, error?.stack ?? String(error));
}
