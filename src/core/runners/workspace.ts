// Every runner spec in the image index, read once per file version (./file-specs). After an edit the workspace is
// rebuilt from those per-file results (a few array walks); what costs more (which image a runner starts, its
// peers) is computed on demand, per query.
import type { ImageIndex } from '../images/image-index';
import type { FileFacts, RunDecl } from '../images/model';
import { imageStage } from '../images/stages';
import { LineIndex } from '../text';
import { composeRunners } from './compose-merge';
import { imageDefaults, type ImageDefaults } from './image-defaults';
import type { KubeFile, KubeHpa } from './kube-specs';
import { composeFileOf, kubeFileOf } from './file-specs';
import type { SourceLine } from './model';
import { nearby } from './paths';
import type { RunnerSpec } from './spec';
import { push } from '../multimap';

const lineCache = new WeakMap<FileFacts, LineIndex>();
const workspaceCache = new WeakMap<ImageIndex, { revision: number; value: Workspace }>();
const composeRunnersCache = new WeakMap<ImageIndex, { key: FileFacts[]; value: ComposeRunners }>();

export interface Workspace {
  index: ImageIndex;
  /** Compose and stack services (merged), then Kubernetes containers, in path order. */
  runners: RunnerSpec[];
  kube: KubeFile[];
  /** The Kubernetes file at `path`, when the index holds one (a lookup: rules ask it once per file). */
  kubeIn(path: string): KubeFile | undefined;
  /** Every HorizontalPodAutoscaler of the workspace, collected once per revision. */
  hpas: KubeHpa[];
  /** The runners defined in `path`, or with a value written there (a Compose override). */
  runnersIn(path: string): RunnerSpec[];
  /** 1-based line of an offset in an indexed file. */
  line(path: string, offset: number): SourceLine;
  /** The Dockerfile defaults of the image a runner starts, when the Dockerfile is in the workspace. */
  defaultsOf(spec: RunnerSpec): ImageDefaults | undefined;
  /** The other runners of the same image (same Dockerfile stage, else same image name). */
  peers(spec: RunnerSpec): RunnerSpec[];
  /** The defaults of one stage of a Dockerfile of the index. */
  defaultsAt(target: { path: string; stage: number }): ImageDefaults | undefined;
}

/** The workspace's runners; rebuilt only when a file of the index changed since the last call. */
export function workspaceOf(index: ImageIndex): Workspace {
  const cached = workspaceCache.get(index);
  if (cached?.revision === index.revision) return cached.value;
  const value = build(index, index.paths().map((p) => index.facts(p)!));
  workspaceCache.set(index, { revision: index.revision, value });
  return value;
}

function sameFacts(a: FileFacts[], b: FileFacts[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

interface ComposeRunners {
  runners: RunnerSpec[];
  /** By every file a runner is defined in or takes a value from (a Compose override). */
  byPath: Map<string, RunnerSpec[]>;
}

/** Compose runners merge across files (override, include, extends): redone only when a Compose file changed. */
function composeRunnersOf(index: ImageIndex, all: FileFacts[]): ComposeRunners {
  const facts = all.filter((f) => f.kind === 'compose' || f.kind === 'stack');
  const cached = composeRunnersCache.get(index);
  if (cached && sameFacts(cached.key, facts)) return cached.value;
  const runners = composeRunners(new Map(facts.map((f) => [f.path, composeFileOf(f)])));
  const byPath = new Map<string, RunnerSpec[]>();
  for (const spec of runners) {
    const paths = new Set([spec.path, ...Object.values(spec).flatMap((v) => (isWritten(v) ? [v.path] : []))]);
    for (const p of paths) push(byPath, p, spec);
  }
  const value = { runners, byPath };
  composeRunnersCache.set(index, { key: facts, value });
  return value;
}

/**
 * The workspace at one revision of the index. Everything is computed on first use: an editor asking for one
 * manifest's findings after an edit touches that manifest's runners and the index's own lookups, not all files.
 */
function build(index: ImageIndex, all: FileFacts[]): Workspace {
  let kube: KubeFile[] | undefined;
  let runners: RunnerSpec[] | undefined;
  let compose: ComposeRunners | undefined;
  let hpas: KubeHpa[] | undefined;
  const composeOf = () => (compose ??= composeRunnersOf(index, all));
  const kubeFiles = () =>
    (kube ??= all
      .filter((f) => f.kind === 'kubernetes')
      .map((f) => kubeFileOf(f))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
  const kubeIn = (path: string): KubeFile | undefined => {
    const facts = index.facts(path);
    return facts?.kind === 'kubernetes' ? kubeFileOf(facts) : undefined;
  };
  const runnersIn = (path: string): RunnerSpec[] => {
    const facts = index.facts(path);
    if (facts?.kind === 'kubernetes') return kubeFileOf(facts).runners;
    return facts?.kind === 'compose' || facts?.kind === 'stack' ? (composeOf().byPath.get(path) ?? []) : [];
  };

  const defaultsCache = new Map<string, ImageDefaults | undefined>();
  const keys = new Map<RunnerSpec, string | undefined>();
  const keyOf = (spec: RunnerSpec): string | undefined => {
    if (!keys.has(spec)) keys.set(spec, imageKey(index, spec));
    return keys.get(spec);
  };
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
  // The runner spec of a run the index knows (its image value's position names it).
  const specOfRun = (run: RunDecl): RunnerSpec | undefined =>
    run.via === 'kubernetes'
      ? runnersIn(run.path).find((s) => s.image?.path === run.path && s.image.span.start === run.span.start)
      : runnersIn(run.path).find((s) => s.name === run.owner);
  const peers = (spec: RunnerSpec): RunnerSpec[] => {
    const key = keyOf(spec);
    if (key === undefined) return [];
    // Candidates from the index's lookups: runs of the same image name, runs and Compose builds of the same Dockerfile.
    const candidates = new Set<RunnerSpec>();
    const addRuns = (runs: RunDecl[]) =>
      runs.forEach((r) => {
        const s = specOfRun(r);
        if (s) candidates.add(s);
      });
    if (spec.image?.value.known) addRuns(index.runsOfImage(spec.image.value));
    const df = dockerfileOf(index, spec);
    for (const b of df ? index.buildsUsingDockerfile(df.path) : []) {
      if (b.ref?.known) addRuns(index.runsOfImage(b.ref));
      if (b.source === 'compose' && b.service) runnersIn(b.path).forEach((s) => s.name === b.service && candidates.add(s));
    }
    // Runners of one project only: a check over many repositories at once must not compare one's `redis` with
    // another's.
    return [...candidates].filter((s) => s !== spec && keyOf(s) === key && nearby(s.path, spec.path));
  };
  return {
    index,
    get runners() {
      return (runners ??= [...composeOf().runners, ...kubeFiles().flatMap((k) => k.runners)]);
    },
    get kube() {
      return kubeFiles();
    },
    get hpas() {
      return (hpas ??= kubeFiles().flatMap((k) => k.hpas));
    },
    kubeIn,
    runnersIn,
    line,
    defaultsOf,
    defaultsAt,
    peers,
  };
}

function isWritten(v: unknown): v is { path: string } {
  return typeof v === 'object' && v !== null && typeof (v as { path?: unknown }).path === 'string';
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
