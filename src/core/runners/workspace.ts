// Every runner spec in the image index, read once per file version: the index hands out a new FileFacts when a
// file changes, so a WeakMap keyed by it is exactly as fresh as the index.
import type { ImageIndex } from '../images/image-index';
import type { FileFacts } from '../images/model';
import { imageStage } from '../images/stages';
import { LineIndex } from '../text';
import { parseYaml } from '../yaml/parse';
import { composeFile, type ComposeFile } from './compose-specs';
import { composeRunners } from './compose-merge';
import { imageDefaults, type ImageDefaults } from './image-defaults';
import { kubeFile, type KubeFile } from './kube-specs';
import type { SourceLine } from './model';
import type { RunnerSpec } from './spec';

const composeCache = new WeakMap<FileFacts, ComposeFile>();
const kubeCache = new WeakMap<FileFacts, KubeFile>();
const lineCache = new WeakMap<FileFacts, LineIndex>();
const workspaceCache = new WeakMap<ImageIndex, { key: FileFacts[]; value: Workspace }>();

export interface Workspace {
  index: ImageIndex;
  /** Compose and stack services (merged), then Kubernetes containers, in path order. */
  runners: RunnerSpec[];
  kube: KubeFile[];
  /** 1-based line of an offset in an indexed file. */
  line(path: string, offset: number): SourceLine;
  /** The Dockerfile defaults of the image a runner starts, when the Dockerfile is in the workspace. */
  defaultsOf(spec: RunnerSpec): ImageDefaults | undefined;
  /** The other runners of the same image (same Dockerfile stage, else same image name). */
  peers(spec: RunnerSpec): RunnerSpec[];
  /** The defaults of one stage of a Dockerfile of the index. */
  defaultsAt(target: { path: string; stage: number }): ImageDefaults | undefined;
}

export function composeFileOf(facts: FileFacts): ComposeFile {
  let f = composeCache.get(facts);
  if (!f) {
    f = composeFile(facts, parseYaml(facts.text).docs);
    composeCache.set(facts, f);
  }
  return f;
}

export function kubeFileOf(facts: FileFacts): KubeFile {
  let f = kubeCache.get(facts);
  if (!f) {
    f = kubeFile(facts.path, facts.text, parseYaml(facts.text).docs);
    kubeCache.set(facts, f);
  }
  return f;
}

/** The workspace's runners; rebuilt only when a file of the index changed since the last call. */
export function workspaceOf(index: ImageIndex): Workspace {
  const key = index.paths().map((p) => index.facts(p)!);
  const cached = workspaceCache.get(index);
  if (cached && cached.key.length === key.length && cached.key.every((f, i) => f === key[i])) return cached.value;
  const value = build(index, key);
  workspaceCache.set(index, { key, value });
  return value;
}

function build(index: ImageIndex, all: FileFacts[]): Workspace {
  const composeFiles = new Map<string, ComposeFile>();
  const kube: KubeFile[] = [];
  for (const facts of all) {
    if (facts.kind === 'compose' || facts.kind === 'stack') composeFiles.set(facts.path, composeFileOf(facts));
    else if (facts.kind === 'kubernetes' && /\b(?:containers|HorizontalPodAutoscaler|Service)\b/.test(facts.text)) kube.push(kubeFileOf(facts));
  }
  kube.sort((a, b) => (a.runners[0]?.path ?? '').localeCompare(b.runners[0]?.path ?? ''));
  const defaultsCache = new Map<string, ImageDefaults | undefined>();
  const line = (path: string, offset: number): SourceLine => {
    const facts = index.facts(path);
    if (!facts) return { path, line: 1 };
    let lines = lineCache.get(facts);
    if (!lines) {
      lines = new LineIndex(facts.text);
      lineCache.set(facts, lines);
    }
    return { path, line: lines.positionAt(offset).line + 1 };
  };
  const defaultsAt = (target: { path: string; stage: number }): ImageDefaults | undefined => {
    const key = `${target.path}#${target.stage}`;
    if (!defaultsCache.has(key)) {
      const model = index.facts(target.path)?.dockerfile;
      const stage = model?.stages[target.stage];
      defaultsCache.set(key, model && stage ? imageDefaults(target.path, model, stage) : undefined);
    }
    return defaultsCache.get(key);
  };
  const defaultsOf = (spec: RunnerSpec): ImageDefaults | undefined => {
    const target = dockerfileOf(index, spec);
    return target && defaultsAt(target);
  };
  const runners = [...composeRunners(composeFiles), ...kube.flatMap((k) => k.runners)];
  const byImage = new Map<string, RunnerSpec[]>();
  const keyOf = new Map<RunnerSpec, string>();
  for (const spec of runners) {
    const key = imageKey(index, spec);
    if (key === undefined) continue;
    keyOf.set(spec, key);
    byImage.set(key, [...(byImage.get(key) ?? []), spec]);
  }
  const peers = (spec: RunnerSpec): RunnerSpec[] => {
    const key = keyOf.get(spec);
    return key === undefined ? [] : (byImage.get(key) ?? []).filter((s) => s !== spec);
  };
  return { index, runners, kube, line, defaultsOf, defaultsAt, peers };
}

/** What makes two runners start the same image: the Dockerfile stage, else the image name (tag aside). */
export function imageKey(index: ImageIndex, spec: RunnerSpec): string | undefined {
  const df = dockerfileOf(index, spec);
  if (df) return `${df.path}#${df.stage}`;
  const ref = spec.image?.value;
  return ref?.known ? ref.name : undefined;
}

/** The Dockerfile and stage a runner's image comes from: its own Compose `build:`, else a build of its image. */
export function dockerfileOf(index: ImageIndex, spec: RunnerSpec): { path: string; stage: number } | undefined {
  for (const path of spec.build?.dockerfiles ?? []) {
    const model = index.facts(path)?.dockerfile;
    const stage = model && imageStage(model, spec.build?.target);
    if (stage) return { path, stage: stage.index };
  }
  const ref = spec.image?.value;
  const target = ref?.known ? index.dockerfileForImage(ref) : undefined;
  return target ? { path: target.path, stage: target.stage.index } : undefined;
}
