// "Layer Lens: Compare Runners" in a real VS Code, on test/fixtures/workspace: the command opens one webview panel
// with a table per image, links open their file at their line, messages that are not a valid `open` of a linked
// path are dropped, and the page follows edits. The page's HTML and the message handler are read and driven
// through the extension's API (a test cannot click inside a webview; test/ui/views.ui.mjs does, with a keyboard).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LayerLensApi } from '../../src/extension/extension';
import { activate, closeAllEditors, fixture, open, until } from './helpers';

const WAIT_MS = 15_000;

/** The Compare Runners tabs open in the window. */
function compareTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('layerLens.compareRunners'));
}

/** The column of the group holding the Compare Runners panel, and another column beside it. */
function columns(): { panel: vscode.ViewColumn; beside: vscode.ViewColumn } {
  const panel = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => compareTabs().includes(t)))!.viewColumn;
  return { panel, beside: panel === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One };
}

/** The section of the page for one image. */
function section(html: string, image: string): string {
  const start = html.indexOf(`>${image}</h2>`);
  assert.ok(start > 0, `a table for ${image}`);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The first link of a column header whose text is `name`: its data-path and data-line. */
function headerLink(html: string, name: string): { path: string; line: number } {
  const m = new RegExp(`data-path="([^"]+)" data-line="(\\d+)"[^>]*>${name}</a></th>`).exec(html);
  assert.ok(m, `a column ${name}`);
  return { path: m[1], line: Number(m[2]) };
}

suite('compare runners', () => {
  let api: LayerLensApi;
  const html = () => api.images.compare.html();

  suiteSetup(async () => {
    api = await activate();
    await api.images.ready();
  });
  teardown(closeAllEditors);

  test('opens one panel with a table per image, columns for each runner, scrolled to the image of its file', async () => {
    await vscode.commands.executeCommand('layerLens.compareRunners', fixture('images/api/Dockerfile'));
    await until(() => compareTabs().length === 1, 'one Compare Runners panel', WAIT_MS);
    const page = html();
    assert.ok(page);
    for (const image of ['lens-fixture/api', 'shop/api', 'postgres']) section(page, image);
    const lens = section(page, 'lens-fixture/api');
    for (const column of ['Dockerfile</span> <a', 'Compose</span> <a', 'Kubernetes</span> <a']) assert.ok(lens.includes(column), column);
    for (const name of ['images/api/Dockerfile', 'api', 'Deployment/api:api', 'Deployment/drift:api', 'Deployment/edge:api']) headerLink(lens, name);
    assert.match(page, /data-focus>\n<h2 id="image-\d+-title">lens-fixture\/api<\/h2>/, 'the Dockerfile\'s image first in view');
    // The differing rows are marked: Kubernetes runs 2 replicas where Compose and the Dockerfile say nothing.
    assert.match(lens, /<tr class="differs"><th scope="row">Replicas/);
    // The page loads nothing but the extension's media, under a nonce'd CSP.
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src .+?; script-src &#39;nonce-[A-Za-z0-9+/=]{20,}&#39;">/);
    assert.match(page, /<script nonce="[^"]+" src="[^"]*\/media\/compare\.js"><\/script>/);

    // Run again from the palette on a manifest: the same panel, now at that manifest's image.
    await vscode.window.showTextDocument(await open('k8s/app.yaml'), vscode.ViewColumn.One);
    await vscode.commands.executeCommand('layerLens.compareRunners');
    assert.equal(compareTabs().length, 1, 'still one panel');
    assert.match(html()!, /data-focus>\n<h2 id="image-\d+-title">shop\/api<\/h2>/);
  });

  test('a link opens its file at its line, beside the panel', async () => {
    await vscode.commands.executeCommand('layerLens.compareRunners', fixture('images/api/Dockerfile'));
    const target = headerLink(section(html()!, 'lens-fixture/api'), 'Deployment/api:api');
    const editor = await api.images.compare.receive({ type: 'open', ...target });
    assert.ok(editor, 'an editor opened');
    assert.equal(vscode.workspace.asRelativePath(editor.document.uri), 'images/k8s/api.yaml');
    assert.equal(editor.selection.active.line, target.line - 1);
    assert.match(editor.document.lineAt(target.line - 1).text, /- name: api/);
    assert.equal(compareTabs().length, 1, 'the panel stays open');
  });

  test('drops every message that is not an open of a linked path at a positive line', async () => {
    await vscode.commands.executeCommand('layerLens.compareRunners', fixture('images/api/Dockerfile'));
    const good = headerLink(section(html()!, 'lens-fixture/api'), 'Deployment/api:api');
    const outside = vscode.Uri.joinPath(fixture('.'), '..', '..', '..', 'package.json').path;
    for (const message of [
      { type: 'open', path: outside, line: 1 },
      { type: 'open', path: good.path.replace('api.yaml', '../../Dockerfile'), line: 1 },
      { type: 'open', path: good.path, line: 0 },
      { type: 'open', path: good.path, line: 2.5 },
      { type: 'open', path: good.path, line: '3' },
      { type: 'run', path: good.path, line: 3 },
      { type: 'open', path: good.path, line: 3, command: 'workbench.action.terminal.new' },
      'open',
      null,
    ]) {
      assert.equal(await api.images.compare.receive(message), undefined, JSON.stringify(message));
    }
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.path.endsWith('/package.json')), 'nothing outside opened');
  });

  test('follows edits: a changed manifest re-renders the page', async () => {
    await vscode.commands.executeCommand('layerLens.compareRunners', fixture('images/api/Dockerfile'));
    await until(() => compareTabs().length === 1, 'the panel', WAIT_MS);
    const manifest = await open('images/k8s/api.yaml');
    // Beside the panel, which stays in view.
    const editor = await vscode.window.showTextDocument(manifest, columns().beside);
    const renders = api.images.compare.renders();
    const replicas = manifest.getText().indexOf('replicas: 2') + 'replicas: '.length;
    const digit = () => new vscode.Range(manifest.positionAt(replicas), manifest.positionAt(replicas + 1));
    assert.ok(await editor.edit((b) => b.replace(digit(), '7')));
    try {
      await until(() => api.images.compare.renders() > renders && /data-line="6"[^>]*>7<\/a>/.test(html() ?? ''), 'the page shows 7 replicas', WAIT_MS);
    } finally {
      // Back by an edit (whatever has focus), then reverted to the saved state: the fixture never changes on disk.
      assert.ok(await editor.edit((b) => b.replace(digit(), '2')));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await until(() => /data-line="6"[^>]*>2<\/a>/.test(html() ?? ''), 'the page back at 2 replicas', WAIT_MS);
  });

  test('a change while the panel is hidden renders when it shows again; focus moving alone never re-renders', async () => {
    await vscode.commands.executeCommand('layerLens.compareRunners', fixture('images/api/Dockerfile'));
    await until(() => compareTabs().length === 1 && html() !== undefined, 'the panel', WAIT_MS);
    const { panel: panelColumn, beside } = columns();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 1000)); // over the 300 ms render delay
    await settle();
    const shown = api.images.compare.renders();
    // The manifest over the panel, in its own group: the panel is hidden, and stays unrendered while it is.
    const manifest = await open('images/k8s/api.yaml');
    const editor = await vscode.window.showTextDocument(manifest, panelColumn);
    const replicas = manifest.getText().indexOf('replicas: 2') + 'replicas: '.length;
    const digit = () => new vscode.Range(manifest.positionAt(replicas), manifest.positionAt(replicas + 1));
    assert.ok(await editor.edit((b) => b.replace(digit(), '7')));
    try {
      await settle();
      assert.equal(api.images.compare.renders(), shown, 'no rendering while hidden');
      // Back to the panel's tab: the change made while hidden is rendered now.
      await vscode.commands.executeCommand('workbench.action.previousEditor');
      await until(() => api.images.compare.renders() > shown && /data-line="6"[^>]*>7<\/a>/.test(html() ?? ''), 'the page shows 7 replicas', WAIT_MS);
      await settle();
      const current = api.images.compare.renders();
      // The focus to an editor beside the panel and back: the page, visible throughout, is left as it is.
      await vscode.window.showTextDocument(await open('images/api/Dockerfile'), beside);
      await vscode.commands.executeCommand('workbench.action.focusPreviousGroup');
      await settle();
      assert.equal(api.images.compare.renders(), current, 'focus changes do not re-render the page');
    } finally {
      const back = await vscode.window.showTextDocument(manifest, panelColumn);
      assert.ok(await back.edit((b) => b.replace(digit(), '2')));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('the FROM CodeLens offers Compare runners where the image runs', async () => {
    // The provider runs on a loaded document.
    const dockerfile = await open('images/api/Dockerfile');
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', dockerfile.uri, 10)) ?? [];
    const compare = lenses.filter((l) => l.command?.command === 'layerLens.compareRunners');
    assert.equal(compare.length, 1);
    assert.equal(compare[0].command!.title, 'Compare runners');
    assert.equal(compare[0].range.start.line, 7, 'on the final FROM, beside the image lens');
    await vscode.commands.executeCommand(compare[0].command!.command, ...(compare[0].command!.arguments ?? []));
    await until(() => compareTabs().length === 1, 'the panel', WAIT_MS);
  });
});
