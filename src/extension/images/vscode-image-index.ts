// The VS Code adapter of the image index: keeps the core's pure ImageIndex up to date with the workspace's
// files and open documents, and turns its offsets into editor ranges.
//
// Lazy: nothing is read at activation. The first scan starts shortly after activation or on the first request
// (a definition, a lens, a quick fix), runs in small chunks that yield to the event loop so hovers stay instant,
// and reads only through `workspace.findFiles` and `workspace.fs` (so virtual workspaces work). Afterwards it
// follows edits (an open document's text wins over the disk, and its cached ClassifiedFile saves a second parse) and
// file creation, change and deletion (a FileSystemWatcher).
import * as vscode from 'vscode';
import type { ClassifiedFile } from '../../core';
import type { ImageIndex } from '../../core/images';
import { LineIndex } from '../../core/text';
import type { AnalysisCache } from '../cache';
import { maxBytes } from '../config';
import { imagesCore } from '../lazy-core';
import { joinsIndex, UriKeys } from './keys';
import { maxIndexedFiles } from './settings';

/** Whether the core reads images from a file of this name (loads the core: call it from the scan and after). */
const isImageSource = (path: string): boolean => imagesCore().isImageSource(path);

/** Every name isImageSource accepts (the list is filtered by it again: globs here only narrow the search). */
export const IMAGE_SOURCES =
  '**/{[Dd]ockerfile,[Dd]ockerfile.*,*.[Dd]ockerfile,[Cc]ontainerfile,[Cc]ontainerfile.*,*.[Cc]ontainerfile,' +
  '*.[yY][aA][mM][lL],*.[yY][mM][lL],*.sh,*.bash,[Mm]akefile,GNUmakefile,*.mk,package.json,' +
  'docker-bake.hcl,docker-bake.json,docker-bake.override.hcl,docker-bake.override.json,*.bake.hcl,*.bake.json}';
/** On top of `files.exclude` (which findFiles applies when given an exclude pattern). */
const EXCLUDE = '**/{node_modules,.git}/**';

const START_DELAY_MS = 1000;
/** Files read at once. */
const CHUNK = 16;
/** Longest stretch of indexing between two yields to the event loop, ms. */
const SLICE_MS = 10;
/** Typing settles this long before an open document is re-indexed. */
const EDIT_DELAY_MS = 200;

export interface ImageIndexStats {
  /** Files in the index. */
  files: number;
  /** Wall time of the last full scan (find, read, index), ms; undefined before the first one ends. */
  buildMs?: number;
  /** Of which finding the files (workspace.findFiles). */
  findMs?: number;
  /** The scan stopped at layerLens.images.maxFiles. */
  truncated: boolean;
  /** Single-file updates since activation, and the last one's time in ms (extract + link, no I/O). */
  updates: number;
  lastUpdateMs?: number;
}

export class VscodeImageIndex implements vscode.Disposable {
  private loaded: ImageIndex | undefined;
  readonly keys = new UriKeys();
  readonly stats: ImageIndexStats = { files: 0, truncated: false, updates: 0 };
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the first scan and after every change to the index. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lines = new WeakMap<object, LineIndex>();
  private scan: Promise<void> | undefined;
  /** Bumped by a rescan: an older scan still running stops at its next chunk. */
  private generation = 0;
  private startTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly cache: AnalysisCache) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      this.changed,
      watcher,
      watcher.onDidCreate((uri) => this.fromDisk(uri)),
      watcher.onDidChange((uri) => this.fromDisk(uri)),
      // A deleted folder reports only itself: drop everything under it.
      watcher.onDidDelete((uri) => this.removeUnder(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.scheduleEdit(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.scheduleEdit(d)),
      // Closing a document drops its unsaved text: go back to what is on disk.
      vscode.workspace.onDidCloseTextDocument((d) => this.fromDisk(d.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('layerLens.images.maxFiles') || e.affectsConfiguration('layerLens.maxFileSizeKB')) this.rescan();
      }),
    );
    // Activation returns first; the scan starts a moment later, or earlier if a feature asks.
    this.startTimer = setTimeout(() => void this.ready(), START_DELAY_MS);
  }

  /** The core's index, made (and the core loaded) on first use: the first scan, at the latest. */
  get core(): ImageIndex {
    return (this.loaded ??= new (imagesCore().ImageIndex)());
  }

  /** Resolves once the first scan has finished (starting it if nobody has). */
  ready(): Promise<void> {
    clearTimeout(this.startTimer);
    return (this.scan ??= this.build(this.generation));
  }

  /**
   * Make the index hold this document's current text, now. Providers call it before a query so an answer never
   * lags behind typing. Returns the document's key, or undefined when the document is not in the index.
   */
  sync(document: vscode.TextDocument): string | undefined {
    if (!joinsIndex(document.uri) || maxIndexedFiles() === 0) return undefined;
    const key = this.keys.keyOf(document.uri);
    if (!isImageSource(key)) return undefined;
    this.keys.remember(document.uri);
    const text = document.getText();
    if (text.length > maxBytes(document)) {
      this.remove(key);
      return undefined;
    }
    if (this.core.facts(key)?.text !== text) {
      // An analysis a hover or report already made saves parsing a Dockerfile; none is made just for the index.
      const analysis = this.cache.cached(document);
      const usable = analysis && analysis.kind !== 'unknown' && !analysis.skipped ? analysis : undefined;
      this.update(key, text, usable);
    }
    return key;
  }

  /** The text the index holds for a key (what every offset of its findings refers to). */
  textOf(key: string): string | undefined {
    return this.core.facts(key)?.text;
  }

  /** Offsets of an indexed file → a range, from the text the index holds. */
  range(key: string, start: number, end: number): vscode.Range {
    const facts = this.core.facts(key);
    if (!facts) return new vscode.Range(0, 0, 0, 0);
    let index = this.lines.get(facts);
    if (!index) {
      index = new LineIndex(facts.text);
      this.lines.set(facts, index);
    }
    const a = index.positionAt(start);
    const b = index.positionAt(end);
    return new vscode.Range(a.line, a.character, b.line, b.character);
  }

  dispose(): void {
    this.generation++;
    clearTimeout(this.startTimer);
    for (const t of this.editTimers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }

  // ——— the scan ———

  private async build(generation: number): Promise<void> {
    const started = performance.now();
    const max = maxIndexedFiles();
    const found = max > 0 ? await vscode.workspace.findFiles(IMAGE_SOURCES, EXCLUDE, max + 1) : [];
    if (generation !== this.generation) return;
    this.stats.findMs = performance.now() - started;
    // Sorted, so a truncated index keeps the same files from one scan to the next.
    const uris = found.filter((u) => joinsIndex(u) && isImageSource(this.keys.keyOf(u))).sort((a, b) => (a.path < b.path ? -1 : 1));
    this.stats.truncated = uris.length > max;
    let sliceStart = performance.now();
    for (let i = 0; i < Math.min(uris.length, max); i += CHUNK) {
      const chunk = uris.slice(i, Math.min(i + CHUNK, max));
      const texts = await Promise.all(chunk.map((uri) => this.read(uri)));
      for (let j = 0; j < chunk.length; j++) {
        // Yield whenever a slice of work is done, so a hover waiting behind the scan waits at most that long.
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          sliceStart = performance.now();
        }
        if (generation !== this.generation) return;
        const text = texts[j];
        if (text !== undefined) this.core.update(this.keys.remember(chunk[j]), text);
      }
    }
    // Open documents hold the truth for their files, unsaved edits included.
    for (const document of vscode.workspace.textDocuments) this.sync(document);
    this.stats.files = this.core.paths().length;
    this.stats.buildMs = performance.now() - started;
    this.changed.fire();
  }

  /** An open document's text, else the file's bytes when under the size limit; undefined when unreadable. */
  private async read(uri: vscode.Uri): Promise<string | undefined> {
    const open = openDocument(uri);
    if (open) return open.getText().length > maxBytes(open) ? undefined : open.getText();
    try {
      const limit = maxBytes(uri);
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > limit || (stat.type & vscode.FileType.File) === 0) return undefined;
      const bytes = await vscode.workspace.fs.readFile(uri);
      return bytes.byteLength > limit ? undefined : new TextDecoder('utf-8').decode(bytes);
    } catch {
      return undefined; // gone since findFiles, or unreadable: it simply contributes nothing
    }
  }

  private rescan(): void {
    if (!this.scan) return; // not started: the first scan will see the new state anyway
    this.generation++;
    for (const key of this.core.paths()) this.core.remove(key);
    this.keys.clear();
    this.scan = this.build(this.generation);
  }

  // ——— incremental updates ———

  private scheduleEdit(document: vscode.TextDocument): void {
    if (!this.scan || !joinsIndex(document.uri)) return;
    const id = document.uri.toString();
    clearTimeout(this.editTimers.get(id));
    this.editTimers.set(
      id,
      setTimeout(() => {
        this.editTimers.delete(id);
        if (!document.isClosed) this.sync(document);
      }, EDIT_DELAY_MS),
    );
  }

  private fromDisk(uri: vscode.Uri): void {
    if (!this.scan || !joinsIndex(uri)) return;
    const key = this.keys.keyOf(uri);
    if (!isImageSource(key)) return;
    const open = openDocument(uri);
    if (open) {
      this.sync(open); // the editor reloads a clean document from disk; a dirty one keeps its edits
      return;
    }
    const generation = this.generation;
    void this.read(uri).then((text) => {
      if (generation !== this.generation) return;
      if (text === undefined) this.remove(key);
      else if (this.core.facts(key)?.text !== text) {
        this.keys.remember(uri);
        this.update(key, text);
      }
    });
  }

  private removeUnder(uri: vscode.Uri): void {
    if (!this.scan) return;
    const key = this.keys.keyOf(uri);
    const prefix = key.endsWith('/') ? key : `${key}/`;
    for (const path of this.core.paths()) if (path === key || path.startsWith(prefix)) this.remove(path);
  }

  private remove(key: string): void {
    if (!this.core.has(key)) return;
    this.core.remove(key);
    this.keys.forget(key);
    this.stats.files = this.core.paths().length;
    this.changed.fire();
  }

  /** One file's new text into the index, timed for the stats. */
  private update(key: string, text: string, analysis?: ClassifiedFile): void {
    const t = performance.now();
    this.core.update(key, text, analysis);
    this.stats.lastUpdateMs = performance.now() - t;
    this.stats.updates++;
    this.stats.files = this.core.paths().length;
    this.changed.fire();
  }
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}
