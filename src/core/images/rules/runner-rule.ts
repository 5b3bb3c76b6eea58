// The shape of the rules that compare the runners of one image (src/core/runners): each computes its findings
// for the whole workspace once per index version, and a file gets those positioned in it.
import type { Span } from '../model';
import type { Finding, Related, RuleId } from '../model';
import type { ImageIndex } from '../image-index';
import { shortPath } from '../../runners/paths';
import { workspaceOf, type Workspace } from '../../runners/workspace';
import type { RunnerSpec, Valued } from '../../runners/spec';
import type { ImageRule } from './rule';

/** Findings of these rules sit on a Compose, stack or Kubernetes file: other files skip the work. */
const RUNNER_FILES = new Set(['compose', 'stack', 'kubernetes']);

/** `compute(ws, path)` looks at the runners of `path` (`ws.runnersIn(path)`); findings elsewhere are dropped. */
export function runnerRule(id: RuleId, compute: (ws: Workspace, path: string) => Finding[]): ImageRule {
  return {
    id,
    check(facts, index: ImageIndex) {
      if (!RUNNER_FILES.has(facts.kind)) return [];
      return compute(workspaceOf(index), facts.path).filter((f) => f.path === facts.path);
    },
  };
}

/** `api/Dockerfile:15`: where a value is, for a message written in `from`. */
export function where(ws: Workspace, from: string, path: string, span: Span): string {
  return `${shortPath(from, path)}:${ws.line(path, span.start).line}`;
}

export function relatedAt(v: { path: string; span: Span }, message: string): Related {
  return { path: v.path, start: v.span.start, end: v.span.end, message };
}

export function at(v: Valued<unknown> | { path: string; span: Span }): Pick<Finding, 'path' | 'start' | 'end'> {
  return { path: v.path, start: v.span.start, end: v.span.end };
}

/** "Kubernetes Deployment/api:api", "Compose service api", "Swarm service api". */
export function label(spec: RunnerSpec): string {
  if (spec.kind === 'kubernetes') return `Kubernetes ${spec.name}`;
  return `${spec.kind === 'swarm' ? 'Swarm' : 'Compose'} service ${spec.name}`;
}

const allAppContainers = new WeakMap<Workspace, RunnerSpec[]>();

/**
 * App containers (not init containers) of Kubernetes: all of them, or those of `path`. All of them are collected
 * once per workspace revision: the rules ask for every file, and a walk each time made a full index quadratic.
 */
export function appContainers(ws: Workspace, path?: string): RunnerSpec[] {
  const isApp = (s: RunnerSpec) => s.kind === 'kubernetes' && !s.kube?.init;
  if (path !== undefined) return ws.runnersIn(path).filter(isApp);
  let all = allAppContainers.get(ws);
  if (!all) allAppContainers.set(ws, (all = ws.runners.filter(isApp)));
  return all;
}

export function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}
