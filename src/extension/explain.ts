// "Layer Lens: Explain This File": a read-only virtual document (`layer-lens:` scheme, language
// `layer-lens-report`) beside the source, re-rendered when the source changes, whose `L<line>:<col>` locations and
// field paths link back to the source. Text rather than a webview: themable through the grammar, searchable,
// copyable, and it works the same in desktop, remote, web and virtual workspaces.
import * as vscode from 'vscode';
import { baseName, isHelmValuesName } from '../core/recognize';
import { displayPath, type AnalysisCache } from './cache';
import type { ChartIndex } from './charts';
import { autoRefresh } from './config';
import { reportText } from './lazy-core';

export const REPORT_SCHEME = 'layer-lens';
export const REPORT_LANGUAGE = 'layer-lens-report';
/** Source edits are re-rendered this long after typing stops. */
const REFRESH_DELAY_MS = 300;

/**
 * `layer-lens:/dir/Dockerfile · Layer Lens?<source URI>`: the path names the tab (and its folder tells two
 * Dockerfiles apart), the query holds the source.
 */
export function reportUri(source: vscode.Uri): vscode.Uri {
  const path = source.path.startsWith('/') ? source.path : `/${source.path}`;
  return vscode.Uri.from({ scheme: REPORT_SCHEME, path: `${path} · Layer Lens`, query: source.toString() });
}

export function sourceOf(report: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(report.query, true);
}

export class ExplainFeature implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly charts: ChartIndex,
  ) {
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this),
      vscode.languages.registerDocumentLinkProvider({ scheme: REPORT_SCHEME }, this),
      vscode.commands.registerCommand('layerLens.explainFile', (uri?: unknown, selected?: unknown) => this.explain(uri, selected)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && autoRefresh(e.document)) this.scheduleRefresh(e.document.uri);
      }),
      // Reports have no file extension to give them their language: set it whenever one opens, including an
      // editor VS Code restores after a reload (it activates the extension through onFileSystem:layer-lens).
      vscode.workspace.onDidOpenTextDocument((d) => void setReportLanguage(d)),
      // A saved template changes what a values file feeds: its open report is rendered again.
      charts.onDidForget(() => {
        for (const report of this.openReports()) if (isHelmValuesName(sourceOf(report).path)) this.changed.fire(report);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('layerLens')) for (const report of this.openReports()) this.changed.fire(report);
      }),
      this.changed,
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const source = sourceOf(uri);
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(source);
    } catch (err) {
      return `Layer Lens could not open ${displayPath(source)}: ${err instanceof Error ? err.message : String(err)}\n`;
    }
    const chart = await this.charts.forDocument(source);
    if (!chart) await this.cache.prepare(document);
    const analysis = chart ? this.cache.valuesAnalysisFor(document, chart.uses) : this.cache.analysisFor(document);
    return reportText().renderReport(analysis, { name: baseName(source.path), location: displayPath(source) });
  }

  /** Every `L<line>:<col>` and the path after it jump to that place in the source. */
  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const source = sourceOf(document.uri);
    const links: vscode.DocumentLink[] = [];
    const fieldLine = reportText().FIELD_LINE;
    const feedLine = reportText().FEED_LINE;
    for (let i = 0; i < document.lineCount; i++) {
      const text = document.lineAt(i).text;
      const feed = feedLine.exec(text);
      if (feed) {
        // A values file's feed: the template beside it, at the line of the action.
        const start = text.lastIndexOf(`(${feed[1]}:${feed[2]})`) + 1;
        const target = vscode.Uri.joinPath(source, '..', feed[1]).with({ fragment: `L${feed[2]}` });
        const link = new vscode.DocumentLink(new vscode.Range(i, start, i, start + feed[1].length + 1 + feed[2].length), target);
        link.tooltip = `Go to line ${feed[2]} of ${feed[1]}`;
        links.push(link);
        continue;
      }
      const m = fieldLine.exec(text);
      if (!m) continue;
      const target = source.with({ fragment: `L${m[2]},${m[3]}` });
      const tooltip = `Go to line ${m[2]} of ${baseName(source.path)}`;
      const locStart = text.indexOf(m[1]);
      const pathStart = text.indexOf(m[4], locStart + m[1].length);
      for (const [start, length] of [[locStart, m[1].length], [pathStart, m[4].length]]) {
        if (length === 0) continue;
        const link = new vscode.DocumentLink(new vscode.Range(i, start, i, start + length), target);
        link.tooltip = tooltip;
        links.push(link);
      }
    }
    return links;
  }

  /**
   * The command. `uri` comes from the explorer or editor title (a Uri), a hover link (a URI string) or nothing
   * (the palette: the active editor); the explorer passes every selected file as `selected`.
   */
  async explain(uri?: unknown, selected?: unknown): Promise<vscode.Uri | undefined> {
    const targets = Array.isArray(selected) && selected.length > 1 ? selected.map(toUri) : [toUri(uri) ?? activeSource()];
    let last: vscode.Uri | undefined;
    for (const target of targets) {
      if (target) last = (await this.open(target)) ?? last;
    }
    if (targets.every((t) => !t)) {
      void vscode.window.showInformationMessage('Layer Lens: open a Dockerfile, Compose file or Kubernetes manifest to explain it.');
    }
    return last;
  }

  private async open(source: vscode.Uri): Promise<vscode.Uri | undefined> {
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(source);
    } catch (err) {
      void vscode.window.showErrorMessage(`Layer Lens could not open ${baseName(source.path)}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    if (!(await this.charts.forDocument(document.uri)) && (await this.cache.prepare(document)) === 'unknown') {
      void vscode.window.showInformationMessage(
        `Layer Lens: ${baseName(source.path)} is not a Dockerfile, Compose file or Kubernetes manifest, so there is nothing to explain.`,
      );
      return undefined;
    }
    const uri = reportUri(document.uri);
    // An open report may be stale if it was hidden while auto-refresh was off: render it afresh.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) this.changed.fire(uri);
    const report = await setReportLanguage(await vscode.workspace.openTextDocument(uri));
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    await vscode.window.showTextDocument(report, {
      viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside,
      preserveFocus: true,
      preview: false,
    });
    return uri;
  }

  /** Debounced per source: a burst of keystrokes re-renders its report once. */
  private scheduleRefresh(source: vscode.Uri): void {
    const key = source.toString();
    const reports = this.openReports().filter((r) => r.query === key);
    if (reports.length === 0) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        for (const r of reports) this.changed.fire(r);
      }, REFRESH_DELAY_MS),
    );
  }

  private openReports(): vscode.Uri[] {
    return vscode.workspace.textDocuments.filter((d) => d.uri.scheme === REPORT_SCHEME).map((d) => d.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

async function setReportLanguage(document: vscode.TextDocument): Promise<vscode.TextDocument> {
  if (document.uri.scheme !== REPORT_SCHEME || document.languageId === REPORT_LANGUAGE) return document;
  return vscode.languages.setTextDocumentLanguage(document, REPORT_LANGUAGE);
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value !== '') return vscode.Uri.parse(value, true);
  return undefined;
}

/** The active editor's document, or the source of the active report. */
function activeSource(): vscode.Uri | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  if (uri?.scheme === REPORT_SCHEME) return sourceOf(uri);
  return uri;
}
