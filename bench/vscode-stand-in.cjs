// A stand-in for the `vscode` module, for benchmarks only (load time, hover cost): the few classes hovers build
// are real enough to produce their strings; everything else is a recorder that accepts any call and notes
// `register*`/`on*`/`create*` ones. Settings read as their defaults unless a benchmark sets them. It checks nothing: tests use real VS Code.
'use strict';

const registrations = [];
/** `register*Provider` calls with their arguments, so a benchmark can call a provider the extension registered. */
const providers = [];

/** Any property is another recorder; calls return recorders (searches and questions resolve to nothing). */
function recorder(name, overrides = {}) {
  return new Proxy(function () {}, {
    get(_, prop) {
      if (Object.prototype.hasOwnProperty.call(overrides, prop)) return overrides[prop];
      if (prop === 'then') return undefined; // never a thenable, so `await x` does not hang
      if (prop === 'dispose') return () => {};
      if (prop === Symbol.toPrimitive) return () => name;
      if (typeof prop === 'symbol') return undefined;
      return recorder(`${name}.${prop}`);
    },
    apply(_target, _this, args) {
      const last = name.slice(name.lastIndexOf('.') + 1);
      if (/^(register|on|create)/.test(last)) registrations.push(name);
      if (/^register\w*Provider$/.test(last)) providers.push({ name: last, args });
      if (/^(findFiles|readFile|readDirectory|stat|show\w*Message|executeCommand|openTextDocument)$/.test(last)) {
        return Promise.resolve(undefined);
      }
      return recorder(`${name}()`);
    },
    construct() {
      return recorder(`new ${name}`);
    },
  });
}

class Disposable {
  constructor(fn) {
    this.fn = fn;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((d) => d && d.dispose && d.dispose()));
  }
  dispose() {
    if (this.fn) this.fn();
  }
}

class MarkdownString {
  constructor(value = '', supportThemeIcons = false) {
    this.value = value;
    this.supportThemeIcons = supportThemeIcons;
  }
  appendMarkdown(value) {
    this.value += value;
    return this;
  }
  appendText(value) {
    this.value += value.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
    return this;
  }
  appendCodeblock(code, language = '') {
    this.value += `\n\`\`\`${language}\n${code}\n\`\`\`\n`;
    return this;
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  constructor(a, b, c, d) {
    this.start = typeof a === 'number' ? new Position(a, b) : a;
    this.end = typeof a === 'number' ? new Position(c, d) : b;
  }
}

class Hover {
  constructor(contents, range) {
    this.contents = Array.isArray(contents) ? contents : [contents];
    this.range = range;
  }
}

class EventEmitter {
  constructor() {
    this.listeners = [];
    this.event = (listener) => {
      this.listeners.push(listener);
      return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
    };
  }
  fire(e) {
    for (const l of this.listeners) l(e);
  }
  dispose() {
    this.listeners = [];
  }
}

class Uri {
  constructor(scheme, path, query = '', fragment = '') {
    this.scheme = scheme;
    this.authority = '';
    this.path = path;
    this.query = query;
    this.fragment = fragment;
    this.fsPath = path;
  }
  static file(path) {
    return new Uri('file', path);
  }
  static parse(value) {
    const m = /^([a-z][\w+.-]*):(?:\/\/[^/]*)?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(value);
    return m ? new Uri(m[1], m[2], m[3], m[4]) : new Uri('file', value);
  }
  static from(parts) {
    return new Uri(parts.scheme, parts.path ?? '', parts.query, parts.fragment);
  }
  static joinPath(base, ...segments) {
    return new Uri(base.scheme, [base.path, ...segments].join('/').replace(/\/+/g, '/'));
  }
  with(change) {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment);
  }
  toString() {
    const q = this.query ? `?${this.query}` : '';
    const f = this.fragment ? `#${this.fragment}` : '';
    return `${this.scheme}://${this.path}${q}${f}`;
  }
  toJSON() {
    return this.toString();
  }
}

/** Settings a benchmark sets (keys without the `layerLens.` section); the rest read as their defaults. */
const settings = {};
const configuration = {
  get: (key, fallback) => (Object.prototype.hasOwnProperty.call(settings, key) ? settings[key] : fallback),
  has: () => false,
  inspect: () => undefined,
  update: async () => {},
};

// Bundles read the module through esbuild's `__toESM`, which copies own properties only: every namespace and
// class an extension may touch must be an own property (the rest are recorders).
const NAMES = `commands window workspace languages env extensions debug tasks scm tests notebooks authentication
  comments l10n chat lm ViewColumn StatusBarAlignment ConfigurationTarget TextEditorRevealType ProgressLocation
  DiagnosticSeverity Diagnostic CodeActionKind CodeAction DocumentLink CodeLens Selection Location WorkspaceEdit
  ThemeIcon ThemeColor RelativePattern FileType CancellationTokenSource SnippetString TextEdit CompletionItem
  CompletionItemKind DecorationRangeBehavior OverviewRulerLane TreeItem TreeItemCollapsibleState SymbolKind
  DocumentSymbol FoldingRange SemanticTokensLegend SemanticTokensBuilder EndOfLine LogLevel UIKind ExtensionMode
  ColorThemeKind TabInputText QuickPickItemKind FileSystemError TextDocumentChangeReason`.split(/\s+/);

const vscode = {
  Disposable,
  MarkdownString,
  Position,
  Range,
  Hover,
  EventEmitter,
  Uri,
  registrations,
  providers,
  settings,
};
for (const name of NAMES) vscode[name] = recorder(`vscode.${name}`);
// An empty window and workspace: no editors, no documents, no folders. Benchmarks that edit a document report the
// change as VS Code does, through `documentChanges.fire({ document, contentChanges })`.
const documentChanges = new EventEmitter();
vscode.documentChanges = documentChanges;
vscode.workspace = recorder('vscode.workspace', {
  getConfiguration: () => configuration,
  workspaceFolders: undefined,
  textDocuments: [],
  findFiles: async () => [],
  onDidChangeTextDocument: documentChanges.event,
});
vscode.window = recorder('vscode.window', { visibleTextEditors: [], activeTextEditor: undefined, tabGroups: { all: [] } });

module.exports = vscode;
