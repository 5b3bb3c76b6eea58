// The kind of an open document as far as a cheap look tells (no parse): all of a YAML document's top-level keys, only
// the head of a JSON one, so a hover in package.json or a lock file costs a few kilobytes of text and nothing more.
import * as vscode from 'vscode';
import type { FileKind } from '../core';
import { documentKind, isPatchLanguage, isSupportedLanguage, PATCH_SNIFF_CHARS } from '../core/editor-language';

/** The text the kind is told from: a JSON document's head, any other document's whole text. */
export function sniffText(document: vscode.TextDocument): string {
  if (!isPatchLanguage(document.languageId)) return document.getText();
  return document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(PATCH_SNIFF_CHARS)));
}

export function editorKind(document: vscode.TextDocument): FileKind {
  return documentKind(document.languageId, document.uri.path, sniffText(document));
}

/** Worth analyzing for the editor's own features (Show Layers): a language Layer Lens reads and, for JSON, a patch. */
export function mayAnalyze(document: vscode.TextDocument): boolean {
  if (!isSupportedLanguage(document.languageId)) return false;
  return !isPatchLanguage(document.languageId) || editorKind(document) !== 'unknown';
}
