// "Layer Lens: Compare Runners": a webview beside the editor with one table per image — the Dockerfile's defaults,
// each Compose or Swarm service and each Kubernetes container — from the core's runner model over the workspace
// image index. The page is the core's HTML (src/core/compare-view); this adapter gives it a fresh nonce per
// rendering, loads nothing but media/compare.css and media/compare.js, re-renders as the index changes, and opens
// a file at a line when the page asks — after checking the message (known type, a path the page links to and
// that lies in the workspace, a positive integer line).
import * as vscode from 'vscode';
import type { OpenMessage } from '../core/compare-view';
import { compareViewCore, runnersCore } from './lazy-core';
import type { VscodeImageIndex } from './images/vscode-image-index';

export const COMPARE_VIEW_TYPE = 'layerLens.compareRunners';
/** Index changes are re-rendered this long after the last one. */
const RENDER_DELAY_MS = 300;

/** What the integration tests read and drive: the page as last rendered, and the message handler itself. */
export interface CompareApi {
  /** The HTML last given to the panel, or undefined while none is open. */
  html(): string | undefined;
  /** How many times the page was rendered since activation. */
  renders(): number;
  /** Hands a message to the panel's handler, as the page would; resolves to the editor it opened, if any. */
  receive(message: unknown): Promise<vscode.TextEditor | undefined>;
}

export class CompareRunnersView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private linked = new Set<string>();
  private focusPath: string | undefined;
  private html: string | undefined;
  private renders = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The index changed while the panel was hidden: render when it shows again. */
  private stale = false;
  private readonly disposables: vscode.Disposable[];
  readonly api: CompareApi;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: VscodeImageIndex,
  ) {
    this.disposables = [
      vscode.commands.registerCommand('layerLens.compareRunners', (uri?: unknown) => this.show(uri)),
      index.onDidChange(() => this.indexChanged()),
      // A panel left open when the window reloads comes back, rendered afresh (it keeps no state of its own).
      vscode.window.registerWebviewPanelSerializer(COMPARE_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => {
          if (this.panel) return panel.dispose();
          panel.webview.options = this.webviewOptions();
          this.panel = this.adopt(panel);
          await this.render();
        },
      }),
    ];
    this.api = {
      html: () => (this.panel ? this.html : undefined),
      renders: () => this.renders,
      receive: (message) => this.receive(message),
    };
  }

  /** The command: open (or bring forward) the panel, scrolled to the image of `uri` when given. */
  async show(uri?: unknown): Promise<void> {
    const source = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    this.focusPath = source ? this.index.keys.keyOf(source) : undefined;
    if (this.panel) this.panel.reveal(undefined, true);
    else this.panel = this.createPanel();
    await this.render();
  }

  private createPanel(): vscode.WebviewPanel {
    const options = { ...this.webviewOptions(), enableFindWidget: true };
    const column = { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true };
    return this.adopt(vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, 'Compare Runners', column, options));
  }

  /** Scripts for the page's links; resources from media/ only; no command links. */
  private webviewOptions(): vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private adopt(panel: vscode.WebviewPanel): vscode.WebviewPanel {
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.html = undefined;
    });
    panel.webview.onDidReceiveMessage((m) => void this.receive(m));
    // A panel hidden while files changed is rendered afresh when shown again. Only then: a re-render replaces the
    // page, so one on every focus change would reset its scroll and take the keyboard focus from its links.
    panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.visible && this.stale) this.schedule();
    });
    return panel;
  }

  private indexChanged(): void {
    if (this.panel?.visible) this.schedule();
    else if (this.panel) this.stale = true;
  }

  private schedule(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), RENDER_DELAY_MS);
  }

  private async render(): Promise<void> {
    clearTimeout(this.timer);
    await this.index.ready();
    const panel = this.panel;
    if (!panel) return;
    this.stale = false;
    const comparison = runnersCore().compareRunners(this.index.core);
    const view = compareViewCore();
    this.linked = new Set(view.linkedLines(comparison).map((l) => l.path));
    const webview = panel.webview;
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name)).toString();
    const html = view.comparisonHtml(comparison, {
      nonce: freshNonce(),
      cspSource: webview.cspSource,
      styleUri: media('compare.css'),
      scriptUri: media('compare.js'),
      focusPath: this.focusPath,
      displayPath: (path) => {
        const uri = this.index.keys.uriOf(path);
        return uri ? vscode.workspace.asRelativePath(uri) : path;
      },
    });
    this.renders++;
    this.html = html;
    webview.html = html;
  }

  /** A message from the page: acted on only when it is an `open` of a line the page links to, in the workspace. */
  private async receive(message: unknown): Promise<vscode.TextEditor | undefined> {
    const open: OpenMessage | undefined = compareViewCore().parseViewMessage(message, this.linked);
    const uri = open && this.index.keys.uriOf(open.path);
    if (!open || !uri || !vscode.workspace.getWorkspaceFolder(uri)) {
      console.warn('Layer Lens: Compare Runners ignored a message it does not accept');
      return undefined;
    }
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch (err) {
      void vscode.window.showErrorMessage(`Layer Lens could not open ${vscode.workspace.asRelativePath(uri)}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    const line = Math.min(open.line, document.lineCount) - 1;
    const at = new vscode.Position(line, document.lineAt(line).firstNonWhitespaceCharacterIndex);
    // Beside the panel, never over it.
    const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    return vscode.window.showTextDocument(document, {
      viewColumn: column,
      selection: new vscode.Range(at, at),
      preview: false,
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** 16 random bytes in base64, from Web Crypto: the same global in Node's extension host and in a web worker. */
function freshNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
