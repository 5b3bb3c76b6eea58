// Hovers in a real VS Code: on keys, values, Dockerfile instructions, flags and directives, across the documents
// of a multi-document manifest, in a Helm template VS Code calls plain `yaml`, and never in plain YAML.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FileKind } from '../../src/core';
import { inlineMarkdown } from '../../src/core/format/inline';
import { activate, assertDocsLink, coreAnswer, firstLine, layerHover, mustHover, open, positionOf, until, type LayerHover } from './helpers';

const DOCKER = 'build/run · Docker layer';
const KUBERNETES = 'schedule/scale · Kubernetes layer';
const SWARM = 'schedule/scale · Docker Swarm';

/** The hover at `needle` shows the badge, phase, path, summary and Docs link the core gives that position. */
async function assertMatchesCore(document: vscode.TextDocument, kind: FileKind, needle: string, nth = 0, delta = 0): Promise<LayerHover> {
  const position = positionOf(document, needle, nth, delta);
  const hover = await mustHover(document, needle, nth, delta);
  const { field, report } = coreAnswer(document, position, kind);
  assert.ok(firstLine(hover).includes(`\`${field.path}\``), `path ${field.path} in: ${firstLine(hover)}`);
  assert.ok(firstLine(hover).includes(` · ${report.phase} · `), `phase ${report.phase} in: ${firstLine(hover)}`);
  assert.ok(hover.text.includes(inlineMarkdown(report.summary)), `summary of ${field.entryId} in:\n${hover.text}`);
  if (report.note) assert.ok(hover.text.includes(inlineMarkdown(report.note)), `note of ${field.entryId} in:\n${hover.text}`);
  assertDocsLink(hover, report.source);
  return hover;
}

function text(document: vscode.TextDocument, range: vscode.Range | undefined): string {
  assert.ok(range, 'the hover has a range');
  return document.getText(range);
}

suite('hover', () => {
  suiteSetup(async () => {
    await activate();
  });

  suite('Dockerfile', () => {
    let doc: vscode.TextDocument;
    suiteSetup(async () => {
      doc = await open('Dockerfile');
    });

    test('VS Code gives it the dockerfile language', () => {
      assert.equal(doc.languageId, 'dockerfile');
    });

    test('an instruction keyword: Docker-layer badge, its summary, range = the keyword', async () => {
      const hover = await assertMatchesCore(doc, 'dockerfile', 'FROM gcr', 0, 1);
      assert.ok(firstLine(hover).startsWith(`$(layers) **${DOCKER}**`), firstLine(hover));
      assert.equal(text(doc, hover.range), 'FROM');
    });

    test("an instruction's arguments answer for the instruction, highlighting the arguments on that line", async () => {
      const hover = await assertMatchesCore(doc, 'dockerfile', 'golang:', 0, 2);
      assert.ok(firstLine(hover).includes('`FROM`'));
      assert.ok(text(doc, hover.range).startsWith('golang:'), text(doc, hover.range));
    });

    test('flags answer for themselves: RUN --mount, COPY --from, HEALTHCHECK --interval', async () => {
      const mount = await assertMatchesCore(doc, 'dockerfile', '--mount', 0, 3);
      assert.ok(firstLine(mount).includes('`RUN --mount`'), firstLine(mount));
      assert.ok(text(doc, mount.range).startsWith('--mount'), text(doc, mount.range));
      const from = await assertMatchesCore(doc, 'dockerfile', '--from=build', 0, 3);
      assert.ok(firstLine(from).includes('`COPY --from`'));
      const interval = await assertMatchesCore(doc, 'dockerfile', '--interval', 0, 4);
      assert.ok(firstLine(interval).includes('`HEALTHCHECK --interval`'));
    });

    test('the syntax directive answers too', async () => {
      const hover = await assertMatchesCore(doc, 'dockerfile', 'syntax=', 0, 2);
      assert.ok(firstLine(hover).includes('`# syntax`'), firstLine(hover));
    });

    test('occurrence notes: ARG before FROM, and HEALTHCHECK, which Kubernetes never runs', async () => {
      const arg = await assertMatchesCore(doc, 'dockerfile', 'ARG GO_VERSION', 0, 1);
      assert.match(arg.text, /\$\(arrow-swap\) /);
      const health = await assertMatchesCore(doc, 'dockerfile', 'HEALTHCHECK', 0, 2);
      assert.match(health.text, /Kubernetes/);
    });

    test('detailed hovers name the counterparts in the other file kinds', async () => {
      const hover = await mustHover(doc, 'ENTRYPOINT', 0, 3);
      assert.match(hover.text, /\*Elsewhere:\* .*Kubernetes `[^`]*command[^`]*`/);
    });

    test('blank lines and comments get no hover', async () => {
      assert.equal(await layerHover(doc, new vscode.Position(8, 0)), undefined, 'blank line 9');
    });
  });

  suite('Compose', () => {
    let doc: vscode.TextDocument;
    suiteSetup(async () => {
      doc = await open('compose.yaml');
    });

    test('VS Code gives compose.yaml the dockercompose language', () => {
      assert.equal(doc.languageId, 'dockercompose');
    });

    test('deploy.replicas is Swarm orchestration, range = the key', async () => {
      const hover = await assertMatchesCore(doc, 'compose', 'replicas', 0, 2);
      assert.ok(firstLine(hover).includes(`**${SWARM}**`), firstLine(hover));
      assert.equal(text(doc, hover.range), 'replicas');
    });

    test("entrypoint is Docker-layer and overrides the image's ENTRYPOINT", async () => {
      const hover = await assertMatchesCore(doc, 'compose', 'entrypoint:', 0, 1);
      assert.ok(firstLine(hover).includes(`**${DOCKER}**`));
      assert.match(hover.text, /ENTRYPOINT/);
    });

    test('build: and its keys are Docker-layer, phase build', async () => {
      const hover = await assertMatchesCore(doc, 'compose', 'target:', 0, 1);
      assert.ok(firstLine(hover).includes(`**${DOCKER}** · build · \`services.api.build.target\``), firstLine(hover));
    });

    test('a value answers for its key: "unless-stopped" is restart:', async () => {
      const hover = await assertMatchesCore(doc, 'compose', 'unless-stopped', 0, 3);
      assert.ok(firstLine(hover).includes('`services.api.restart`'));
      assert.equal(text(doc, hover.range), 'unless-stopped');
    });

    test('the colon after a key still answers for the key', async () => {
      const hover = await mustHover(doc, 'replicas:', 0, 'replicas'.length);
      assert.ok(firstLine(hover).includes('`services.api.deploy.replicas`'));
    });
  });

  suite('Kubernetes manifest with three documents', () => {
    let doc: vscode.TextDocument;
    suiteSetup(async () => {
      doc = await open('k8s/app.yaml');
    });

    test('VS Code calls it yaml; Layer Lens reads it as Kubernetes', async () => {
      assert.equal(doc.languageId, 'yaml');
      const hover = await assertMatchesCore(doc, 'kubernetes', 'replicas: 3', 0, 1);
      assert.ok(firstLine(hover).includes(`**${KUBERNETES}**`), firstLine(hover));
      assert.ok(firstLine(hover).includes('`spec.replicas`'));
    });

    test("containers[].command is Docker-layer and replaces the image's ENTRYPOINT", async () => {
      const hover = await assertMatchesCore(doc, 'kubernetes', 'command:', 0, 2);
      assert.ok(firstLine(hover).includes(`**${DOCKER}**`), firstLine(hover));
      assert.match(hover.text, /ENTRYPOINT/);
      assert.match(hover.text, /\*Elsewhere:\* .*Dockerfile `ENTRYPOINT`/);
    });

    test('resources: requests feed the scheduler, limits are enforced by the runtime', async () => {
      const requests = await assertMatchesCore(doc, 'kubernetes', 'requests:', 0, 1);
      assert.ok(firstLine(requests).includes(`**${KUBERNETES}**`), firstLine(requests));
      const cpu = await assertMatchesCore(doc, 'kubernetes', '100m', 0, 1);
      assert.ok(firstLine(cpu).includes('`spec.template.spec.containers[0].resources.requests.cpu`'), firstLine(cpu));
      const limits = await assertMatchesCore(doc, 'kubernetes', 'limits:', 0, 1);
      assert.ok(firstLine(limits).includes(`**${DOCKER}**`), firstLine(limits));
    });

    test('a key with dots reads as one bracketed key', async () => {
      const hover = await assertMatchesCore(doc, 'kubernetes', 'kubernetes.io/os', 0, 3);
      assert.ok(firstLine(hover).includes('`spec.template.spec.nodeSelector["kubernetes.io/os"]`'), firstLine(hover));
    });

    test('the second and third documents answer with their own paths', async () => {
      const service = await assertMatchesCore(doc, 'kubernetes', 'port: 80', 0, 1);
      assert.ok(firstLine(service).includes('`spec.ports[0].port`'), firstLine(service));
      const hpa = await assertMatchesCore(doc, 'kubernetes', 'minReplicas', 0, 1);
      assert.ok(firstLine(hpa).includes(`**${KUBERNETES}**`) && firstLine(hpa).includes('`spec.minReplicas`'), firstLine(hpa));
      // The same key in different documents: `kind` of document 3.
      const kind = await assertMatchesCore(doc, 'kubernetes', 'kind: HorizontalPodAutoscaler', 0, 1);
      assert.ok(firstLine(kind).includes('`kind`'));
    });

    test('the document separator gets no hover', async () => {
      assert.equal(await layerHover(doc, positionOf(doc, '---', 0, 1)), undefined);
    });
  });

  suite('Helm template', () => {
    let doc: vscode.TextDocument;
    suiteSetup(async () => {
      doc = await open('chart/templates/deployment.yaml');
    });

    test('without the Kubernetes extension VS Code calls it yaml; the template actions do not stop the answers', async () => {
      assert.ok(['yaml', 'helm'].includes(doc.languageId), doc.languageId);
      const replicas = await assertMatchesCore(doc, 'kubernetes', 'replicas:', 0, 1);
      assert.ok(firstLine(replicas).includes(`**${KUBERNETES}**`));
      const image = await assertMatchesCore(doc, 'kubernetes', 'image:', 0, 1);
      assert.ok(firstLine(image).includes(`**${DOCKER}**`));
      const command = await assertMatchesCore(doc, 'kubernetes', 'command:', 0, 1);
      assert.match(command.text, /ENTRYPOINT/);
    });

    test('a templated value answers for its key', async () => {
      const hover = await mustHover(doc, '.Values.replicaCount', 0, 3);
      assert.ok(firstLine(hover).includes('`spec.replicas`'), firstLine(hover));
    });
  });

  suite('files Layer Lens does not read', () => {
    test('plain YAML gets no Layer Lens hover, even on keys that look familiar', async () => {
      const doc = await open('config.yaml');
      assert.equal(doc.languageId, 'yaml');
      for (const key of ['replicas', 'image', 'name']) {
        assert.equal(await layerHover(doc, positionOf(doc, `${key}:`, 0, 1)), undefined, key);
      }
    });

    test("a chart's Chart.yaml (apiVersion but no kind) gets none either", async () => {
      const doc = await open('chart/Chart.yaml');
      assert.equal(await layerHover(doc, positionOf(doc, 'apiVersion', 0, 1)), undefined);
    });
  });

  suite('links, untitled documents and the cache', () => {
    test("a Kubernetes field and a Dockerfile instruction link their entry's documentation", async () => {
      const manifest = await open('k8s/app.yaml');
      const replicas = await mustHover(manifest, 'replicas: 3', 0, 1);
      assertDocsLink(replicas, coreAnswer(manifest, positionOf(manifest, 'replicas: 3', 0, 1), 'kubernetes').report.source);
      const dockerfile = await open('Dockerfile');
      const health = await mustHover(dockerfile, 'HEALTHCHECK', 0, 2);
      const { report } = coreAnswer(dockerfile, positionOf(dockerfile, 'HEALTHCHECK', 0, 2), 'dockerfile');
      assertDocsLink(health, report.source);
      // The note cites its own page where it differs from the field's.
      if (report.noteSource && report.noteSource !== report.source) assert.ok(health.text.includes(`[Docs](${report.noteSource})`), health.text);
    });

    test('hover links open the guide section and explain this file, as trusted command links', async () => {
      const doc = await open('k8s/app.yaml');
      const hover = await mustHover(doc, 'replicas: 3', 0, 1);
      const guide = /\]\(command:layerLens\.openGuide\?([^ )]+)/.exec(hover.text);
      assert.ok(guide, hover.text);
      const { report } = coreAnswer(doc, positionOf(doc, 'replicas: 3', 0, 1), 'kubernetes');
      assert.deepEqual(JSON.parse(decodeURIComponent(guide[1])), [report.guide]);
      const explain = /\]\(command:layerLens\.explainFile\?([^ )]+)/.exec(hover.text);
      assert.ok(explain, hover.text);
      assert.deepEqual(JSON.parse(decodeURIComponent(explain[1])), [doc.uri.toString()]);
      assert.deepEqual(hover.isTrusted, { enabledCommands: ['layerLens.openGuide', 'layerLens.explainFile'] });
    });

    test('an untitled manifest gets hovers, and an unknown kind is answered as inferred', async () => {
      const doc = await vscode.workspace.openTextDocument({
        language: 'yaml',
        content: 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 3\n',
      });
      const hover = await mustHover(doc, 'size', 0, 1);
      assert.ok(firstLine(hover).includes('`spec.size`'));
      assert.match(hover.text, /\*Inferred:\* `Widget` is not a kind Layer Lens knows/);
    });

    test('an unchanged document is analyzed once, however often it is hovered; an edit analyzes it again', async () => {
      const api = await activate();
      const doc = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM alpine\nUSER app\n' });
      await mustHover(doc, 'FROM', 0, 1);
      const after = api.analysisCount;
      for (let i = 0; i < 5; i++) await mustHover(doc, i % 2 ? 'USER' : 'alpine', 0, 1);
      assert.equal(api.analysisCount, after, 'hovers reuse the cached analysis');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(2, 0), 'EXPOSE 80\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await until(() => doc.getText().includes('EXPOSE'), 'the edit');
      const expose = await mustHover(doc, 'EXPOSE', 0, 1);
      assert.ok(firstLine(expose).includes('`EXPOSE`'));
      assert.equal(api.analysisCount, after + 1, 'one new analysis for the new version');
    });

    test('opening documents analyses nothing until something asks', async () => {
      const api = await activate();
      const before = api.analysisCount;
      await vscode.window.showTextDocument(await open('k8s/app.yaml'));
      await vscode.window.showTextDocument(await open('compose.yaml'));
      await new Promise((r) => setTimeout(r, 600)); // past the context-key debounce
      assert.equal(api.analysisCount, before);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });
});
