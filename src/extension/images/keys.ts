// Workspace URIs ↔ the '/'-separated paths the core image index is keyed by. The URI path is the key, so the
// relative paths inside files (`build: ./api`, `context: ..`) resolve by plain path arithmetic, in local,
// remote and virtual (vscode-vfs) workspaces alike. A folder on another scheme or authority than the first
// folder gets a prefix, so two roots can never share a key.
import * as vscode from 'vscode';

export class UriKeys {
  private readonly uris = new Map<string, vscode.Uri>();

  /** The key of a URI (nothing is recorded: see remember). */
  keyOf(uri: vscode.Uri): string {
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    return !base || (uri.scheme === base.scheme && uri.authority === base.authority)
      ? uri.path
      : `/${encodeURIComponent(uri.scheme)}/${encodeURIComponent(uri.authority)}${uri.path}`;
  }

  /** The key of a URI fed to the index, recorded so uriOf can answer for it. */
  remember(uri: vscode.Uri): string {
    const key = this.keyOf(uri);
    this.uris.set(key, uri);
    return key;
  }

  /** The URI an indexed key came from. */
  uriOf(key: string): vscode.Uri | undefined {
    return this.uris.get(key);
  }

  forget(key: string): void {
    this.uris.delete(key);
  }

  clear(): void {
    this.uris.clear();
  }
}

/** Documents that join the index: saved files inside a workspace folder (not untitled, diff or output views). */
export function joinsIndex(uri: vscode.Uri): boolean {
  return uri.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(uri) !== undefined && !inSkippedFolder(uri);
}

/**
 * Dependencies and version control: findFiles skips them through its exclude glob (vscode-image-index.ts), and
 * watcher events from inside them are dropped here.
 */
function inSkippedFolder(uri: vscode.Uri): boolean {
  return /\/(?:node_modules|\.git)\//.test(uri.path);
}
