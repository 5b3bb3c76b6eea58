// Diagnostics and quick fixes of the workspace image rules, as the integration tests read them: wait for a rule's
// diagnostic, resolve its quick fix, apply it, check the texts and revert like a user would.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, until } from './helpers';

export const SOURCE = 'Layer Lens';
/** Diagnostics come after the index follows an edit (200 ms) and the refresh debounce (100 ms). */
export const WAIT_MS = 15_000;

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export async function diagnostic(doc: vscode.TextDocument, rule: string): Promise<vscode.Diagnostic> {
  let found: vscode.Diagnostic | undefined;
  await until(
    () => (found = ours(doc.uri).find((d) => d.code === rule)) !== undefined,
    `a ${rule} diagnostic on ${vscode.workspace.asRelativePath(doc.uri)}`,
    WAIT_MS,
  );
  return found!;
}

export async function gone(doc: vscode.TextDocument, rule: string): Promise<void> {
  await until(() => !ours(doc.uri).some((d) => d.code === rule), `no ${rule} diagnostic on ${vscode.workspace.asRelativePath(doc.uri)}`, WAIT_MS);
}

/**
 * The quick fix offered for the rule's diagnostic, resolved (its edit built). Matched by title: the code action
 * command hands actions back without their diagnostics.
 */
export async function quickFix(doc: vscode.TextDocument, rule: string, title: RegExp): Promise<vscode.CodeAction> {
  const d = await diagnostic(doc, rule);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value, 50)) ?? [];
  const mine = actions.filter((a) => title.test(a.title));
  assert.equal(mine.length, 1, `one ${rule} fix among: ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(mine[0].kind?.value, vscode.CodeActionKind.QuickFix.value);
  assert.equal(mine[0].isPreferred, true);
  assert.ok(mine[0].edit, 'the action is resolved with an edit');
  return mine[0];
}

/** Undo unsaved changes the way a user would (File: Revert File), so no editor is left dirty. */
export async function revert(uri: vscode.Uri): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await until(() => !doc.isDirty, `${vscode.workspace.asRelativePath(uri)} reverted`);
}

/** Apply a fix, check each file it touches, wait for its finding to go, then revert every touched file. */
export async function applyAndCheck(action: vscode.CodeAction, rule: string, at: vscode.TextDocument, expected: Record<string, string>): Promise<void> {
  const touched = action.edit!.entries().map(([uri]) => uri);
  assert.deepEqual(touched.map((u) => vscode.workspace.asRelativePath(u)).sort(), Object.keys(expected).sort(), 'the files the fix edits');
  try {
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    for (const [relative, text] of Object.entries(expected)) assert.equal((await open(relative)).getText(), text, relative);
    await gone(at, rule);
  } finally {
    for (const uri of touched) await revert(uri);
  }
}
