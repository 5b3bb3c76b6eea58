// The hover adapter: reads the settings, finds the field under the mouse and wraps the core's hover Markdown
// (src/core/format/hover.ts) for VS Code, trusting only the Layer Lens commands its links run.
import * as vscode from 'vscode';
import type { FieldAt } from '../core';
import { guideSection } from '../core/guide-sections';
import { isHelmValuesName } from '../core/recognize';
import type { AnalysisCache } from './cache';
import type { ChartIndex } from './charts';
import { hoverSettings } from './config';
import { core, hoverText } from './lazy-core';

/** The only commands hover links may run: the Markdown is trusted for these and nothing else. */
export const HOVER_COMMANDS = ['layerLens.openGuide', 'layerLens.explainFile'];

/** A field path through a `command`, `args` or `entrypoint` key: where a process hover may apply. */
const PROCESS_KEY = /(^|\.)(command|args|entrypoint)(\[|\.|$)/;

/** Markdown for what the runner under the cursor starts (a `command`, `args` or `entrypoint`), if any. */
export type ProcessHover = (document: vscode.TextDocument, offset: number) => string | undefined;

export class LayerHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly charts: ChartIndex,
    private readonly processHover?: ProcessHover,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const settings = hoverSettings(document);
    // The master switch first, so a user who turned hovers off pays for no parsing at all.
    if (!settings.enabled) return undefined;
    // Values files configure Kubernetes objects: the Kubernetes switch covers them.
    if (isHelmValuesName(document.uri.path)) return settings.forKind('kubernetes') ? this.valuesHover(document, position, token, settings.links) : undefined;
    // A JSON file that is not a patch ends here, told from its head: no parse, and the core stays unloaded.
    if ((await this.cache.prepare(document)) === 'unknown' || token.isCancellationRequested) return undefined;
    const analysis = this.cache.analysisFor(document);
    if (analysis.kind === 'unknown' || analysis.skipped || !settings.forKind(analysis.kind)) return undefined;
    const offset = document.offsetAt(position);
    const hit = core().fieldAt(analysis, offset);
    if (!hit || token.isCancellationRequested) return undefined;
    const guide = hit.field.entry.guide;
    const links = settings.links
      ? {
          guideTitle: guideSection(guide)?.title ?? 'Contrast guide',
          guide: commandUri('layerLens.openGuide', guide),
          explain: commandUri('layerLens.explainFile', document.uri.toString()),
        }
      : undefined;
    const layer = hoverText().hoverMarkdown(analysis, hit, { detailed: settings.detailed, links });
    // Over a command, what actually starts follows the layer answer (which keeps its place at the top). Only a
    // command, args or entrypoint can have one: other keys never wait for the image index to read the file.
    const process = analysis.kind === 'dockerfile' || !PROCESS_KEY.test(hit.field.path) ? undefined : this.processHover?.(document, offset);
    const md = new vscode.MarkdownString(process ? `${layer}\n\n${process}` : layer, true);
    md.isTrusted = { enabledCommands: HOVER_COMMANDS };
    return new vscode.Hover(md, hoverRange(document, hit, offset));
  }

  /** A values file beside a Chart.yaml: the key's layer and each field it feeds, linked to the template line. */
  private async valuesHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken, links: boolean): Promise<vscode.Hover | undefined> {
    const chart = await this.charts.forDocument(document.uri);
    if (!chart || token.isCancellationRequested) return undefined;
    const analysis = this.cache.valuesAnalysisFor(document, chart.uses);
    if (analysis.skipped) return undefined;
    const field = core().valueFieldAt(analysis.values ?? [], document.offsetAt(position));
    if (!field) return undefined;
    const report = core().buildReport({ ...analysis, values: [field] }).values![0];
    const link = (feed: { template: string; line: number }) => templateUri(chart.folder, feed.template, feed.line);
    const explain = links ? commandUri('layerLens.explainFile', document.uri.toString()) : undefined;
    const md = new vscode.MarkdownString(hoverText().valueHoverMarkdown(report, link, explain), true);
    md.isTrusted = { enabledCommands: HOVER_COMMANDS };
    return new vscode.Hover(md, new vscode.Range(document.positionAt(field.keyStart), document.positionAt(field.keyEnd)));
  }
}

/** A template of the chart, opened at `line` (VS Code reads `#L<line>` as the selection). */
export function templateUri(folder: vscode.Uri, template: string, line: number): string {
  return vscode.Uri.joinPath(folder, template).with({ fragment: `L${line}` }).toString();
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
