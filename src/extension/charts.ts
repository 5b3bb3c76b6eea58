// Helm charts for values files: a `values.yaml` or `values-*.yaml` whose folder holds `Chart.yaml` is read through
// that chart's templates (and those of dependencies vendored under `charts/`). Files are read through
// `workspace.fs` (any scheme, untrusted and virtual workspaces alike), traced once per chart by the core, and
// read again after a file is saved, created, deleted or renamed.
import * as vscode from 'vscode';
import type { ChartFile, TracedUse } from '../core';
import { isHelmValuesName } from '../core/recognize';
import { core } from './lazy-core';

export interface Chart {
  folder: vscode.Uri;
  uses: TracedUse[];
}

/** Most files read from one chart, and how deep its folders are followed. */
const MAX_FILES = 2000;
const MAX_DEPTH = 8;

export class ChartIndex implements vscode.Disposable {
  private readonly charts = new Map<string, Promise<Chart | undefined>>();
  private readonly disposables: vscode.Disposable[];
  private readonly forgotten = new vscode.EventEmitter<void>();
  /** Fired when the charts read so far may have changed on disk (a save, a file created, deleted or renamed). */
  readonly onDidForget = this.forgotten.event;

  constructor() {
    const forget = () => {
      if (this.charts.size === 0) return;
      this.charts.clear();
      this.forgotten.fire();
    };
    this.disposables = [
      vscode.workspace.onDidSaveTextDocument(forget),
      vscode.workspace.onDidCreateFiles(forget),
      vscode.workspace.onDidDeleteFiles(forget),
      vscode.workspace.onDidRenameFiles(forget),
      this.forgotten,
    ];
  }

  /** The chart a values document belongs to, or undefined when it is not a values file beside a Chart.yaml. */
  forDocument(uri: vscode.Uri): Promise<Chart | undefined> {
    if (!isHelmValuesName(uri.path)) return Promise.resolve(undefined);
    const folder = vscode.Uri.joinPath(uri, '..');
    const key = folder.toString();
    let chart = this.charts.get(key);
    if (!chart) {
      chart = readChart(folder);
      this.charts.set(key, chart);
    }
    return chart;
  }

  dispose(): void {
    this.charts.clear();
    for (const d of this.disposables) d.dispose();
  }
}

async function readChart(folder: vscode.Uri): Promise<Chart | undefined> {
  try {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, 'Chart.yaml'));
  } catch {
    return undefined;
  }
  const files: ChartFile[] = [];
  await collect(folder, '', 0, files);
  return { folder, uses: core().traceChart(files) };
}

/** Template files under `templates/` and `charts/<dep>/templates/`, paths relative to the chart folder. */
async function collect(folder: vscode.Uri, rel: string, depth: number, out: ChartFile[]): Promise<void> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(rel ? vscode.Uri.joinPath(folder, rel) : folder);
  } catch {
    return; // an unreadable folder only means fewer templates
  }
  for (const [name, type] of entries.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (out.length >= MAX_FILES) return;
    const path = rel ? `${rel}/${name}` : name;
    if (type & vscode.FileType.Directory) {
      if (depth < MAX_DEPTH && /^(?:charts(?:\/[^/]+)?|(?:.*\/)?templates(?:\/.*)?)$/.test(path)) await collect(folder, path, depth + 1, out);
    } else if (/(^|\/)templates\//.test(path) && /\.(?:ya?ml|tpl|txt)$/i.test(name)) {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, path));
        out.push({ path, text: new TextDecoder().decode(bytes) });
      } catch {
        // unreadable: skipped
      }
    }
  }
}
