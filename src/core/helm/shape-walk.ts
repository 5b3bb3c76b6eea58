// The classifier's shape rules followed along a path without a document: which entry a field deeper than the
// template spells out would get (a values subtree rendered whole with `toYaml`), and which layers a field can hold.
import { entries, kubernetesKinds, shapes } from '../tables';
import type { Layer } from '../types';

export interface RuleAt {
  entryId: string;
  /** The shape of the value at the path; undefined when everything below inherits `entryId`. */
  shapeId?: string;
}

/** Key path string (`spec.containers[0]["app.kubernetes.io/name"]`) → segments; indexes stay numeric strings. */
export function pathSegments(path: string): string[] {
  const out: string[] = [];
  const re = /\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\]|\.?([^.[\]]+)/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) out.push(JSON.parse(`"${m[1]}"`) as string);
    else if (m[2] !== undefined) out.push(`[${m[2]}]`);
    else out.push(m[3]);
  }
  return out;
}

/** The rule at `segments` (as pathSegments gives them) of an object of a built-in `kind`; undefined for other kinds. */
export function ruleAt(kind: string, segments: readonly string[]): RuleAt | undefined {
  const root = kubernetesKinds[kind];
  if (root === undefined) return undefined;
  let at: RuleAt = { entryId: 'k8s.object', shapeId: root };
  for (const segment of segments) {
    if (segment.startsWith('[')) continue; // the items of a list share the list's rule
    const shape = at.shapeId === undefined ? undefined : shapes[at.shapeId];
    const rule = shape ? (Object.prototype.hasOwnProperty.call(shape.fields, segment) ? shape.fields[segment] : shape.otherwise) : undefined;
    at = { entryId: rule?.entry ?? at.entryId, shapeId: rule?.shape };
  }
  return at;
}

const reachable = new Map<string, Set<Layer>>();

/** Every layer a value of this shape can hold, through its fields and theirs (cycles cut). */
export function layersOfShape(shapeId: string): Set<Layer> {
  const known = reachable.get(shapeId);
  if (known) return known;
  const out = new Set<Layer>();
  reachable.set(shapeId, out); // a shape reached again while being computed adds nothing new
  const shape = shapes[shapeId];
  if (!shape) return out;
  for (const rule of [...Object.values(shape.fields), ...(shape.otherwise ? [shape.otherwise] : [])]) {
    if (rule.entry) out.add(entries[rule.entry].layer);
    if (rule.shape) for (const layer of layersOfShape(rule.shape)) out.add(layer);
  }
  return out;
}
