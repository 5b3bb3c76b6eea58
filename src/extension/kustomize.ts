// Which kustomization names a patch file, for the editor: JSON 6902 operations point into the object their
// kustomization targets, so before a patch file is analyzed the kustomization in its folder or the folders above is
// read (its open editor's text if it has one, else the file) and the target is kept for the synchronous analysis.
// Kustomizations are re-read when one changes on disk or in an editor.
import * as vscode from 'vscode';
import type { PatchFileRef } from '../core';
import { baseName, kindFromName, KUSTOMIZATION_FILE_NAMES, PATCH_LEVELS_UP } from '../core/recognize';
import { core } from './lazy-core';


export class PatchRefIndex implements vscode.Disposable {
  /** Folder URI → its kustomization's patch refs, keyed by the patch file's URI. */
  private readonly folders = new Map<string, Promise<Map<string, PatchFileRef>>>();
  /** Patch file URI → the ref found when it was last prepared (null: none names it). */
  private readonly resolved = new Map<string, PatchFileRef | null>();
  private readonly disposables: vscode.Disposable[];

  constructor() {
    const forget = () => {
      this.folders.clear();
      this.resolved.clear();
    };
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${KUSTOMIZATION_FILE_NAMES.join(',')}}`);
    this.disposables = [
      watcher,
      watcher.onDidChange(forget),
      watcher.onDidCreate(forget),
      watcher.onDidDelete(forget),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (kindFromName(baseName(e.document.uri.path)) === 'kustomization') forget();
      }),
    ];
  }

  /** The ref found by the last `prepare` of this file, if any. */
  refTo(uri: vscode.Uri): PatchFileRef | undefined {
    return this.resolved.get(uri.toString()) ?? undefined;
  }

  /** Finds the kustomization that names this file, if one does, for `refTo` to answer synchronously. */
  async prepare(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (this.resolved.has(key)) return;
    let folder = vscode.Uri.joinPath(uri, '..');
    let found: PatchFileRef | undefined;
    for (let level = 0; level <= PATCH_LEVELS_UP && !found; level++) {
      found = (await this.refsIn(folder)).get(key);
      const up = vscode.Uri.joinPath(folder, '..');
      if (up.path === folder.path) break;
      folder = up;
    }
    this.resolved.set(key, found ?? null);
  }

  private refsIn(folder: vscode.Uri): Promise<Map<string, PatchFileRef>> {
    const key = folder.toString();
    let refs = this.folders.get(key);
    if (!refs) {
      refs = readRefs(folder);
      this.folders.set(key, refs);
    }
    return refs;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

async function readRefs(folder: vscode.Uri): Promise<Map<string, PatchFileRef>> {
  const refs = new Map<string, PatchFileRef>();
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const text = await readText(vscode.Uri.joinPath(folder, name));
    if (text === undefined) continue;
    for (const ref of core().patchFileRefs(text)) refs.set(vscode.Uri.joinPath(folder, ref.path).toString(), ref);
    break;
  }
  return refs;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // no such file: this folder has no kustomization of that name
  }
}
