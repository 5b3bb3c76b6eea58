// A multi-document manifest's runs after an edit, re-reading only the documents the edit touched. The runner hover
// brings the index up to date with the document on every hover after an edit, and a full parse of a 50,000-line
// stream costs half a second; analyses keep no YAML node trees to read instead (yaml/outline.ts). The stream is
// split as incremental analysis splits it (yaml/incremental.ts), and each document's runs move with it. Anything
// else (skaffold or kustomize documents, templates, an edit that could reach further) answers undefined, and the
// caller reads the file in full.
import type { Document } from 'yaml';
import type { ChangedSpan } from '../../edits';
import { updateYaml } from '../../yaml/incremental';
import type { YamlOutline } from '../../yaml/outline';
import { emptyFacts, type FileFacts, type RunDecl } from '../model';
import { rememberKubeFile } from '../../runners/file-specs';
import { kubeDocument, mergeKubeFiles, type KubeFile } from '../../runners/kube-specs';
import { stringAt } from '../yaml-text';
import { indentStep, kubernetesRuns } from './kubernetes';
import { isSkaffoldDoc } from './skaffold';

/**
 * A plain manifest's documents (their outline), the runs read from each and each one's runner specs (for the
 * runner model: ../../runners/file-specs.ts), by the facts they make up.
 */
const streams = new WeakMap<FileFacts, { outline: YamlOutline; runs: RunDecl[][]; specs: KubeFile[] }>();

/** True when the document only runs images: no skaffold config, no kustomization or component. */
function plainDocument(doc: Document.Parsed, text: string): boolean {
  const kind = stringAt(doc.contents, 'kind', text)?.value;
  return !isSkaffoldDoc(doc, text) && kind !== 'Kustomization' && kind !== 'Component';
}

/**
 * Keep how `facts` (a manifest of plain documents) split into documents, for `updateStream`; `specs` holds each
 * document's runner specs, which also become the file's (read once, here, not again by the runner model).
 */
export function rememberStream(facts: FileFacts, outline: YamlOutline, runs: RunDecl[][], specs: KubeFile[]): void {
  rememberKubeFile(facts, mergeKubeFiles(facts.path, specs));
  if (runs.length === outline.docs.length && specs.length === outline.docs.length) streams.set(facts, { outline, runs, specs });
}

/** `previous` (a plain manifest at `path`) read again at `text`, or undefined. `previous` is consumed. */
export function updateStream(previous: FileFacts, path: string, text: string): FileFacts | undefined {
  const stream = streams.get(previous);
  streams.delete(previous);
  if (!stream || previous.path !== path || previous.kind !== 'kubernetes') return undefined;
  const span = changeBetween(previous.text, text);
  // Every container's facts carry the file's indentation step: when it changes, every document reads differently.
  if (!span || indentStep(previous.text) !== indentStep(text)) return undefined;
  const update = updateYaml(stream.outline, previous.text, text, span);
  if (!update || update.docs.some((doc) => !plainDocument(doc, text))) return undefined;
  const { first, removed, delta } = update;
  const region = update.docs.map((doc) => {
    const runs: RunDecl[] = [];
    kubernetesRuns(doc, text, path, runs);
    return runs;
  });
  const after = stream.runs.slice(first + removed).map((runs) => (delta === 0 ? runs : runs.map((r) => moved(r, delta, RUN_OFFSETS))));
  const runs = [...stream.runs.slice(0, first), ...region, ...after];
  const specsAfter = stream.specs.slice(first + removed).map((spec) => (delta === 0 ? spec : moved(spec, delta, SPEC_OFFSETS)));
  const specs = [...stream.specs.slice(0, first), ...update.docs.map((doc) => kubeDocument(path, text, doc)), ...specsAfter];
  const facts = emptyFacts(path, text, 'kubernetes');
  facts.runs = runs.flat();
  rememberStream(facts, update.outline, runs, specs);
  return facts;
}

/** The span that differs between two texts: their common prefix and suffix are unchanged. */
function changeBetween(before: string, after: string): ChangedSpan | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail, delta: after.length - before.length };
}

/** The offsets a run's facts hold (spans, line spans, where a key is inserted); every other number is not one. */
const RUN_OFFSETS = new Set(['start', 'end', 'insertAt']);
/** The offsets runner specs hold (spans, and `insertAfter.at` where a `runAsUser:` line goes); ports, replicas and indents are not. */
const SPEC_OFFSETS = new Set(['start', 'end', 'at']);

/** A copy of `value` with every offset in it (a number under one of `keys`) `delta` characters on. */
function moved<T>(value: T, delta: number, keys: ReadonlySet<string>): T {
  if (Array.isArray(value)) return value.map((v: unknown) => moved(v, delta, keys)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = typeof v === 'number' && keys.has(key) ? v + delta : moved(v, delta, keys);
  return out as T;
}
