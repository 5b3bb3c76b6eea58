// Offsets in the index's files → LSP ranges and locations. A file other than the open document (the Dockerfile
// a fix edits, the Compose file a finding points at) is measured on the text the index read for it.
import { pathToFileURL } from 'node:url';
import type { Location, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { definitionAt, type ImageIndex } from '../core/images';

export function uriOf(key: string): string {
  return pathToFileURL(key).href;
}

export function rangeIn(text: string, start: number, end: number): Range {
  const doc = TextDocument.create('', '', 0, text);
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** Where `start`–`end` of the indexed file `key` is, or undefined when the index does not hold that file. */
export function locationIn(index: ImageIndex, key: string, start: number, end: number): Location | undefined {
  const text = index.facts(key)?.text;
  return text === undefined ? undefined : { uri: uriOf(key), range: rangeIn(text, start, end) };
}

/** Go to Definition: from an image value at `offset` to the FROM of the Dockerfile stage that builds it. */
export function definitionLocation(index: ImageIndex, key: string, offset: number): Location | undefined {
  const d = definitionAt(index, key, offset);
  return d && locationIn(index, d.path, d.start, d.end);
}
