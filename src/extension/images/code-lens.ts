// A CodeLens above the FROM of each Dockerfile stage that some build turns into an image: which image, and
// who runs it ("builds acme/api:2 · run by 2 Deployments · 1 Compose service"). Clicking it lists those places
// in the references peek; a "Compare runners" lens beside it opens the Compare Runners view at that image.
import * as vscode from 'vscode';
import { imagesCore } from '../lazy-core';
import { codeLensEnabled } from './settings';
import type { VscodeImageIndex } from './vscode-image-index';

export class ImageCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly index: VscodeImageIndex) {
    this.disposables = [
      this.changed,
      index.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('layerLens.codeLens.enabled')) this.changed.fire();
      }),
    ];
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!codeLensEnabled(document)) return [];
    await this.index.ready();
    if (token.isCancellationRequested) return [];
    const key = this.index.sync(document);
    if (!key || this.index.textOf(key) !== document.getText()) return [];
    return imagesCore().lensesFor(this.index.core, key).flatMap((lens) => {
      const range = this.index.range(key, lens.start, lens.end);
      const locations = lens.runs.flatMap((r) => {
        const uri = this.index.keys.uriOf(r.path);
        return uri ? [new vscode.Location(uri, this.index.range(r.path, r.start, r.end))] : [];
      });
      const command: vscode.Command =
        locations.length > 0
          ? {
              title: lens.title,
              command: 'editor.action.showReferences',
              arguments: [document.uri, range.start, locations],
              tooltip: `Where ${lens.images[0] ?? 'this image'} runs (built by ${lens.builtBy.join(', ')})`,
            }
          : { title: lens.title, command: '' };
      // Where the image runs somewhere, a second lens compares how each place starts it.
      const compare: vscode.Command = {
        title: 'Compare runners',
        command: 'layerLens.compareRunners',
        arguments: [document.uri],
        tooltip: 'Layer Lens: Compare Runners — how the Dockerfile, Compose, Swarm and Kubernetes start this image',
      };
      const both = [new vscode.CodeLens(range, command)];
      if (locations.length > 0) both.push(new vscode.CodeLens(range, compare));
      return both;
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
