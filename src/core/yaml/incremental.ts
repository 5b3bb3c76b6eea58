// Re-parse only the documents of a YAML stream that an edit touched. A `---` line at column 0 always starts a
// new document (the lexer ends any scalar or flow collection there), so the text between two such lines parses
// the same alone as inside the stream: documents wholly before the edit are kept as they are, documents wholly
// after it are kept with their offsets moved. Anything unusual answers undefined, and the caller parses in full.
import { isCollection, isPair, isScalar, isAlias, type Document } from 'yaml';
import type { ChangedSpan } from '../edits';
import { composeShallow, documentProblems, flattenComplexKeys, type YamlFile } from './parse';
import { maskTemplates } from './templates';

export interface YamlUpdate {
  yaml: YamlFile;
  /** Index of the first document re-parsed. */
  first: number;
  /** How many documents of the old file were replaced, and by how many new ones. */
  removed: number;
  added: number;
  /** The offset shift of every document after the replaced ones. */
  delta: number;
}

/** `previous` (parsed from the old text; its later documents are moved in place) updated to `text`. */
export function updateYaml(previous: YamlFile, text: string, span: ChangedSpan): YamlUpdate | undefined {
  // Directives (`%YAML 1.1` carries tag handles into later documents) and depth cuts (problems not owned by a
  // document) tie documents together: parse in full.
  if (hasDirective(text) || hasDirective(previous.masked)) return undefined;
  if (documentProblems(previous.docs).length !== previous.problems.length) return undefined;
  const masked = maskTemplates(text);
  // Masked template actions change what a quote or a marker means across documents in ways the region parse cannot
  // see (seeded random edits found streams where it differs): a templated stream is parsed in full.
  if (masked !== text || previous.templated) return undefined;
  const start = markerBefore(masked, span.start);
  const end = markerAfter(masked, span.newEnd);
  const oldEnd = end === masked.length ? previous.masked.length : end - span.delta;
  // Template actions may span lines: outside the re-parsed region the masked text must not have changed.
  if (masked !== text || previous.templated) {
    if (masked.slice(0, start) !== previous.masked.slice(0, start) || masked.slice(end) !== previous.masked.slice(oldEnd)) return undefined;
  }
  const docs = previous.docs;
  let first = 0;
  while (first < docs.length && docStart(docs[first]) < start) first++;
  let after = first;
  while (after < docs.length && docStart(docs[after]) < oldEnd) after++;
  // A document reaching across a region's edge would mean the split was not clean.
  if (first > 0 && docEnd(docs[first - 1]) > start) return undefined;
  if (after > first && docEnd(docs[after - 1]) > oldEnd) return undefined;

  // The region is read with the next document's `---`, so its last document ends as it does in the stream (trailing
  // blank lines and error recovery depend on what follows). The empty document that `---` opens must start right
  // there: if not, something (an unclosed quote at the stream level) ran on past the marker, as it would in the
  // stream too.
  const region = composeShallow(masked.slice(start, end === masked.length ? end : end + 3));
  // The parser reports an error inside a document before the document itself, so the stream gives it to the
  // document before the region, which the region parse cannot: parse in full.
  if (region.scan.deep || (region.scan.leadingError && first > 0)) return undefined;
  if (end < masked.length && region.docs.pop()?.range[0] !== end - start) return undefined;
  if (region.docs.some((d) => docEnd(d) > end - start)) return undefined;
  for (const doc of region.docs) {
    shiftDocument(doc, start);
    if (region.scan.complexKeys) flattenComplexKeys(doc, text);
  }
  const delta = span.delta;
  if (delta !== 0) for (let i = after; i < docs.length; i++) shiftDocument(docs[i], delta);
  const next = [...docs.slice(0, first), ...region.docs, ...docs.slice(after)];
  const problems = documentProblems(next).sort((a, b) => a.offset - b.offset);
  return {
    yaml: { docs: next, problems, templated: masked !== text, masked },
    first,
    removed: after - first,
    added: region.docs.length,
    delta,
  };
}

const MARKER_CHAR = /[ \t\r\n]/;

/** A `%` at a line start (a directive, or text that could read as one). indexOf, not a regex: 50,000 lines a keystroke. */
function hasDirective(text: string): boolean {
  return text.startsWith('%') || text.includes('\n%');
}

/** True when a document start marker (`---` then white space or the end) begins at `at`, a line start. */
function isMarker(text: string, at: number): boolean {
  return text.startsWith('---', at) && (at + 3 === text.length || MARKER_CHAR.test(text[at + 3])) && (at === 0 || text[at - 1] === '\n');
}

/** The last marker wholly before `offset` (its `---` and the character after it unchanged), or 0. */
function markerBefore(text: string, offset: number): number {
  if (offset < 5) return 0;
  for (let i = text.lastIndexOf('\n---', offset - 5); i !== -1; i = i === 0 ? -1 : text.lastIndexOf('\n---', i - 1)) {
    if (isMarker(text, i + 1)) return i + 1;
  }
  return 0;
}

/** The first marker after `offset` whose line break is unchanged text, or the text's end. */
function markerAfter(text: string, offset: number): number {
  for (let i = text.indexOf('\n---', offset); i !== -1; i = text.indexOf('\n---', i + 1)) {
    if (isMarker(text, i + 1)) return i + 1;
  }
  return text.length;
}

function docStart(doc: Document.Parsed): number {
  return doc.range[0];
}

/** Where a document's reach ends: its range, or beyond it an error on stream-level text (a stray quoted scalar). */
function docEnd(doc: Document.Parsed): number {
  let end = doc.range[2];
  for (const e of doc.errors) end = Math.max(end, e.pos[1]);
  return end;
}

type Range = [number, number, number];

/** Move every offset a document holds (its range, its nodes' ranges, its errors' and warnings' positions). */
function shiftDocument(doc: Document.Parsed, delta: number): void {
  move(doc.range, delta);
  for (const e of doc.errors) e.pos = [e.pos[0] + delta, e.pos[1] + delta];
  for (const w of doc.warnings) w.pos = [w.pos[0] + delta, w.pos[1] + delta];
  // Iterative: depth cannot blow the stack. Ranges are written in place (allocating a new one per node costs as
  // much again in garbage collection): the composer gives every node its own array.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!isScalar(node) && !isAlias(node) && !isCollection(node)) continue;
    if (node.range) move(node.range, delta);
    if (isCollection(node)) for (const item of node.items) stack.push(item);
  }
}

function move(range: Range, delta: number): void {
  range[0] += delta;
  range[1] += delta;
  range[2] += delta;
}
