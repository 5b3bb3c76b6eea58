// The language server: wires an LSP connection to the core. Hover and symbols read the open document alone (a
// chart's values file, its chart too); diagnostics, code actions and Go to Definition read the workspace image
// index, which holds every workspace folder's files and the open documents' text, and is refreshed on edits, on
// watched-file changes and when folders are added or removed. The `layerLens.*` settings come from the client
// (src/lsp/settings.ts) and are read again when it says they changed.
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type WorkspaceFolder,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { toKey } from '../cli/image-index';
import { classifyFile, type ClassifiedFile } from '../core/classify-file';
import { documentKind } from '../core/editor-language';
import { recognize } from '../core/recognize';
import { Charts } from './charts';
import { codeActionsFor, diagnosticsFor } from './diagnostics';
import { hoverAt } from './hover';
import { definitionLocation } from './locations';
import { SECTION, sectionOf, ServerSettings } from './settings';
import { layerSymbols } from './symbols';
import { Workspace } from './workspace';

/** The index key of a `file:` URI; other schemes (untitled, virtual) have none and get the hover alone. */
export function keyOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return toKey(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** The folders' keys; folders that are not `file:` URIs are left out. */
function folderKeys(folders: readonly WorkspaceFolder[]): string[] {
  return folders.map((f) => keyOf(f.uri)).filter((k): k is string => k !== undefined);
}

export function serve(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  const charts = new Charts();
  let folders: string[] = [];
  let initializationOptions: unknown;
  let settings = new ServerSettings();
  let canWatch = false;
  let canPull = false;
  let canRegisterConfiguration = false;
  let clientFolders = false;
  const analyses = new Map<string, { version: number; analysis: ClassifiedFile; maxBytes: number; uses?: unknown }>();

  const analysisOf = (doc: TextDocument): ClassifiedFile => {
    const key = keyOf(doc.uri);
    const chart = key ? charts.of(key, folders) : undefined;
    const cached = analyses.get(doc.uri);
    if (cached?.version === doc.version && cached.maxBytes === settings.maxBytes && cached.uses === chart?.uses) return cached.analysis;
    const path = key ?? doc.uri;
    const text = doc.getText();
    // The name decides first, as in `explain`; a file it says nothing about (an untitled buffer, a `.txt`) is
    // read by the client's language id, as VS Code's is. A values file beside a Chart.yaml is read through its chart.
    const byName = recognize(path, text);
    const kind = chart ? 'helm-values' : byName === 'unknown' ? documentKind(doc.languageId, path, text) : byName;
    const analysis = classifyFile(path, text, { kind, maxBytes: settings.maxBytes, uses: chart?.uses });
    analyses.set(doc.uri, { version: doc.version, analysis, maxBytes: settings.maxBytes, uses: chart?.uses });
    return analysis;
  };

  /** Set once the first scan is done: findings read before it would miss the files not read yet. */
  let scanned = false;

  // A finding in one file depends on the others: any change republishes every open document's diagnostics.
  const publishAll = (): void => {
    if (!scanned) return;
    for (const doc of documents.all()) {
      const key = keyOf(doc.uri);
      if (key) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsFor(workspace.index, key, settings.severityOf) });
    }
  };

  const warnIfTruncated = ({ truncated }: { truncated: boolean }): void => {
    if (truncated && settings.maxFiles > 0) {
      connection.console.warn(`Layer Lens read ${settings.maxFiles} files, its limit (layerLens.images.maxFiles); findings that depend on the others may be missing.`);
    }
  };

  /** Reads the workspace folders again (the open documents' text kept), within the current limits. */
  const rescan = (): void => {
    workspace.maxBytes = settings.maxBytes;
    const result = workspace.rescan(folders, settings.maxFiles);
    // An open document over a new size limit leaves the index; one under it comes back.
    for (const doc of documents.all()) {
      const key = keyOf(doc.uri);
      if (key) workspace.opened(key, doc.getText());
    }
    warnIfTruncated(result);
  };

  /** The client's last `layerLens` section pushed with `workspace/didChangeConfiguration`. */
  let pushed: unknown;

  /** The settings as the client holds them now: pulled where it answers `workspace/configuration`, else pushed. */
  const loadSettings = async (): Promise<void> => {
    let section = pushed;
    if (canPull) {
      try {
        [section] = await connection.workspace.getConfiguration([{ section: SECTION }]);
      } catch {
        // A client that announced the request but failed it: keep what it sent.
      }
    }
    settings = new ServerSettings(sectionOf(section, initializationOptions));
  };

  /** After the settings changed: the limits that decide what the index holds rescan it; every document is read again. */
  const applySettings = (before: ServerSettings): void => {
    if (before.maxBytes !== settings.maxBytes || before.maxFiles !== settings.maxFiles) rescan();
    analyses.clear();
    publishAll();
  };

  connection.onInitialize((params): InitializeResult => {
    folders = params.workspaceFolders ? folderKeys(params.workspaceFolders) : params.rootUri ? folderKeys([{ uri: params.rootUri, name: '' }]) : [];
    initializationOptions = params.initializationOptions;
    settings = new ServerSettings(sectionOf(undefined, initializationOptions));
    const client = params.capabilities.workspace;
    canWatch = client?.didChangeWatchedFiles?.dynamicRegistration === true;
    canPull = client?.configuration === true;
    canRegisterConfiguration = client?.didChangeConfiguration?.dynamicRegistration === true;
    clientFolders = client?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        definitionProvider: true,
        documentSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'layer-lens', version },
    };
  });

  connection.onInitialized(async () => {
    // Every file, as the extension's watcher: a deleted folder is reported under its own name, not its files'.
    // A client may refuse a registration with an error (Eglot 1.9 answers "Internal error" to some): the server goes
    // on without it, as with a client that never offered it. Unhandled, the rejection would end the process.
    const refused = (what: string) => () => connection.console.warn(`Layer Lens: the editor refused to register ${what}; going on without it`);
    if (canWatch) connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }).catch(refused('file watching'));
    // Clients that register notifications on request send settings changes only once asked to.
    if (canRegisterConfiguration) connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch(refused('settings changes'));
    // Clients that announce workspace folders may send changes (the library registers the notification for them).
    if (clientFolders) connection.workspace.onDidChangeWorkspaceFolders(changeFolders);
    await loadSettings();
    rescan();
    scanned = true;
    publishAll();
  });

  connection.onDidChangeConfiguration(async ({ settings: sent }) => {
    const before = settings;
    // Pushed settings hold every section of the client's (`{ layerLens: {…} }`); clients that answer
    // `workspace/configuration` are asked instead (they often push `null`).
    pushed = sent !== null && typeof sent === 'object' ? (sent as Record<string, unknown>)[SECTION] : undefined;
    await loadSettings();
    applySettings(before);
  });

  /**
   * Folders added or removed (`workspace/didChangeWorkspaceFolders`): only those are read or dropped, since LSP4IJ's
   * lazy mode adds a folder with each module opened.
   */
  const changeFolders = (event: WorkspaceFoldersChangeEvent): void => {
    const removed = folderKeys(event.removed);
    const added = folderKeys(event.added).filter((f) => !folders.includes(f));
    folders = [...folders.filter((f) => !removed.includes(f)), ...added];
    for (const folder of removed) workspace.removeFolder(folder, folders);
    warnIfTruncated(workspace.addFolders(added, settings.maxFiles));
    publishAll();
  };

  documents.onDidChangeContent(({ document }) => {
    const key = keyOf(document.uri);
    if (key) workspace.opened(key, document.getText());
    publishAll();
  });

  // A template saved: the values files of its chart are read through the saved text (as the extension reads them).
  documents.onDidSave(({ document }) => {
    const key = keyOf(document.uri);
    if (key) charts.changed(key);
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
      if (!key) continue;
      charts.changed(key);
      if (change.type === FileChangeType.Deleted) workspace.deletedOnDisk(key);
      else workspace.changedOnDisk(key);
    }
    publishAll();
  });

  connection.onHover(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? hoverAt(analysisOf(doc), doc.offsetAt(position), workspace.index, keyOf(doc.uri), settings.hover) : undefined;
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
