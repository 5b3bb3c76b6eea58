// JSON 6902 operations (RFC 6902: `op`, `path`, `value`/`from`) as fields. Each operation is one field whose path is
// the patch path and whose layer is that of the field the path points at in the patch target's kind: replacing
// `/spec/replicas` of a Deployment is scaling, replacing `/spec/template/spec/containers/0/image` is the image. The
// keys inside an operation's `value` are fields too, each a pointer below the operation's path.
import { isCollection, isMap, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { entries } from '../tables';
import type { ClassifiedField } from '../types';
import { classifyValue } from '../yaml/classify';
import { entryAtPointer, pointerJoin } from './pointer';

/** The object a patch applies to, as a kustomization's `target` selects it; either part may be missing. */
export interface PatchTarget {
  kind?: string;
  name?: string;
}

/** True when a node is a list of operations: maps, the first of which has `op` and `path`. */
export function isOperationList(node: unknown): node is YAMLSeq {
  if (!isSeq(node) || node.items.length === 0) return false;
  const first = node.items[0];
  return isMap(first) && first.has('op') && first.has('path');
}

/**
 * One field per operation of `list`, at the positions of its nodes (in the text they were parsed from). Its key is
 * the operation's first key as written (`op`, usually) and its value the whole operation, so a hover anywhere on
 * its `op`, `path` or `value` answers for it.
 */
export function classifyOperations(list: YAMLSeq, target: PatchTarget | undefined, document: number, out: ClassifiedField[]): void {
  const resource = target?.kind ? (target.name ? `${target.kind}/${target.name}` : target.kind) : undefined;
  for (const item of list.items) {
    if (!isMap(item) || !item.range) continue;
    const path = item.get('path', true);
    const firstKey = (item.items[0]?.key ?? undefined) as Node | undefined;
    if (!isScalar(path) || typeof path.value !== 'string' || !isScalar(firstKey) || !firstKey.range) continue;
    const answer = entryAtPointer(target?.kind, path.value);
    const field: ClassifiedField = {
      document,
      keyStart: firstKey.range[0],
      keyEnd: firstKey.range[1],
      valueStart: item.range[0],
      valueEnd: item.range[1],
      path: path.value,
      key: String(firstKey.value),
      entryId: answer.entryId,
      entry: entries[answer.entryId],
    };
    if (resource) field.resource = resource;
    if (answer.inferred) field.inferred = true;
    out.push(field);
    // The keys of an added or replacing value are fields of the target too: a container added whole still has
    // its image (build/run) and its resource requests (schedule/scale).
    const value = item.get('value', true);
    if (isCollection(value)) {
      const inner: ClassifiedField[] = [];
      classifyValue(value, { ...answer, resource }, document, inner);
      for (const f of inner) out.push({ ...f, path: pointerJoin(path.value, f.path) });
    }
  }
}
