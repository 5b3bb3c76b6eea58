// The images Kubernetes objects run: every `containers`, `initContainers` and `ephemeralContainers` list in
// any object (Pods, workloads, CronJobs, `kind: List` items, CRDs that embed a pod template).
import { isMap, isSeq, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ContainerFacts, RunDecl } from '../model';
import { parseImageRef } from '../ref';
import { child, columnOf, lineAfter, pairs, stringAt, wholeLines } from '../yaml-text';
import { commandFacts } from './commands';

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
const MAX_DEPTH = 200;

interface Frame {
  node: unknown;
  depth: number;
  kind: string;
  owner: string;
}

export function kubernetesRuns(doc: Document.Parsed, text: string, path: string, out: RunDecl[]): void {
  const step = indentStep(text);
  const stack: Frame[] = [{ node: doc.contents, depth: 0, kind: 'object', owner: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > MAX_DEPTH) continue;
    if (isSeq(frame.node)) {
      for (let i = frame.node.items.length - 1; i >= 0; i--) stack.push({ ...frame, node: frame.node.items[i], depth: frame.depth + 1 });
      continue;
    }
    if (!isMap(frame.node)) continue;
    const map = frame.node;
    const here = objectOf(map, text) ?? frame;
    const children: Frame[] = [];
    for (const { key, pair, keyNode } of pairs(map)) {
      const value = pair.value as Node | null;
      if (CONTAINER_LISTS.has(key) && isSeq(value) && value.items.some((it) => isMap(it) && it.has('image'))) {
        value.items.forEach((item) => {
          if (isMap(item)) {
            const run = containerRun(item, value, keyNode, key === 'initContainers', here, text, path, step);
            if (run) out.push(run);
          }
        });
      } else {
        children.push({ node: value, depth: frame.depth + 1, kind: here.kind, owner: here.owner });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** A map that is a Kubernetes object (has `kind` and `apiVersion` or `metadata`): its kind and name. */
function objectOf(map: YAMLMap, text: string): { kind: string; owner: string } | undefined {
  const kind = stringAt(map, 'kind', text)?.value;
  if (!kind || !(map.has('apiVersion') || map.has('metadata'))) return undefined;
  const name = stringAt(child(map, 'metadata'), 'name', text)?.value;
  return { kind, owner: name ? `${kind}/${name}` : kind };
}

function containerRun(
  item: YAMLMap,
  list: YAMLSeq,
  listKey: Node,
  init: boolean,
  object: { kind: string; owner: string },
  text: string,
  path: string,
  step: number,
): RunDecl | undefined {
  const image = stringAt(item, 'image', text);
  if (!image || !item.range) return undefined;
  const keys = pairs(item);
  const first = keys[0]?.keyNode.range?.[0] ?? item.range[0];
  const container: ContainerFacts = {
    name: stringAt(item, 'name', text)?.value,
    init,
    block: !item.flow,
    indent: columnOf(text, first),
    step,
    insertAt: lineAfter(text, item.range[1]),
    keys: keys.map((k) => k.key),
    itemLines: wholeLines(text, item.range[0], item.range[1]),
    siblings: list.items.length,
  };
  if (listKey.range && list.range) container.listKeyLines = wholeLines(text, listKey.range[0], list.range[1]);
  const command = commandFacts(child(item, 'command'), 'command', text);
  const args = commandFacts(child(item, 'args'), 'args', text);
  if (command) container.command = command;
  if (args) container.args = args;
  const workingDir = stringAt(item, 'workingDir', text)?.value;
  if (workingDir !== undefined) container.workingDir = workingDir;
  const owner = container.name ? `${object.owner} container ${container.name}` : object.owner;
  return { via: 'kubernetes', path, ref: parseImageRef(image.value), span: image.span, kind: object.kind, owner, container };
}

/** The indentation step a file uses for nested maps: the smallest positive indent of a key line, or 2. */
export function indentStep(text: string): number {
  const m = /^( +)[\w"'-]/m.exec(text);
  const n = m ? m[1].length : 2;
  return n >= 2 && n <= 8 ? n : 2;
}
