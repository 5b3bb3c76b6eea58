// The hover: which layer owns the key, value, instruction or flag under the mouse, in a few lines that sit well
// under other extensions' hovers (Red Hat YAML's schema text, Docker's instruction docs).
import * as vscode from 'vscode';
import type { Analysis, FieldAt } from '../core';
import type { AnalysisCache } from './cache';
import { hoverSettings } from './config';
import { guideSection } from './guide-sections';
import { counterpartText, fieldBadge, inlineMarkdown } from './labels';
import { core } from './lazy-core';

/** The only commands hover links may run: the Markdown is trusted for these and nothing else. */
export const HOVER_COMMANDS = ['layerLens.openGuide', 'layerLens.explainFile'];

export class LayerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const settings = hoverSettings(document);
    // The master switch first, so a user who turned hovers off pays for no parsing at all.
    if (!settings.enabled) return undefined;
    const analysis = this.cache.analysisFor(document);
    if (analysis.kind === 'unknown' || analysis.skipped || !settings.forKind(analysis.kind)) return undefined;
    const offset = document.offsetAt(position);
    const hit = core().fieldAt(analysis, offset);
    if (!hit || token.isCancellationRequested) return undefined;
    const markdown = hoverMarkdown(analysis, hit, document.uri, settings.detailed, settings.links);
    return new vscode.Hover(markdown, hoverRange(document, hit, offset));
  }
}

function hoverMarkdown(analysis: Analysis, hit: FieldAt, uri: vscode.Uri, detailed: boolean, links: boolean): vscode.MarkdownString {
  const field = hit.field;
  const report = core().toReportField(analysis, field);
  const head = `$(layers) **${fieldBadge(field, analysis.kind)}**`;
  const parts = [detailed ? `${head} · ${report.phase} · \`${field.path.replace(/`/g, "'")}\`` : head];
  parts.push(inlineMarkdown(report.summary));
  if (field.inferred) {
    const kind = field.resource ? `\`${field.resource.split('/')[0]}\`` : 'This object’s kind';
    parts.push(`*Inferred:* ${kind} is not a kind Layer Lens knows, so this answer is read from the field’s shape.`);
  }
  if (report.note) parts.push(`$(arrow-swap) ${inlineMarkdown(report.note)}`);
  if (detailed && report.counterparts.length > 0) {
    parts.push(`*Elsewhere:* ${report.counterparts.map((c) => counterpartText(c, inlineMarkdown)).join(' · ')}`);
  }
  if (links) {
    const title = guideSection(report.guide)?.title ?? 'Contrast guide';
    parts.push(
      `[$(book) Guide: ${inlineMarkdown(title)}](${commandUri('layerLens.openGuide', report.guide)} "Open the Layer Lens contrast guide at this section")` +
        ` · [$(list-tree) Explain this file](${commandUri('layerLens.explainFile', uri.toString())} "Every field of this file by layer")`,
    );
  }
  const md = new vscode.MarkdownString(parts.join('\n\n'), true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  return md;
}

function commandUri(command: string, ...args: string[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/**
 * The highlighted range: the key, instruction keyword or flag; for a value, the value's part on the hovered
 * line (a block value can span a screen). Always contains the position, or VS Code would drop the hover.
 */
function hoverRange(document: vscode.TextDocument, hit: FieldAt, offset: number): vscode.Range {
  const f = hit.field;
  let start = f.keyStart;
  let end = f.keyEnd;
  if (hit.on === 'flag' || hit.on === 'directive') {
    end = Math.max(f.keyEnd, f.valueEnd ?? 0);
  } else if (hit.on === 'value' && f.valueStart !== undefined) {
    const line = document.lineAt(document.positionAt(offset).line).range;
    start = Math.max(f.valueStart, document.offsetAt(line.start));
    end = Math.min(f.valueEnd ?? f.valueStart, document.offsetAt(line.end));
  }
  if (offset >= end) end = offset + 1; // the ':' and spaces after a key count as the key
  return new vscode.Range(document.positionAt(start), document.positionAt(Math.max(start, end)));
}
