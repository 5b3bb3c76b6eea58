// Reading YAML nodes (parsed by the core's parseYaml) back against their source text: the span of a scalar
// inside its quotes, a same-length view of it a shell tokenizer can read, and the line arithmetic that
// inserting a key with the right indentation needs.
import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { ScriptWord, Span } from './model';

/** A scalar's text inside its quotes, or after a block scalar's header line. */
export function innerSpan(node: Scalar, text: string): Span {
  const [start, end] = node.range ?? [0, 0];
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return { start: start + 1, end: Math.max(start + 1, end - 1) };
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const nl = text.indexOf('\n', start);
    return { start: nl === -1 || nl >= end ? end : nl + 1, end };
  }
  return { start, end };
}

/**
 * `text.slice(span)` with YAML's quoting and folding undone in place: escapes become a space plus the
 * character they stand for, folded line breaks become spaces. Same length, so offsets stay exact.
 */
export function scalarView(node: Scalar, text: string, span: Span): string {
  const src = text.slice(span.start, span.end);
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return src
        .replace(/\\(["\\/nt ])/g, (_, c: string) => ` ${c === 'n' ? '\n' : c === 't' ? '\t' : c}`)
        .replace(/\\\n/g, '  ')
        .replace(/\n/g, ' ');
    case 'QUOTE_SINGLE':
      return src.replace(/''/g, " '").replace(/\n/g, ' ');
    case 'BLOCK_LITERAL':
      return src;
    case 'BLOCK_FOLDED':
      // A line break between two text lines folds into a space; breaks around blank lines stay.
      return src.replace(/\n(?=[ \t]*\S)/g, (m, at: number) => (at > 0 && src[at - 1] !== '\n' ? ' ' : m));
    default:
      return src.replace(/\n/g, ' ');
  }
}

/** A scalar as a command word: decoded value, inner span, shell-readable view. */
export function scriptWord(node: unknown, text: string): ScriptWord | undefined {
  if (!isScalar(node) || !node.range || node.value === null || typeof node.value === 'object') return undefined;
  const span = innerSpan(node, text);
  return { value: String(node.value), ...span, view: scalarView(node, text, span), style: styleOf(node) };
}

function styleOf(node: Scalar): ScriptWord['style'] {
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return 'double';
    case 'QUOTE_SINGLE':
      return 'single';
    case 'BLOCK_LITERAL':
      return 'literal';
    case 'BLOCK_FOLDED':
      return 'folded';
    default:
      return 'plain';
  }
}

/** A slice of a scalar's source read back as the text it stands for (escapes undone, folds joined). */
export function decodeSlice(text: string, span: Span, style: ScriptWord['style']): string {
  const src = text.slice(span.start, span.end);
  switch (style) {
    case 'double':
      // Fold real line breaks first (an escaped one joins without a space), then undo the escapes.
      return src
        .replace(/\\\r?\n[ \t]*/g, '')
        .replace(/[ \t]*\r?\n[ \t]*/g, ' ')
        .replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
    case 'single':
      return src.replace(/''/g, "'").replace(/\s*\n\s*/g, ' ');
    case 'literal':
      return src;
    default:
      return src.replace(/[ \t]*\n[ \t]*/g, ' ');
  }
}

/** The value at `key` of a map, as a node (not converted). */
export function child(map: unknown, key: string): Node | undefined {
  return isMap(map) ? ((map as YAMLMap).get(key, true) as Node | undefined) ?? undefined : undefined;
}

/** A scalar value as a string, reading the source text so masked templates stay visible. */
export function scalarText(node: unknown, text: string): { value: string; span: Span; node: Scalar } | undefined {
  if (!isScalar(node) || !node.range || node.value === null || typeof node.value === 'object') return undefined;
  const span = innerSpan(node, text);
  const raw = text.slice(span.start, span.end);
  // Plain and quoted single-line scalars read exactly as written; others (folded, escaped) by value.
  // A template stays visible (the parser saw it masked): the value is then unknown, whatever it decodes to.
  const value = (raw.includes('\n') || raw.includes('\\')) && !raw.includes('{{') ? String(node.value) : raw;
  return { value, span, node };
}

/** The scalar at `key` of a map, as a string. */
export function stringAt(map: unknown, key: string, text: string): { value: string; span: Span; node: Scalar } | undefined {
  return scalarText(child(map, key), text);
}

/** The string items of a sequence (or the one string of a scalar), with their spans. */
export function stringsAt(node: unknown, text: string): { value: string; span: Span }[] {
  return (isSeq(node) ? node.items : [node]).flatMap((item) => {
    if (!isScalar(item) || !item.range || item.value === null) return [];
    const span = innerSpan(item, text);
    return [{ value: text.slice(span.start, span.end), span }];
  });
}

/** The pairs of a map whose keys are plain strings. */
export function pairs(map: unknown): { key: string; pair: Pair; keyNode: Node }[] {
  if (!isMap(map)) return [];
  return map.items.flatMap((pair) => {
    const k = pair.key as Node | null;
    return isScalar(k) && k.range ? [{ key: String(k.value), pair, keyNode: k }] : [];
  });
}

export function spanOf(node: Node | null | undefined): Span | undefined {
  return node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Column of `offset` on its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/**
 * Where a line can be inserted after a node that ends at `end`: the start of the line after the node's last
 * non-blank character (past a trailing comment on that line). At the end of a file without a final newline,
 * the text length (the caller then starts its insertion with '\n').
 */
export function lineAfter(text: string, end: number): number {
  let last = Math.min(end, text.length) - 1;
  while (last > 0 && /\s/.test(text[last])) last--;
  const nl = text.indexOf('\n', last + 1);
  return nl === -1 ? text.length : nl + 1;
}

/** Whole lines covering [start, end): from the start of the first line to after the last line's newline. */
export function wholeLines(text: string, start: number, end: number): Span {
  return { start: lineStart(text, start), end: lineAfter(text, end) };
}
