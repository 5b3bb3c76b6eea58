// A define whose body is YAML (`serviceAccountName: …`, `nodeSelector:` …), read as the part of a manifest it
// renders where an include stands: its keys become fields below that place, each given the entry the shapes give
// it there, so a values use inside the body lands at the field it fills, not at the whole block.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { ClassifiedFile } from '../classify-file';
import { entries } from '../tables';
import { LineIndex } from '../text';
import type { ClassifiedField } from '../types';
import { parseYaml } from '../yaml/parse';
import { appendIndex, appendKey } from '../yaml/path';
import type { Define } from './scan';
import { pathSegments, ruleAt } from './shape-walk';

/**
 * The define's body as fields under `parent` (same offsets as in the define's file), or undefined when the body
 * holds no YAML keys (a scalar, a bare include).
 */
export function fragmentOf(define: Define, parent: ClassifiedField, path: string): ClassifiedFile | undefined {
  const from = define.actions[define.from - 1]?.end ?? 0;
  const to = define.actions[define.to]?.start ?? define.text.length;
  const root = parseYaml(define.text.slice(from, to)).docs[0]?.contents;
  if (!isMap(root) || root.items.length === 0) return undefined;
  const kind = parent.resource?.split('/')[0] ?? '';
  const fields: ClassifiedField[] = [];
  const walk = (node: unknown, at: string, entryId: string, depth: number): void => {
    if (depth > 50) return;
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, appendIndex(at, i), entryId, depth + 1));
    if (!isMap(node)) return;
    for (const pair of node.items as Pair[]) {
      const keyNode = pair.key as Node | null;
      if (!isScalar(pair.key) || !keyNode?.range) continue;
      const key = String(pair.key.value);
      const fieldPath = appendKey(at, key);
      const id = ruleAt(kind, pathSegments(fieldPath))?.entryId ?? entryId;
      const field: ClassifiedField = { document: 0, keyStart: keyNode.range[0] + from, keyEnd: keyNode.range[1] + from, path: fieldPath, key, entryId: id, entry: entries[id] };
      const value = pair.value as Node | null;
      if (value?.range) {
        field.valueStart = value.range[0] + from;
        field.valueEnd = value.range[1] + from;
      }
      if (parent.resource) field.resource = parent.resource;
      fields.push(field);
      walk(pair.value, fieldPath, id, depth + 1);
    }
  };
  walk(root, path, parent.entryId, 0);
  return { path: '', kind: 'kubernetes', text: define.text, lines: new LineIndex(define.text), fields, extras: [], problems: [] };
}
