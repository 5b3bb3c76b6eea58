// The `layerLens.*` settings in a real VS Code: each is read live (no reload), at user, workspace and language
// level, and restored afterwards.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, assertDocsLink, closeAllEditors, coreAnswer, firstLine, layerHover, mustHover, open, positionOf, withSetting } from './helpers';

suite('settings', () => {
  let dockerfile: vscode.TextDocument;
  let compose: vscode.TextDocument;
  let manifest: vscode.TextDocument;
  let helm: vscode.TextDocument;

  suiteSetup(async () => {
    await activate();
    dockerfile = await open('Dockerfile');
    compose = await open('compose.yaml');
    manifest = await open('k8s/app.yaml');
    helm = await open('chart/templates/deployment.yaml');
  });

  const hoverOn = (doc: vscode.TextDocument, needle: string) => layerHover(doc, positionOf(doc, needle, 0, 1));

  test('the declared defaults', () => {
    const c = vscode.workspace.getConfiguration('layerLens');
    assert.equal(c.get('hover.enabled'), true);
    assert.equal(c.get('hover.dockerfile'), true);
    assert.equal(c.get('hover.compose'), true);
    assert.equal(c.get('hover.kubernetes'), true);
    assert.equal(c.get('hover.detail'), 'detailed');
    assert.equal(c.get('hover.showLinks'), true);
    assert.equal(c.get('maxFileSizeKB'), 4096);
    assert.equal(c.get('explain.autoRefresh'), true);
    assert.equal(c.get('guide.openIn'), 'preview');
  });

  test('layerLens.hover.enabled: false turns every hover off, and back on when restored', async () => {
    await withSetting('hover.enabled', false, async () => {
      assert.equal(await hoverOn(dockerfile, 'FROM'), undefined);
      assert.equal(await hoverOn(compose, 'replicas'), undefined);
      assert.equal(await hoverOn(manifest, 'replicas'), undefined);
    });
    assert.ok(await hoverOn(dockerfile, 'FROM'), 'restored');
  });

  test('per-kind switches: each silences its kind only', async () => {
    await withSetting('hover.dockerfile', false, async () => {
      assert.equal(await hoverOn(dockerfile, 'FROM'), undefined);
      assert.ok(await hoverOn(compose, 'replicas'));
    });
    await withSetting('hover.compose', false, async () => {
      assert.equal(await hoverOn(compose, 'replicas'), undefined);
      assert.ok(await hoverOn(manifest, 'replicas'));
      assert.ok(await hoverOn(dockerfile, 'FROM'));
    });
    await withSetting('hover.kubernetes', false, async () => {
      assert.equal(await hoverOn(manifest, 'replicas'), undefined);
      assert.equal(await hoverOn(helm, 'replicas'), undefined, 'Helm templates are Kubernetes manifests');
      assert.ok(await hoverOn(compose, 'replicas'));
    });
    assert.ok(await hoverOn(manifest, 'replicas'), 'restored');
  });

  test('a language override: hovers off for [yaml] only', async () => {
    await withSetting(
      'hover.enabled',
      false,
      async () => {
        assert.equal(await hoverOn(manifest, 'replicas'), undefined, 'the manifest is yaml');
        assert.ok(await hoverOn(compose, 'replicas'), 'compose.yaml is dockercompose');
        assert.ok(await hoverOn(dockerfile, 'FROM'));
      },
      vscode.ConfigurationTarget.Global,
      'yaml',
    );
    assert.ok(await hoverOn(manifest, 'replicas'), 'restored');
  });

  test('workspace settings apply too', async () => {
    const settingsFile = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.vscode', 'settings.json');
    const existed = await vscode.workspace.fs.stat(settingsFile).then(
      () => true,
      () => false,
    );
    try {
      await withSetting(
        'hover.kubernetes',
        false,
        async () => {
          assert.equal(await hoverOn(manifest, 'replicas'), undefined);
          assert.ok(await hoverOn(compose, 'replicas'));
        },
        vscode.ConfigurationTarget.Workspace,
      );
      assert.ok(await hoverOn(manifest, 'replicas'), 'restored');
    } finally {
      // Leave the fixture folder as it was.
      if (!existed) {
        const ignore = () => undefined;
        await vscode.workspace.fs.delete(settingsFile).then(undefined, ignore);
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(settingsFile, '..'), { recursive: false }).then(undefined, ignore);
      }
    }
  });

  test('layerLens.hover.detail: brief keeps the badge, summary and note; detailed adds phase, path and counterparts', async () => {
    const detailed = await mustHover(manifest, 'command:', 0, 1);
    assert.match(firstLine(detailed), /^\$\(layers\) \*\*build\/run · Docker layer\*\* · run · `spec\.template\.spec\.containers\[0\]\.command`$/);
    assert.match(detailed.text, /\*Elsewhere:\*/);
    await withSetting('hover.detail', 'brief', async () => {
      const brief = await mustHover(manifest, 'command:', 0, 1);
      assert.equal(firstLine(brief), '$(layers) **build/run · Docker layer**');
      assert.doesNotMatch(brief.text, /\*Elsewhere:\*/);
      assert.match(brief.text, /ENTRYPOINT/, 'the cross-layer note stays');
      assert.match(brief.text, /command:layerLens\.openGuide/, 'links stay');
      assertDocsLink(brief, coreAnswer(manifest, positionOf(manifest, 'command:', 0, 1), 'kubernetes').report.source);
      assert.ok(brief.text.length < detailed.text.length);
    });
  });

  test('layerLens.hover.showLinks: false drops the command links, not the Docs link', async () => {
    await withSetting('hover.showLinks', false, async () => {
      const hover = await mustHover(compose, 'replicas', 0, 1);
      assert.doesNotMatch(hover.text, /command:/);
      assertDocsLink(hover, coreAnswer(compose, positionOf(compose, 'replicas', 0, 1), 'compose').report.source);
      assert.match(firstLine(hover), /Docker Swarm/);
    });
  });

  test('layerLens.maxFileSizeKB: larger files get no hover, and the report says why', async () => {
    const big = await vscode.workspace.openTextDocument({
      language: 'yaml',
      content: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: "${'x'.repeat(3000)}"\n`,
    });
    assert.ok(await hoverOn(big, 'kind'), 'under the default limit');
    await withSetting('maxFileSizeKB', 2, async () => {
      assert.equal(await hoverOn(big, 'kind'), undefined);
      const uri = await vscode.commands.executeCommand<vscode.Uri>('layerLens.explainFile', big.uri);
      const report = await vscode.workspace.openTextDocument(uri);
      assert.match(report.getText(), /^Skipped: +\d+ KB is over the layerLens\.maxFileSizeKB limit of 2 KB$/m);
    });
    assert.ok(await hoverOn(big, 'kind'), 'restored');
    await closeAllEditors();
  });
});
