// A JSON pointer (RFC 6901) into a Kubernetes object → the entry of the field it names, read through the same shapes
// the manifest walk uses: a list index keeps the list's shape, a key the shape does not know inherits its parent's
// entry. With no known target kind, the kinds whose shapes know every key of the path are asked, and the answer
// is marked inferred.
import { entries, kubernetesKinds, shapes } from '../tables';
import type { FieldRule, Shape } from '../types';

export interface PointerAnswer {
  entryId: string;
  /** The shape of the value at the pointer, when its keys are known (a Container for `/…/containers/0`). */
  shapeId?: string;
  /** True when the target kind was not known and the entry is a guess from the kinds that have this path. */
  inferred: boolean;
}

/** The pointer's reference tokens, unescaped (`~1` is `/`, `~0` is `~`); undefined when it is not a pointer. */
export function pointerTokens(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `0`, `12` or `-` (the end of a list): a list position, which keeps the list's shape. */
const INDEX = /^(?:0|[1-9]\d*|-)$/;

interface Walked {
  entryId: string;
  /** Every key of the path is one its shape has (or lies below a key read whole). */
  known: boolean;
  /** How many keys a shape rule matched: deeper is a more specific answer. */
  depth: number;
  shapeId?: string;
}

function walkKind(kind: string, tokens: string[]): Walked {
  let entryId = 'k8s.object';
  let shapeId: string | undefined = kubernetesKinds[kind];
  let known = true;
  let depth = 0;
  for (const token of tokens) {
    if (INDEX.test(token)) continue;
    // Below a key without a shape everything inherits that key's entry, as the walk reads it.
    const shape: Shape | undefined = shapeId === undefined ? undefined : shapes[shapeId];
    if (!shape) continue;
    const rule: FieldRule | undefined = Object.hasOwn(shape.fields, token) ? shape.fields[token] : shape.otherwise;
    if (!rule) {
      known = false; // a key this kind's shape does not have
      shapeId = undefined;
      continue;
    }
    depth++;
    if (rule.entry !== undefined) entryId = rule.entry;
    shapeId = rule.shape;
  }
  return { entryId, known, depth, shapeId };
}

const allKinds = Object.keys(kubernetesKinds);

/** The entry a JSON pointer lands on in an object of `kind` (any kind when absent or not built in). */
export function entryAtPointer(kind: string | undefined, pointer: string): PointerAnswer {
  const tokens = pointerTokens(pointer) ?? [];
  if (kind !== undefined && Object.hasOwn(kubernetesKinds, kind)) {
    const { entryId, shapeId } = walkKind(kind, tokens);
    return shapeId === undefined ? { entryId, inferred: false } : { entryId, shapeId, inferred: false };
  }
  // Unknown or custom kind: among the kinds whose shapes know the path furthest (workloads share their pod
  // template, every object its metadata), the entry most of them give; a tie, or no kind knowing the path, leaves
  // the custom-resource guess.
  let deepest = 0;
  const votes = new Map<string, { n: number; shapeId?: string }>();
  for (const k of allKinds) {
    const walked = walkKind(k, tokens);
    if (!walked.known || walked.depth < deepest) continue;
    if (walked.depth > deepest) {
      deepest = walked.depth;
      votes.clear();
    }
    const vote = votes.get(walked.entryId);
    if (vote) vote.n++;
    else votes.set(walked.entryId, { n: 1, shapeId: walked.shapeId });
  }
  const ranked = [...votes].sort((a, b) => b[1].n - a[1].n);
  const clear = ranked.length > 0 && (ranked.length === 1 || ranked[0][1].n > ranked[1][1].n) && entries[ranked[0][0]] !== undefined;
  if (!clear) return { entryId: 'k8s.unknown', inferred: true };
  const [entryId, { shapeId }] = ranked[0];
  return shapeId === undefined ? { entryId, inferred: true } : { entryId, shapeId, inferred: true };
}

// One step of a field path as the JSON contract writes it: `.key`, `[0]` or `["key.with.dots"]`.
const PATH_STEP = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g;

/** `/spec/template/spec/containers/-` and `resources.limits["example.com/gpu"]` → one JSON pointer, escaped. */
export function pointerJoin(pointer: string, path: string): string {
  let out = pointer;
  PATH_STEP.lastIndex = 0;
  for (let m = PATH_STEP.exec(path); m; m = PATH_STEP.exec(path)) {
    const token = m[1] ?? (m[2] !== undefined ? (JSON.parse(m[2]) as string) : m[3]);
    out += `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return out;
}
