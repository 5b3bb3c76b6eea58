// "Layer Lens: Show Layers" / "Hide Layers": each line holding a key is marked with its layer — a bar at the left
// edge of the text, beside the line numbers, and a mark in the overview ruler — in two theme colors the extension
// contributes (`layerLens.buildRunForeground`, `layerLens.scheduleScaleForeground`; users can restyle them under
// `workbench.colorCustomizations`). Which line has which layer is the core's answer (core/layer-lines.ts) over the
// cached analysis; this adapter only paints. A bar rather than a gutter icon: VS Code draws gutter icons from
// fixed images, while a line's border takes a ThemeColor.
// The commands flip `layerLens.decorations` where it is set (the workspace when it has a value, else the user's
// settings), so the switch survives a reload and the setting and the commands never disagree.
import * as vscode from 'vscode';
import type { LayerLines } from '../core';
import { mayAnalyze } from './document-kind';
import { LAYERS, type Layer } from '../core/types';
import type { AnalysisCache } from './cache';
import { decorationsEnabled, SECTION } from './config';
import { LAYER_COLORS } from './layer-colors';
import { core } from './lazy-core';

/** Edits are repainted this long after typing stops. */
const REPAINT_DELAY_MS = 300;

/** What the integration tests read: the marks last painted in the visible editor of a document. */
export interface LayersApi {
  /** The 0-based lines marked per layer in a visible editor of `uri`, or undefined when none is marked. */
  shown(uri: vscode.Uri): LayerLines | undefined;
}

export class LayerDecorations implements vscode.Disposable {
  private types: Record<Layer, vscode.TextEditorDecorationType> | undefined;
  /** Document URI → the lines painted in its visible editors. */
  private painted = new Map<string, LayerLines>();
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly api: LayersApi = { shown: (uri) => this.painted.get(uri.toString()) };

  constructor(private readonly cache: AnalysisCache) {
    this.disposables = [
      vscode.commands.registerCommand('layerLens.showLayers', () => setDecorations(true)),
      vscode.commands.registerCommand('layerLens.hideLayers', () => setDecorations(false)),
      // A tab brought back is a new editor without decorations; a language change reopens the document.
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()),
      vscode.workspace.onDidOpenTextDocument(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && decorationsEnabled() && isVisible(e.document)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.decorations`) || e.affectsConfiguration(`${SECTION}.maxFileSizeKB`)) this.paintAll();
      }),
    ];
    // Activation does no work itself: a window that starts with the setting on is painted right after.
    if (decorationsEnabled()) this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.paintAll(), REPAINT_DELAY_MS);
  }

  /** Paint every visible editor afresh, or clear them all when the setting is off. */
  private paintAll(): void {
    clearTimeout(this.timer);
    const on = decorationsEnabled();
    if (!on && this.painted.size === 0) return; // nothing shown, nothing to do: the core stays unloaded
    const next = new Map<string, LayerLines>();
    for (const editor of vscode.window.visibleTextEditors) {
      const lines = on ? this.linesOf(editor.document) : undefined;
      this.paint(editor, lines);
      if (lines) next.set(editor.document.uri.toString(), lines);
    }
    this.painted = next;
  }

  /** The core's line → layer answer, or undefined for a file Layer Lens does not read (or one over the size limit). */
  private linesOf(document: vscode.TextDocument): LayerLines | undefined {
    if (!mayAnalyze(document)) return undefined;
    const analysis = this.cache.analysisFor(document);
    if (analysis.kind === 'unknown' || analysis.skipped) return undefined;
    return core().layerLines(analysis);
  }

  private paint(editor: vscode.TextEditor, lines: LayerLines | undefined): void {
    if (!lines && !this.types) return;
    const types = (this.types ??= createTypes());
    for (const layer of LAYERS) {
      const ranges = (lines?.[layer] ?? []).map((line) => new vscode.Range(line, 0, line, 0));
      editor.setDecorations(types[layer], ranges);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    // Disposing a decoration type removes its marks from every editor.
    for (const t of Object.values(this.types ?? {})) t.dispose();
    this.painted.clear();
  }
}

function createTypes(): Record<Layer, vscode.TextEditorDecorationType> {
  const type = (layer: Layer) => {
    const color = new vscode.ThemeColor(LAYER_COLORS[layer]);
    return vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      borderColor: color,
      borderStyle: 'solid',
      borderWidth: '0 0 0 3px',
      overviewRulerColor: color,
      // The center lane: the left one holds source control changes, the right one problems.
      overviewRulerLane: vscode.OverviewRulerLane.Center,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  };
  return Object.fromEntries(LAYERS.map((l) => [l, type(l)])) as Record<Layer, vscode.TextEditorDecorationType>;
}

function isVisible(document: vscode.TextDocument): boolean {
  return vscode.window.visibleTextEditors.some((e) => e.document === document);
}

/** Flip the setting where it takes effect: the workspace when it sets a value, otherwise the user's settings. */
async function setDecorations(on: boolean): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const inWorkspace = config.inspect<boolean>('decorations')?.workspaceValue !== undefined;
  await config.update('decorations', on, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
}
