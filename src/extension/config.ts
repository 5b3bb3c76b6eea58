// Typed reads of the `layerLens.*` settings (declared in package.json). Read per use, scoped to the document, so
// workspace, folder and `[yaml]`-style language overrides apply without a reload.
import * as vscode from 'vscode';
import type { FileKind } from '../core';

export const SECTION = 'layerLens';

export type GuideTarget = 'preview' | 'editor';

function settings(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

/** The hover settings for a document: one configuration read per hover. */
export interface HoverSettings {
  /** The master switch. */
  enabled: boolean;
  /** The per-kind switch; never on for a kind Layer Lens does not read. */
  forKind(kind: FileKind): boolean;
  detailed: boolean;
  links: boolean;
}

/** Kustomizations and their patches are Kubernetes configuration: `layerLens.hover.kubernetes` switches them too. */
function settingKind(kind: FileKind): FileKind {
  return kind === 'kustomization' || kind === 'json-patch' ? 'kubernetes' : kind;
}

export function hoverSettings(document: vscode.TextDocument): HoverSettings {
  const s = settings(document);
  return {
    enabled: s.get<boolean>('hover.enabled', true),
    forKind: (kind) => kind !== 'unknown' && s.get<boolean>(`hover.${settingKind(kind)}`, true),
    detailed: s.get<string>('hover.detail', 'detailed') !== 'brief',
    links: s.get<boolean>('hover.showLinks', true),
  };
}

/** Larger documents are not analyzed: no hovers, and the report says why (nor indexed for images). */
export function maxBytes(scope: vscode.TextDocument | vscode.Uri): number {
  const kb = settings(scope).get<number>('maxFileSizeKB', 4096);
  return Math.max(1, Math.floor(Number.isFinite(kb) ? kb : 4096)) * 1024;
}

export function autoRefresh(scope?: vscode.ConfigurationScope): boolean {
  return settings(scope).get<boolean>('explain.autoRefresh', true);
}

export function guideTarget(): GuideTarget {
  return settings().get<GuideTarget>('guide.openIn', 'preview') === 'editor' ? 'editor' : 'preview';
}

/** "Show Layers": mark each line's layer in the gutter and the overview ruler. A window setting: one switch. */
export function decorationsEnabled(): boolean {
  return settings().get<boolean>('decorations', false) === true;
}
