// The hover of VS Code (src/core/format/hover.ts) for any LSP client: the same Markdown without what only VS Code
// renders or runs — `$(icon)` names and `command:` links — so the layer and its https Docs link are what remains.
import type { Hover } from 'vscode-languageserver';
import type { ClassifiedFile } from '../core/classify-file';
import { hoverMarkdown } from '../core/format/hover';
import { fieldAt } from '../core/query';
import { rangeIn } from './locations';

export function hoverAt(analysis: ClassifiedFile, offset: number): Hover | undefined {
  if (analysis.kind === 'unknown' || analysis.skipped) return undefined;
  const hit = fieldAt(analysis, offset);
  if (!hit) return undefined;
  // Detailed, as VS Code by default. No `links`: the guide and Explain links are VS Code commands. The Docs link is plain https and stays.
  const markdown = withoutIcons(hoverMarkdown(analysis, hit, { detailed: true }));
  const { keyStart, keyEnd } = hit.field;
  const range = offset >= keyStart && offset <= keyEnd ? rangeIn(analysis.text, keyStart, keyEnd) : undefined;
  return { contents: { kind: 'markdown', value: markdown }, ...(range && { range }) };
}

/** Drops VS Code's `$(name)` icons; an escaped `\$(` in the prose is text and stays. */
export function withoutIcons(markdown: string): string {
  return markdown.replace(/(?<!\\)\$\([a-z-]+\) ?/g, '');
}
