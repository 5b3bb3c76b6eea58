// A kustomization file: its own keys through the Kustomization shape, then the patches written inline in it —
// JSON 6902 operations (a list, or a YAML or JSON string) and strategic-merge patches (a manifest in a string) —
// read as fields at their real positions. Patches kept in files of their own are found with `patchFileRefs`, for
// the adapters to read beside it.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Scalar, type YAMLMap } from 'yaml';
import type { ClassifiedField } from '../types';
import { classifyDocument, classifyWithShape } from '../yaml/classify';
import { parseYaml } from '../yaml/parse';
import { embeddedText, type Embedded } from './embedded';
import { classifyOperations, isOperationList, type PatchTarget } from './json-patch';

/** A patch file a kustomization names, with the target its operations apply to. */
export interface PatchFileRef {
  /** As written: relative to the kustomization's folder. */
  path: string;
  target?: PatchTarget;
  /** Named under `patchesJson6902`, so JSON 6902 whatever its content looks like. */
  json6902: boolean;
}

/** Every key of a kustomization document, and the fields of the patches written inside it, in document order. */
export function classifyKustomization(doc: Document.Parsed, index: number, text: string, out: ClassifiedField[]): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  const from = out.length;
  classifyWithShape(root, 'Kustomization', 'kustomize.kustomization', index, out);
  for (const key of ['patches', 'patchesJson6902'] as const) {
    const list = root.get(key, true);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (isMap(item)) inlinePatch(item.get('patch', true), targetOf(item), index, text, out);
    }
  }
  const strategic = root.get('patchesStrategicMerge', true);
  if (isSeq(strategic)) for (const item of strategic.items) inlinePatch(item, undefined, index, text, out);
  // Inline patch fields were appended after the walk: put every field back in document order (the sort is stable,
  // so a key still precedes what lies under it).
  const mine = out.splice(from).sort((a, b) => a.keyStart - b.keyStart);
  out.push(...mine);
}

/** `target.kind` and `target.name` of a patch entry. */
function targetOf(item: YAMLMap): PatchTarget | undefined {
  const target = item.get('target', true);
  if (!isMap(target)) return undefined;
  const kind = scalar(target.get('kind', true));
  const name = scalar(target.get('name', true));
  return kind === undefined && name === undefined ? undefined : { kind, name };
}

function scalar(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

/** A patch written in place: a list of operations, or a string holding operations or a manifest. */
function inlinePatch(node: unknown, target: PatchTarget | undefined, index: number, text: string, out: ClassifiedField[]): void {
  if (isOperationList(node)) {
    classifyOperations(node, target, index, out);
    return;
  }
  // A one-line string is a file path (patchesStrategicMerge mixes both); a patch has line breaks or brackets.
  if (!isScalar(node) || typeof node.value !== 'string' || !/[\n[{]/.test(node.value)) return;
  const embedded = embeddedText(node as Scalar, text);
  if (!embedded) return;
  const inner: ClassifiedField[] = [];
  for (const innerDoc of parseYaml(embedded.text).docs) {
    const contents = innerDoc.contents;
    if (isOperationList(contents)) classifyOperations(contents, target, index, inner);
    else if (isMap(contents) && contents.has('kind')) classifyDocument(innerDoc, index, 'kubernetes', inner, embedded.text);
  }
  for (const f of inner) out.push(relocate(f, embedded));
}

/** A field read from an embedded patch, moved to where its text stands in the file. */
function relocate(f: ClassifiedField, embedded: Embedded): ClassifiedField {
  const at = (start: number, end: number): [number, number] =>
    embedded.exact ? [embedded.offsetAt(start), end > start ? embedded.offsetAt(end - 1) + 1 : embedded.offsetAt(start)] : [embedded.offsetAt(0), embedded.offsetAt(0)];
  const moved = { ...f };
  [moved.keyStart, moved.keyEnd] = at(f.keyStart, f.keyEnd);
  if (f.valueStart !== undefined) {
    if (embedded.exact) [moved.valueStart, moved.valueEnd] = at(f.valueStart, f.valueEnd ?? f.valueStart);
    else {
      delete moved.valueStart;
      delete moved.valueEnd;
    }
  }
  return moved;
}

/** The patch files a kustomization names under `patches` and `patchesJson6902`, with their targets. */
export function patchFileRefs(text: string): PatchFileRef[] {
  const refs: PatchFileRef[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { uniqueKeys: false, strict: false });
  } catch {
    return refs;
  }
  const root = doc.contents;
  if (!isMap(root)) return refs;
  for (const key of ['patches', 'patchesJson6902'] as const) {
    const list = root.get(key, true);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item)) continue;
      const path = scalar(item.get('path', true));
      if (path === undefined) continue;
      const target = targetOf(item);
      refs.push(target ? { path, target, json6902: key === 'patchesJson6902' } : { path, json6902: key === 'patchesJson6902' });
    }
  }
  return refs;
}
