// The workspace image features in a real VS Code, on test/fixtures/workspace/images (one example of each rule):
// the background index, diagnostics, every quick fix applied through the code action API and reverted, Go to
// Definition from an image to its Dockerfile, the Dockerfile CodeLens, file watching, and the rule settings.
// Every edit is made in memory and reverted: the fixture folder must be byte-for-byte unchanged afterwards.
import * as assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { LayerLensApi } from '../../src/extension/extension';
import { activate, closeAllEditors, fixture, open, positionOf, until, withSetting } from './helpers';
import { applyAndCheck, diagnostic, gone, ours, quickFix, revert, WAIT_MS } from './image-helpers';

const FILES = ['images/api/Dockerfile', 'images/compose.yaml', 'images/k8s/api.yaml', 'images/k8s/drift.yaml', 'images/k8s/latest.yaml', 'images/k8s/worker.yaml'];
const originals = new Map<string, string>();

/** Titles of every Layer Lens quick fix, to tell them from other extensions' actions. */
const OUR_FIXES = /^(?:Run the built image|Pin the built tag|Name the build image|Move .* as a RUN step|Add a livenessProbe)/;

async function edit(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const start = positionOf(doc, from);
  const e = new vscode.WorkspaceEdit();
  e.replace(doc.uri, new vscode.Range(start, start.translate(0, from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(e));
}

/**
 * A measurement for the run's log. Straight to the runner's copy of the suite log when there is one: under
 * code-server the extension host's console methods cannot be replaced, so console.log never reaches it.
 */
function figure(line: string): void {
  const copy = process.env.LAYER_LENS_SUITE_LOG;
  if (copy) appendFileSync(copy, `      [figures] ${line}\n`);
  else console.log(`      [figures] ${line}`);
}

function files(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('files');
}

async function diskText(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture(relative)));
}

suite('workspace images', () => {
  let api: LayerLensApi;

  suiteSetup(async () => {
    // code-server saves after 1 s by default (files.autoSave: afterDelay): these tests edit fixtures in memory only.
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    await until(() => files().get('autoSave') === 'off', 'files.autoSave off');
    api = await activate();
    for (const f of FILES) originals.set(f, await diskText(f));
    const t = Date.now();
    await api.images.ready();
    figure(`index ready ${Date.now() - t} ms after the first request; scan ${api.images.stats.buildMs?.toFixed(1)} ms (findFiles ${api.images.stats.findMs?.toFixed(1)} ms), ${api.images.stats.files} files`);
  });

  suiteTeardown(async () => {
    for (const f of FILES) await revert(fixture(f));
    await closeAllEditors();
    await files().update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    // The fixtures on disk are exactly as they were (put back if not, so one failure does not spoil the next run).
    const changed: string[] = [];
    for (const f of FILES) {
      if ((await diskText(f)) === originals.get(f)) continue;
      changed.push(f);
      await vscode.workspace.fs.writeFile(fixture(f), new TextEncoder().encode(originals.get(f)!));
    }
    assert.deepEqual(changed, [], 'fixtures changed on disk');
  });

  test('the index is built in the background from the workspace files', () => {
    const { stats } = api.images;
    assert.ok(stats.buildMs !== undefined && stats.buildMs > 0, 'a scan ran');
    // 8 files at the fixture root (Dockerfile, compose.yaml, config.yaml, k8s/app.yaml, the chart's Chart.yaml,
    // template and two values files), 4 in kustomize/ (its package.json too), 3 in runners/ + 6 here.
    assert.equal(stats.files, 21);
    assert.equal(stats.truncated, false);
  });

  test('each rule is a diagnostic on its document, with source, code, severity and related places', async () => {
    const drift = await open('images/k8s/drift.yaml');
    const d = await diagnostic(drift, 'image-drift');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(drift.getText(d.range), 'lens-fixture/api:1.1');
    assert.match(d.message, /runs lens-fixture\/api:1\.1, but this workspace builds lens-fixture\/api:1\.2/);
    const related = d.relatedInformation?.[0];
    assert.ok(related, 'related information points at the build');
    assert.equal(vscode.workspace.asRelativePath(related.location.uri), 'images/compose.yaml');
    assert.equal((await open('images/compose.yaml')).getText(related.location.range), 'lens-fixture/api:1.2');

    const latest = await open('images/k8s/latest.yaml');
    assert.equal(latest.getText((await diagnostic(latest, 'mutable-tag')).range), 'lens-fixture/api:latest');

    const compose = await open('images/compose.yaml');
    const unnamed = await diagnostic(compose, 'unnamed-build');
    assert.equal(unnamed.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(compose.getText(unnamed.range), 'build');
    assert.equal(unnamed.range.start.line, 5, 'the worker service, not api');

    const manifest = await open('images/k8s/api.yaml');
    const runtime = await diagnostic(manifest, 'build-at-runtime');
    assert.equal(manifest.getText(runtime.range), 'apt-get update && apt-get install -y curl');
    const health = await diagnostic(manifest, 'healthcheck-ignored');
    assert.equal(health.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(vscode.workspace.asRelativePath(health.relatedInformation![0].location.uri), 'images/api/Dockerfile');

    const dockerfile = await open('images/api/Dockerfile');
    const stage = await diagnostic(dockerfile, 'non-final-stage');
    assert.equal(stage.severity, vscode.DiagnosticSeverity.Hint);
    assert.equal(dockerfile.getText(stage.range), 'EXPOSE');
    assert.deepEqual(stage.tags, [vscode.DiagnosticTag.Unnecessary]);

    // Clean files stay clean: the worker manifest, and the root fixtures other suites use.
    await new Promise((r) => setTimeout(r, 400));
    for (const clean of ['images/k8s/worker.yaml', 'compose.yaml', 'Dockerfile']) {
      assert.deepEqual(ours((await open(clean)).uri), [], clean);
    }
    // The root manifest's HPA scales a Deployment that hard-codes replicas, and Compose sets LOG_LEVEL for the
    // same image: the runner rules say so, and nothing else does.
    const app = await open('k8s/app.yaml');
    assert.deepEqual(ours(app.uri).map((d) => d.code).sort(), ['env-drift', 'replicas-with-hpa']);
  });

  test('quick fix image-drift: writes the built tag, keeping an unsaved edit of the same file', async () => {
    const doc = await open('images/k8s/drift.yaml');
    const original = originals.get('images/k8s/drift.yaml')!;
    const e = new vscode.WorkspaceEdit();
    e.insert(doc.uri, new vscode.Position(0, 0), '# an unsaved note\n');
    assert.ok(await vscode.workspace.applyEdit(e));
    try {
      // The diagnostic follows the unsaved text (one line down) before the fix is asked for.
      await until(async () => (await diagnostic(doc, 'image-drift')).range.start.line === 10, 'the diagnostic on the edited text', WAIT_MS);
      const action = await quickFix(doc, 'image-drift', /^Run the built image lens-fixture\/api:1\.2$/);
      await applyAndCheck(action, 'image-drift', doc, {
        'images/k8s/drift.yaml': '# an unsaved note\n' + original.replace('lens-fixture/api:1.1', 'lens-fixture/api:1.2'),
      });
    } finally {
      await revert(doc.uri);
    }
  });

  test('quick fix mutable-tag: pins the built tag', async () => {
    const doc = await open('images/k8s/latest.yaml');
    const action = await quickFix(doc, 'mutable-tag', /^Pin the built tag: lens-fixture\/api:1\.2$/);
    await applyAndCheck(action, 'mutable-tag', doc, {
      'images/k8s/latest.yaml': originals.get('images/k8s/latest.yaml')!.replace('lens-fixture/api:latest', 'lens-fixture/api:1.2'),
    });
  });

  test('quick fix unnamed-build: names the build after the image Kubernetes runs', async () => {
    const doc = await open('images/compose.yaml');
    const action = await quickFix(doc, 'unnamed-build', /^Name the build image: lens-fixture\/worker:3$/);
    await applyAndCheck(action, 'unnamed-build', doc, {
      'images/compose.yaml': originals.get('images/compose.yaml')!.replace('      context: ./worker\n', '      context: ./worker\n    image: lens-fixture/worker:3\n'),
    });
  });

  test('quick fix build-at-runtime: one edit across two files, the manifest and the Dockerfile', async () => {
    const doc = await open('images/k8s/api.yaml');
    const action = await quickFix(doc, 'build-at-runtime', /^Move `apt-get update && apt-get install -y cu…` into Dockerfile as a RUN step$/);
    await applyAndCheck(action, 'build-at-runtime', doc, {
      'images/k8s/api.yaml': originals.get('images/k8s/api.yaml')!.replace('apt-get update && apt-get install -y curl && exec', 'exec'),
      // apt-get needs root: the RUN goes above USER.
      'images/api/Dockerfile': originals.get('images/api/Dockerfile')!.replace('USER node\n', 'RUN apt-get update && apt-get install -y curl\nUSER node\n'),
    });
  });

  test('quick fix healthcheck-ignored: adds a livenessProbe carrying the HEALTHCHECK over', async () => {
    const doc = await open('images/k8s/api.yaml');
    const action = await quickFix(doc, 'healthcheck-ignored', /^Add a livenessProbe from the Dockerfile HEALTHCHECK$/);
    const probe = '          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: 3000\n            periodSeconds: 30\n            timeoutSeconds: 3\n';
    await applyAndCheck(action, 'healthcheck-ignored', doc, { 'images/k8s/api.yaml': originals.get('images/k8s/api.yaml')! + probe });
  });

  test('no quick fix where the rule has none (non-final-stage), and none away from a finding', async () => {
    const dockerfile = await open('images/api/Dockerfile');
    const d = await diagnostic(dockerfile, 'non-final-stage');
    const at = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', dockerfile.uri, d.range)) ?? [];
    assert.deepEqual(at.filter((a) => OUR_FIXES.test(a.title)), []);
    const drift = await open('images/k8s/drift.yaml');
    await diagnostic(drift, 'image-drift');
    const away = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', drift.uri, new vscode.Range(2, 0, 2, 4))) ?? [];
    assert.deepEqual(away.filter((a) => OUR_FIXES.test(a.title)), []);
  });

  test('Go to Definition: from an image value to the FROM of the stage that becomes it', async () => {
    const target = async (relative: string, needle: string) => {
      const doc = await open(relative);
      const found = (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, needle, 0, 3))) ?? [];
      return found.map((x) => ('targetUri' in x ? { uri: x.targetUri, range: x.targetRange } : x));
    };
    const [api] = await target('images/k8s/drift.yaml', 'lens-fixture/api');
    assert.ok(api, 'a definition');
    assert.equal(vscode.workspace.asRelativePath(api.uri), 'images/api/Dockerfile');
    assert.equal((await open('images/api/Dockerfile')).getText(api.range), 'FROM node:20-slim', 'the final stage');
    // The root fixtures: compose.yaml builds shop/api:2.3 with target: build.
    const [shop] = await target('k8s/app.yaml', 'shop/api:2.3');
    assert.equal(vscode.workspace.asRelativePath(shop.uri), 'Dockerfile');
    assert.equal((await open('Dockerfile')).getText(shop.range), 'FROM golang:${GO_VERSION} AS build', 'the stage Compose targets');
    assert.deepEqual(await target('images/k8s/drift.yaml', 'Deployment'), [], 'nothing from other keys');
  });

  test('CodeLens on the image stage: which image, who runs it, and the places to peek', async () => {
    const lensesOf = async (relative: string) => {
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fixture(relative), 10)) ?? [];
      return lenses.filter((l) => /^(?:builds|built by) /.test(l.command?.title ?? ''));
    };
    const [lens, ...more] = await lensesOf('images/api/Dockerfile');
    assert.deepEqual(more, []);
    // The kinds come in the order the index met the runs, which edits earlier in the suite reshuffle.
    const [built, runs] = lens.command!.title.split(' · run by ');
    assert.equal(built, 'builds lens-fixture/api:1.2');
    assert.deepEqual(runs.split(' · ').sort(), ['1 Compose service', '3 Deployments']);
    assert.equal(lens.range.start.line, 7, 'above the final FROM');
    assert.equal(lens.command!.command, 'editor.action.showReferences');
    const locations = lens.command!.arguments![2] as { uri: vscode.Uri }[];
    assert.deepEqual(
      locations.map((l) => vscode.workspace.asRelativePath(l.uri)).sort(),
      ['images/compose.yaml', 'images/k8s/api.yaml', 'images/k8s/drift.yaml', 'images/k8s/latest.yaml'],
    );
    const [root] = await lensesOf('Dockerfile');
    assert.equal(root.command!.title, 'builds shop/api:2.3 · run by 1 Compose service · 1 Deployment');
    assert.equal(root.range.start.line, 2, 'the stage compose.yaml targets');
    await withSetting('codeLens.enabled', false, async () => {
      assert.deepEqual(await lensesOf('images/api/Dockerfile'), []);
    });
    assert.equal((await lensesOf('images/api/Dockerfile')).length, 1, 'back on');
  });

  test('an edit in one file updates the findings of another (incremental, no rescan)', async () => {
    const compose = await open('images/compose.yaml');
    const drift = await open('images/k8s/drift.yaml');
    const manifest = await open('images/k8s/api.yaml');
    await diagnostic(drift, 'image-drift');
    const buildMs = api.images.stats.buildMs;
    const updates = api.images.stats.updates;
    try {
      const t = Date.now();
      await edit(compose, 'lens-fixture/api:1.2', 'lens-fixture/api:1.1');
      await gone(drift, 'image-drift'); // now the build produces 1.1, what drift.yaml runs
      const elapsed = Date.now() - t;
      const now = await diagnostic(manifest, 'image-drift'); // and api.yaml's 1.2 is the drifted one
      assert.equal(manifest.getText(now.range), 'lens-fixture/api:1.2');
      assert.equal(api.images.stats.buildMs, buildMs, 'no rescan');
      assert.ok(api.images.stats.updates > updates);
      figure(`edit → diagnostics of another file updated in ${elapsed} ms (debounces 300 ms included); index update ${api.images.stats.lastUpdateMs?.toFixed(2)} ms; diagnostics refresh ${api.images.stats.lastDiagnosticsMs?.toFixed(2)} ms`);
    } finally {
      await revert(compose.uri);
    }
    await diagnostic(drift, 'image-drift');
    await gone(manifest, 'image-drift');
  });

  test('files created and deleted on disk join and leave the index', async () => {
    const extra = fixture('images/k8s/extra.yaml');
    const files = api.images.stats.files;
    const text = originals.get('images/k8s/drift.yaml')!.replace('name: drift', 'name: extra').replace('lens-fixture/api:1.1', 'lens-fixture/api:0.9');
    try {
      await vscode.workspace.fs.writeFile(extra, new TextEncoder().encode(text));
      await until(() => api.images.stats.files === files + 1, 'the new file indexed', WAIT_MS);
      const doc = await vscode.workspace.openTextDocument(extra);
      assert.equal(doc.getText((await diagnostic(doc, 'image-drift')).range), 'lens-fixture/api:0.9');
    } finally {
      await vscode.workspace.fs.delete(extra).then(undefined, () => undefined);
    }
    await until(() => api.images.stats.files === files, 'the deleted file dropped', WAIT_MS);
  });

  test('untitled documents do not join the index', async () => {
    const files = api.images.stats.files;
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: originals.get('images/k8s/drift.yaml')! });
    await new Promise((r) => setTimeout(r, 600));
    assert.deepEqual(ours(doc.uri), []);
    assert.equal(api.images.stats.files, files);
  });

  test('layerLens.rules: a rule turned off disappears, another takes the severity set', async () => {
    const latest = await open('images/k8s/latest.yaml');
    const drift = await open('images/k8s/drift.yaml');
    await diagnostic(latest, 'mutable-tag');
    await withSetting('rules', { 'mutable-tag': 'off', 'image-drift': 'error' }, async () => {
      await gone(latest, 'mutable-tag');
      await until(async () => (await diagnostic(drift, 'image-drift')).severity === vscode.DiagnosticSeverity.Error, 'image-drift as an error', WAIT_MS);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', latest.uri, new vscode.Range(positionOf(latest, 'lens-fixture'), positionOf(latest, 'lens-fixture'))))!;
      assert.deepEqual(actions.filter((a) => OUR_FIXES.test(a.title)), [], 'no fix for a rule that is off');
    });
    await diagnostic(latest, 'mutable-tag');
    await until(async () => (await diagnostic(drift, 'image-drift')).severity === vscode.DiagnosticSeverity.Warning, 'image-drift back to a warning', WAIT_MS);
  });

  test('the settings are declared with their defaults', () => {
    const c = vscode.workspace.getConfiguration('layerLens');
    assert.deepEqual(c.get('rules'), {});
    assert.equal(c.get('codeLens.enabled'), true);
    assert.equal(c.get('images.maxFiles'), 5000);
  });
});
