// Re-parse only the documents of a YAML stream that an edit touched. A `---` line at column 0 always starts a
// new document (the lexer ends any scalar or flow collection there), so the text between two such lines parses
// the same alone as inside the stream: documents wholly before the edit are kept as they are, documents wholly
// after it are kept with their offsets moved. Only their outlines are kept between edits (no node trees), so
// moving them costs nothing per node. Anything unusual answers undefined, and the caller parses in full.
import { isCollection, isPair, isScalar, isAlias, type Document } from 'yaml';
import type { ChangedSpan } from '../edits';
import { composeShallow, flattenComplexKeys } from './parse';
import { documentOutline, moveOutline, outlineProblems, type YamlOutline } from './outline';
import type { YamlProblem } from './parse';
import { maskTemplates } from './templates';

export interface YamlUpdate {
  outline: YamlOutline;
  /** The file's problems. */
  problems: YamlProblem[];
  /** The documents re-parsed, with the file's offsets: to classify, then let go. */
  docs: Document.Parsed[];
  /** Index of the first document re-parsed. */
  first: number;
  /** How many documents of the old file were replaced (by `docs`). */
  removed: number;
  /** The offset shift of every document after the replaced ones. */
  delta: number;
}

/**
 * The outline of `previous` (read from `previousText`; its later documents are moved in place) updated to `text`,
 * with the documents parsed again.
 */
export function updateYaml(previous: YamlOutline, previousText: string, text: string, span: ChangedSpan): YamlUpdate | undefined {
  // Masked template actions change what a quote or a marker means across documents in ways the region parse cannot
  // see (seeded random edits found streams where it differs): a templated stream is parsed in full. Directives
  // (`%YAML 1.1` carries tag handles into later documents) and depth cuts (problems not owned by a document) tie
  // documents together: parse in full.
  if (previous.templated || previous.loose || hasDirective(text) || hasDirective(previousText)) return undefined;
  if (maskTemplates(text) !== text) return undefined;
  const start = markerBefore(text, span.start);
  const end = markerAfter(text, span.newEnd);
  const oldEnd = end === text.length ? previousText.length : end - span.delta;
  const docs = previous.docs;
  let first = 0;
  while (first < docs.length && docs[first].start < start) first++;
  let after = first;
  while (after < docs.length && docs[after].start < oldEnd) after++;
  // A document reaching across a region's edge would mean the split was not clean.
  if (first > 0 && docs[first - 1].end > start) return undefined;
  if (after > first && docs[after - 1].end > oldEnd) return undefined;
  // A document before the region with an error on its last line (a quote the marker cut short, stream-level text
  // after it) reads on as far as the text lets it, so it may read into the region when the text there changes
  // (seeded random edits: a deleted closing quote made one run past the marker, a deleted line made the next
  // document vanish into the text before it): parse in full. Errors further up do not stop typing from being
  // incremental (every document with an error would: typing leaves many).
  if (first > 0 && docs[first - 1].problems.some((p) => p.offset >= lastContentLine(text, start))) return undefined;
  // Text before the region that no document holds: the stream swallowed it, markers and all (a quote opened at the
  // stream level and never closed), so it would swallow the region too, which alone parses as documents.
  if (!onlyTrivia(text, first > 0 ? docs[first - 1].end : 0, first < docs.length ? Math.min(start, docs[first].start) : start)) return undefined;

  // The region is read with the next document's `---`, so its last document ends as it does in the stream (trailing
  // blank lines and error recovery depend on what follows). The empty document that `---` opens must start right
  // there: if not, something (an unclosed quote at the stream level) ran on past the marker, as it would in the
  // stream too.
  const region = composeShallow(text.slice(start, end === text.length ? end : end + 3));
  // The parser reports an error inside a document before the document itself, so the stream gives it to the
  // document before the region, which the region parse cannot: parse in full.
  if (region.scan.deep || (region.scan.leadingError && first > 0)) return undefined;
  if (end < text.length && region.docs.pop()?.range[0] !== end - start) return undefined;
  if (region.docs.some((d) => documentOutline(d).end > end - start)) return undefined;
  for (const doc of region.docs) {
    shiftDocument(doc, start);
    if (region.scan.complexKeys) flattenComplexKeys(doc, text);
  }
  const delta = span.delta;
  if (delta !== 0) for (let i = after; i < docs.length; i++) moveOutline(docs[i], delta);
  const next = [...docs.slice(0, first), ...region.docs.map(documentOutline), ...docs.slice(after)];
  return {
    outline: { templated: false, docs: next, loose: false },
    problems: outlineProblems(next),
    docs: region.docs,
    first,
    removed: after - first,
    delta,
  };
}

const MARKER_CHAR = /[ \t\r\n]/;

/** The start of the last line before `offset` that is not blank or a comment (0 when there is none). */
function lastContentLine(text: string, offset: number): number {
  let end = offset;
  while (end > 0) {
    const lineStart = text.lastIndexOf('\n', end - 2) + 1;
    const line = text.slice(lineStart, end).trim();
    if (line !== '' && !line.startsWith('#')) return lineStart;
    end = lineStart;
  }
  return 0;
}

/** True when `text` from `from` to `to` holds only blank lines, comments and `...` document end markers. */
function onlyTrivia(text: string, from: number, to: number): boolean {
  if (to <= from) return true;
  return text
    .slice(from, to)
    .split('\n')
    .every((line) => {
      const t = line.trim();
      return t === '' || t.startsWith('#') || t === '...';
    });
}

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

type Range = [number, number, number];

/** Move every offset a freshly parsed document holds (its range, its nodes' ranges, its errors' and warnings' positions). */
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
