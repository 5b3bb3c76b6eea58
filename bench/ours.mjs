// Layer Lens as the editor runs it, without VS Code: the extension's own AnalysisCache (one analysis per
// document version) and LayerHoverProvider, bundled with bench/vscode-stand-in.cjs in place of `vscode`
// (settings at their defaults), and the editor's Explain renderer.

const LANGUAGE = { dockerfile: 'dockerfile', compose: 'dockercompose', kubernetes: 'yaml' };

export function makeOurs(core) {
  const { Uri, Position } = core.vscode;
  const provider = new core.LayerHoverProvider(new core.AnalysisCache());
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
  const documents = new Map();

  /**
   * A TextDocument as VS Code hands one to a hover provider: URI, version, language, text, and offset ↔
   * position through a line index built once per version (as VS Code's own document model keeps one).
   */
  function documentOf(doc) {
    let d = documents.get(doc.uri);
    if (d && d.version === doc.version) return d;
    const lines = new core.LineIndex(doc.text);
    const positionAt = (offset) => {
      const p = lines.positionAt(offset);
      return new Position(p.line, p.character);
    };
    d = {
      uri: Uri.parse(doc.uri),
      fileName: doc.path,
      version: doc.version,
      languageId: LANGUAGE[doc.kind] ?? 'yaml',
      lineCount: lines.lineCount,
      getText: () => doc.text,
      offsetAt: (p) => lines.offsetAt(p),
      positionAt,
      lineAt: (line) => {
        const start = lines.lineStart(line);
        const next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) - 1 : doc.text.length;
        return { range: { start: positionAt(start), end: positionAt(next) } };
      },
    };
    documents.set(doc.uri, d); // one version of a document is open at a time
    return d;
  }

  /** The hover the editor shows at an LSP position, as Markdown text (undefined where there is none); async, as the provider is. */
  async function hover(doc, position) {
    const h = await provider.provideHover(documentOf(doc), new Position(position.line, position.character), token);
    return h ? h.contents[0].value : undefined;
  }

  /**
   * Type into an open document as VS Code reports it: the text and version change, then the change event carries
   * the edit's range (offset and length in the text before it) and its new text.
   */
  function edit(doc, start, end, text) {
    documentOf(doc); // open, so the edit reaches a known document
    doc.text = doc.text.slice(0, start) + text + doc.text.slice(end);
    doc.version += 1; // VS Code adds one per change
    core.vscode.documentChanges.fire({
      document: documentOf(doc),
      contentChanges: [{ rangeOffset: start, rangeLength: end - start, text }],
    });
  }

  const explain = (analysis) => core.renderReport(analysis, { name: analysis.path, location: analysis.path });
  return { hover, edit, explain, explainRenderer: 'the editor report text' };
}
