// Quick fixes for the image findings. A fix may edit several files (build-at-runtime moves a command into the
// Dockerfile), so the edit is built only when the user picks the action (resolveCodeAction): each target is
// opened — an unsaved editor buffer included, never its file on disk — and must still hold the text the fix was
// computed from, or nothing is applied.
import * as vscode from 'vscode';
import type { Fix } from '../../core/images';
import { imagesCore } from '../lazy-core';
import { currentFindings, toDiagnostic } from './diagnostics';
import { ruleSeverities } from './settings';
import type { VscodeImageIndex } from './vscode-image-index';

interface Pending {
  fix: Fix;
  /** Each target's text when the fix was computed: its offsets refer to it. */
  texts: Map<string, string | undefined>;
}

export class ImageQuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };
  private readonly pending = new WeakMap<vscode.CodeAction, Pending>();

  constructor(private readonly index: VscodeImageIndex) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    await this.index.ready();
    if (token.isCancellationRequested || !this.index.sync(document)) return [];
    const current = currentFindings(this.index, document);
    if (!current) return [];
    const actions: vscode.CodeAction[] = [];
    const severityOf = ruleSeverities(document);
    for (const finding of current.findings) {
      if (finding.fixes.length === 0) continue;
      const diagnostic = toDiagnostic(this.index, finding, severityOf);
      if (!diagnostic || !diagnostic.range.intersection(range)) continue;
      for (const fix of finding.fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred === true;
        const texts = new Map(fix.edits.map((e) => [e.path, this.index.textOf(e.path)]));
        this.pending.set(action, { fix, texts });
        actions.push(action);
      }
    }
    return actions;
  }

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    const pending = this.pending.get(action);
    if (!pending) return action;
    const edit = new vscode.WorkspaceEdit();
    for (const [path, edits] of imagesCore().editsByPath(pending.fix.edits)) {
      const uri = this.index.keys.uriOf(path);
      const document = uri && (await vscode.workspace.openTextDocument(uri));
      if (!document || document.getText() !== pending.texts.get(path)) {
        void vscode.window.showWarningMessage(`Layer Lens: ${uri ? vscode.workspace.asRelativePath(uri) : path} changed since this fix was computed; nothing was applied. Try the fix again.`);
        return action;
      }
      for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
    }
    action.edit = edit;
    return action;
  }
}
