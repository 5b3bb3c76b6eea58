// Walk a parsed YAML document and give every key its layer entry, following the shapes in the tables.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { entries, kubernetesKinds, shapes } from '../tables';
import type { ClassifiedField, FieldRule, FileKind, Shape } from '../types';
import { appendIndex, appendKeyAfter, keyPrefix } from './path';
import { isTemplated } from './templates';

/** Where the walk is: the entry a key without its own rule inherits, and the shape of the current map. */
interface Frame {
  node: unknown;
  path: string;
  depth: number;
  entryId: string;
  shapeId?: string;
  /** Reading an unknown kind: answers are guesses from shape, and container-shaped lists are detected. */
  inferred: boolean;
  resource?: string;
  /** The field of the key whose value this is; emitted when the frame is reached. */
  field?: ClassifiedField;
}

// Nesting past this is not a real manifest; stopping keeps hostile input (deep nesting) cheap.
const MAX_DEPTH = 200;

/**
 * Classify every key of one document of a Compose file or Kubernetes manifest. `text` is the file as written
 * (the document was parsed from it with template actions masked), so names built from templates read as written.
 */
export function classifyDocument(doc: Document.Parsed, index: number, kind: FileKind, out: ClassifiedField[], text = ''): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  if (kind === 'compose') {
    walk({ node: root, path: '', depth: 0, entryId: 'compose.file', shapeId: 'ComposeFile', inferred: false }, index, 'compose', out);
  } else {
    walkObject(root, '', index, out, text);
  }
}

/** Classify a map read with one root shape and entry (a kustomization's keys), as the walk reads any object. */
export function classifyWithShape(root: YAMLMap, shapeId: string, entryId: string, index: number, out: ClassifiedField[]): void {
  walk({ node: root, path: '', depth: 0, entryId, shapeId, inferred: false }, index, 'kubernetes', out);
}

/**
 * Classify the keys inside a value that lands at a known place of a Kubernetes object (a JSON 6902 operation's
 * `value`), read with that place's entry and shape; paths are relative to the value.
 */
export function classifyValue(
  node: unknown,
  at: { entryId: string; shapeId?: string; inferred: boolean; resource?: string },
  index: number,
  out: ClassifiedField[],
): void {
  walk({ node, path: '', depth: 0, entryId: at.entryId, shapeId: at.shapeId, inferred: at.inferred, resource: at.resource }, index, 'kubernetes', out);
}

/** A Kubernetes object at `path`: its kind picks the root shape; `*List` kinds hold objects in `items`. */
function walkObject(map: YAMLMap, path: string, index: number, out: ClassifiedField[], text: string): void {
  const kind = scalarOf(map, 'kind');
  const known = kind !== undefined && kubernetesKinds[kind] !== undefined;
  const resource = kind ? resourceName(kind, nameOf(map, text)) : undefined;
  const isList = kind !== undefined && /List$/.test(kind) && isSeq(map.get('items', true));
  const frame: Frame = {
    node: map,
    path,
    depth: 0,
    entryId: known ? 'k8s.object' : 'k8s.unknown',
    shapeId: known ? kubernetesKinds[kind!] : 'Object',
    inferred: !known && !isList,
    resource,
  };
  walk(frame, index, 'kubernetes', out, isList ? listItemHandler(index, out, text) : undefined);
}

/** Takes over a root key's value (returns true) instead of the ordinary walk. */
type ItemHandler = (key: string, value: unknown, path: string) => boolean;

/** `Kind/name`. */
function resourceName(kind: string, name: string | undefined): string {
  return name === undefined || name === '' ? kind : `${kind}/${name}`;
}

/** Longest template-built name shown before it is shortened with an ellipsis. */
const MAX_TEMPLATE_NAME = 60;

/**
 * `metadata.name` as the reader wrote it. A name built by template actions was masked to filler for parsing, so it
 * is read back from the original text (white space folded, shortened), never shown as the filler.
 */
function nameOf(map: YAMLMap, text: string): string | undefined {
  const metadata = map.get('metadata', true);
  const node = isMap(metadata) ? metadata.get('name', true) : undefined;
  if (!isScalar(node)) return undefined;
  const [start, end] = node.range ?? [0, 0];
  if (!isTemplated(text, start, end)) return node.value == null ? undefined : String(node.value);
  const written = text.slice(start, end).replace(/^(["'])(.*)\1$/s, '$2').replace(/\s+/g, ' ').trim();
  return written.length <= MAX_TEMPLATE_NAME ? written : `${written.slice(0, MAX_TEMPLATE_NAME - 1)}…`;
}

/** For `kind: List`: each item of `items` is read as an object of its own kind. */
function listItemHandler(index: number, out: ClassifiedField[], text: string): ItemHandler {
  return (key, value, path) => {
    if (key !== 'items' || !isSeq(value)) return false;
    value.items.forEach((item, i) => {
      if (isMap(item)) walkObject(item, appendIndex(path, i), index, out, text);
    });
    return true;
  };
}

/**
 * Iterative pre-order walk, so fields come out in document order and depth cannot blow the stack. Children are
 * pushed last-first, so the first child is popped next.
 */
function walk(start: Frame, index: number, kind: FileKind, out: ClassifiedField[], onRootKey?: ItemHandler): void {
  const stack: Frame[] = [start];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    // A key's field is emitted when its frame is reached, so it precedes everything below it.
    if (frame.field) {
      out.push(frame.field);
      if (onRootKey && frame.depth === 1 && onRootKey(frame.field.key, frame.node, frame.path)) continue;
    }
    if (frame.depth > MAX_DEPTH) continue;
    const node = frame.node;
    if (isSeq(node)) {
      const items = node.items;
      for (let i = items.length - 1; i >= 0; i--) {
        const path = appendIndex(frame.path, i);
        stack.push(makeFrame(items[i], path, frame.depth + 1, frame.entryId, frame.shapeId, frame.inferred, frame.resource));
      }
    } else if (isMap(node)) {
      const shape = frame.shapeId ? shapeFor(frame, node) : inferredShape(frame, node);
      const items = node.items;
      const prefix = keyPrefix(frame.path);
      for (let i = items.length - 1; i >= 0; i--) {
        const child = classifyPair(items[i] as Pair, frame, prefix, shape, kind, index);
        if (child) stack.push(child);
      }
    }
  }
}

/** Every frame is built here, with all its properties, so the walk's objects share one shape (fast in V8). */
function makeFrame(
  node: unknown,
  path: string,
  depth: number,
  entryId: string,
  shapeId: string | undefined,
  inferred: boolean,
  resource: string | undefined,
  field?: ClassifiedField,
): Frame {
  return { node, path, depth, entryId, shapeId, inferred, resource, field };
}

/** The frame for one key's value, carrying the key's field (`prefix` is `keyPrefix(frame.path)`). */
function classifyPair(pair: Pair, frame: Frame, prefix: string, shape: Shape | undefined, kind: FileKind, index: number): Frame | undefined {
  const keyNode = pair.key as Node | null;
  if (!keyNode || !keyNode.range) return undefined;
  const key = shared(keyText(pair));
  const rule = ruleFor(shape, key, kind);
  const entryId = rule?.entry ?? frame.entryId;
  const path = appendKeyAfter(prefix, frame.path, key);
  const value = pair.value as Node | null;
  const range = value?.range;
  // Every property in one literal (absent ones undefined): an open document keeps one field per key, and a field
  // given its optional properties afterwards carries a second object for them (bench/suites/memory.mjs).
  const field: ClassifiedField = {
    document: index,
    keyStart: keyNode.range[0],
    keyEnd: keyNode.range[1],
    path,
    key,
    entryId,
    entry: entries[entryId],
    valueStart: range ? range[0] : undefined,
    valueEnd: range ? range[1] : undefined,
    resource: frame.resource || undefined,
    inferred: frame.inferred || undefined,
    inherited: rule?.entry === undefined || undefined,
  };
  // With a rule but no shape, the subtree is opaque: everything below inherits this key's entry.
  return makeFrame(value, path, frame.depth + 1, entryId, rule?.shape, frame.inferred, frame.resource, field);
}

function ruleFor(shape: Shape | undefined, key: string, kind: FileKind): FieldRule | undefined {
  if (!shape) return undefined;
  // Compose `x-` blocks are inert YAML reused through anchors, wherever the spec has keys (not in labels).
  if (kind === 'compose' && key.startsWith('x-')) return { entry: 'compose.extension' };
  if (Object.prototype.hasOwnProperty.call(shape.fields, key)) return shape.fields[key];
  return shape.otherwise;
}

function shapeFor(frame: Frame, map: YAMLMap): Shape | undefined {
  const shape = shapes[frame.shapeId!];
  if (!shape && frame.inferred) return inferredShape(frame, map);
  return shape;
}

/**
 * Unknown kinds (CRDs): a map holding a container-shaped `containers` list reads as a PodSpec, and any list
 * of maps that each have `name` and `image` reads as containers. Everything else inherits `k8s.unknown`.
 */
function inferredShape(frame: Frame, map: YAMLMap): Shape | undefined {
  if (!frame.inferred) return undefined;
  if (isContainerList(map.get('containers', true))) return shapes.PodSpec;
  const fields: Record<string, FieldRule> = {};
  for (const pair of map.items) {
    if (isContainerList((pair as Pair).value)) fields[keyText(pair as Pair)] = { entry: 'k8s.pod.containers', shape: 'Container' };
  }
  return Object.keys(fields).length > 0 ? { fields } : undefined;
}

function isContainerList(node: unknown): boolean {
  return isSeq(node) && node.items.length > 0 && node.items.every((it) => isMap(it) && it.has('name') && it.has('image'));
}

/** The key as the user wrote it: a scalar's value (a complex key's source text), or an alias's name. */
function keyText(pair: Pair): string {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  return isAlias(k) ? k.source : '';
}

/**
 * One copy of each key name for every field that names it (an open document keeps its fields: `name` and `image`
 * repeat thousands of times in a big manifest). Bounded, so hostile input cannot grow it for ever.
 */
const keyNames = new Map<string, string>();
const MAX_KEY_NAMES = 10_000;
const MAX_KEY_NAME_LENGTH = 64;

function shared(key: string): string {
  if (key.length > MAX_KEY_NAME_LENGTH) return key;
  const known = keyNames.get(key);
  if (known !== undefined) return known;
  if (keyNames.size >= MAX_KEY_NAMES) keyNames.clear();
  keyNames.set(key, key);
  return key;
}

function scalarOf(node: unknown, key: string): string | undefined {
  if (!isMap(node)) return undefined;
  const v = node.get(key, true);
  return isScalar(v) && v.value !== null && v.value !== undefined ? String(v.value) : undefined;
}
