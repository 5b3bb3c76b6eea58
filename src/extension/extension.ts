// Layer Lens in VS Code: thin adapters over the pure core. Activation only registers providers and commands:
// the core itself loads on first use (./lazy-core), and documents are analyzed the first time a hover or a report
// asks, then cached per version.
import * as vscode from 'vscode';
import { AnalysisCache } from './cache';
import { ChartIndex } from './charts';
import { SupportedFileContext } from './context-keys';
import { ExplainFeature } from './explain';
import { registerGuide } from './guide';
import { LayerHoverProvider } from './hover';
import { LayerDecorations, type LayersApi } from './layers';
import { registerImageFeatures, type ImagesApi } from './images';
import { LANGUAGE_IDS, PATCH_LANGUAGE_IDS } from '../core/editor-language';
import { preloadWhenIdle } from './lazy-core';

/** What `activate` returns: read by the integration tests (and any extension that depends on this one). */
export interface LayerLensApi {
  /** How many times a document has been analyzed since activation: an unchanged document is analyzed once. */
  readonly analysisCount: number;
  /** How many of those analyses re-read only what an edit touched (VS Code's edit ranges; the rest were full). */
  readonly incrementalCount: number;
  /** The workspace image index behind diagnostics, quick fixes, Go to Definition and the Dockerfile CodeLens. */
  readonly images: ImagesApi;
  /** The layer marks of Layer Lens: Show Layers. */
  readonly layers: LayersApi;
}

export function activate(context: vscode.ExtensionContext): LayerLensApi {
  const cache = new AnalysisCache();
  const charts = new ChartIndex();
  // Every scheme (file, untitled, vscode-vfs, git diffs…): the provider reads only the document's text. JSON too, for
  // JSON 6902 patch files: the provider tells them from the rest by their head and returns at once for the rest.
  const selector = [...LANGUAGE_IDS, ...PATCH_LANGUAGE_IDS].map((language) => ({ language }));
  // The image index reads the workspace later, in the background: registering it does no work.
  const images = registerImageFeatures(cache, context.extensionUri);
  const layers = new LayerDecorations(cache);
  context.subscriptions.push(
    cache,
    charts,
    vscode.languages.registerHoverProvider(selector, new LayerHoverProvider(cache, charts, images.processHover)),
    new ExplainFeature(cache, charts),
    ...registerGuide(),
    new SupportedFileContext(),
    layers,
    ...images.disposables,
    // The core loads once the editor is idle, so the first hover does not wait for it.
    { dispose: preloadWhenIdle() },
  );
  return {
    get analysisCount() {
      return cache.parses;
    },
    get incrementalCount() {
      return cache.updates;
    },
    images: images.api,
    layers: layers.api,
  };
}

export function deactivate(): void {
  // Everything is in context.subscriptions, which VS Code disposes.
}
