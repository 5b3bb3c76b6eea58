// A JSON pointer (RFC 6901) into a Kubernetes object → the entry of the field it names, read through the same shapes
// the manifest walk uses: a list index keeps the list's shape, a key the shape does not know inherits its parent's
// entry. With no known target kind, the kinds whose shapes know every key of the path are asked, and the answer
// is marked inferred.
import { entries, kubernetesKinds, shapes } from '../tables';
import type { FieldRule, Shape } from '../types';

export interface PointerAnswer {
  entryId: string;
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
}

function walkKind(kind: string, tokens: string[]): Walked {
  let entryId = 'k8s.object';
  let shape: Shape | undefined = shapes[kubernetesKinds[kind]];
  let known = true;
  let depth = 0;
  for (const token of tokens) {
    if (INDEX.test(token)) continue;
    // Below a key without a shape everything inherits that key's entry, as the walk reads it.
    if (!shape) continue;
    const rule: FieldRule | undefined = Object.hasOwn(shape.fields, token) ? shape.fields[token] : shape.otherwise;
    if (!rule) {
      known = false; // a key this kind's shape does not have
      shape = undefined;
      continue;
    }
    depth++;
    if (rule.entry !== undefined) entryId = rule.entry;
    shape = rule.shape === undefined ? undefined : shapes[rule.shape];
  }
  return { entryId, known, depth };
}

const allKinds = Object.keys(kubernetesKinds);

/** The entry a JSON pointer lands on in an object of `kind` (any kind when absent or not built in). */
export function entryAtPointer(kind: string | undefined, pointer: string): PointerAnswer {
  const tokens = pointerTokens(pointer) ?? [];
  if (kind !== undefined && Object.hasOwn(kubernetesKinds, kind)) return { entryId: walkKind(kind, tokens).entryId, inferred: false };
  // Unknown or custom kind: among the kinds whose shapes know the path furthest (workloads share their pod
  // template, every object its metadata), the entry most of them give; a tie, or no kind knowing the path, leaves
  // the custom-resource guess.
  let deepest = 0;
  const votes = new Map<string, number>();
  for (const k of allKinds) {
    const walked = walkKind(k, tokens);
    if (!walked.known || walked.depth < deepest) continue;
    if (walked.depth > deepest) {
      deepest = walked.depth;
      votes.clear();
    }
    votes.set(walked.entryId, (votes.get(walked.entryId) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const clear = ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]);
  return { entryId: clear && entries[ranked[0][0]] ? ranked[0][0] : 'k8s.unknown', inferred: true };
}
