// The hover of VS Code (src/core/format/hover.ts) for any LSP client: the same Markdown without what only VS Code
// renders or runs — `$(icon)` names and `command:` links — so the layer and its https Docs link are what remains.
// It follows the `layerLens.hover.*` settings as the extension does.
import type { Hover } from 'vscode-languageserver';
import { valueFieldAt } from '../core/helm/values';
import type { ClassifiedFile } from '../core/classify-file';
import { hoverMarkdown, processHoverMarkdown, valueHoverMarkdown } from '../core/format/hover';
import type { ImageIndex } from '../core/images';
import { fieldAt } from '../core/query';
import { buildReport } from '../core/report';
import { processAt } from '../core/runners/process-at';
import { hoverSettingsFrom, type HoverSettings } from '../core/settings';
import { rangeIn } from './locations';

/** Every hover setting at its default: what a client that sends no settings gets. */
export const DEFAULT_HOVER: HoverSettings = hoverSettingsFrom((_name, fallback) => fallback);

/**
 * The field's layer; over a Compose or Kubernetes command, what the runner actually starts follows, as in VS Code.
 * `index` and `key` (the workspace image index and this file's key in it) are absent for a file outside it.
 */
export function hoverAt(analysis: ClassifiedFile, offset: number, index?: ImageIndex, key?: string, settings = DEFAULT_HOVER): Hover | undefined {
  if (!settings.enabled || analysis.kind === 'unknown' || analysis.skipped) return undefined;
  // Values files configure Kubernetes objects: the Kubernetes switch covers them, as in VS Code.
  if (analysis.kind === 'helm-values') return settings.forKind('kubernetes') ? valuesHoverAt(analysis, offset) : undefined;
  if (!settings.forKind(analysis.kind)) return undefined;
  const hit = fieldAt(analysis, offset);
  if (!hit) return undefined;
  // No `links`: the guide and Explain links are VS Code commands (so `hover.showLinks` has nothing to add here).
  // The Docs link is plain https and stays.
  const layer = hoverMarkdown(analysis, hit, { detailed: settings.detailed });
  const at = analysis.kind === 'dockerfile' || !index || !key ? undefined : processAt(index, key, offset);
  const markdown = withoutIcons(at ? `${layer}\n\n${processHoverMarkdown(at)}` : layer);
  const { keyStart, keyEnd } = hit.field;
  const range = offset >= keyStart && offset <= keyEnd ? rangeIn(analysis.text, keyStart, keyEnd) : undefined;
  return { contents: { kind: 'markdown', value: markdown }, ...(range && { range }) };
}

/**
 * A values key read through its chart: its layer and each template field it feeds. The template and line stay
 * text: VS Code's `#L<line>` links open at the line, but other clients read a file link's fragment differently.
 */
function valuesHoverAt(analysis: ClassifiedFile, offset: number): Hover | undefined {
  const field = valueFieldAt(analysis.values ?? [], offset);
  if (!field) return undefined;
  const report = buildReport({ ...analysis, values: [field] }).values?.[0];
  if (!report) return undefined;
  return { contents: { kind: 'markdown', value: withoutIcons(valueHoverMarkdown(report)) }, range: rangeIn(analysis.text, field.keyStart, field.keyEnd) };
}

/** Drops VS Code's `$(name)` icons; an escaped `\$(` in the prose is text and stays. */
export function withoutIcons(markdown: string): string {
  return markdown.replace(/(?<!\\)\$\([a-z-]+\) ?/g, '');
}
