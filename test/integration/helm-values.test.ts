// Helm values in a real VS Code: hovers in a chart's values.yaml and values-prod.yaml give the key's layer and
// each field it feeds, linked to the template line; Explain This File lists every key the same way.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, fixture, layerHover, mustHover, open, positionOf, until, withSetting } from './helpers';

function templateLink(line: number): string {
  return fixture('chart/templates/deployment.yaml').with({ fragment: `L${line}` }).toString();
}

suite('helm values', () => {
  suiteSetup(async () => {
    await activate();
  });
  teardown(closeAllEditors);

  test('values.yaml: a key feeding a schedule/scale field says so, linking the template line', async () => {
    const doc = await open('chart/values.yaml');
    const hover = await mustHover(doc, 'replicaCount');
    assert.ok(hover.text.startsWith('$(layers) **schedule/scale · Kubernetes layer** · `replicaCount`'), hover.text);
    assert.ok(hover.text.includes(`- feeds Deployment \`spec.replicas\` ([templates/deployment.yaml:9](${templateLink(9)} "Open the template at this line"))`), hover.text);
    assert.equal(doc.getText(hover.range), 'replicaCount');
  });

  test('values.yaml: resources is mixed; requests and limits split', async () => {
    const doc = await open('chart/values.yaml');
    const resources = await mustHover(doc, 'resources:');
    assert.ok(resources.text.startsWith('$(layers) **mixed · both layers**'), resources.text);
    const requests = await mustHover(doc, 'requests:');
    assert.ok(requests.text.startsWith('$(layers) **schedule/scale · Kubernetes layer** · `resources.requests`'), requests.text);
    const limits = await mustHover(doc, 'limits:');
    assert.ok(limits.text.startsWith('$(layers) **build/run · Docker layer** · `resources.limits`'), limits.text);
    assert.ok(limits.text.includes('feeds Deployment `spec.template.spec.containers[0].resources.limits`'), limits.text);
  });

  test('values.yaml: a key reached through include → define → include, and an unused key', async () => {
    const doc = await open('chart/values.yaml');
    const name = await mustHover(doc, 'nameOverride');
    assert.ok(name.text.includes('feeds Deployment `metadata.name`'), name.text);
    assert.ok(name.text.includes('feeds Deployment `spec.selector.matchLabels["app.kubernetes.io/name"]`'), name.text);
    const unused = await mustHover(doc, 'unusedKey');
    assert.ok(unused.text.startsWith('$(layers) **not used by any template**'), unused.text);
  });

  test('values-prod.yaml beside it answers from the same chart', async () => {
    const doc = await open('chart/values-prod.yaml');
    const hover = await mustHover(doc, 'pool');
    assert.ok(hover.text.startsWith('$(layers) **schedule/scale · Kubernetes layer** · `nodeSelector.pool`'), hover.text);
    assert.ok(hover.text.includes(`(${templateLink(24)} "Open the template at this line")`), hover.text);
  });

  test('the template link opens the template at that line', async () => {
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(templateLink(9)));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is active');
    assert.ok(editor.document.uri.path.endsWith('/chart/templates/deployment.yaml'), editor.document.uri.path);
    assert.equal(editor.selection.active.line, 8);
  });

  test('layerLens.hover.kubernetes: false silences values hovers too', async () => {
    const doc = await open('chart/values.yaml');
    await withSetting('hover.kubernetes', false, async () => {
      assert.equal(await layerHover(doc, positionOf(doc, 'replicaCount')), undefined);
    });
    await mustHover(doc, 'replicaCount');
  });

  test('a values.yaml-like file outside a chart gets no hover', async () => {
    const doc = await open('config.yaml');
    assert.equal(await layerHover(doc, positionOf(doc, ':', 0, -1)), undefined);
  });

  test('Explain This File: every key with its layer and feeds, feed lines linking to the template', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('layerLens.explainFile', fixture('chart/values.yaml'));
    assert.ok(uri, 'the command returns the report URI');
    const report = await vscode.workspace.openTextDocument(uri);
    const text = report.getText();
    assert.match(text, /^Layer Lens · Helm values file · values\.yaml$/m);
    assert.match(text, /^ {2}L3:1 +replicaCount$/m);
    assert.match(text, /^ +schedule\/scale · Kubernetes layer$/m);
    assert.match(text, /^ +feeds Deployment `spec\.template\.spec\.nodeSelector` \(templates\/deployment\.yaml:24\)$/m);
    const links = (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', report.uri)) ?? [];
    const targets = links.map((l) => l.target?.toString());
    assert.ok(targets.includes(templateLink(24)), targets.join('\n'));
  });

  test('saving a template re-reads the chart: hovers and an open report follow', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('layerLens.explainFile', fixture('chart/values.yaml'));
    assert.ok(uri);
    const report = await vscode.workspace.openTextDocument(uri);
    assert.match(report.getText(), /^ +not used by any template$/m);
    const template = await open('chart/templates/deployment.yaml');
    const original = template.getText();
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(template.uri, template.positionAt(original.length), '      hostname: {{ .Values.unusedKey }}\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await template.save());
      await until(() => /feeds Deployment `spec\.template\.spec\.hostname`/.test(report.getText()), 'the report to show the new feed');
      const values = await open('chart/values.yaml');
      const hover = await mustHover(values, 'unusedKey');
      assert.ok(hover.text.includes('feeds Deployment `spec.template.spec.hostname`'), hover.text);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(template.uri, new vscode.Range(template.positionAt(0), template.positionAt(template.getText().length)), original);
      await vscode.workspace.applyEdit(undo);
      await template.save();
    }
    assert.equal(template.getText(), original);
  });
});

