// "Layer Lens: Explain This File" in a real VS Code: the report opens beside the source as a read-only
// `layer-lens-report` document, lists every field by layer, links back to source lines and follows edits.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { classifyFile } from '../../src/core';
import { activate, closeAllEditors, fixture, open, until } from './helpers';

async function explain(...args: unknown[]): Promise<vscode.TextDocument> {
  const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('layerLens.explainFile', ...args);
  assert.ok(uri, 'the command returns the report URI');
  assert.equal(uri.scheme, 'layer-lens');
  return vscode.workspace.openTextDocument(uri);
}

function reportEditor(report: vscode.TextDocument): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === report.uri.toString());
}

suite('explain this file', () => {
  suiteSetup(async () => {
    await activate();
  });
  teardown(closeAllEditors);

  test('from the active editor: opens beside it in the report language, focus staying in the source', async () => {
    const source = await vscode.window.showTextDocument(await open('k8s/app.yaml'), vscode.ViewColumn.One);
    const report = await explain();
    assert.equal(report.languageId, 'layer-lens-report');
    const editor = reportEditor(report);
    assert.ok(editor, 'the report is visible');
    assert.notEqual(editor.viewColumn, source.viewColumn, 'beside the source, not over it');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), source.document.uri.toString(), 'focus stays in the source');
    assert.equal(report.isDirty, false);
  });

  test('the report: summary, both layers, every object, cross-layer notes', async () => {
    const report = await explain(fixture('k8s/app.yaml'));
    const text = report.getText();
    assert.match(text, /^Layer Lens · Kubernetes manifest · app\.yaml$/m);
    assert.match(text, /^Fields: +\d+ · build\/run \d+ · schedule\/scale \d+$/m);
    assert.match(text, /^Orchestrator: +Kubernetes$/m);
    assert.match(text, /^Objects: +Deployment\/api, Service\/api, HorizontalPodAutoscaler\/api$/m);
    assert.match(text, /^━━ build\/run · Docker layer ━━ \d+ fields$/m);
    assert.match(text, /^━━ schedule\/scale · Kubernetes layer ━━ \d+ fields$/m);
    assert.match(text, /^ {2}▸ HorizontalPodAutoscaler\/api · document 3$/m);
    // The container's command overrides the image's ENTRYPOINT: listed under the Docker layer, with its note.
    const docker = text.slice(text.indexOf('━━ build/run'), text.indexOf('━━ schedule/scale'));
    assert.match(docker, /^ {2}L22:11 +spec\.template\.spec\.containers\[0\]\.command {2}\[run\]$/m);
    assert.match(text, /⚑ .*ENTRYPOINT/);
    const orchestration = text.slice(text.indexOf('━━ schedule/scale'));
    assert.match(orchestration, /^ {2}L8:3 +spec\.replicas {2}\[scale\]$/m);
    assert.match(orchestration, /^ {2}L27:13 +spec\.template\.spec\.containers\[0\]\.resources\.requests {2}\[schedule\]$/m);
  });

  test("each field's documentation: a Docs line under its summary exactly when its entry has a source", async () => {
    for (const [name, kind] of [['k8s/app.yaml', 'kubernetes'], ['Dockerfile', 'dockerfile']] as const) {
      const text = (await explain(fixture(name))).getText();
      const source = await open(name);
      const file = classifyFile(source.uri.fsPath, source.getText(), { kind });
      const field = kind === 'kubernetes' ? 'spec.replicas' : 'HEALTHCHECK';
      const f = file.fields.find((x) => x.path === field);
      assert.ok(f, field);
      const line = file.lines.positionAt(f.keyStart).line + 1;
      // The field's line, then its detail lines up to the next field or heading.
      const block = new RegExp(`^ {2}L${line}:\\d+ +${field.replace(/\./g, '\\.')} {2}\\[[a-z]+\\]\\n((?: {12}.*\\n)*)`, 'm').exec(text);
      assert.ok(block, `${field} in:\n${text}`);
      const docs = block[1].split('\n').filter((l) => /(?:^| · )Docs: /.test(l.trim()));
      if (f.entry.source) assert.deepEqual(docs.map((l) => l.trim().replace(/^.*Docs: /, '')), [f.entry.source], block[1]);
      else assert.deepEqual(docs, [], block[1]);
    }
  });

  test('Compose: the deploy: keys are listed under Docker Swarm', async () => {
    const text = (await explain(fixture('compose.yaml'))).getText();
    assert.match(text, /^Orchestrator: +Docker Swarm/m);
    const swarm = text.slice(text.indexOf('━━ schedule/scale · Docker Swarm'));
    assert.ok(swarm.length > 0 && text.includes('━━ schedule/scale · Docker Swarm'), text);
    assert.match(swarm, /services\.api\.deploy\.replicas {2}\[scale\]/);
    assert.doesNotMatch(swarm, /services\.api\.entrypoint/);
  });

  test('Dockerfile: stages, and nothing for an orchestrator', async () => {
    const text = (await explain(fixture('Dockerfile'))).getText();
    assert.match(text, /^ {2}▸ stage 1: FROM golang:\$\{GO_VERSION\} AS build$/m);
    assert.match(text, /^ {2}▸ stage 2: FROM gcr\.io\/distroless\/static:nonroot$/m);
    assert.match(text, /schedule\/scale · Kubernetes layer ━━ 0 fields\n {2}\(none: a Dockerfile builds one image/);
  });

  test('every location links to its line in the source; Docs URLs to their pages', async () => {
    const source = await open('k8s/app.yaml');
    const report = await explain(source.uri);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', report.uri);
    assert.ok(links.length > 40, `${links.length} links`);
    for (const link of links) {
      assert.ok(link.target, 'resolved link');
      // VS Code's own detection makes the URL on a Docs line clickable; every other link goes to the source.
      if (link.target.scheme === 'https') assert.match(report.lineAt(link.range.start.line).text, / Docs: https:\/\/\S+$/);
      else assert.equal(link.target.with({ fragment: '' }).toString(), source.uri.toString());
    }
    // The link on `spec.replicas` goes to the `replicas:` key of the Deployment.
    const line = report.getText().split('\n').findIndex((l) => / {2}spec\.replicas {2}\[/.test(l));
    const onPath = links.find((l) => l.range.start.line === line && report.getText(l.range) === 'spec.replicas');
    assert.ok(onPath?.target, 'the path is a link');
    const m = /^L(\d+),(\d+)$/.exec(onPath.target.fragment);
    assert.ok(m, onPath.target.fragment);
    const target = new vscode.Position(Number(m[1]) - 1, Number(m[2]) - 1);
    assert.equal(source.getText(new vscode.Range(target, target.translate(0, 'replicas'.length))), 'replicas');
  });

  test('follows edits to the source (debounced)', async () => {
    const source = await vscode.workspace.openTextDocument({ language: 'dockercompose', content: 'services:\n  web:\n    image: nginx\n' });
    await vscode.window.showTextDocument(source);
    const report = await explain(source.uri.toString()); // a URI string, as hover links pass it
    assert.match(report.getText(), /schedule\/scale · Docker Swarm ━━ 0 fields/);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(source.uri, new vscode.Position(3, 0), '    deploy:\n      replicas: 2\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until(() => /services\.web\.deploy\.replicas/.test(report.getText()), 'the report to show the new deploy: keys');
    assert.match(report.getText(), /schedule\/scale · Docker Swarm ━━ 2 fields/);
  });

  test('the explorer passes every selected file: one report each', async () => {
    const files = [fixture('Dockerfile'), fixture('compose.yaml')];
    await vscode.commands.executeCommand('layerLens.explainFile', files[0], files);
    await until(
      () => files.every((f) => vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'layer-lens' && d.uri.query === f.toString())),
      'a report for each selected file',
    );
  });

  test('plain YAML is not explained', async () => {
    const result = await vscode.commands.executeCommand('layerLens.explainFile', fixture('config.yaml'));
    assert.equal(result, undefined);
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.scheme === 'layer-lens'));
  });

  test('run from the report itself, it explains the report’s source again', async () => {
    const first = await explain(fixture('compose.yaml'));
    const editor = reportEditor(first);
    assert.ok(editor);
    await vscode.window.showTextDocument(first, editor.viewColumn);
    const again = await explain();
    assert.equal(again.uri.toString(), first.uri.toString());
  });
});
