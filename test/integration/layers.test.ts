// "Layer Lens: Show Layers" in a real VS Code: the commands flip `layerLens.decorations`, and the marks painted in
// each visible editor are the core's line → layer answer, following edits, tab switches and the size limit, and
// absent from files Layer Lens does not read. The painted lines are read back through the extension's API (VS Code
// offers no way to read an editor's decorations).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { classifyFile, layerLines, type FileKind, type LayerLines } from '../../src/core';
import type { LayerLensApi } from '../../src/extension/extension';
import { LAYER_COLORS } from '../../src/extension/layer-colors';
import { activate, closeAllEditors, open, positionOf, until, withSetting } from './helpers';

const WAIT_MS = 5000;

const setting = () => vscode.workspace.getConfiguration('layerLens').get<boolean>('decorations');

/** What the core says the document's lines are, as it is now. */
function expected(document: vscode.TextDocument, kind: FileKind): LayerLines {
  return layerLines(classifyFile(document.uri.fsPath, document.getText(), { kind }));
}

suite('show layers', () => {
  let api: LayerLensApi;
  const shown = (doc: vscode.TextDocument) => api.layers.shown(doc.uri);
  const showsExactly = (doc: vscode.TextDocument, lines: LayerLines | undefined, what: string) =>
    until(() => JSON.stringify(shown(doc)) === JSON.stringify(lines), what, WAIT_MS);

  suiteSetup(async () => {
    api = await activate();
  });

  teardown(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('layerLens').update('decorations', undefined, vscode.ConfigurationTarget.Global);
  });

  test('off by default: nothing is painted', async () => {
    assert.equal(setting(), false);
    const doc = await open('k8s/app.yaml');
    await vscode.window.showTextDocument(doc);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(shown(doc), undefined);
  });

  test('Show Layers turns the setting on and marks each key line of a manifest with its layer; Hide Layers clears them', async () => {
    const doc = await open('k8s/app.yaml');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('layerLens.showLayers');
    assert.equal(setting(), true);
    assert.equal(vscode.workspace.getConfiguration('layerLens').inspect('decorations')?.globalValue, true, 'written to the user settings');
    const want = expected(doc, 'kubernetes');
    await showsExactly(doc, want, 'the core\'s lines painted in app.yaml');
    // The lines a reader checks by eye: replicas and requests feed the scheduler; image and limits the runtime.
    const lineOf = (needle: string) => positionOf(doc, needle).line;
    assert.ok(want['schedule/scale'].includes(lineOf('replicas: 3')));
    assert.ok(want['schedule/scale'].includes(lineOf('requests:')));
    assert.ok(want['build/run'].includes(lineOf('image: shop/api')));
    assert.ok(want['build/run'].includes(lineOf('limits:')));
    assert.ok(want['build/run'].length > 0 && want['schedule/scale'].length > 0);

    await vscode.commands.executeCommand('layerLens.hideLayers');
    assert.equal(setting(), false);
    await showsExactly(doc, undefined, 'no marks after Hide Layers');
  });

  test('the setting itself switches the marks, in every visible editor: Dockerfile, Compose, manifest', async () => {
    const dockerfile = await open('Dockerfile');
    const compose = await open('compose.yaml');
    await vscode.window.showTextDocument(dockerfile, vscode.ViewColumn.One);
    await vscode.window.showTextDocument(compose, vscode.ViewColumn.Two);
    await withSetting('decorations', true, async () => {
      await showsExactly(dockerfile, expected(dockerfile, 'dockerfile'), 'Dockerfile marks');
      await showsExactly(compose, expected(compose, 'compose'), 'compose.yaml marks');
      // Compose deploy: is Swarm's, so schedule/scale; the service's image is build/run.
      assert.ok(shown(compose)!['schedule/scale'].includes(positionOf(compose, 'deploy:').line));
      assert.ok(shown(compose)!['build/run'].includes(positionOf(compose, 'image: shop/api').line));
      // Continuation-free Dockerfile: one mark per instruction, all of them build/run.
      assert.equal(shown(dockerfile)!['build/run'].length, classifyFile('Dockerfile', dockerfile.getText()).fields.length);
    });
    await showsExactly(dockerfile, undefined, 'Dockerfile cleared');
    await showsExactly(compose, undefined, 'compose.yaml cleared');
  });

  test('follows edits (after typing stops) and a tab brought back', async () => {
    const doc = await open('k8s/app.yaml');
    const editor = await vscode.window.showTextDocument(doc);
    await withSetting('decorations', true, async () => {
      const before = expected(doc, 'kubernetes');
      await showsExactly(doc, before, 'initial marks');
      // Two lines above everything: every mark moves down by two. Made in memory and reverted below.
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# one\n# two\n')));
      const after = expected(doc, 'kubernetes');
      assert.deepEqual(after['schedule/scale'], before['schedule/scale'].map((l) => l + 2));
      await showsExactly(doc, after, 'marks moved with the edit');

      await vscode.window.showTextDocument(await open('Dockerfile'), editor.viewColumn);
      const back = await vscode.window.showTextDocument(doc, editor.viewColumn);
      await showsExactly(doc, after, 'marks repainted on the tab brought back');
      // The two lines out again (an edit, not a focus-dependent command), then the file reverted to its saved state.
      assert.ok(await back.edit((b) => b.delete(new vscode.Range(0, 0, 2, 0))));
      await showsExactly(doc, before, 'marks back after the lines are removed');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  });

  test('nothing on files Layer Lens does not read, nor on files over layerLens.maxFileSizeKB', async () => {
    const plain = await open('config.yaml');
    // An untitled manifest of about 3 KB, in memory: over a 2 KB limit, under the default.
    const big = await vscode.workspace.openTextDocument({
      language: 'yaml',
      content: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: "${'x'.repeat(3000)}"\n`,
    });
    await vscode.window.showTextDocument(plain, vscode.ViewColumn.One);
    await vscode.window.showTextDocument(big, vscode.ViewColumn.Two);
    await withSetting('decorations', true, async () => {
      await showsExactly(big, expected(big, 'kubernetes'), 'the untitled manifest marked');
      assert.equal(shown(plain), undefined, 'plain YAML with replicas: and image: keys is not marked');
      await withSetting('maxFileSizeKB', 2, () => showsExactly(big, undefined, 'no marks over the size limit'));
      await showsExactly(big, expected(big, 'kubernetes'), 'marks back under the limit');
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the colors the marks use are contributed, with defaults for every theme kind', () => {
    const ext = vscode.extensions.getExtension('layer-lens.layer-lens');
    const colors = (ext?.packageJSON.contributes.colors ?? []) as { id: string; defaults: Record<string, string> }[];
    for (const id of Object.values(LAYER_COLORS)) {
      const color = colors.find((c) => c.id === id);
      assert.ok(color, `${id} is contributed`);
      for (const kind of ['dark', 'light', 'highContrast', 'highContrastLight']) assert.match(color.defaults[kind], /^#[0-9A-F]{6}$/i, `${id} ${kind}`);
    }
  });
});
