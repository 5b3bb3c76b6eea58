// A chart's values file, key by key: the manifest fields each key feeds (traced through the templates) and the
// layer that follows: one layer, `mixed` when it feeds both (its children then split), or null when unused.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { YamlFile } from '../yaml/parse';
import { appendIndex, appendKey } from '../yaml/path';
import { entries } from '../tables';
import type { Layer } from '../types';
import { layersOfShape, pathSegments, ruleAt } from './shape-walk';
import type { Feed, TracedUse, ValueField } from './model';

export type { Feed, ValueField, ValueLayer } from './model';


interface Key {
  field: ValueField;
  segments: string[];
  children: Key[];
  /** Layers from feeds that render the key, and from the fields its whole value can fill. */
  rendered: Set<Layer>;
  conditional: Set<Layer>;
}

/** Most feeds listed per key: a key used in every template of a big chart stays readable. */
const MAX_FEEDS = 50;

/** Every key of a values file with what it feeds, given the chart's traced uses. */
export function analyzeValues(yaml: YamlFile, uses: readonly TracedUse[]): ValueField[] {
  const fields: ValueField[] = [];
  const roots: Key[] = [];
  yaml.docs.forEach((doc, index) => collect(doc.contents, [], '', index, roots, fields));
  for (const use of uses) {
    for (const { key, rest } of matches(roots, use.values)) attach(key, use, rest);
  }
  for (const key of roots) settle(key);
  return fields;
}

function collect(node: unknown, segments: string[], path: string, document: number, into: Key[], fields: ValueField[]): void {
  const pairs: [string, string, Pair | undefined, unknown][] = [];
  if (isMap(node)) {
    for (const pair of node.items as Pair[]) {
      const k = isScalar(pair.key) ? String(pair.key.value) : '';
      pairs.push([k, appendKey(path, k), pair, pair.value]);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => pairs.push([`[${i}]`, appendIndex(path, i), undefined, item]));
  }
  for (const [segment, childPath, pair, value] of pairs) {
    const keyNode = (pair?.key ?? value) as Node | null;
    if (!keyNode?.range) continue;
    const valueNode = value as Node | null;
    const field: ValueField = { document, keyStart: keyNode.range[0], keyEnd: pair ? keyNode.range[1] : keyNode.range[0] + 1, path: childPath, key: segment, layer: null, feeds: [] };
    if (pair && valueNode?.range) {
      field.valueStart = valueNode.range[0];
      field.valueEnd = valueNode.range[1];
    }
    const key: Key = { field, segments: [...segments, segment], children: [], rendered: new Set(), conditional: new Set() };
    // List items are not keys of their own in the report; their keys are (`tolerations[0].key`).
    if (pair) fields.push(field);
    into.push(key);
    collect(value, key.segments, childPath, document, key.children, fields);
  }
}

/** The deepest keys a values path reaches (`*` matches every child), with the part of the path left over. */
function matches(level: Key[], path: readonly string[], depth = 0): { key: Key; rest: number }[] {
  const segment = path[depth];
  const hits = level.filter((k) => segment === '*' || k.segments[depth] === segment || (segment !== undefined && k.segments[depth] === `[${segment}]`));
  return hits.flatMap((key) => {
    if (depth + 1 >= path.length || key.children.length === 0) return [{ key, rest: path.length - depth - 1 }];
    const deeper = matches(key.children, path, depth + 1);
    return deeper.length > 0 ? deeper : [{ key, rest: path.length - depth - 1 }];
  });
}

function attach(key: Key, use: TracedUse, rest: number): void {
  addFeed(key, use, use.path, use.layer);
  if (use.condition) {
    key.conditional.add(use.layer);
    return;
  }
  // Spread among a map's keys, the value itself is no field there: only its keys are.
  if (!use.spread) key.rendered.add(use.layer);
  // A whole value rendered into a field fills that field's children: each gets the rule the classifier would give
  // it there (a field without a shape passes its own entry down, as the classifier does).
  if (rest > 0) return;
  if (use.shapeId && !use.spread) for (const layer of layersOfShape(use.shapeId)) key.rendered.add(layer);
  const base = pathSegments(use.path);
  const walk = (children: Key[]): void => {
    for (const child of children) {
      const relative = child.segments.slice(key.segments.length);
      const rule = use.shapeId ? ruleAt(use.kind, [...base, ...relative]) : undefined;
      const layer = rule ? entries[rule.entryId].layer : use.layer;
      // Below a field without a shape (an image string, labels) the value's own keys name no field of their own.
      addFeed(child, use, use.shapeId ? use.path + child.field.path.slice(key.field.path.length) : use.path, layer);
      child.rendered.add(layer);
      if (rule?.shapeId) for (const l of layersOfShape(rule.shapeId)) child.rendered.add(l);
      walk(child.children);
    }
  };
  walk(key.children);
}

function addFeed(key: Key, use: TracedUse, path: string, layer: Layer): void {
  const feeds = key.field.feeds;
  if (feeds.length >= MAX_FEEDS) return;
  if (feeds.some((f) => f.template === use.template && f.line === use.line && f.path === path)) return;
  const feed: Feed = { template: use.template, line: use.line, kind: use.kind, path, layer };
  if (use.condition) feed.condition = true;
  feeds.push(feed);
}

/** A key's layer from its own feeds and its children's: rendering wins over conditions; both layers make `mixed`. */
function settle(key: Key): Set<Layer> {
  const rendered = new Set(key.rendered);
  const conditional = new Set(key.conditional);
  for (const child of key.children) {
    for (const layer of settle(child)) rendered.add(layer);
  }
  const layers = rendered.size > 0 ? rendered : conditional;
  key.field.layer = layers.size === 0 ? null : layers.size > 1 ? 'mixed' : [...layers][0];
  return layers;
}

/** The innermost key whose key or value covers `offset` (the key's line up to its value counts as the key). */
export function valueFieldAt(values: readonly ValueField[], offset: number): ValueField | undefined {
  let best: ValueField | undefined;
  for (const v of values) {
    if (v.keyStart > offset) break; // document order: nothing later can cover it
    const end = Math.max(v.keyEnd, v.valueEnd ?? v.keyEnd);
    if (offset < end || offset === v.keyEnd) best = v;
  }
  return best;
}
