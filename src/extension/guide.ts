// "Layer Lens: Open Contrast Guide": the bundled guide as a read-only Markdown document (it needs no file, so it
// works in remote, web and virtual workspaces), opened beside the editor at a section, rendered by VS Code's own
// Markdown preview unless `layerLens.guide.openIn` asks for the source.
import * as vscode from 'vscode';
import { guideTarget } from './config';
import { GUIDE_TEXT, guideSection } from '../core/guide-sections';

export const GUIDE_SCHEME = 'layer-lens-guide';
/** The `.md` extension makes VS Code give the document the `markdown` language. */
export const GUIDE_URI = vscode.Uri.from({ scheme: GUIDE_SCHEME, path: '/Layer Lens Guide.md' });

export function registerGuide(): vscode.Disposable[] {
  return [
    vscode.workspace.registerTextDocumentContentProvider(GUIDE_SCHEME, { provideTextDocumentContent: () => GUIDE_TEXT }),
    vscode.commands.registerCommand('layerLens.openGuide', openGuide),
  ];
}

/** Opens the guide at `section` (a GuideId), or at the top. Resolves to the line it opened at. */
export async function openGuide(section?: unknown): Promise<number> {
  const id = typeof section === 'string' && section !== '' ? section : undefined;
  const target = id === undefined ? undefined : guideSection(id);
  if (id !== undefined && !target) {
    void vscode.window.showWarningMessage(`Layer Lens: the guide has no section "${id}"; opening it at the top.`);
  }
  const at = new vscode.Position(target?.line ?? 0, 0);
  const preview = guideTarget() === 'preview';
  const document = await vscode.workspace.openTextDocument(GUIDE_URI);
  // Reuse the column the guide already occupies: the open preview (the Markdown extension then scrolls it rather
  // than opening a second one) or the open editor.
  const column =
    (preview ? allTabs().find(isGuidePreview)?.group.viewColumn : undefined) ??
    vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === GUIDE_URI.toString())?.viewColumn ??
    vscode.ViewColumn.Beside;
  const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: new vscode.Range(at, at) });
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
  if (preview) await showPreview(editor, at.line);
  return at.line;
}

/**
 * The Markdown preview starts at the first line its document's active editor shows, so: scroll the guide editor
 * until the section's heading is its first line, open a locked preview in its place, then close the source tab
 * behind it (the preview does not need it).
 */
async function showPreview(editor: vscode.TextEditor, line: number): Promise<void> {
  await alignTop(editor, line);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', GUIDE_URI, undefined, { locked: true });
  } catch {
    return; // Markdown preview disabled: the source editor stays, which is still the guide at the section.
  }
  // The preview's tab reaches the extension host a moment after the command returns.
  if (!(await tabAppears(isGuidePreview))) return;
  const sources = allTabs().filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === GUIDE_URI.toString());
  if (sources.length > 0) await vscode.window.tabGroups.close(sources, true);
}

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs);
}

function isGuidePreview(tab: vscode.Tab): boolean {
  return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview') && tab.label.includes('Layer Lens Guide');
}

function tabAppears(match: (tab: vscode.Tab) => boolean, ms = 3000): Promise<boolean> {
  if (allTabs().some(match)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (found: boolean) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(found);
    };
    const timer = setTimeout(() => done(false), ms);
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (allTabs().some(match)) done(true);
    });
  });
}

/**
 * Makes `line` the editor's first visible line. Revealing it "at the top" leaves it below the sticky-scroll
 * headings, whose lines still count as visible, so once the reveal has settled, scroll by the difference.
 */
async function alignTop(editor: vscode.TextEditor, line: number): Promise<void> {
  for (let i = 0; i < 8; i++) {
    await settled(editor);
    const start = editor.visibleRanges[0]?.start;
    if (!start || start.line === line) return;
    // A model line is at least one wrapped line: scrolling down by the difference never passes `line`; going
    // up, wrapped lines could, so step one at a time.
    const down = start.line < line;
    await vscode.commands.executeCommand('editorScroll', { to: down ? 'down' : 'up', by: 'wrappedLine', value: down ? line - start.line : 1 });
  }
}

/** Resolves once the editor's visible ranges have not changed for 150 ms (at most a second). */
function settled(editor: vscode.TextEditor): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(limit);
      listener.dispose();
      resolve();
    };
    const limit = setTimeout(done, 1000);
    const listener = vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      if (e.textEditor !== editor) return;
      clearTimeout(quiet);
      quiet = setTimeout(done, 150);
    });
    quiet = setTimeout(done, 150);
  });
}
