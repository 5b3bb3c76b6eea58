// Go to Definition from an image reference (`image:` in Compose or a manifest, a build tag in a script, a
// Kustomize `images:` name) to the FROM line of the Dockerfile stage that becomes that image.
import * as vscode from 'vscode';
import { imagesCore } from '../lazy-core';
import type { VscodeImageIndex } from './vscode-image-index';

export class ImageDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly index: VscodeImageIndex) {}

  async provideDefinition(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.LocationLink[] | undefined> {
    await this.index.ready();
    if (token.isCancellationRequested) return undefined;
    const key = this.index.sync(document);
    if (!key || this.index.textOf(key) !== document.getText()) return undefined;
    const found = imagesCore().definitionAt(this.index.core, key, document.offsetAt(position));
    const targetUri = found && this.index.keys.uriOf(found.path);
    if (!found || !targetUri) return undefined;
    const target = this.index.range(found.path, found.start, found.end);
    return [
      {
        originSelectionRange: this.index.range(key, found.origin.start, found.origin.end),
        targetUri,
        targetRange: target,
        targetSelectionRange: target,
      },
    ];
  }
}
