// Typed reads of the `layerLens.*` settings (declared in package.json). Read per use, scoped to the document, so
// workspace, folder and `[yaml]`-style language overrides apply without a reload.
import * as vscode from 'vscode';
import type { FileKind } from '../core';

export const SECTION = 'layerLens';

export type HoverDetail = 'brief' | 'detailed';
export type GuideTarget = 'preview' | 'editor';

function settings(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

/** Whether hovers are on: the master switch, and the per-kind one when the kind is known. */
export function hoverEnabled(document: vscode.TextDocument, kind?: FileKind): boolean {
  const s = settings(document);
  if (!s.get<boolean>('hover.enabled', true)) return false;
  return kind === undefined || (kind !== 'unknown' && s.get<boolean>(`hover.${kind}`, true));
}

export function hoverDetail(document: vscode.TextDocument): HoverDetail {
  return settings(document).get<HoverDetail>('hover.detail', 'detailed') === 'brief' ? 'brief' : 'detailed';
}

export function hoverLinks(document: vscode.TextDocument): boolean {
  return settings(document).get<boolean>('hover.showLinks', true);
}

/** Larger documents are not analysed: no hovers, and the report says why (nor indexed for images). */
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
