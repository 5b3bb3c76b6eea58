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
import { stringAt } from '../yaml-text';
import { indentStep, kubernetesRuns } from './kubernetes';
import { isSkaffoldDoc } from './skaffold';

/** A plain manifest's documents (their outline) and the runs read from each, by the facts they make up. */
const streams = new WeakMap<FileFacts, { outline: YamlOutline; runs: RunDecl[][] }>();

/** True when the document only runs images: no skaffold config, no kustomization or component. */
function plainDocument(doc: Document.Parsed, text: string): boolean {
  const kind = stringAt(doc.contents, 'kind', text)?.value;
  return !isSkaffoldDoc(doc, text) && kind !== 'Kustomization' && kind !== 'Component';
}

/** Keep how `facts` (a manifest of plain documents) split into documents, for `updateStream`. */
export function rememberStream(facts: FileFacts, outline: YamlOutline, runs: RunDecl[][]): void {
  if (runs.length === outline.docs.length) streams.set(facts, { outline, runs });
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
  const after = stream.runs.slice(first + removed).map((runs) => (delta === 0 ? runs : runs.map((r) => moved(r, delta))));
  const runs = [...stream.runs.slice(0, first), ...region, ...after];
  const facts = emptyFacts(path, text, 'kubernetes');
  facts.runs = runs.flat();
  rememberStream(facts, update.outline, runs);
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
const OFFSETS = new Set(['start', 'end', 'insertAt']);

/** A copy of `value` with every offset in it `delta` characters on. */
function moved<T>(value: T, delta: number): T {
  if (Array.isArray(value)) return value.map((v: unknown) => moved(v, delta)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = typeof v === 'number' && OFFSETS.has(key) ? v + delta : moved(v, delta);
  return out as T;
}
