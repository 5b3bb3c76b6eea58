// YAML with exact positions, tolerant of errors: every document that yields a node tree is kept, so a
// half-typed file or a Helm template still answers for the parts that parse.
import { Composer, isCollection, isPair, Parser, Scalar, type CST, type Document } from 'yaml';
import { maskTemplates } from './templates';

export interface YamlProblem {
  /** 0-based offset where the problem starts. */
  offset: number;
  message: string;
}

export interface YamlFile {
  /** Documents as `parseAllDocuments` counts them (their index is the JSON contract's `document`). */
  docs: Document.Parsed[];
  problems: YamlProblem[];
  /** True when Go template actions (`{{ … }}`) were blanked out before parsing. */
  templated: boolean;
  /** The text the parser read: template actions blanked (the text itself when there were none). */
  masked: string;
}

/**
 * Collections nested deeper than this are not composed. yaml composes recursively: a few thousand levels
 * (`[[[[…`, 10 KB of input) exhaust the stack, and where that happens inside V8's regexp compiler the
 * process dies outright. Real files nest a few dozen levels; the classifier stops at 200 anyway.
 */
export const MAX_NESTING = 256;

/** Parse every document of a YAML stream. Never throws. */
export function parseYaml(text: string): YamlFile {
  let masked = maskTemplates(text);
  const templated = masked !== text;
  const problems: YamlProblem[] = [];
  try {
    // The CST parser is iterative, so the depth check is safe on any input; only the composer recurses.
    // Tokens stream into the composer as in parseAllDocuments (holding the whole CST costs ~20% in GC on big
    // files); a document nested too deep stops the stream and the file takes the slow path below.
    const shallow = composeShallow(masked);
    const scan = shallow.scan;
    let docs = shallow.docs;
    if (scan.deep) {
      let tokens = Array.from(new Parser().parse(masked));
      for (let cut = tooDeep(tokens, scan); cut; cut = tooDeep(tokens, scan)) {
        problems.push({ offset: cut.start, message: `YAML nested more than ${MAX_NESTING} levels deep; the rest of this document is not read` });
        masked = masked.slice(0, cut.start) + masked.slice(cut.start, cut.end).replace(/[^\n]/g, ' ') + masked.slice(cut.end);
        tokens = Array.from(new Parser().parse(masked));
      }
      docs = Array.from(new Composer(COMPOSE_OPTIONS).compose(tokens));
    }
    // Only the node tree is walked, never converted to JS, so aliases are not expanded (no alias bombs).
    if (scan.complexKeys) for (const doc of docs) flattenComplexKeys(doc, text);
    problems.push(...documentProblems(docs));
    problems.sort((a, b) => a.offset - b.offset);
    return { docs, problems, templated, masked };
  } catch (err) {
    // A parser bug must not take the caller down. Report, do not crash.
    return { docs: [], problems: [...problems, { offset: 0, message: `YAML could not be parsed: ${String(err)}` }], templated, masked };
  }
}

const COMPOSE_OPTIONS = { uniqueKeys: false, strict: false };

/**
 * The documents of `source` (masked text), composed as the CST streams in; `scan.deep` says a document was nested
 * too deep, and then `docs` ends before it. Offsets are `source`'s.
 */
export function composeShallow(source: string): { docs: Document.Parsed[]; scan: Scan } {
  const scan: Scan = { deep: false, complexKeys: false, leadingError: false };
  const docs = Array.from(new Composer(COMPOSE_OPTIONS).compose(shallowOnly(new Parser().parse(source), scan)));
  return { docs, scan };
}

/** Each document's parse errors, in document order (sort them by offset for the file's problems). */
export function documentProblems(docs: readonly Document.Parsed[]): YamlProblem[] {
  const problems: YamlProblem[] = [];
  for (const doc of docs) for (const e of doc.errors) problems.push({ offset: e.pos[0], message: firstLine(e.message) });
  return problems;
}

/** What the depth check saw: a document nested too deep; a collection used as a key (rare: flattened after). */
export interface Scan {
  deep: boolean;
  complexKeys: boolean;
  /** An error token came before the first document: the composer gives it to the document before, if any. */
  leadingError: boolean;
}

/** The CST tokens, ending before the first document nested too deep (and then `scan.deep` is set). */
function* shallowOnly(tokens: Iterable<CST.Token>, scan: Scan): Generator<CST.Token> {
  let seenDocument = false;
  for (const token of tokens) {
    if (token.type === 'error' && !seenDocument) scan.leadingError = true;
    if (token.type === 'document') seenDocument = true;
    if (token.type === 'document' && firstTooDeep(token.value, scan)) {
      scan.deep = true;
      return;
    }
    yield token;
  }
}

/**
 * The first collection nested past MAX_NESTING, as the span to blank: from it to the end of its document
 * (the start of the next top-level token). Blanking keeps every offset and the document count.
 */
function tooDeep(tokens: CST.Token[], scan: Scan): { start: number; end: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const doc = tokens[i];
    if (doc.type !== 'document') continue;
    const deep = firstTooDeep(doc.value, scan);
    if (deep) return { start: deep.offset, end: i + 1 < tokens.length ? tokens[i + 1].offset : Infinity };
  }
  return undefined;
}

/** The first collection under `root` nested MAX_NESTING deep, walking iteratively (two stacks, no tuples). */
function firstTooDeep(root: CST.Token | undefined, scan: Scan): CST.Token | undefined {
  const tokens: (CST.Token | null | undefined)[] = [root];
  const depths: number[] = [0];
  while (tokens.length > 0) {
    const token = tokens.pop();
    const depth = depths.pop()!;
    if (!token || !('items' in token)) continue;
    if (depth >= MAX_NESTING) return token;
    for (const item of token.items) {
      const it = item as { key?: CST.Token | null; value?: CST.Token };
      if (it.key && 'items' in it.key) scan.complexKeys = true;
      tokens.push(it.value, it.key);
      depths.push(depth + 1, depth + 1);
    }
  }
  return undefined;
}

/** Longest complex key kept as written; the rest is cut with an ellipsis (it only names a field). */
const MAX_COMPLEX_KEY = 120;

/**
 * Complex keys (`? [a, b]`, `{a: 1}: x`) become plain scalars of their source text, range kept, so nothing
 * downstream stringifies a collection: yaml's stringifier doubles its work per nesting level, and a key of
 * forty nested `{` would take minutes and gigabytes. Iterative: depth cannot blow the stack.
 */
export function flattenComplexKeys(doc: Document.Parsed, text: string): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    for (const item of node.items) {
      if (!isPair(item)) {
        stack.push(item);
        continue;
      }
      const key = item.key;
      if (isCollection(key) && key.range) {
        const source = text.slice(key.range[0], key.range[1]).trimEnd();
        const scalar = new Scalar(source.length > MAX_COMPLEX_KEY ? `${source.slice(0, MAX_COMPLEX_KEY)}…` : source);
        scalar.range = key.range;
        item.key = scalar;
      }
      stack.push(item.value);
    }
  }
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl === -1 ? message : message.slice(0, nl);
}
