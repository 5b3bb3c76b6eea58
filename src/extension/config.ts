// Typed reads of the `layerLens.*` settings (declared in package.json). Read per use, scoped to the document, so
// workspace, folder and `[yaml]`-style language overrides apply without a reload.
import * as vscode from 'vscode';
import { hoverSettingsFrom, maxBytesFrom, type HoverSettings } from '../core/settings';

export type { HoverSettings };

export const SECTION = 'layerLens';

export type GuideTarget = 'preview' | 'editor';

function settings(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

/** The hover settings for a document: one configuration read per hover. */
export function hoverSettings(document: vscode.TextDocument): HoverSettings {
  const s = settings(document);
  return hoverSettingsFrom((name, fallback) => s.get(name, fallback));
}

/** Larger documents are not analyzed: no hovers, and the report says why (nor indexed for images). */
export function maxBytes(scope: vscode.TextDocument | vscode.Uri): number {
  const s = settings(scope);
  return maxBytesFrom((name, fallback) => s.get(name, fallback));
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
