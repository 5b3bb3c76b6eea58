// "Layer Lens: Open Contrast Guide" in a real VS Code: the bundled guide opens beside the editor at the section a
// hover links to, as Markdown source or rendered in VS Code's Markdown preview.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GUIDE_IDS } from '../../src/core/types';
import { activate, closeAllEditors, open, until, withSetting } from './helpers';

function guideEditor(): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'layer-lens-guide');
}

/** The 0-based line of the heading that follows `<a id="id"></a>`. */
function headingLine(document: vscode.TextDocument, id: string): number {
  const lines = document.getText().split('\n');
  const anchor = lines.indexOf(`<a id="${id}"></a>`);
  assert.ok(anchor >= 0, `anchor ${id}`);
  let h = anchor + 1;
  while (lines[h].trim() === '') h++;
  assert.match(lines[h], /^#+ /);
  return h;
}

suite('contrast guide', () => {
  suiteSetup(async () => {
    await activate();
  });
  teardown(closeAllEditors);

  test('opens beside the editor at the section: cursor on its heading, heading at the top', async () => {
    await withSetting('guide.openIn', 'editor', async () => {
      const source = await vscode.window.showTextDocument(await open('k8s/app.yaml'), vscode.ViewColumn.One);
      const line = await vscode.commands.executeCommand<number>('layerLens.openGuide', 'requests-limits');
      const editor = guideEditor();
      assert.ok(editor, 'the guide is visible');
      assert.equal(editor.document.languageId, 'markdown');
      assert.notEqual(editor.viewColumn, source.viewColumn, 'beside the source');
      const heading = headingLine(editor.document, 'requests-limits');
      assert.equal(line, heading);
      assert.equal(editor.selection.active.line, heading);
      // "At the top" is under the sticky-scroll headings, whose lines VS Code still counts as visible.
      await until(() => {
        const first = editor.visibleRanges[0];
        return first !== undefined && first.contains(new vscode.Position(heading, 0)) && heading - first.start.line <= 6;
      }, `line ${heading + 1} at the top, not ${JSON.stringify(editor.visibleRanges[0])}`);
    });
  });

  test('a second section moves the same guide editor', async () => {
    await withSetting('guide.openIn', 'editor', async () => {
      await vscode.commands.executeCommand('layerLens.openGuide', 'replicas');
      const first = guideEditor();
      assert.ok(first);
      await vscode.commands.executeCommand('layerLens.openGuide', 'entrypoint-command');
      const editor = guideEditor();
      assert.ok(editor);
      assert.equal(editor.viewColumn, first.viewColumn);
      assert.equal(editor.selection.active.line, headingLine(editor.document, 'entrypoint-command'));
      assert.equal(vscode.window.visibleTextEditors.filter((e) => e.document.uri.scheme === 'layer-lens-guide').length, 1);
    });
  });

  test('every section id a hover can link to resolves to its heading', async () => {
    await withSetting('guide.openIn', 'editor', async () => {
      for (const id of GUIDE_IDS) {
        const line = await vscode.commands.executeCommand<number>('layerLens.openGuide', id);
        const editor = guideEditor();
        assert.ok(editor);
        assert.equal(line, headingLine(editor.document, id), id);
      }
    });
  });

  test('no section, or an unknown one, opens the guide at the top', async () => {
    await withSetting('guide.openIn', 'editor', async () => {
      assert.equal(await vscode.commands.executeCommand<number>('layerLens.openGuide'), 0);
      assert.equal(await vscode.commands.executeCommand<number>('layerLens.openGuide', 'no-such-section'), 0);
      assert.equal(guideEditor()?.selection.active.line, 0);
    });
  });

  test('in the default preview mode it is rendered by the Markdown preview, at the section', async () => {
    await withSetting('guide.openIn', 'preview', async () => {
      await vscode.window.showTextDocument(await open('Dockerfile'), vscode.ViewColumn.One);
      const line = await vscode.commands.executeCommand<number>('layerLens.openGuide', 'healthcheck-probes');
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      const guideSource = tabs.filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'layer-lens-guide');
      if (vscode.extensions.getExtension('vscode.markdown-language-features')) {
        const preview = tabs.find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview'));
        assert.ok(preview, `a Markdown preview tab among: ${tabs.map((t) => t.label).join(', ')}`);
        assert.match(preview.label, /Layer Lens Guide/);
        assert.equal(guideSource.length, 0, 'the source tab behind the preview is closed');
        assert.notEqual(preview.group.viewColumn, vscode.ViewColumn.One, 'beside the Dockerfile');
      } else {
        assert.equal(guideSource.length, 1, 'without the Markdown extension the source stays open');
      }
      const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'layer-lens-guide', path: '/Layer Lens Guide.md' }));
      assert.equal(line, headingLine(document, 'healthcheck-probes'));
    });
  });
});
