// One analysis per open document version: hovers, the explain report and the context keys all read it, so moving
// the mouse over an unchanged file never parses it again. After an edit, the edit ranges VS Code reported bring the
// previous analysis up to date (the core re-reads only what they touched); without an unbroken record of them,
// the document is analyzed in full. Entries go when their document closes.
import * as vscode from 'vscode';
import type { ClassifiedFile, FileKind, PatchFileRef, TextEdit, TracedUse } from '../core';
import { maxBytes } from './config';
import { documentKind, mayBeNamedPatch } from '../core/editor-language';
import { sniffText } from './document-kind';
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
  /** The edits since `version`, one list per change event with the version it made; undefined once too many. */
  pending?: { version: number; edits: TextEdit[] }[];
  /** Characters the pending edits insert (bounded, so an unread document cannot hoard memory). */
  pendingChars: number;
}

/** Past this many change events or inserted characters since the last analysis, the next one is made in full. */
const MAX_PENDING_EVENTS = 5000;
const MAX_PENDING_CHARS = 1_000_000;

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly values = new Map<string, { version: number; uses: TracedUse[]; maxBytes: number; analysis: ClassifiedFile }>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly patches = new PatchRefIndex();
  /** How many times a document was actually analyzed (tests read it through the extension's API). */
  parses = 0;
  /** How many of those analyses re-read only what an edit touched (the rest were full). */
  updates = 0;

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.entries.delete(d.uri.toString());
        this.values.delete(d.uri.toString());
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.record(e)),
    ];
  }

  /** The analysis of the document as it is now; made only when its version, language, size limit or patch target changed. */
  analysisFor(document: vscode.TextDocument): ClassifiedFile {
    const hit = this.cached(document);
    if (hit) return hit;
    const key = document.uri.toString();
    const limit = maxBytes(document);
    const text = document.getText();
    const ref = this.patches.refTo(document.uri);
    const target = targetKey(ref);
    const options = {
      kind: namedPatchKind(documentKind(document.languageId, document.uri.path, text), text, ref),
      maxBytes: limit,
      patchTarget: ref?.target,
    };
    const previous = this.entries.get(key);
    const reusable = previous && previous.languageId === document.languageId && previous.maxBytes === limit && previous.target === target;
    const edits = reusable ? editsSince(previous, document.version) : undefined;
    const analysis = edits
      ? core().updateFile(previous!.analysis, edits, { ...options, text })
      : core().classifyFile(displayPath(document.uri), text, options);
    if (edits) this.updates++;
    if (analysis.skipped && text.length > limit) {
      // The core words this in MB; the user's limit is in KB.
      analysis.skipped = `${Math.ceil(text.length / 1024)} KB is over the layerLens.maxFileSizeKB limit of ${limit / 1024} KB`;
    }
    this.parses++;
    this.entries.set(key, { version: document.version, languageId: document.languageId, maxBytes: limit, target, analysis, pending: [], pendingChars: 0 });
    return analysis;
  }

  /**
   * Reads the kustomization that may name this document as a patch, so `analysisFor` knows the object its
   * operations point into. Hovers and the report await it; everything else gets the last answer. Returns the kind
   * the document will be analyzed as, told without parsing it: 'unknown' (package.json, say) means nothing to read.
   */
  async prepare(document: vscode.TextDocument): Promise<FileKind> {
    const text = sniffText(document);
    const kind = documentKind(document.languageId, document.uri.path, text);
    if (mayBeNamedPatch(document.languageId, kind, text)) await this.patches.prepare(document.uri);
    return namedPatchKind(kind, text, this.patches.refTo(document.uri));
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

  /** Keep the edit ranges of an analyzed document, in offsets of the text before each change event. */
  private record(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry?.pending || e.contentChanges.length === 0) return;
    const edits = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    entry.pendingChars += edits.reduce((n, c) => n + c.text.length, 0);
    if (entry.pending.length >= MAX_PENDING_EVENTS || entry.pendingChars > MAX_PENDING_CHARS) entry.pending = undefined;
    else entry.pending.push({ version: e.document.version, edits });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.patches.dispose();
    this.entries.clear();
    this.values.clear();
  }
}

/** The edits from the entry's version to `version`, when every change event between them was recorded. */
function editsSince(entry: Entry, version: number): TextEdit[] | undefined {
  const pending = entry.pending;
  if (!pending || pending.length === 0 || pending[pending.length - 1].version !== version) return undefined;
  // VS Code adds one to the version per change event: a gap means an event this cache did not see.
  if (pending.some((p, i) => p.version !== entry.version + i + 1)) return undefined;
  return pending.flatMap((p) => p.edits);
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
