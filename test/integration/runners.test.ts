// The runner rules in a real VS Code, on test/fixtures/workspace/runners (one image run by Compose and
// Kubernetes): command-not-args and user-not-numeric arrive as diagnostics through the image diagnostics path,
// their quick fixes apply through the code action API and are reverted, and the hover over `command` says what
// starts. Every edit is made in memory and reverted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, mustHover, open } from './helpers';
import { applyAndCheck, diagnostic, quickFix, revert } from './image-helpers';

const MANIFEST = 'runners/k8s/api.yaml';

function files(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('files');
}

suite('runners of one image', () => {
  let original = '';

  suiteSetup(async () => {
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const api = await activate();
    await api.images.ready();
    original = (await open(MANIFEST)).getText();
  });

  suiteTeardown(async () => {
    await revert((await open(MANIFEST)).uri);
    await closeAllEditors();
    await files().update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  test('user-not-numeric: an error on runAsNonRoot naming the Dockerfile USER; the fix adds the uid useradd gives', async () => {
    const doc = await open(MANIFEST);
    const d = await diagnostic(doc, 'user-not-numeric');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.getText(d.range), 'true');
    assert.equal(d.range.start.line, 18);
    assert.match(d.message, /will not start/);
    assert.deepEqual(
      d.relatedInformation?.map((r) => `${vscode.workspace.asRelativePath(r.location.uri)}:${r.location.range.start.line + 1}`),
      ['runners/api/Dockerfile:5'],
    );
    const fix = await quickFix(doc, 'user-not-numeric', /^Add `runAsUser: 10001`/);
    await applyAndCheck(fix, 'user-not-numeric', doc, { [MANIFEST]: original.replace('runAsNonRoot: true\n', 'runAsNonRoot: true\n            runAsUser: 10001\n') });
  });

  test('command-not-args: a warning on the command key naming the Compose command; the fix renames it to args', async () => {
    const doc = await open(MANIFEST);
    const d = await diagnostic(doc, 'command-not-args');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(d.range), 'command');
    assert.match(d.message, /As `args` it starts `node server\.js --trace-warnings`/);
    const fix = await quickFix(doc, 'command-not-args', /^Rename `command:` to `args:`$/);
    await applyAndCheck(fix, 'command-not-args', doc, { [MANIFEST]: original.replace('          command: ["server.js"', '          args: ["server.js"') });
  });

  test('the hover over command says what starts and where each part comes from', async () => {
    const doc = await open(MANIFEST);
    const hover = await mustHover(doc, 'command:', 0, 1);
    assert.match(hover.text, /\$\(play\) \*\*starts\*\* `server\.js --trace-warnings`: ENTRYPOINT replaced by `command`, CMD from api\/Dockerfile:7 dropped/);
    // On the command's value too; not on the keys around it, which have no process to tell.
    assert.match((await mustHover(doc, '--trace-warnings', 0, 2)).text, /\*\*starts\*\* `server\.js --trace-warnings`/);
    for (const key of ['image:', 'containers:']) assert.doesNotMatch((await mustHover(doc, key, 0, 1)).text, /\*\*starts\*\*/, key);
  });
});
