// The hover of VS Code (src/core/format/hover.ts) for any LSP client: the same Markdown without what only VS Code
// renders or runs — `$(icon)` names and `command:` links — so the layer and its https Docs link are what remains.
import type { Hover } from 'vscode-languageserver';
import type { ClassifiedFile } from '../core/classify-file';
import { hoverMarkdown, processHoverMarkdown } from '../core/format/hover';
import type { ImageIndex } from '../core/images';
import { fieldAt } from '../core/query';
import { processAt } from '../core/runners/process-at';
import { rangeIn } from './locations';

/**
 * The field's layer; over a Compose or Kubernetes command, what the runner actually starts follows, as in VS Code.
 * `index` and `key` (the workspace image index and this file's key in it) are absent for a file outside it.
 */
export function hoverAt(analysis: ClassifiedFile, offset: number, index?: ImageIndex, key?: string): Hover | undefined {
  if (analysis.kind === 'unknown' || analysis.skipped) return undefined;
  const hit = fieldAt(analysis, offset);
  if (!hit) return undefined;
  // Detailed, as VS Code by default. No `links`: the guide and Explain links are VS Code commands. The Docs link is plain https and stays.
  const layer = hoverMarkdown(analysis, hit, { detailed: true });
  const at = analysis.kind === 'dockerfile' || !index || !key ? undefined : processAt(index, key, offset);
  const markdown = withoutIcons(at ? `${layer}\n\n${processHoverMarkdown(at)}` : layer);
  const { keyStart, keyEnd } = hit.field;
  const range = offset >= keyStart && offset <= keyEnd ? rangeIn(analysis.text, keyStart, keyEnd) : undefined;
  return { contents: { kind: 'markdown', value: markdown }, ...(range && { range }) };
}

/** Drops VS Code's `$(name)` icons; an escaped `\$(` in the prose is text and stays. */
export function withoutIcons(markdown: string): string {
  return markdown.replace(/(?<!\\)\$\([a-z-]+\) ?/g, '');
}
