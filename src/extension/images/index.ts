// The workspace image features: one lazily built index, and the editor features reading it — diagnostics, quick
// fixes, Go to Definition from an image to its Dockerfile, and a CodeLens on each Dockerfile's image stage.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../cache';
import { LANGUAGE_IDS } from '../../core/editor-language';
import { CompareRunnersView, type CompareApi } from '../compare';
import { ImageCodeLensProvider } from './code-lens';
import { ImageDefinitionProvider } from './definition';
import { ImageDiagnostics } from './diagnostics';
import { ImageQuickFixes } from './quick-fixes';
import { VscodeImageIndex, type ImageIndexStats } from './vscode-image-index';
import type { ProcessHover } from '../hover';
import { hoverText, runnersCore } from '../lazy-core';

/** What the extension's API exposes of the index (the integration tests wait on it and read its figures). */
export interface ImagesApi {
  /** Resolves when the first scan of the workspace has finished (starting it if needed). */
  ready(): Promise<void>;
  readonly stats: Readonly<ImageIndexStats> & { lastDiagnosticsMs?: number };
  /** The Compare Runners view, built from the same index. */
  readonly compare: CompareApi;
}

/** Where an image can be referenced: YAML of every flavour, and the build scripts that tag images. */
const REFERENCE_SELECTOR: vscode.DocumentSelector = [
  ...['dockercompose', 'yaml', 'helm', 'shellscript', 'makefile'].map((language) => ({ language })),
  { language: 'json', pattern: '**/{package.json,docker-bake.json,*.bake.json}' },
];

export function registerImageFeatures(
  cache: AnalysisCache,
  extensionUri: vscode.Uri,
): { disposables: vscode.Disposable[]; api: ImagesApi; processHover: ProcessHover } {
  const index = new VscodeImageIndex(cache);
  const diagnostics = new ImageDiagnostics(index);
  const lenses = new ImageCodeLensProvider(index);
  const compare = new CompareRunnersView(extensionUri, index);
  // Findings sit in Dockerfiles, Compose files, manifests and kustomizations: the extension's own languages.
  const findingSelector = LANGUAGE_IDS.map((language) => ({ language }));
  const disposables = [
    index,
    diagnostics,
    lenses,
    compare,
    vscode.languages.registerCodeActionsProvider(findingSelector, new ImageQuickFixes(index), ImageQuickFixes.metadata),
    vscode.languages.registerDefinitionProvider(REFERENCE_SELECTOR, new ImageDefinitionProvider(index)),
    vscode.languages.registerCodeLensProvider({ language: 'dockerfile' }, lenses),
  ];
  const api: ImagesApi = {
    ready: () => index.ready(),
    get stats() {
      return { ...index.stats, lastDiagnosticsMs: diagnostics.lastRefreshMs };
    },
    compare: compare.api,
  };
  // The index answers with what it holds now (the first scan may still run): a hover never waits for it.
  const processHover: ProcessHover = (document, offset) => {
    const key = index.sync(document);
    const at = key === undefined ? undefined : runnersCore().processAt(index.core, key, offset);
    return at && hoverText().processHoverMarkdown(at);
  };
  return { disposables, api, processHover };
}
