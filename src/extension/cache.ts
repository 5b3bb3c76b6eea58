// One analysis per open document version: hovers, the explain report and the context keys all read it, so moving
// the mouse over an unchanged file never parses it again. Entries go when their document closes.
import * as vscode from 'vscode';
import type { ClassifiedFile, PatchFileRef, TracedUse } from '../core';
import { maxBytes } from './config';
import { documentKind } from '../core/editor-language';
import { namedPatchKind } from '../core/recognize';
import { PatchRefIndex } from './kustomize';
import { core } from './lazy-core';

interface Entry {
  version: number;
  languageId: string;
  maxBytes: number;
  /** The patch target a kustomization gave this file when it was analyzed (JSON), or ''. */
  target: string;
  analysis: ClassifiedFile;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly values = new Map<string, { version: number; uses: TracedUse[]; maxBytes: number; analysis: ClassifiedFile }>();
  private readonly subscription: vscode.Disposable;
  private readonly patches = new PatchRefIndex();
  /** How many times a document was actually analyzed (tests read it through the extension's API). */
  parses = 0;

  constructor() {
    this.subscription = vscode.workspace.onDidCloseTextDocument((d) => {
      this.entries.delete(d.uri.toString());
      this.values.delete(d.uri.toString());
    });
  }

  /** The analysis of the document as it is now; parsed only when its version, language or size limit changed. */
  analysisFor(document: vscode.TextDocument): ClassifiedFile {
    const hit = this.cached(document);
    if (hit) return hit;
    const key = document.uri.toString();
    const limit = maxBytes(document);
    const text = document.getText();
    const ref = this.patches.refTo(document.uri);
    const analysis = core().classifyFile(displayPath(document.uri), text, {
      kind: namedPatchKind(documentKind(document.languageId, document.uri.path, text), text, ref),
      maxBytes: limit,
      patchTarget: ref?.target,
    });
    if (analysis.skipped && text.length > limit) {
      // The core words this in MB; the user's limit is in KB.
      analysis.skipped = `${Math.ceil(text.length / 1024)} KB is over the layerLens.maxFileSizeKB limit of ${limit / 1024} KB`;
    }
    this.parses++;
    this.entries.set(key, { version: document.version, languageId: document.languageId, maxBytes: limit, target: targetKey(ref), analysis });
    return analysis;
  }

  /**
   * Reads the kustomization that may name this document as a patch, so `analysisFor` knows the object its
   * operations point into. Hovers and the report await it; everything else gets the last answer.
   */
  async prepare(document: vscode.TextDocument): Promise<void> {
    const kind = documentKind(document.languageId, document.uri.path, document.getText());
    if (kind === 'json-patch' || kind === 'unknown') await this.patches.prepare(document.uri);
  }

  /** A Helm values document read through its chart's traced uses; cached per version and chart reading. */
  valuesAnalysisFor(document: vscode.TextDocument, uses: TracedUse[]): ClassifiedFile {
    const key = document.uri.toString();
    const hit = this.values.get(key);
    if (hit && hit.version === document.version && hit.uses === uses && hit.maxBytes === maxBytes(document)) return hit.analysis;
    const limit = maxBytes(document);
    const analysis = core().classifyFile(displayPath(document.uri), document.getText(), { kind: 'helm-values', uses, maxBytes: limit });
    this.parses++;
    this.values.set(key, { version: document.version, uses, maxBytes: limit, analysis });
    return analysis;
  }

  /** The analysis of the document as it is now if one was already made, without making one (the image index). */
  cached(document: vscode.TextDocument): ClassifiedFile | undefined {
    const hit = this.entries.get(document.uri.toString());
    const fresh =
      hit &&
      hit.version === document.version &&
      hit.languageId === document.languageId &&
      hit.maxBytes === maxBytes(document) &&
      hit.target === targetKey(this.patches.refTo(document.uri));
    return fresh ? hit.analysis : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.patches.dispose();
    this.entries.clear();
    this.values.clear();
  }
}

function targetKey(ref: PatchFileRef | undefined): string {
  return ref?.target ? JSON.stringify(ref.target) : '';
}

/** A path for messages: the file system path for local files, the URI for everything else. */
export function displayPath(uri: vscode.Uri): string {
  // Inside the workspace the relative path says enough; elsewhere the full path or URI.
  if (vscode.workspace.getWorkspaceFolder(uri)) return vscode.workspace.asRelativePath(uri, true);
  return uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
}
