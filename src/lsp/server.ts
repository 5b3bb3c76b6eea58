// The language server: wires an LSP connection to the core. Hover and symbols read the open document alone;
// diagnostics, code actions and Go to Definition read the workspace image index, which holds every workspace
// folder's files and the open documents' text, and is refreshed on edits and on watched-file changes.
import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { toKey } from '../cli/image-index';
import { classifyFile, type ClassifiedFile } from '../core/classify-file';
import { documentKind } from '../core/editor-language';
import { recognize } from '../core/recognize';
import { codeActionsFor, diagnosticsFor } from './diagnostics';
import { hoverAt } from './hover';
import { definitionLocation } from './locations';
import { layerSymbols } from './symbols';
import { MAX_FILES, Workspace } from './workspace';

/** The index key of a `file:` URI; other schemes (untitled, virtual) have none and get the hover alone. */
export function keyOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return toKey(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function serve(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  let folders: string[] = [];
  let maxFiles = MAX_FILES;
  let canWatch = false;
  const analyses = new Map<string, { version: number; analysis: ClassifiedFile }>();

  const analysisOf = (doc: TextDocument): ClassifiedFile => {
    const cached = analyses.get(doc.uri);
    if (cached?.version === doc.version) return cached.analysis;
    const path = keyOf(doc.uri) ?? doc.uri;
    const text = doc.getText();
    // The name decides first, as in `explain`; a file it says nothing about (an untitled buffer, a `.txt`) is
    // read by the client's language id, as VS Code's is.
    const byName = recognize(path, text);
    const analysis = classifyFile(path, text, { kind: byName === 'unknown' ? documentKind(doc.languageId, path, text) : byName });
    analyses.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  };

  // A finding in one file depends on the others: any change republishes every open document's diagnostics.
  const publishAll = (): void => {
    for (const doc of documents.all()) {
      const key = keyOf(doc.uri);
      if (key) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsFor(workspace.index, key) });
    }
  };

  connection.onInitialize((params): InitializeResult => {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.map(keyOf).filter((k): k is string => k !== undefined);
    const option = (params.initializationOptions as { maxFiles?: unknown } | undefined)?.maxFiles;
    if (typeof option === 'number' && Number.isInteger(option) && option >= 0) maxFiles = option;
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        definitionProvider: true,
        documentSymbolProvider: true,
      },
      serverInfo: { name: 'layer-lens', version },
    };
  });

  connection.onInitialized(() => {
    // Every file, as the extension's watcher: a deleted folder is reported under its own name, not its files'.
    if (canWatch) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    const { files, truncated } = workspace.scan(folders, maxFiles);
    if (truncated) connection.console.warn(`Layer Lens read the first ${files} files only (maxFiles); findings that depend on the others may be missing.`);
    publishAll();
  });

  documents.onDidChangeContent(({ document }) => {
    const key = keyOf(document.uri);
    if (key) workspace.opened(key, document.getText());
    publishAll();
  });

  documents.onDidClose(({ document }) => {
    analyses.delete(document.uri);
    const key = keyOf(document.uri);
    if (key) workspace.closed(key);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    publishAll();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const key = keyOf(change.uri);
      if (key && change.type === FileChangeType.Deleted) workspace.deletedOnDisk(key);
      else if (key) workspace.changedOnDisk(key);
    }
    publishAll();
  });

  connection.onHover(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? hoverAt(analysisOf(doc), doc.offsetAt(position), workspace.index, keyOf(doc.uri)) : undefined;
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? layerSymbols(analysisOf(doc)) : [];
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const key = keyOf(textDocument.uri);
    return key ? codeActionsFor(workspace.index, key, context.diagnostics) : [];
  });

  connection.onDefinition(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    const key = keyOf(textDocument.uri);
    return doc && key ? definitionLocation(workspace.index, key, doc.offsetAt(position)) : undefined;
  });

  documents.listen(connection);
  connection.listen();
}
