// After an edit, the extension brings its analysis up to date from the edit ranges VS Code reports, and every
// hover still answers exactly what a full analysis of the new text answers: typing, a new `---` marker, a removed
// one, and several edits in one change (multi-cursor).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, coreAnswer, firstLine, mustHover, positionOf, until } from './helpers';

const doc = (name: string, replicas: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${replicas}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: nginx:1.27\n`;

/** Every `replicas`, `image` and `name` key hovers as the core answers for the text as it is now. */
async function assertHoversMatchCore(document: vscode.TextDocument): Promise<void> {
  for (const needle of ['replicas', 'image', 'name']) {
    const count = document.getText().split(needle).length - 1;
    for (let nth = 0; nth < count; nth++) {
      const hover = await mustHover(document, needle, nth, 1);
      const { field } = coreAnswer(document, positionOf(document, needle, nth, 1), 'kubernetes');
      assert.ok(firstLine(hover).includes(`\`${field.path}\``), `${needle} #${nth}: ${field.path} in ${firstLine(hover)}`);
    }
  }
}

async function apply(document: vscode.TextDocument, build: (edit: vscode.WorkspaceEdit) => void): Promise<void> {
  const before = document.version;
  const edit = new vscode.WorkspaceEdit();
  build(edit);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await until(() => document.version > before, 'the edit');
}

suite('incremental analysis', () => {
  test('edits re-read only what they touched, and hovers answer as a full analysis would', async () => {
    const api = await activate();
    const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: [doc('a', 1), doc('b', 2), doc('c', 3)].join('---\n') });
    await assertHoversMatchCore(document);
    const incremental = api.incrementalCount;

    // Typing in the second document's name.
    const at = document.positionAt(document.getText().indexOf('name: b') + 7);
    await apply(document, (e) => e.insert(document.uri, at, 'ee'));
    await assertHoversMatchCore(document);
    assert.ok(api.incrementalCount > incremental, 'the edit was applied to the previous analysis');

    // A new marker splits the second document: its spec becomes a document of its own.
    const spec = document.positionAt(document.getText().indexOf('spec:', document.getText().indexOf('name: bee')));
    await apply(document, (e) => e.insert(document.uri, spec, '---\n'));
    await assertHoversMatchCore(document);

    // Two edits in one change, as multi-cursor typing makes them.
    const text = document.getText();
    await apply(document, (e) => {
      e.insert(document.uri, document.positionAt(text.indexOf('replicas: 1') + 11), '0');
      e.insert(document.uri, document.positionAt(text.indexOf('replicas: 3') + 11), '0');
    });
    await assertHoversMatchCore(document);

    // Removing the marker joins the documents again.
    const marker = document.getText().indexOf('---\nspec:');
    await apply(document, (e) => e.delete(document.uri, new vscode.Range(document.positionAt(marker), document.positionAt(marker + 4))));
    await assertHoversMatchCore(document);
    assert.ok(api.incrementalCount >= incremental + 4, `${api.incrementalCount - incremental} incremental analyses for 4 edits`);
  });
});
