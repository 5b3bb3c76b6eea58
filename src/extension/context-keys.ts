// Context keys for menus and keybindings. Plain YAML is only supported when its content says Kubernetes or Compose,
// and JSON only when its head says JSON 6902 patch, which no `when` clause can see, so the extension tells VS Code:
//   layerLens.supportedFile   the active editor holds a file Layer Lens explains
//   layerLens.supportedPaths  paths of visible editors that do, for per-editor menus (`resourcePath in …`)
// Paths, not URIs: in a remote window the workbench sees `vscode-remote://host/p` where this extension host sees
// `file:///p`. `resourcePath` is a file URI's fsPath and any other URI's path, so both forms are listed.
// Only visible editors are sniffed (a top-level-key scan, not a parse), on editor and language changes and
// shortly after typing stops.
import * as vscode from 'vscode';
import { isSupportedLanguage } from '../core/editor-language';
import { editorKind } from './document-kind';
import { isHelmValuesName } from '../core/recognize';

const DELAY_MS = 300;

export class SupportedFileContext implements vscode.Disposable {
  private readonly memo = new Map<string, { version: number; languageId: string; supported: boolean }>();
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private active: boolean | undefined;
  private paths = '';

  constructor() {
    const soon = () => this.schedule();
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeVisibleTextEditors(soon),
      // A language change closes and reopens the document under its new id.
      vscode.workspace.onDidOpenTextDocument(soon),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) soon();
      }),
    ];
    // Activation does no work itself: the first look happens after it returns.
    soon();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), DELAY_MS);
  }

  private update(): void {
    clearTimeout(this.timer);
    const visible = vscode.window.visibleTextEditors.map((e) => e.document);
    const keep = new Set(visible.map((d) => d.uri.toString()));
    for (const key of this.memo.keys()) if (!keep.has(key)) this.memo.delete(key);

    const supported = [...new Set(visible.filter((d) => this.supported(d)).flatMap((d) => [d.uri.fsPath, d.uri.path]))].sort();
    const active = vscode.window.activeTextEditor ? this.supported(vscode.window.activeTextEditor.document) : false;
    if (active !== this.active) {
      this.active = active;
      void vscode.commands.executeCommand('setContext', 'layerLens.supportedFile', active);
    }
    const joined = supported.join('\n');
    if (joined !== this.paths) {
      this.paths = joined;
      void vscode.commands.executeCommand('setContext', 'layerLens.supportedPaths', supported);
    }
  }

  private supported(document: vscode.TextDocument): boolean {
    if (!isSupportedLanguage(document.languageId)) return false;
    const key = document.uri.toString();
    const hit = this.memo.get(key);
    if (hit && hit.version === document.version && hit.languageId === document.languageId) return hit.supported;
    // A values file is explained through its chart; whether a Chart.yaml sits beside it is checked on explaining.
    const supported = isHelmValuesName(document.uri.path) || editorKind(document) !== 'unknown';
    this.memo.set(key, { version: document.version, languageId: document.languageId, supported });
    return supported;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
