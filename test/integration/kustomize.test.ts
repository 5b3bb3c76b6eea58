// Kustomize in a real VS Code: hovers on a kustomization's keys and on the JSON 6902 operations written inside it,
// and in a patch file (YAML or `.json`), whose operations resolve against the target its kustomization gives; the
// report too. Other JSON files get nothing, and are not even parsed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FileKind } from '../../src/core';
import { inlineMarkdown } from '../../src/core/format/inline';
import type { LayerLensApi } from '../../src/extension/extension';
import { activate, assertDocsLink, closeAllEditors, coreAnswer, firstLine, fixture, layerHover, mustHover, open, positionOf, type LayerHover } from './helpers';

const DOCKER = 'build/run · Docker layer';
const KUBERNETES = 'schedule/scale · Kubernetes layer';

/** The hover at `needle`: the badge, the path and the summary the core gives there, and its Docs link. */
async function hoverMatchingCore(
  doc: vscode.TextDocument,
  kind: FileKind,
  needle: string,
  badge: string,
  target?: { kind: string; name: string },
): Promise<LayerHover> {
  const hover = await mustHover(doc, needle, 0, 1);
  const { field, report } = coreAnswer(doc, positionOf(doc, needle, 0, 1), kind, target);
  assert.ok(firstLine(hover).startsWith(`$(layers) **${badge}**`), firstLine(hover));
  assert.ok(firstLine(hover).includes(`\`${field.path}\``), `path ${field.path} in: ${firstLine(hover)}`);
  assert.ok(hover.text.includes(inlineMarkdown(report.summary)), `summary of ${field.entryId} in:\n${hover.text}`);
  assertDocsLink(hover, report.source);
  return hover;
}

suite('kustomize', () => {
  let api: LayerLensApi;
  suiteSetup(async () => {
    api = await activate();
  });
  teardown(closeAllEditors);

  suite('kustomization.yaml', () => {
    let doc: vscode.TextDocument;
    suiteSetup(async () => {
      doc = await open('kustomize/kustomization.yaml');
    });

    test('its keys: images is the Docker layer, replicas and namespace the Kubernetes layer', async () => {
      assert.equal(doc.languageId, 'yaml');
      await hoverMatchingCore(doc, 'kustomization', 'images:', DOCKER);
      const replicas = await hoverMatchingCore(doc, 'kustomization', 'replicas:', KUBERNETES);
      assert.ok(firstLine(replicas).includes(' · scale · '), firstLine(replicas));
      const namespace = await hoverMatchingCore(doc, 'kustomization', 'namespace:', KUBERNETES);
      assert.ok(firstLine(namespace).includes(' · identity · '), firstLine(namespace));
    });

    test('an inline JSON 6902 operation answers with the layer of the field its path points at', async () => {
      const command = await hoverMatchingCore(doc, 'kustomization', '/spec/template/spec/containers/0/command', DOCKER);
      assert.match(command.text, /ENTRYPOINT/);
      const add = await hoverMatchingCore(doc, 'kustomization', '"add"', KUBERNETES);
      assert.ok(firstLine(add).includes('`/spec/template/spec/nodeSelector`'), firstLine(add));
      // A key inside the operation's value answers for itself, as a pointer below the operation's path.
      const disk = await hoverMatchingCore(doc, 'kustomization', '"disk"', KUBERNETES);
      assert.ok(firstLine(disk).includes('`/spec/template/spec/nodeSelector/disk`'), firstLine(disk));
    });
  });

  suite('a JSON 6902 patch file', () => {
    test('resolves its operations against the target its kustomization names', async () => {
      const doc = await open('kustomize/patches/scale.yaml');
      const target = { kind: 'Deployment', name: 'web' };
      const replicas = await hoverMatchingCore(doc, 'json-patch', '/spec/replicas', KUBERNETES, target);
      assert.doesNotMatch(replicas.text, /Inferred/, 'the target is known, nothing is guessed');
      const limits = await hoverMatchingCore(doc, 'json-patch', 'op: add', DOCKER, target);
      assert.ok(firstLine(limits).includes('`/spec/template/spec/containers/0/resources/limits`'), firstLine(limits));
      const memory = await hoverMatchingCore(doc, 'json-patch', '256Mi', DOCKER, target);
      assert.ok(firstLine(memory).includes('`/spec/template/spec/containers/0/resources/limits/memory`'), firstLine(memory));
    });

    test('Explain This File lists the operations under the target object', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('layerLens.explainFile', fixture('kustomize/patches/scale.yaml'));
      assert.ok(uri);
      const text = (await vscode.workspace.openTextDocument(uri)).getText();
      assert.match(text, /^Layer Lens · JSON 6902 patch · scale\.yaml$/m);
      assert.match(text, /▸ Deployment\/web/);
      assert.match(text, /\/spec\/replicas {2}\[scale\]/);
    });
  });

  suite('a JSON 6902 patch in a .json file', () => {
    const target = { kind: 'Deployment', name: 'web' };

    test('answers in VS Code\'s json language with the layer of the field each path points at', async () => {
      const doc = await open('kustomize/patches/probe.json');
      assert.equal(doc.languageId, 'json');
      const probe = await hoverMatchingCore(doc, 'json-patch', '"add"', KUBERNETES, target);
      assert.ok(firstLine(probe).includes('`/spec/template/spec/containers/0/livenessProbe`'), firstLine(probe));
      assert.doesNotMatch(probe.text, /Inferred/, 'the target comes from the kustomization');
      const image = await hoverMatchingCore(doc, 'json-patch', '/spec/template/spec/containers/0/image', DOCKER, target);
      assert.ok(firstLine(image).includes('`/spec/template/spec/containers/0/image`'), firstLine(image));
      const httpGet = await hoverMatchingCore(doc, 'json-patch', '"httpGet"', KUBERNETES, target);
      assert.ok(firstLine(httpGet).includes('`/spec/template/spec/containers/0/livenessProbe/httpGet`'), firstLine(httpGet));
    });

    test('Explain This File reports it under the target object', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('layerLens.explainFile', fixture('kustomize/patches/probe.json'));
      assert.ok(uri);
      const text = (await vscode.workspace.openTextDocument(uri)).getText();
      assert.match(text, /^Layer Lens · JSON 6902 patch · probe\.json$/m);
      assert.match(text, /▸ Deployment\/web/);
      assert.match(text, /\/spec\/template\/spec\/containers\/0\/image /);
      assert.match(text, /\/spec\/template\/spec\/containers\/0\/livenessProbe /);
    });

    test('an operation list no kustomization names still answers, from the kinds that have the path', async () => {
      const content = '[\n  {"op": "replace", "path": "/spec/replicas", "value": 4}\n]\n';
      const doc = await vscode.workspace.openTextDocument({ language: 'json', content });
      const replicas = await hoverMatchingCore(doc, 'json-patch', '/spec/replicas', KUBERNETES);
      assert.match(replicas.text, /Inferred/);
    });

    test('other JSON files get no hover and no analysis: an object (package.json) and a list of other maps', async () => {
      for (const [file, needles] of [
        ['kustomize/package.json', ['"name"', '"scripts"', 'node server.js']],
        ['kustomize/routes.json', ['"path"', '/api', '"service"']],
      ] as const) {
        const doc = await open(file);
        assert.equal(doc.languageId, 'json');
        const before = api.analysisCount;
        for (const needle of needles) assert.equal(await layerHover(doc, positionOf(doc, needle, 0, 1)), undefined, `no hover on ${needle} in ${file}`);
        assert.equal(api.analysisCount, before, `${file} was not analyzed`);
        const report = await vscode.commands.executeCommand<vscode.Uri | undefined>('layerLens.explainFile', doc.uri);
        assert.equal(report, undefined, `nothing to explain in ${file}`);
      }
    });
  });
});
