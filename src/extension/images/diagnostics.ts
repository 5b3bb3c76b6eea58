// Image findings as diagnostics on the open documents. A document's findings depend on other files (the manifest
// drifts from what a Compose file builds), so every index change re-checks every open document, shortly after.
import * as vscode from 'vscode';
import type { Finding, Severity } from '../../core/images';
import { imagesCore } from '../lazy-core';
import { joinsIndex } from './keys';
import { ruleSeverities, type SeverityOf } from './settings';
import type { VscodeImageIndex } from './vscode-image-index';

export const DIAGNOSTIC_SOURCE = 'Layer Lens';
const REFRESH_DELAY_MS = 100;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The diagnostic for a finding, or undefined when the user turned its rule off. */
export function toDiagnostic(index: VscodeImageIndex, finding: Finding, severityOf: SeverityOf): vscode.Diagnostic | undefined {
  const severity = severityOf(finding.rule, finding.severity);
  if (!severity) return undefined;
  const d = new vscode.Diagnostic(index.range(finding.path, finding.start, finding.end), finding.message, SEVERITY[severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = finding.rule;
  // Run-time settings in a stage that never becomes the image are dead text: shown faded, like unused code.
  if (finding.rule === 'non-final-stage') d.tags = [vscode.DiagnosticTag.Unnecessary];
  const related = (finding.related ?? []).flatMap((r) => {
    const uri = index.keys.uriOf(r.path);
    return uri ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, index.range(r.path, r.start, r.end)), r.message)] : [];
  });
  if (related.length > 0) d.relatedInformation = related;
  return d;
}

/**
 * The findings of an open document, when the index holds its text as it is now; undefined while an update is
 * pending (or for documents the index never reads).
 */
export function currentFindings(index: VscodeImageIndex, document: vscode.TextDocument): { key: string; findings: Finding[] } | undefined {
  if (!joinsIndex(document.uri)) return undefined;
  const key = index.keys.keyOf(document.uri);
  if (!imagesCore().isImageSource(key)) return undefined;
  const text = index.textOf(key);
  if (text === undefined) return { key, findings: [] }; // left out (too large) or removed
  return text === document.getText() ? { key, findings: imagesCore().findingsIn(index.core, key) } : undefined;
}

export class ImageDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('layerLens');
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** How long the last refresh of every open document took, ms (read by the integration tests). */
  lastRefreshMs: number | undefined;

  constructor(private readonly index: VscodeImageIndex) {
    const soon = () => this.schedule();
    this.disposables = [
      this.collection,
      index.onDidChange(soon),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (joinsIndex(d.uri)) void index.ready().then(soon);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('layerLens.rules')) soon();
      }),
    ];
    // Documents already open when the extension activates: checked once the first scan is done.
    if (vscode.workspace.textDocuments.some((d) => joinsIndex(d.uri))) void index.ready().then(soon);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  private refresh(): void {
    const started = performance.now();
    const open = new Set<string>();
    for (const document of vscode.workspace.textDocuments) {
      const current = currentFindings(this.index, document);
      if (!current) continue; // not indexed, or its latest text is not indexed yet: keep what is shown
      open.add(document.uri.toString());
      const severityOf = ruleSeverities(document);
      const diagnostics = current.findings.flatMap((f) => toDiagnostic(this.index, f, severityOf) ?? []);
      this.collection.set(document.uri, diagnostics);
    }
    this.collection.forEach((uri) => {
      if (!open.has(uri.toString()) && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
        this.collection.delete(uri);
      }
    });
    this.lastRefreshMs = performance.now() - started;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
